#include "common/testdata.h"
#include "dhcp/dhcpserver.h"

#include <QTest>

using namespace ztp::dhcp;
using namespace std::chrono_literals;

namespace {

const QHostAddress ServerAddress(QStringLiteral("10.0.0.1"));

DhcpServerSettings benchSettings()
{
    DhcpServerSettings settings;
    settings.interfaceName = QStringLiteral("test0");
    settings.serverAddress = ServerAddress;
    settings.subnetMask = QHostAddress(QStringLiteral("255.255.255.0"));
    settings.poolFirst = QHostAddress(QStringLiteral("10.0.0.10"));
    settings.poolLast = QHostAddress(QStringLiteral("10.0.0.12"));
    settings.routers = {ServerAddress};
    settings.dnsServers = {QHostAddress(QStringLiteral("10.0.0.53"))};
    settings.leaseTime = 3600s;
    settings.tftpServer = ServerAddress;
    settings.bootFile = QStringLiteral("network-confg");
    return settings;
}

DhcpPacket clientMessage(MessageType type, const QByteArray &mac, quint32 xid = 1)
{
    DhcpPacket packet;
    packet.xid = xid;
    packet.chaddr = mac;
    packet.options.set(OptionCode::MessageType, QByteArray(1, char(type)));
    return packet;
}

const QByteArray MacA = hexBytes("00 1c 73 00 00 0a");
const QByteArray MacB = hexBytes("00 1c 73 00 00 0b");

} // namespace

class DhcpServerTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void discoverGetsOfferWithBootOptions();
    void offerFollowsParameterRequestList();
    void selectingRequestGetsAck();
    void requestForOtherServerIsSilent();
    void requestForTakenAddressGetsNak();
    void initRebootOnOtherSubnetGetsNak();
    void renewingIsUnicastToCiaddr();
    void releaseFreesAddress();
    void declineQuarantinesAddress();
    void informHasNoLease();
    void relayedRequestGoesToGiaddr();
    void relayFromUnknownSubnetIsSilent();
    void clientIdentifierWinsAndIsEchoed();
    void poolExhaustionIsSilent();
    void nonBroadcastClientNeedsHardwareUnicast();

private:
    QDateTime m_now;
    std::unique_ptr<LeaseTable> m_leases;
    std::unique_ptr<DhcpServer> m_server;
};

void DhcpServerTest::init()
{
    m_now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    const DhcpServerSettings settings = benchSettings();
    m_leases = std::make_unique<LeaseTable>(settings.poolFirst, settings.poolLast,
                                            QList<QHostAddress> {ServerAddress}, nullptr,
                                            [this] { return m_now; });
    m_server = std::make_unique<DhcpServer>(settings, m_leases.get());
}

void DhcpServerTest::discoverGetsOfferWithBootOptions()
{
    DhcpPacket discover = clientMessage(MessageType::Discover, MacA);
    discover.flags = BroadcastFlag;
    DhcpExchange exchange;
    const auto reply = m_server->handle(discover, &exchange);

    QVERIFY(reply);
    const DhcpPacket &offer = reply->packet;
    QCOMPARE(offer.messageType(), std::optional(MessageType::Offer));
    QCOMPARE(offer.op, BootOp::Reply);
    QCOMPARE(offer.xid, 1u);
    QCOMPARE(offer.yiaddr, QHostAddress(QStringLiteral("10.0.0.10")));
    QCOMPARE(offer.siaddr, ServerAddress);
    QCOMPARE(optionText(offer.file), QStringLiteral("network-confg"));
    QCOMPARE(offer.options.ipv4(OptionCode::ServerIdentifier), std::optional(ServerAddress));
    QCOMPARE(offer.options.ipv4(OptionCode::SubnetMask),
             std::optional(QHostAddress(QStringLiteral("255.255.255.0"))));
    QCOMPARE(offer.options.ipv4(OptionCode::Router), std::optional(ServerAddress));
    QCOMPARE(offer.options.ipv4(OptionCode::DomainNameServer),
             std::optional(QHostAddress(QStringLiteral("10.0.0.53"))));
    QCOMPARE(offer.options.uint32(OptionCode::IpAddressLeaseTime), std::optional(3600u));
    QCOMPARE(offer.options.uint32(OptionCode::RenewalTime), std::optional(1800u));
    QCOMPARE(offer.options.uint32(OptionCode::RebindingTime), std::optional(3150u));
    QCOMPARE(optionText(offer.options.value(OptionCode::TftpServerName)), QStringLiteral("10.0.0.1"));
    QCOMPARE(optionText(offer.options.value(OptionCode::BootfileName)), QStringLiteral("network-confg"));
    QCOMPARE(offer.options.ipv4(OptionCode::TftpServerAddress), std::optional(ServerAddress));
    QCOMPARE(reply->destination, QHostAddress(QHostAddress::Broadcast));
    QCOMPARE(reply->port, ClientPort);
    QCOMPARE(exchange.replyType, std::optional(MessageType::Offer));
}

