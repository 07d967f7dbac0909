#include "common/testdata.h"
#include "dhcp/dhcpserver.h"
#include "dhcp/rogueserverprobe.h"
#include "storage/historydatabase.h"

#include <QTemporaryDir>
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
    void declineFromOtherClientIsIgnored();
    void invalidHardwareAddressIsIgnored_data();
    void invalidHardwareAddressIsIgnored();
    void ciscoAlternatingIdentifierGetsOneLease();
    void malformedClientIdentifierIsIgnored();
    void reservationsByKey_data();
    void reservationsByKey();
    void reservedAddressNotOfferedToOthers();
    void profileOptionsFollowRequestList();
    void optionOnlyIfRequested();
    void allowListIgnoresUnknownClient();
    void probeDiscoverIsIgnored();
    void pingBeforeOfferSkipsAnsweringAddress();
    void replyFitsClientMaximumSize_data();
    void replyFitsClientMaximumSize();
    void exchangeRecordsIdentityAndBytes();
    void informNeverCreatesLease();
    void rebindingRequestGetsAck();
    void leasesSurviveRestart();

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

namespace {

DhcpPacket ciscoDiscover(const QByteArray &clientId, quint32 xid)
{
    DhcpPacket discover = clientMessage(MessageType::Discover, MacA, xid);
    discover.options.set(OptionCode::VendorClassIdentifier, QByteArray("ciscopnp"));
    discover.options.set(OptionCode::ClientIdentifier, clientId);
    discover.options.set(OptionCode::VendorIdentifyingVendorClass,
                         hexBytes("00 00 00 09 10 0f") + QByteArray("C9200CX-8P-2X2G"));
    return discover;
}

QList<quint8> codesOf(const DhcpPacket &packet)
{
    QList<quint8> codes;
    for (const auto &entry : packet.options.entries())
        codes.append(entry.first);
    return codes;
}

} // namespace

void DhcpServerTest::ciscoAlternatingIdentifierGetsOneLease()
{
    // IOS-XE alternates option 61 between DISCOVER bursts: serial, then a MAC-derived string.
    const auto first = m_server->handle(ciscoDiscover(hexBytes("00") + QByteArray("FJC27271B8C"), 1), nullptr);
    const auto second = m_server->handle(
        ciscoDiscover(hexBytes("00") + QByteArray("cisco-001c.7300.000a-Vl1"), 2), nullptr);
    QVERIFY(first);
    QVERIFY(second);
    QCOMPARE(second->packet.yiaddr, first->packet.yiaddr);

    DhcpPacket request = ciscoDiscover(hexBytes("00") + QByteArray("FJC27271B8C"), 3);
    request.options.set(OptionCode::MessageType, QByteArray(1, char(MessageType::Request)));
    request.options.set(OptionCode::ServerIdentifier, encodeIpv4(ServerAddress));
    request.options.set(OptionCode::RequestedIpAddress, encodeIpv4(first->packet.yiaddr));
    const auto ack = m_server->handle(request, nullptr);
    QVERIFY(ack);
    QCOMPARE(ack->packet.messageType(), std::optional(MessageType::Ack));

    QCOMPARE(m_leases->leases().size(), 1);
    QCOMPARE(m_leases->findByClient(clientKeyFor(MacA, {}))->address, first->packet.yiaddr);

    // Each reply still echoes the identifier of its own request (RFC 6842).
    QCOMPARE(second->packet.options.value(OptionCode::ClientIdentifier),
             hexBytes("00") + QByteArray("cisco-001c.7300.000a-Vl1"));
}

void DhcpServerTest::malformedClientIdentifierIsIgnored()
{
    DhcpPacket discover = clientMessage(MessageType::Discover, MacA);
    discover.options.set(OptionCode::ClientIdentifier, hexBytes("01"));
    const auto reply = m_server->handle(discover, nullptr);

    QVERIFY(reply);
    QCOMPARE(reply->packet.messageType(), std::optional(MessageType::Offer));
    QVERIFY(m_leases->findByClient(clientKeyFor(MacA, {})));
}

void DhcpServerTest::reservationsByKey_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("mac") << int(Reservation::Key::Mac) << MacA;
    QTest::newRow("client identifier") << int(Reservation::Key::ClientIdentifier)
                                       << hexBytes("00") + QByteArray("FJC27271B8C");
    QTest::newRow("serial") << int(Reservation::Key::Serial) << QByteArray("FJC27271B8C");
}

