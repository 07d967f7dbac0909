#include "common/testdata.h"
#include "dhcp/dhcppacket.h"

#include <QTest>

using namespace ztp::dhcp;

class DhcpPacketTest : public QObject
{
    Q_OBJECT

private slots:
    void decodeCiscoDiscover();
    void decodeRelayedRequest();
    void decodeJoinsSplitAndOverloadedOptions();
    void decodeRejectsMalformed_data();
    void decodeRejectsMalformed();
    void encodeRoundTrip();
    void optionTextReplacesControlCharacters();
    void encodeSplitsLongOptions();
    void encodeKeepsOption82Last();
    void encodeRespectsMaxMessageSize();
    void encodePadsToBootpMinimum();
    void optionValueVectors_data();
    void optionValueVectors();
};

void DhcpPacketTest::decodeCiscoDiscover()
{
    const QByteArray bytes = readHexFixture(QStringLiteral("dhcp/discover-cisco-c9200cx.hex"));
    QVERIFY(!bytes.isEmpty());

    const auto packet = decodePacket(bytes);
    QVERIFY2(packet.ok(), qPrintable(packet.errorString()));
    QCOMPARE(packet->op, BootOp::Request);
    QCOMPARE(packet->xid, 0x12345678u);
    QVERIFY(packet->broadcast());
    QCOMPARE(packet->clientHardwareAddress(), hexBytes("00 1c 73 1a 2b 3c"));
    QCOMPARE(packet->messageType(), std::optional(MessageType::Discover));
    QCOMPARE(optionText(packet->options.value(OptionCode::VendorClassIdentifier)),
             QStringLiteral("ciscopnp"));
    QCOMPARE(packet->options.value(OptionCode::ClientIdentifier), QByteArray("\0FJC27271B8C", 12));
    QCOMPARE(packet->options.uint16(OptionCode::MaximumMessageSize), std::optional<quint16>(1200));
    QCOMPARE(packet->options.value(OptionCode::VendorIdentifyingVendorClass),
             hexBytes("00 00 00 09 10 0f") + QByteArray("C9200CX-8P-2X2G"));
    QCOMPARE(packet->options.value(OptionCode::ParameterRequestList),
             QByteArray::fromRawData("\x01\x42\x06\x0f\x2c\x03\x43\x0c\x21\x96\x2b\x7d\x8f", 13));
}

void DhcpPacketTest::decodeRelayedRequest()
{
    const auto packet = decodePacket(readHexFixture(QStringLiteral("dhcp/request-relayed-option82.hex")));
    QVERIFY2(packet.ok(), qPrintable(packet.errorString()));
    QCOMPARE(packet->giaddr, QHostAddress(QStringLiteral("10.0.0.254")));
    QCOMPARE(packet->options.ipv4(OptionCode::RequestedIpAddress),
             std::optional(QHostAddress(QStringLiteral("10.0.0.23"))));
    QCOMPARE(packet->options.value(OptionCode::RelayAgentInformation),
             hexBytes("01 09 45 74 68 65 72 6e 65 74 31 02 06 00 1c 73 1a 2b 3c"));
}

void DhcpPacketTest::decodeJoinsSplitAndOverloadedOptions()
{
    const auto packet = decodePacket(readHexFixture(QStringLiteral("dhcp/discover-split-overload.hex")));
    QVERIFY2(packet.ok(), qPrintable(packet.errorString()));

    QByteArray expected;
    for (int i = 0; i < 256; ++i)
        expected.append(char(i));
    expected.append(QByteArray(44, '\0'));
    QCOMPARE(packet->options.value(224).size(), 300);
    QCOMPARE(packet->options.value(224), expected);
    QCOMPARE(optionText(packet->options.value(OptionCode::HostName)), QStringLiteral("overloaded"));
    QVERIFY(packet->file.isEmpty());
}

