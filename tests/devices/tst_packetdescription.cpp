// DHCP messages decoded for the device detail panel: header fields, option names and values.
#include "devices/packetdescription.h"
#include "dhcp/dhcppacket.h"
#include "platform/netplatform.h"

#include <QTest>

using namespace ztp;

namespace {

QString valueOf(const devices::PacketDescription &description, int code)
{
    for (const devices::PacketField &field : description.fields) {
        if (field.code == code)
            return field.value;
    }
    return QStringLiteral("(absent)");
}

QString headerValue(const devices::PacketDescription &description, const QString &name)
{
    for (const devices::PacketField &field : description.fields) {
        if (field.code < 0 && field.name == name)
            return field.value;
    }
    return QStringLiteral("(absent)");
}

} // namespace

class PacketDescriptionTest : public QObject
{
    Q_OBJECT

private slots:
    void discoverOptionsNamed();
    void replyHeaderFields();
    void unknownOptionShownAsHex();
    void malformedDatagramRejected();
};

void PacketDescriptionTest::discoverOptionsNamed()
{
    dhcp::DhcpPacket discover;
    discover.xid = 0x1234abcd;
    discover.flags = dhcp::BroadcastFlag;
    discover.chaddr = platform::parseMac(QStringLiteral("48:1b:a4:47:b6:47")) + QByteArray(10, '\0');
    discover.options.set(dhcp::OptionCode::MessageType, QByteArray(1, char(dhcp::MessageType::Discover)));
    discover.options.set(dhcp::OptionCode::ClientIdentifier, QByteArray("\x00" "cisco-481b.a447.b647-Vl1", 25));
    discover.options.set(dhcp::OptionCode::VendorClassIdentifier, "ciscopnp");
    discover.options.set(dhcp::OptionCode::ParameterRequestList, QByteArray("\x01\x03\x2b\x96", 4));

    const auto description = devices::describeDhcpPacket(dhcp::encodePacket(discover));
    QVERIFY2(description.ok(), qPrintable(description.errorString()));
    QCOMPARE(description->summary, QStringLiteral("DHCP DISCOVER, xid 1234abcd"));
    QCOMPARE(headerValue(*description, QStringLiteral("chaddr")), QStringLiteral("48:1b:a4:47:b6:47"));
    QCOMPARE(headerValue(*description, QStringLiteral("flags")), QStringLiteral("broadcast"));
    QCOMPARE(valueOf(*description, 53), QStringLiteral("DISCOVER (1)"));
    QCOMPARE(valueOf(*description, 60), QStringLiteral("\"ciscopnp\""));
    QCOMPARE(valueOf(*description, 61), QStringLiteral("type 0, \"cisco-481b.a447.b647-Vl1\""));
    QCOMPARE(valueOf(*description, 55),
             QStringLiteral("1 Subnet mask, 3 Router, 43 Vendor-specific information, 150 TFTP server address"));
    QCOMPARE(devices::dhcpOptionName(60), QStringLiteral("Vendor class identifier"));
}

void PacketDescriptionTest::replyHeaderFields()
{
    dhcp::DhcpPacket offer;
    offer.op = dhcp::BootOp::Reply;
    offer.xid = 7;
    offer.chaddr = platform::parseMac(QStringLiteral("00:1c:73:1a:2b:3c")) + QByteArray(10, '\0');
    offer.yiaddr = QHostAddress(QStringLiteral("10.0.0.23"));
    offer.siaddr = QHostAddress(QStringLiteral("10.0.0.1"));
    offer.file = "network-confg";
    offer.options.set(dhcp::OptionCode::MessageType, QByteArray(1, char(dhcp::MessageType::Offer)));
    offer.options.set(dhcp::OptionCode::Router, dhcp::encodeIpv4(QHostAddress(QStringLiteral("10.0.0.1"))));
    offer.options.set(dhcp::OptionCode::IpAddressLeaseTime, dhcp::encodeUint32(3600));
    offer.options.set(dhcp::OptionCode::ClientIdentifier, QByteArray::fromHex("01001c731a2b3c"));

    const auto description = devices::describeDhcpPacket(dhcp::encodePacket(offer));
    QVERIFY2(description.ok(), qPrintable(description.errorString()));
    QCOMPARE(description->summary, QStringLiteral("DHCP OFFER, xid 00000007, 10.0.0.23"));
    QCOMPARE(headerValue(*description, QStringLiteral("op")), QStringLiteral("BOOTREPLY (2)"));
    QCOMPARE(headerValue(*description, QStringLiteral("siaddr")), QStringLiteral("10.0.0.1"));
    QCOMPARE(headerValue(*description, QStringLiteral("file")), QStringLiteral("network-confg"));
    QCOMPARE(valueOf(*description, 3), QStringLiteral("10.0.0.1"));
    QCOMPARE(valueOf(*description, 51), QStringLiteral("3600"));
    QCOMPARE(valueOf(*description, 61), QStringLiteral("type 1, MAC 00:1c:73:1a:2b:3c"));
}

void PacketDescriptionTest::unknownOptionShownAsHex()
{
    dhcp::DhcpPacket request;
    request.chaddr = QByteArray(16, '\x02');
    request.options.set(dhcp::OptionCode::MessageType, QByteArray(1, char(dhcp::MessageType::Request)));
    request.options.set(quint8(224), QByteArray::fromHex("beef"));

    const auto description = devices::describeDhcpPacket(dhcp::encodePacket(request));
    QVERIFY(description.ok());
    QCOMPARE(devices::dhcpOptionName(224), QStringLiteral("Option 224"));
    QCOMPARE(valueOf(*description, 224), QStringLiteral("be:ef"));
}

void PacketDescriptionTest::malformedDatagramRejected()
{
    const auto description = devices::describeDhcpPacket(QByteArray(100, '\0'));
    QVERIFY(!description.ok());
    QVERIFY(!description.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(PacketDescriptionTest)
#include "tst_packetdescription.moc"