void DhcpServerTest::reservationsByKey()
{
    QFETCH(int, key);
    QFETCH(QByteArray, value);

    DhcpServerSettings settings = benchSettings();
    const QHostAddress reserved(QStringLiteral("10.0.0.50"));
    settings.reservations = {{Reservation::Key(key), value, reserved}};
    DhcpServer server(settings, m_leases.get());

    const auto offer = server.handle(ciscoDiscover(hexBytes("00") + QByteArray("FJC27271B8C"), 1), nullptr);
    QVERIFY(offer);
    QCOMPARE(offer->packet.yiaddr, reserved);

    DhcpPacket request = ciscoDiscover(hexBytes("00") + QByteArray("FJC27271B8C"), 2);
    request.options.set(OptionCode::MessageType, QByteArray(1, char(MessageType::Request)));
    request.options.set(OptionCode::ServerIdentifier, encodeIpv4(ServerAddress));
    request.options.set(OptionCode::RequestedIpAddress, encodeIpv4(reserved));
    const auto ack = server.handle(request, nullptr);
    QVERIFY(ack);
    QCOMPARE(ack->packet.messageType(), std::optional(MessageType::Ack));
    QCOMPARE(m_leases->findByAddress(reserved)->state, LeaseState::Bound);
}

void DhcpServerTest::reservedAddressNotOfferedToOthers()
{
    DhcpServerSettings settings = benchSettings();
    const QHostAddress reserved(QStringLiteral("10.0.0.10"));
    settings.reservations = {{Reservation::Key::Mac, MacA, reserved}};
    DhcpServer server(settings, m_leases.get());

    const auto offer = server.handle(clientMessage(MessageType::Discover, MacB), nullptr);
    QVERIFY(offer);
    QVERIFY(offer->packet.yiaddr != reserved);

    DhcpPacket request = clientMessage(MessageType::Request, MacB, 2);
    request.options.set(OptionCode::RequestedIpAddress, encodeIpv4(reserved));
    const auto nak = server.handle(request, nullptr);
    QVERIFY(nak);
    QCOMPARE(nak->packet.messageType(), std::optional(MessageType::Nak));
}

void DhcpServerTest::profileOptionsFollowRequestList()
{
    m_server->setPolicyProvider([](const DhcpPacket &) {
        ClientPolicy policy;
        policy.profile = QStringLiteral("juniper");
        policy.options.set(quint8(43), hexBytes("01 03 61 62 63"));
        policy.options.set(quint8(150), hexBytes("0a 00 00 05"));
        return policy;
    });
    DhcpPacket discover = clientMessage(MessageType::Discover, MacA);
    discover.options.set(OptionCode::ParameterRequestList, hexBytes("2b 01 96 03"));
    DhcpExchange exchange;
    const auto reply = m_server->handle(discover, &exchange);
    QVERIFY(reply);

    const QList<quint8> codes = codesOf(reply->packet);
    QCOMPARE(codes.mid(0, 9), (QList<quint8> {53, 54, 51, 58, 59, 43, 1, 150, 3}));
    QCOMPARE(codes.count(150), 1);
    // The profile's 150 replaces the server's own.
    QCOMPARE(reply->packet.options.value(quint8(150)), hexBytes("0a 00 00 05"));
    QCOMPARE(exchange.profile, QStringLiteral("juniper"));
}

void DhcpServerTest::optionOnlyIfRequested()
{
    m_server->setPolicyProvider([](const DhcpPacket &) {
        ClientPolicy policy;
        policy.options.set(OptionCode::SztpRedirect, hexBytes("00 10") + QByteArray("https://10.0.0.5"));
        policy.onlyIfRequested = {143};
        return policy;
    });

    const auto plain = m_server->handle(clientMessage(MessageType::Discover, MacA), nullptr);
    QVERIFY(plain);
    QVERIFY(!plain->packet.options.contains(OptionCode::SztpRedirect));

    DhcpPacket asking = clientMessage(MessageType::Discover, MacA, 2);
    asking.options.set(OptionCode::ParameterRequestList, hexBytes("01 8f"));
    const auto reply = m_server->handle(asking, nullptr);
    QVERIFY(reply);
    QCOMPARE(reply->packet.options.value(OptionCode::SztpRedirect), hexBytes("00 10") + QByteArray("https://10.0.0.5"));
}

void DhcpServerTest::allowListIgnoresUnknownClient()
{
    m_server->setPolicyProvider([](const DhcpPacket &request) {
        ClientPolicy policy;
        policy.ignore = request.clientHardwareAddress() != MacA;
        policy.ignoreReason = QStringLiteral("allow-list mode");
        return policy;
    });

    DhcpExchange exchange;
    QVERIFY(!m_server->handle(clientMessage(MessageType::Discover, MacB), &exchange));
    QCOMPARE(exchange.note, QStringLiteral("allow-list mode"));
    QVERIFY(m_leases->leases().isEmpty());
    QVERIFY(m_server->handle(clientMessage(MessageType::Discover, MacA), nullptr));
}