void DhcpServerTest::offerFollowsParameterRequestList()
{
    DhcpPacket discover = clientMessage(MessageType::Discover, MacA);
    discover.options.set(OptionCode::ParameterRequestList, QByteArray::fromRawData("\x96\x43\x01", 3));
    const auto reply = m_server->handle(discover, nullptr);
    QVERIFY(reply);

    QList<quint8> codes;
    for (const auto &entry : reply->packet.options.entries())
        codes.append(entry.first);
    // 53 and 54 first, lease times, then 150, 67, 1 as requested, then the rest.
    QCOMPARE(codes.mid(0, 8), (QList<quint8> {53, 54, 51, 58, 59, 150, 67, 1}));
    QVERIFY(codes.contains(3));
    QVERIFY(codes.contains(66));
    QCOMPARE(codes.count(1), 1);
}

void DhcpServerTest::selectingRequestGetsAck()
{
    const auto offer = m_server->handle(clientMessage(MessageType::Discover, MacA), nullptr);
    QVERIFY(offer);

    DhcpPacket request = clientMessage(MessageType::Request, MacA);
    request.options.set(OptionCode::ServerIdentifier, encodeIpv4(ServerAddress));
    request.options.set(OptionCode::RequestedIpAddress, encodeIpv4(offer->packet.yiaddr));
    const auto ack = m_server->handle(request, nullptr);

    QVERIFY(ack);
    QCOMPARE(ack->packet.messageType(), std::optional(MessageType::Ack));
    QCOMPARE(ack->packet.yiaddr, offer->packet.yiaddr);
    const auto lease = m_leases->findByAddress(offer->packet.yiaddr);
    QVERIFY(lease);
    QCOMPARE(lease->state, LeaseState::Bound);
    QCOMPARE(lease->mac, MacA);
    QCOMPARE(lease->expires, m_now.addSecs(3600));
}

void DhcpServerTest::requestForOtherServerIsSilent()
{
    const auto offer = m_server->handle(clientMessage(MessageType::Discover, MacA), nullptr);
    QVERIFY(offer);

    DhcpPacket request = clientMessage(MessageType::Request, MacA);
    request.options.set(OptionCode::ServerIdentifier, encodeIpv4(QHostAddress(QStringLiteral("10.0.0.2"))));
    request.options.set(OptionCode::RequestedIpAddress, encodeIpv4(QHostAddress(QStringLiteral("10.0.0.99"))));
    DhcpExchange exchange;
    QVERIFY(!m_server->handle(request, &exchange));
    QVERIFY(exchange.note.contains(QStringLiteral("10.0.0.2")));
    QCOMPARE(m_leases->findByAddress(offer->packet.yiaddr)->state, LeaseState::Released);
}