void DhcpPacketTest::decodeRejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("truncated option")
        << readHexFixture(QStringLiteral("dhcp/malformed-truncated-option.hex"))
        << QStringLiteral("option 60 of 20 octets runs past the end at offset 243");
    QTest::newRow("no magic cookie")
        << readHexFixture(QStringLiteral("dhcp/malformed-no-cookie.hex"))
        << QStringLiteral("magic cookie missing");
    QTest::newRow("short header") << QByteArray(100, '\1')
                                  << QStringLiteral("shorter than the 240-octet header");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("shorter than");
}

void DhcpPacketTest::decodeRejectsMalformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedError);

    const auto packet = decodePacket(bytes);
    QVERIFY(!packet.ok());
    QVERIFY2(packet.errorString().contains(expectedError), qPrintable(packet.errorString()));
}

void DhcpPacketTest::encodeRoundTrip()
{
    DhcpPacket packet;
    packet.op = BootOp::Reply;
    packet.xid = 0xdeadbeef;
    packet.flags = BroadcastFlag;
    packet.yiaddr = QHostAddress(QStringLiteral("10.0.0.23"));
    packet.siaddr = QHostAddress(QStringLiteral("10.0.0.1"));
    packet.chaddr = hexBytes("00 1c 73 1a 2b 3c");
    packet.file = "network-confg";
    packet.options.set(OptionCode::MessageType, QByteArray(1, char(MessageType::Offer)));
    packet.options.set(OptionCode::ServerIdentifier, encodeIpv4(QHostAddress(QStringLiteral("10.0.0.1"))));
    packet.options.set(OptionCode::IpAddressLeaseTime, encodeUint32(3600));

    const QByteArray bytes = encodePacket(packet);
    const auto decoded = decodePacket(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorString()));
    QCOMPARE(decoded->op, BootOp::Reply);
    QCOMPARE(decoded->xid, 0xdeadbeefu);
    QCOMPARE(decoded->yiaddr, packet.yiaddr);
    QCOMPARE(decoded->siaddr, packet.siaddr);
    QCOMPARE(decoded->clientHardwareAddress(), packet.chaddr);
    QCOMPARE(optionText(decoded->file), QStringLiteral("network-confg"));
    QCOMPARE(decoded->options.entries(), packet.options.entries());

    // Fixed layout: xid at 4, yiaddr at 16, cookie at 236, first option at 240.
    QCOMPARE(bytes.mid(4, 4), hexBytes("de ad be ef"));
    QCOMPARE(bytes.mid(16, 4), hexBytes("0a 00 00 17"));
    QCOMPARE(bytes.mid(236, 4), hexBytes("63 82 53 63"));
    QCOMPARE(bytes.mid(240, 3), hexBytes("35 01 02"));
}

void DhcpPacketTest::encodeSplitsLongOptions()
{
    DhcpPacket packet;
    packet.chaddr = hexBytes("00 1c 73 1a 2b 3c");
    packet.options.set(OptionCode::MessageType, QByteArray(1, char(MessageType::Ack)));
    const QByteArray value(300, 'x');
    packet.options.set(OptionCode::SztpRedirect, value);

    const QByteArray bytes = encodePacket(packet, 1500);
    // RFC 3396: 255 octets, then the remaining 45 under the same code.
    QCOMPARE(bytes.mid(243, 2), hexBytes("8f ff"));
    QCOMPARE(bytes.mid(243 + 2 + 255, 2), hexBytes("8f 2d"));
    const auto decoded = decodePacket(bytes);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->options.value(OptionCode::SztpRedirect), value);
}

void DhcpPacketTest::encodeKeepsOption82Last()
{
    DhcpPacket packet;
    packet.options.set(OptionCode::MessageType, QByteArray(1, char(MessageType::Ack)));
    packet.options.set(OptionCode::RelayAgentInformation, hexBytes("01 01 41"));
    packet.options.set(OptionCode::HostName, "sw1");

    const QByteArray bytes = encodePacket(packet);
    const qsizetype end = bytes.indexOf(char(0xff), 240);
    QCOMPARE(bytes.mid(end - 5, 5), hexBytes("52 03 01 01 41"));
}

