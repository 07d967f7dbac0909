#include "devices/packetdescription.h"

#include "dhcp/dhcppacket.h"
#include "dhcp/optioncodec.h"
#include "platform/netplatform.h"

#include <QHash>

#include <algorithm>

namespace ztp::devices {

namespace {

using dhcp::OptionType;

struct OptionInfo
{
    const char *name;
    OptionType type;
};

// Names as RFC 2132 and the later option RFCs give them, with the codec type that decodes each.
const QHash<int, OptionInfo> &optionTable()
{
    static const QHash<int, OptionInfo> table {
        {1, {"Subnet mask", OptionType::Ipv4}},
        {2, {"Time offset", OptionType::Uint32}},
        {3, {"Router", OptionType::Ipv4List}},
        {4, {"Time server", OptionType::Ipv4List}},
        {6, {"Domain name server", OptionType::Ipv4List}},
        {7, {"Log server", OptionType::Ipv4List}},
        {12, {"Host name", OptionType::Text}},
        {15, {"Domain name", OptionType::Text}},
        {26, {"Interface MTU", OptionType::Uint16}},
        {28, {"Broadcast address", OptionType::Ipv4}},
        {42, {"NTP servers", OptionType::Ipv4List}},
        {43, {"Vendor-specific information", OptionType::SubOptions}},
        {50, {"Requested IP address", OptionType::Ipv4}},
        {51, {"IP address lease time", OptionType::Uint32}},
        {52, {"Option overload", OptionType::Uint8}},
        {53, {"DHCP message type", OptionType::Uint8}},
        {54, {"Server identifier", OptionType::Ipv4}},
        {55, {"Parameter request list", OptionType::Hex}},
        {56, {"Message", OptionType::Text}},
        {57, {"Maximum DHCP message size", OptionType::Uint16}},
        {58, {"Renewal (T1) time", OptionType::Uint32}},
        {59, {"Rebinding (T2) time", OptionType::Uint32}},
        {60, {"Vendor class identifier", OptionType::Text}},
        {61, {"Client identifier", OptionType::Hex}},
        {66, {"TFTP server name", OptionType::Text}},
        {67, {"Bootfile name", OptionType::Text}},
        {77, {"User class", OptionType::UserClass}},
        {82, {"Relay agent information", OptionType::SubOptions}},
        {93, {"Client system architecture", OptionType::Uint16}},
        {94, {"Client network interface identifier", OptionType::Hex}},
        {97, {"Client machine identifier", OptionType::Hex}},
        {114, {"Captive portal / ONIE URL", OptionType::Text}},
        {119, {"Domain search", OptionType::Hex}},
        {124, {"Vendor-identifying vendor class", OptionType::VendorClass}},
        {125, {"Vendor-identifying vendor-specific information", OptionType::VendorSpecific}},
        {143, {"SZTP redirect", OptionType::SztpRedirect}},
        {150, {"TFTP server address", OptionType::Ipv4List}},
        {239, {"Provisioning script URL (site-specific)", OptionType::Text}},
    };
    return table;
}

QString ipv4(const QHostAddress &address)
{
    return address.toString();
}

QString textField(const QByteArray &octets)
{
    const qsizetype end = octets.indexOf('\0');
    return QString::fromLatin1(end < 0 ? octets : octets.left(end));
}

QString optionValue(int code, const QByteArray &value)
{
    if (code == 53 && value.size() == 1)
        return QStringLiteral("%1 (%2)")
            .arg(QLatin1String(dhcp::messageTypeName(dhcp::MessageType(quint8(value.at(0))))))
            .arg(quint8(value.at(0)));
    if (code == 55) {
        QStringList requested;
        for (const char octet : value)
            requested.append(QStringLiteral("%1 %2").arg(quint8(octet)).arg(dhcpOptionName(quint8(octet))));
        return requested.join(QStringLiteral(", "));
    }
    if (code == 61) {
        const dhcp::ClientIdentifier identifier = dhcp::parseClientIdentifier(value);
        if (identifier.kind == dhcp::ClientIdentifier::Kind::HardwareAddress && identifier.identifier.size() == 6)
            return QStringLiteral("type %1, MAC %2").arg(identifier.type).arg(platform::formatMac(identifier.identifier));
        // Printable identifiers (Cisco "cisco-481b.a447.b647-Vl1", serials) are shown as text.
        const QByteArray rest = value.mid(1);
        const bool printable = !rest.isEmpty() && std::all_of(rest.cbegin(), rest.cend(), [](char c) {
            return c >= 0x20 && c < 0x7f;
        });
        if (printable)
            return QStringLiteral("type %1, \"%2\"").arg(quint8(value.at(0))).arg(QString::fromLatin1(rest));
        return QString::fromLatin1(value.toHex(':'));
    }

    const auto it = optionTable().constFind(code);
    const OptionType type = it == optionTable().cend() ? OptionType::Hex : it->type;
    return dhcp::decodeForPreview(type, value);
}

} // namespace

QString dhcpOptionName(int code)
{
    const auto it = optionTable().constFind(code);
    if (it == optionTable().cend())
        return QStringLiteral("Option %1").arg(code);
    return QLatin1String(it->name);
}

Result<PacketDescription> describeDhcpPacket(const QByteArray &datagram)
{
    const Result<dhcp::DhcpPacket> decoded = dhcp::decodePacket(datagram);
    if (!decoded)
        return decoded.error();
    const dhcp::DhcpPacket &packet = *decoded;

    PacketDescription description;
    const auto type = packet.messageType();
    description.summary = QStringLiteral("DHCP %1, xid %2")
                              .arg(type ? QLatin1String(dhcp::messageTypeName(*type)) : QLatin1String("BOOTP"))
                              .arg(packet.xid, 8, 16, QLatin1Char('0'));
    if (packet.yiaddr.toIPv4Address() != 0)
        description.summary += QStringLiteral(", %1").arg(ipv4(packet.yiaddr));

    const auto header = [&](const QString &name, const QString &value) {
        description.fields.append(PacketField {-1, name, value, {}});
    };
    header(QStringLiteral("op"), packet.op == dhcp::BootOp::Request ? QStringLiteral("BOOTREQUEST (1)")
                                                                     : QStringLiteral("BOOTREPLY (2)"));
    header(QStringLiteral("xid"), QStringLiteral("0x%1").arg(packet.xid, 8, 16, QLatin1Char('0')));
    header(QStringLiteral("secs"), QString::number(packet.secs));
    header(QStringLiteral("flags"), packet.broadcast() ? QStringLiteral("broadcast") : QStringLiteral("unicast"));
    header(QStringLiteral("hops"), QString::number(packet.hops));
    header(QStringLiteral("ciaddr"), ipv4(packet.ciaddr));
    header(QStringLiteral("yiaddr"), ipv4(packet.yiaddr));
    header(QStringLiteral("siaddr"), ipv4(packet.siaddr));
    header(QStringLiteral("giaddr"), ipv4(packet.giaddr));
    const QByteArray hardware = packet.clientHardwareAddress();
    header(QStringLiteral("chaddr"), hardware.size() == 6 ? platform::formatMac(hardware)
                                                          : QString::fromLatin1(hardware.toHex(':')));
    if (!textField(packet.sname).isEmpty())
        header(QStringLiteral("sname"), textField(packet.sname));
    if (!textField(packet.file).isEmpty())
        header(QStringLiteral("file"), textField(packet.file));

    for (const auto &[code, value] : packet.options.entries())
        description.fields.append(PacketField {code, dhcpOptionName(code), optionValue(code, value), value});
    return description;
}

} // namespace ztp::devices