void DhcpServerTest::requestForTakenAddressGetsNak()
{
    m_leases->bind(QHostAddress(QStringLiteral("10.0.0.10")), MacA, {}, {}, 3600s);

    DhcpPacket request = clientMessage(MessageType::Request, MacB);
    request.options.set(OptionCode::ServerIdentifier, encodeIpv4(ServerAddress));
    request.options.set(OptionCode::RequestedIpAddress, encodeIpv4(QHostAddress(QStringLiteral("10.0.0.10"))));
    const auto reply = m_server->handle(request, nullptr);

    QVERIFY(reply);
    QCOMPARE(reply->packet.messageType(), std::optional(MessageType::Nak));
    QCOMPARE(reply->packet.yiaddr.toIPv4Address(), 0u);
    QVERIFY(!reply->packet.options.contains(OptionCode::IpAddressLeaseTime));
    QCOMPARE(reply->destination, QHostAddress(QHostAddress::Broadcast));
    QCOMPARE(m_leases->findByAddress(QHostAddress(QStringLiteral("10.0.0.10")))->mac, MacA);
}

void DhcpServerTest::initRebootOnOtherSubnetGetsNak()
{
    DhcpPacket request = clientMessage(MessageType::Request, MacA);
    request.options.set(OptionCode::RequestedIpAddress, encodeIpv4(QHostAddress(QStringLiteral("192.168.1.50"))));
    const auto reply = m_server->handle(request, nullptr);
    QVERIFY(reply);
    QCOMPARE(reply->packet.messageType(), std::optional(MessageType::Nak));
}

void DhcpServerTest::renewingIsUnicastToCiaddr()
{
    const QHostAddress address(QStringLiteral("10.0.0.11"));
    m_leases->bind(address, MacA, {}, {}, 3600s);
    m_now = m_now.addSecs(1800);

    DhcpPacket request = clientMessage(MessageType::Request, MacA);
    request.ciaddr = address;
    const auto reply = m_server->handle(request, nullptr);

    QVERIFY(reply);
    QCOMPARE(reply->packet.messageType(), std::optional(MessageType::Ack));
    QCOMPARE(reply->packet.ciaddr, address);
    QCOMPARE(reply->destination, address);
    QCOMPARE(reply->unicastToClientHardware, false);
    QCOMPARE(m_leases->findByAddress(address)->expires, m_now.addSecs(3600));
}

void DhcpServerTest::releaseFreesAddress()
{
    const QHostAddress address(QStringLiteral("10.0.0.10"));
    m_leases->bind(address, MacA, {}, {}, 3600s);

    DhcpPacket release = clientMessage(MessageType::Release, MacA);
    release.ciaddr = address;
    release.options.set(OptionCode::ServerIdentifier, encodeIpv4(ServerAddress));
    QVERIFY(!m_server->handle(release, nullptr));
    QCOMPARE(m_leases->findByAddress(address)->state, LeaseState::Released);

    // The released address is reusable once never-used ones run out.
    QVERIFY(m_leases->isAvailableFor(address, clientKeyFor(MacB, {})));
}

void DhcpServerTest::declineQuarantinesAddress()
{
    const auto first = m_server->handle(clientMessage(MessageType::Discover, MacA), nullptr);
    QVERIFY(first);

    DhcpPacket decline = clientMessage(MessageType::Decline, MacA);
    decline.options.set(OptionCode::RequestedIpAddress, encodeIpv4(first->packet.yiaddr));
    decline.options.set(OptionCode::ServerIdentifier, encodeIpv4(ServerAddress));
    QVERIFY(!m_server->handle(decline, nullptr));
    QCOMPARE(m_leases->findByAddress(first->packet.yiaddr)->state, LeaseState::Declined);

    const auto second = m_server->handle(clientMessage(MessageType::Discover, MacA, 2), nullptr);
    QVERIFY(second);
    QVERIFY(second->packet.yiaddr != first->packet.yiaddr);
}