void DhcpPacketTest::encodeRespectsMaxMessageSize()
{
    DhcpPacket packet;
    packet.options.set(OptionCode::MessageType, QByteArray(1, char(MessageType::Offer)));
    packet.options.set(224, QByteArray(250, 'a'));
    packet.options.set(225, QByteArray(250, 'b'));

    QList<quint8> dropped;
    const QByteArray small = encodePacket(packet, 576, &dropped);
    QVERIFY(small.size() <= 576 - 28);
    QCOMPARE(dropped, QList<quint8> {225});

    dropped.clear();
    const QByteArray large = encodePacket(packet, 1200, &dropped);
    QVERIFY(dropped.isEmpty());
    QVERIFY(large.size() <= 1200 - 28);
}

void DhcpPacketTest::encodePadsToBootpMinimum()
{
    DhcpPacket packet;
    packet.options.set(OptionCode::MessageType, QByteArray(1, char(MessageType::Nak)));
    QCOMPARE(encodePacket(packet).size(), 300);
}

void DhcpPacketTest::optionValueVectors_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("wire");

    // Vectors with code and length included, as published for each vendor.
    QTest::newRow("61 ethernet client id")
        << 61 << hexBytes("01 00 1c 73 1a 2b 3c") << hexBytes("3d 07 01 00 1c 73 1a 2b 3c");
    QTest::newRow("43 cisco pnp")
        << 43 << QByteArray("5A1D;B2;K4;I192.0.2.10;J80")
        << hexBytes("2b 1a 35 41 31 44 3b 42 32 3b 4b 34 3b 49 31 39 32 2e 30 2e 32 2e 31 30 3b 4a 38 30");
    QTest::newRow("125 cisco autoinstall")
        << 125 << hexBytes("00 00 00 09 12 05 10") + QByteArray("autoinstall_dhcp")
        << hexBytes("7d 17 00 00 00 09 12 05 10 61 75 74 6f 69 6e 73 74 61 6c 6c 5f 64 68 63 70");
    QTest::newRow("239 sonic script url")
        << 239 << QByteArray("http://192.0.2.1/ztp.sh")
        << hexBytes("ef 17") + QByteArray("http://192.0.2.1/ztp.sh");
    QTest::newRow("143 sztp one uri")
        << 143 << hexBytes("00 1d") + QByteArray("https://sztp.example.com:8443")
        << hexBytes("8f 1f 00 1d") + QByteArray("https://sztp.example.com:8443");
}

void DhcpPacketTest::optionValueVectors()
{
    QFETCH(int, code);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, wire);

    DhcpPacket packet;
    packet.options.set(quint8(code), value);
    const QByteArray bytes = encodePacket(packet, 1500);
    QCOMPARE(bytes.mid(240, wire.size()), wire);

    const auto decoded = decodePacket(bytes);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->options.value(quint8(code)), value);
}

// A hostname in option 12 must not carry line breaks or escape sequences into a rendered
// configuration or a terminal.
void DhcpPacketTest::optionTextReplacesControlCharacters()
{
    QCOMPARE(optionText(QByteArray("sw1\x1b[31m\r\nINJECTED\0\0", 20)), QStringLiteral("sw1?[31m??INJECTED"));
    QCOMPARE(optionText(QByteArray("caf\xc3\xa9-\xc2\x9b" "1")), QStringLiteral(u"caf\u00e9-?1"));
    QCOMPARE(optionText(QByteArray("Juniper-ex2300-HV3620180001")), QStringLiteral("Juniper-ex2300-HV3620180001"));
}

QTEST_GUILESS_MAIN(DhcpPacketTest)
#include "tst_dhcppacket.moc"
