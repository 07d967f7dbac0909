#include "devices/sightings.h"

#include "dhcp/clientidentity.h"
#include "dhcp/dhcpserver.h"
#include "platform/netplatform.h"

namespace ztp::devices {

namespace {

// RFC 3046 section 2.0: option 82 is a list of code/length/value sub-options; 1 is circuit id.
QString circuitIdOf(const QByteArray &relayInformation)
{
    qsizetype offset = 0;
    while (offset + 2 <= relayInformation.size()) {
        const quint8 code = quint8(relayInformation.at(offset));
        const quint8 length = quint8(relayInformation.at(offset + 1));
        if (offset + 2 + length > relayInformation.size())
            return {};
        if (code == 1)
            return QString::fromLatin1(relayInformation.mid(offset + 2, length));
        offset += 2 + length;
    }
    return {};
}

QString requestDetail(const dhcp::DhcpPacket &request)
{
    const auto type = request.messageType();
    const QString name = type ? QString::fromLatin1(dhcp::messageTypeName(*type)) : QStringLiteral("BOOTP");
    return QStringLiteral("%1 xid %2").arg(name, QString::number(request.xid, 16));
}

// One identity header: the names that carry it per agent, and where it goes in the sighting.
struct HeaderField
{
    const char *name;
    const char *platform;
};

const HeaderField serialHeaders[] = {
    {"SERIAL-NUMBER", "SONiC"},      {"CUMULUS-SERIAL", "Cumulus"},
    {"ONIE-SERIAL-NUMBER", "ONIE"},  {"X-Arista-Serial", "Arista"},
};
// The first MAC found here is the one the agent uses; the others are added as further MACs.
const HeaderField macHeaders[] = {
    {"CUMULUS-MGMT-MAC", "Cumulus"}, {"ONIE-ETH-ADDR", "ONIE"},  {"X-Arista-SystemMAC", "Arista"},
    {"CUMULUS-BASE-MAC", "Cumulus"}, {"BASE-MAC-ADDRESS", "SONiC"},
};
const HeaderField modelHeaders[] = {
    {"PRODUCT-NAME", "SONiC"},       {"CUMULUS-PRODUCTNAME", "Cumulus"},
    {"ONIE-MACHINE", "ONIE"},        {"X-Arista-ModelName", "Arista"},
};
const HeaderField vendorHeaders[] = {
    {"CUMULUS-MANUFACTURER", "Cumulus"}, {"ONIE-VENDOR-ID", "ONIE"},
};

QByteArray headerValue(const HttpHeaders &headers, const char *name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second.trimmed();
    }
    return {};
}

} // namespace

Sighting sightingFromDhcpRequest(const dhcp::DhcpPacket &request, const QDateTime &time)
{
    Sighting sighting;
    sighting.evidence = {EvidenceSource::Dhcp, time, requestDetail(request)};
    sighting.mac = request.clientHardwareAddress();
    sighting.origins.insert(IdentifierKind::Mac, QStringLiteral("chaddr"));
    sighting.clientId = request.options.value(dhcp::OptionCode::ClientIdentifier);
    sighting.origins.insert(IdentifierKind::ClientId, QStringLiteral("option 61"));

    const dhcp::DeviceIdentity identity = dhcp::parseDeviceIdentity(request.options);
    sighting.serial = identity.serial;
    sighting.model = identity.model;
    sighting.vendor = identity.vendor;
    sighting.origins.insert(IdentifierKind::Serial, QStringLiteral("options 60/61/124/12"));
    sighting.origins.insert(IdentifierKind::Model, QStringLiteral("options 60/124"));
    sighting.origins.insert(IdentifierKind::Vendor, QStringLiteral("option 60"));

    sighting.hostname = QString::fromLatin1(request.options.value(dhcp::OptionCode::HostName));
    sighting.origins.insert(IdentifierKind::Hostname, QStringLiteral("option 12"));
    sighting.circuitId = circuitIdOf(request.options.value(dhcp::OptionCode::RelayAgentInformation));
    sighting.origins.insert(IdentifierKind::BenchPosition, QStringLiteral("option 82 circuit id"));
    return sighting;
}

Sighting sightingFromDhcpExchange(const dhcp::DhcpExchange &exchange)
{
    Sighting sighting = sightingFromDhcpRequest(exchange.request, exchange.time);
    if (sighting.mac.isEmpty())
        sighting.mac = exchange.mac;
    // The exchange's identity was read by the server from the same request; prefer it when the
    // request was not kept.
    if (sighting.serial.isEmpty())
        sighting.serial = exchange.identity.serial;
    if (sighting.model.isEmpty())
        sighting.model = exchange.identity.model;
    if (sighting.vendor.isEmpty())
        sighting.vendor = exchange.identity.vendor;

    const bool acknowledged = exchange.replyType == dhcp::MessageType::Ack
        && exchange.requestType == dhcp::MessageType::Request;
    if (acknowledged && !exchange.address.isNull()) {
        sighting.leasedAddress = exchange.address;
        sighting.origins.insert(IdentifierKind::Address, QStringLiteral("ACK yiaddr"));
    }
    sighting.profile = exchange.profile;
    return sighting;
}

Sighting sightingFromHttpHeaders(const QHostAddress &source, const HttpHeaders &headers,
                                 const QDateTime &time)
{
    Sighting sighting;
    sighting.evidence = {EvidenceSource::Http, time, QStringLiteral("HTTP request from %1").arg(source.toString())};
    sighting.sourceAddress = source;

    for (const HeaderField &field : serialHeaders) {
        const QByteArray value = headerValue(headers, field.name);
        if (!value.isEmpty() && sighting.serial.isEmpty()) {
            sighting.serial = QString::fromUtf8(value);
            sighting.origins.insert(IdentifierKind::Serial, QStringLiteral("header %1").arg(QLatin1String(field.name)));
            if (sighting.vendor.isEmpty())
                sighting.vendor = QLatin1String(field.platform);
        }
    }

    for (const HeaderField &field : macHeaders) {
        const QByteArray mac = platform::parseMac(QString::fromLatin1(headerValue(headers, field.name)));
        if (mac.isEmpty())
            continue;
        if (sighting.mac.isEmpty()) {
            sighting.mac = mac;
            sighting.origins.insert(IdentifierKind::Mac, QStringLiteral("header %1").arg(QLatin1String(field.name)));
        } else if (mac != sighting.mac && !sighting.otherMacs.contains(mac)) {
            sighting.otherMacs.append(mac);
        }
    }

    for (const HeaderField &field : modelHeaders) {
        const QByteArray value = headerValue(headers, field.name);
        if (!value.isEmpty() && sighting.model.isEmpty()) {
            sighting.model = QString::fromUtf8(value);
            sighting.origins.insert(IdentifierKind::Model, QStringLiteral("header %1").arg(QLatin1String(field.name)));
        }
    }

    for (const HeaderField &field : vendorHeaders) {
        const QByteArray value = headerValue(headers, field.name);
        if (!value.isEmpty()) {
            sighting.vendor = QString::fromUtf8(value);
            sighting.origins.insert(IdentifierKind::Vendor, QStringLiteral("header %1").arg(QLatin1String(field.name)));
            break;
        }
    }
    if (!sighting.vendor.isEmpty() && !sighting.origins.contains(IdentifierKind::Vendor))
        sighting.origins.insert(IdentifierKind::Vendor, QStringLiteral("header names"));
    return sighting;
}

} // namespace ztp::devices