void DhcpServerTest::informHasNoLease()
{
    DhcpPacket inform = clientMessage(MessageType::Inform, MacA);
    inform.ciaddr = QHostAddress(QStringLiteral("10.0.0.200"));
    const auto reply = m_server->handle(inform, nullptr);

    QVERIFY(reply);
    QCOMPARE(reply->packet.messageType(), std::optional(MessageType::Ack));
    QCOMPARE(reply->packet.yiaddr.toIPv4Address(), 0u);
    QVERIFY(!reply->packet.options.contains(OptionCode::IpAddressLeaseTime));
    QVERIFY(!reply->packet.options.contains(OptionCode::RenewalTime));
    QVERIFY(!reply->packet.options.contains(OptionCode::RebindingTime));
    QCOMPARE(reply->destination, inform.ciaddr);
    QVERIFY(!m_leases->findByAddress(inform.ciaddr));
}

void DhcpServerTest::relayedRequestGoesToGiaddr()
{
    const auto request = ztp::dhcp::decodePacket(readHexFixture(QStringLiteral("dhcp/request-relayed-option82.hex")));
    QVERIFY(request.ok());
    // The fixture asks for 10.0.0.23, outside this pool: a NAK, still sent to the relay.
    DhcpPacket packet = *request;
    packet.options.set(OptionCode::RequestedIpAddress, encodeIpv4(QHostAddress(QStringLiteral("10.0.0.11"))));
    const auto reply = m_server->handle(packet, nullptr);

    QVERIFY(reply);
    QCOMPARE(reply->packet.messageType(), std::optional(MessageType::Ack));
    QCOMPARE(reply->destination, QHostAddress(QStringLiteral("10.0.0.254")));
    QCOMPARE(reply->port, ServerPort);
    QCOMPARE(reply->packet.giaddr, QHostAddress(QStringLiteral("10.0.0.254")));
    QCOMPARE(reply->packet.options.value(OptionCode::RelayAgentInformation),
             request->options.value(OptionCode::RelayAgentInformation));
    QCOMPARE(reply->packet.options.entries().constLast().first, quint8(82));
}

void DhcpServerTest::relayFromUnknownSubnetIsSilent()
{
    DhcpPacket discover = clientMessage(MessageType::Discover, MacA);
    discover.giaddr = QHostAddress(QStringLiteral("172.16.5.1"));
    DhcpExchange exchange;
    QVERIFY(!m_server->handle(discover, &exchange));
    QVERIFY(exchange.note.contains(QStringLiteral("172.16.5.1")));
}

void DhcpServerTest::clientIdentifierWinsAndIsEchoed()
{
    const QByteArray clientId = hexBytes("00 46 4a 43 32 37");
    DhcpPacket discover = clientMessage(MessageType::Discover, MacA);
    discover.options.set(OptionCode::ClientIdentifier, clientId);
    const auto first = m_server->handle(discover, nullptr);
    QVERIFY(first);
    QCOMPARE(first->packet.options.value(OptionCode::ClientIdentifier), clientId);

    // Same identifier behind another chaddr: the same client, the same address.
    DhcpPacket again = clientMessage(MessageType::Discover, MacB, 2);
    again.options.set(OptionCode::ClientIdentifier, clientId);
    const auto second = m_server->handle(again, nullptr);
    QVERIFY(second);
    QCOMPARE(second->packet.yiaddr, first->packet.yiaddr);
}

void DhcpServerTest::poolExhaustionIsSilent()
{
    for (int i = 0; i < 3; ++i) {
        const QByteArray mac = hexBytes("02 00 00 00 00 00").left(5) + QByteArray(1, char(i));
        QVERIFY(m_server->handle(clientMessage(MessageType::Discover, mac), nullptr));
    }
    DhcpExchange exchange;
    QVERIFY(!m_server->handle(clientMessage(MessageType::Discover, MacB), &exchange));
    QCOMPARE(exchange.note, QStringLiteral("address pool exhausted"));
}

void DhcpServerTest::nonBroadcastClientNeedsHardwareUnicast()
{
    const auto reply = m_server->handle(clientMessage(MessageType::Discover, MacA), nullptr);
    QVERIFY(reply);
    QVERIFY(reply->unicastToClientHardware);
    QCOMPARE(reply->destination, reply->packet.yiaddr);
}

QTEST_GUILESS_MAIN(DhcpServerTest)
#include "tst_dhcpserver.moc"
