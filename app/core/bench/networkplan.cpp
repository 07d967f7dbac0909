#include "bench/networkplan.h"

#include <QCoreApplication>

namespace ztp::bench {

namespace {

// Context of this file's messages in the translation files; lupdate reads it from the macro.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ztp::bench::NetworkPlan)
};

} // namespace

Result<NetworkPlan> planNetwork(const workspace::BenchSettings &settings,
                                const platform::InterfaceInfo &interface)
{
    if (interface.loopback)
        return Error {
            Messages::tr("Interface %1 is the loopback interface; choose the interface that is "
                         "cabled to the devices.")
                .arg(interface.name)};
    if (interface.address.isNull())
        return Error {
            Messages::tr("Interface %1 has no IPv4 address. Give it a static address (for "
                         "example 10.0.0.1/24) and start again.")
                .arg(interface.name)};
    if (interface.prefixLength < 8 || interface.prefixLength > 30)
        return Error {
            Messages::tr("Interface %1 has prefix /%2; use a prefix from /8 to /30 so the subnet "
                         "has room for devices.")
                .arg(interface.name)
                .arg(interface.prefixLength)};

    NetworkPlan plan;
    dhcp::DhcpServerSettings &dhcp = plan.dhcp;
    const quint32 own = interface.address.toIPv4Address();
    const quint32 mask = interface.prefixLength == 0 ? 0 : ~quint32(0) << (32 - interface.prefixLength);
    const quint32 network = own & mask;
    const quint32 broadcast = network | ~mask;

    dhcp.interfaceName = interface.name;
    dhcp.serverAddress = interface.address;
    dhcp.subnetMask = settings.subnetMask.isEmpty() ? QHostAddress(mask)
                                                    : QHostAddress(settings.subnetMask);
    if (settings.poolFirst.isEmpty()) {
        // The lease table excludes the server's own address. When that address is at either end
        // of the subnet, the pool starts or ends past it, so the range shown is the one served.
        quint32 first = network + 1;
        quint32 last = broadcast - 1;
        if (own == first)
            ++first;
        else if (own == last)
            --last;
        dhcp.poolFirst = QHostAddress(first);
        dhcp.poolLast = QHostAddress(last);
    } else {
        dhcp.poolFirst = QHostAddress(settings.poolFirst);
        dhcp.poolLast = QHostAddress(settings.poolLast);
        const quint32 first = dhcp.poolFirst.toIPv4Address();
        const quint32 last = dhcp.poolLast.toIPv4Address();
        if (first <= network || last >= broadcast)
            return Error {
                Messages::tr("The pool %1 - %2 includes the network or broadcast address of "
                             "%3/%4; start dhcp.poolFirst above the first and end dhcp.poolLast "
                             "below the last address of the subnet.")
                    .arg(dhcp.poolFirst.toString(), dhcp.poolLast.toString(),
                        QHostAddress(network).toString())
                    .arg(interface.prefixLength)};
        if ((first & mask) != network || (last & mask) != network)
            return Error {
                Messages::tr("The pool %1 - %2 is not inside the subnet of %3 (%4/%5); change "
                             "dhcp.poolFirst and dhcp.poolLast in workbench.json.")
                    .arg(dhcp.poolFirst.toString(), dhcp.poolLast.toString(), interface.name,
                        interface.address.toString())
                    .arg(interface.prefixLength)};
    }

    // A mask must be ones then zeros (255.255.255.0, not 255.0.255.0).
    const quint32 maskBits = dhcp.subnetMask.toIPv4Address();
    if (maskBits == 0 || (~maskBits & (~maskBits + 1)) != 0)
        return Error {Messages::tr("dhcp.subnetMask %1 is not a valid subnet mask; write it as "
                                   "255.255.255.0 or leave it empty to use the interface's prefix.")
                          .arg(dhcp.subnetMask.toString())};

    dhcp.routers = {settings.router.isEmpty() ? interface.address : QHostAddress(settings.router)};
    if ((dhcp.routers.constFirst().toIPv4Address() & mask) != network)
        return Error {
            Messages::tr("dhcp.router %1 is outside the subnet %2/%3, so devices could not reach "
                         "it; use an address of that subnet or leave it empty.")
                .arg(dhcp.routers.constFirst().toString(), QHostAddress(network).toString())
                .arg(interface.prefixLength)};
    for (const QString &dns : settings.dnsServers)
        dhcp.dnsServers.append(QHostAddress(dns));
    dhcp.domainName = settings.domainName;
    dhcp.leaseTime = std::chrono::seconds(settings.leaseTimeSeconds);
    dhcp.bootFile = settings.bootFile;
    dhcp.serverPort = quint16(settings.dhcpPort);
    dhcp.tftpServer = settings.tftpServer.isEmpty() ? interface.address
                                                    : QHostAddress(settings.tftpServer);

    plan.tftpAddress = interface.address;
    plan.tftpPort = quint16(settings.tftpPort);
    plan.mtu = interface.mtu;
    return plan;
}

} // namespace ztp::bench