void DhcpServerTest::probeDiscoverIsIgnored()
{
    m_server->setIgnoredHardwareAddress(RogueServerProbe::probeHardwareAddress());
    DhcpPacket probe = clientMessage(MessageType::Discover, RogueServerProbe::probeHardwareAddress());
    probe.flags = BroadcastFlag;
    QVERIFY(!m_server->handle(probe, nullptr));
    QVERIFY(m_leases->leases().isEmpty());
}

void DhcpServerTest::pingBeforeOfferSkipsAnsweringAddress()
{
    const QHostAddress squatted(QStringLiteral("10.0.0.10"));
    QList<QHostAddress> probed;
    m_server->setAddressProbe([&](const QHostAddress &address) {
        probed.append(address);
        return address == squatted;
    });

    const auto reply = m_server->handle(clientMessage(MessageType::Discover, MacA), nullptr);
    QVERIFY(reply);
    QCOMPARE(reply->packet.yiaddr, QHostAddress(QStringLiteral("10.0.0.11")));
    QCOMPARE(probed, (QList<QHostAddress> {squatted, QHostAddress(QStringLiteral("10.0.0.11"))}));
    QCOMPARE(m_leases->findByAddress(squatted)->state, LeaseState::Declined);
}

void DhcpServerTest::replyFitsClientMaximumSize_data()
{
    QTest::addColumn<int>("maxMessageSize"); // option 57, 0 for none
    QTest::addColumn<bool>("largeOptionSent");

    QTest::newRow("no option 57") << 0 << false;
    QTest::newRow("option 57 below 576") << 400 << false;
    QTest::newRow("ios-xe 1200") << 1200 << true;
}

void DhcpServerTest::replyFitsClientMaximumSize()
{
    QFETCH(int, maxMessageSize);
    QFETCH(bool, largeOptionSent);

    // A 400-octet option 43: two instances on the wire (RFC 3396).
    const QByteArray large(400, 'x');
    m_server->setPolicyProvider([&](const DhcpPacket &) {
        ClientPolicy policy;
        policy.options.set(quint8(43), large);
        return policy;
    });
    DhcpPacket discover = clientMessage(MessageType::Discover, MacA);
    if (maxMessageSize)
        discover.options.set(OptionCode::MaximumMessageSize, encodeUint16(quint16(maxMessageSize)));
    DhcpExchange exchange;
    const auto reply = m_server->handle(discover, &exchange);
    QVERIFY(reply);

    const int limit = qMax(maxMessageSize, MinimumMaxMessageSize) - 28;
    QVERIFY(exchange.replyBytes.size() <= limit);
    const auto decoded = decodePacket(exchange.replyBytes);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->options.value(quint8(43)) == large, largeOptionSent);
    QVERIFY(decoded->options.contains(OptionCode::ServerIdentifier));
}

void DhcpServerTest::exchangeRecordsIdentityAndBytes()
{
    const auto fixture = decodePacket(readHexFixture(QStringLiteral("dhcp/discover-cisco-c9200cx.hex")));
    QVERIFY(fixture.ok());
    DhcpExchange exchange;
    const auto reply = m_server->handle(*fixture, &exchange);
    QVERIFY(reply);

    QCOMPARE(exchange.identity.vendor, QStringLiteral("Cisco"));
    QCOMPARE(exchange.identity.serial, QStringLiteral("FJC27271B8C"));
    QCOMPARE(exchange.identity.model, QStringLiteral("C9200CX-8P-2X2G"));
    QCOMPARE(exchange.request.xid, fixture->xid);
    QCOMPARE(exchange.replyBytes, encodePacket(reply->packet, 1200));
    QCOMPARE(exchange.replyDestination, QHostAddress(QHostAddress::Broadcast));
}

void DhcpServerTest::informNeverCreatesLease()
{
    DhcpPacket inform = clientMessage(MessageType::Inform, MacA);
    inform.ciaddr = QHostAddress(QStringLiteral("10.0.0.11"));
    inform.options.set(OptionCode::ParameterRequestList, hexBytes("01 03 06 43"));
    const auto reply = m_server->handle(inform, nullptr);

    QVERIFY(reply);
    QCOMPARE(reply->packet.ciaddr, inform.ciaddr);
    QCOMPARE(reply->port, ClientPort);
    QVERIFY(!reply->unicastToClientHardware);
    QVERIFY(reply->packet.options.contains(OptionCode::SubnetMask));
    QVERIFY(m_leases->leases().isEmpty());

    // A later DISCOVER from another client may still get that address: INFORM reserved nothing.
    const auto offer = m_server->handle(clientMessage(MessageType::Discover, MacB, 2), nullptr);
    QVERIFY(offer);
}

