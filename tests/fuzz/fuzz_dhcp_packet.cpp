// libFuzzer target for the DHCP decoder and everything that reads a decoded request: the typed
// option decoders, identity parsing, profile matching and the server's reply path. Seed corpus:
// tests/data/dhcp_packet (binary copies of the tests/data/dhcp fixtures).
#include "dhcp/clientidentity.h"
#include "dhcp/dhcppacket.h"
#include "dhcp/dhcpserver.h"
#include "dhcp/optioncodec.h"
#include "dhcp/vendorprofile.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace ztp::dhcp;

namespace {

const ProfileSet &profiles()
{
    static const ProfileSet set = [] {
        ProfileSet loaded;
        loaded.loadBuiltIn();
        return loaded;
    }();
    return set;
}

void decodeEveryOption(const DhcpOptions &options)
{
    for (const auto &[code, value] : options.entries()) {
        decodeSubOptions(value);
        decodeVendorBlocks(value);
        decodeUserClass(value);
        decodeSztpRedirect(value);
        parseClientIdentifier(value);
        for (int type = int(OptionType::Ipv4); type <= int(OptionType::SztpRedirect); ++type)
            decodeForPreview(OptionType(type), value);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool quiet = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("ztpw.*=false"));
        return true;
    }();
    Q_UNUSED(quiet);

    const QByteArray datagram = QByteArray::fromRawData(reinterpret_cast<const char *>(data), int(size));
    const ztp::Result<DhcpPacket> packet = decodePacket(datagram);
    if (!packet)
        return 0;

    decodeEveryOption(packet->options);
    parseDeviceIdentity(packet->options);
    leaseClientIdentifier(*packet);
    profiles().match(*packet);

    // Re-encoding must give a message that decodes again, within the size asked for.
    const QByteArray encoded = encodePacket(*packet, 576);
    if (!decodePacket(encoded))
        __builtin_trap();

    // The full reply path on a fresh small pool.
    DhcpServerSettings settings;
    settings.interfaceName = QStringLiteral("fuzz0");
    settings.serverAddress = QHostAddress(QStringLiteral("10.0.0.1"));
    settings.subnetMask = QHostAddress(QStringLiteral("255.255.255.0"));
    settings.poolFirst = QHostAddress(QStringLiteral("10.0.0.10"));
    settings.poolLast = QHostAddress(QStringLiteral("10.0.0.20"));
    LeaseTable leases(settings.poolFirst, settings.poolLast, {settings.serverAddress});
    DhcpServer server(settings, &leases);
    DhcpExchange exchange;
    server.handle(*packet, &exchange);
    return 0;
}