void DhcpServerTest::rebindingRequestGetsAck()
{
    // REBINDING: broadcast, ciaddr set, no server identifier, no option 50 (RFC 2131 4.3.2).
    const QHostAddress address(QStringLiteral("10.0.0.12"));
    m_leases->bind(address, MacA, {}, {}, 3600s);
    m_now = m_now.addSecs(3200);

    DhcpPacket request = clientMessage(MessageType::Request, MacA);
    request.ciaddr = address;
    request.flags = BroadcastFlag;
    const auto reply = m_server->handle(request, nullptr);
    QVERIFY(reply);
    QCOMPARE(reply->packet.messageType(), std::optional(MessageType::Ack));
    QCOMPARE(reply->packet.yiaddr, address);
    QCOMPARE(reply->destination, address);

    // Another client rebinding onto it is refused.
    DhcpPacket other = clientMessage(MessageType::Request, MacB, 2);
    other.ciaddr = address;
    const auto nak = m_server->handle(other, nullptr);
    QVERIFY(nak);
    QCOMPARE(nak->packet.messageType(), std::optional(MessageType::Nak));
}

void DhcpServerTest::leasesSurviveRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const DhcpServerSettings settings = benchSettings();
    QHostAddress bound;
    {
        ztp::storage::HistoryDatabase database;
        QVERIFY(database.open(path).ok());
        LeaseTable leases(settings.poolFirst, settings.poolLast, {ServerAddress}, &database,
                          [this] { return m_now; });
        DhcpServer server(settings, &leases);
        const auto offer = server.handle(clientMessage(MessageType::Discover, MacA), nullptr);
        QVERIFY(offer);
        DhcpPacket request = clientMessage(MessageType::Request, MacA, 2);
        request.options.set(OptionCode::ServerIdentifier, encodeIpv4(ServerAddress));
        request.options.set(OptionCode::RequestedIpAddress, encodeIpv4(offer->packet.yiaddr));
        QVERIFY(server.handle(request, nullptr));
        bound = offer->packet.yiaddr;
    }

    ztp::storage::HistoryDatabase database;
    QVERIFY(database.open(path).ok());
    LeaseTable leases(settings.poolFirst, settings.poolLast, {ServerAddress}, &database,
                      [this] { return m_now; });
    leases.load();
    DhcpServer server(settings, &leases);

    const auto other = server.handle(clientMessage(MessageType::Discover, MacB, 3), nullptr);
    QVERIFY(other);
    QVERIFY(other->packet.yiaddr != bound);
    const auto again = server.handle(clientMessage(MessageType::Discover, MacA, 4), nullptr);
    QVERIFY(again);
    QCOMPARE(again->packet.yiaddr, bound);
}

void DhcpServerTest::declineFromOtherClientIsIgnored()
{
    const QHostAddress address(QStringLiteral("10.0.0.10"));
    m_leases->bind(address, MacA, {}, {}, 3600s);

    DhcpPacket decline = clientMessage(MessageType::Decline, MacB);
    decline.options.set(OptionCode::RequestedIpAddress, encodeIpv4(address));
    decline.options.set(OptionCode::ServerIdentifier, encodeIpv4(ServerAddress));
    DhcpExchange exchange;
    QVERIFY(!m_server->handle(decline, &exchange));

    QVERIFY2(exchange.note.contains(QStringLiteral("does not hold it")), qPrintable(exchange.note));
    QCOMPARE(m_leases->findByAddress(address)->state, LeaseState::Bound);
    QCOMPARE(m_leases->findByAddress(address)->mac, MacA);
}

void DhcpServerTest::invalidHardwareAddressIsIgnored_data()
{
    QTest::addColumn<int>("htype");
    QTest::addColumn<int>("hlen");

    QTest::newRow("ethernet without length") << 1 << 0;
    QTest::newRow("ethernet with 16 octets") << 1 << 16;
    QTest::newRow("longer than chaddr") << 6 << 255;
}

void DhcpServerTest::invalidHardwareAddressIsIgnored()
{
    QFETCH(int, htype);
    QFETCH(int, hlen);

    DhcpPacket discover = clientMessage(MessageType::Discover, MacA);
    discover.htype = quint8(htype);
    discover.hlen = quint8(hlen);
    DhcpExchange exchange;
    QVERIFY(!m_server->handle(discover, &exchange));
    QVERIFY2(exchange.note.contains(QStringLiteral("invalid hardware address")), qPrintable(exchange.note));
    QVERIFY(!m_leases->findByAddress(QHostAddress(QStringLiteral("10.0.0.10"))));
}

QTEST_GUILESS_MAIN(DhcpServerTest)
#include "tst_dhcpserver.moc"
