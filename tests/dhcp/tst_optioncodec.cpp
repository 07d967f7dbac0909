#include "common/testdata.h"
#include "dhcp/dhcpoptions.h"
#include "dhcp/dhcppacket.h"
#include "dhcp/optionbuilder.h"
#include "dhcp/optioncodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ztp::dhcp;

namespace {

QByteArray text(const char *value)
{
    return QByteArray(value);
}

// The option as it sits in a message: code, length, value (values here stay below 256 octets).
QByteArray wireOf(quint8 code, const QByteArray &value)
{
    return QByteArray(1, char(code)) + QByteArray(1, char(value.size())) + value;
}

// Decodes `wire` the way a received message is decoded, so the test covers the packet decoder
// and the typed decoder together.
QByteArray receivedValue(const QByteArray &wire)
{
    QByteArray datagram(OptionsOffset, '\0');
    datagram[0] = char(BootOp::Request);
    datagram[1] = 1;
    datagram[2] = 6;
    datagram.replace(FixedHeaderSize, 4, hexBytes("63 82 53 63"));
    datagram += wire + hexBytes("ff");
    const auto packet = decodePacket(datagram);
    if (!packet)
        return {};
    return packet->options.value(quint8(wire.at(0)));
}

OptionDefinition definitionFrom(const QByteArray &json)
{
    const auto parsed = optionDefinitionFromJson(QJsonDocument::fromJson(json).object(),
                                                 QStringLiteral("row"));
    if (!parsed)
        qWarning("%s", qPrintable(parsed.errorString()));
    return parsed ? *parsed : OptionDefinition {};
}

} // namespace

class OptionCodecTest : public QObject
{
    Q_OBJECT

private slots:
    void referenceVectors_data();
    void referenceVectors();
    void tolerantInputStrictOutput_data();
    void tolerantInputStrictOutput();
    void vendorBlockLengthMismatch_data();
    void vendorBlockLengthMismatch();
    void handTypedPnpHexShowsInPreview();
    void sztpCodesAreNotSwapped();
    void clientIdentifierForms_data();
    void clientIdentifierForms();
    void builderRejectsInvalidValues_data();
    void builderRejectsInvalidValues();
    void relayAgentSubOptions();
};

void OptionCodecTest::referenceVectors_data()
{
    QTest::addColumn<QByteArray>("definition");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("preview");

    QTest::newRow("43 cisco pnp token string")
        << text(R"({"code":43,"type":"text","value":"5A1D;B2;K4;I192.0.2.10;J80"})")
        << hexBytes("2b 1a 35 41 31 44 3b 42 32 3b 4b 34 3b 49 31 39 32 2e 30 2e 32 2e 31 30 3b 4a 38 30")
        << QStringLiteral("\"5A1D;B2;K4;I192.0.2.10;J80\"");
    QTest::newRow("125 cisco autoinstall image file")
        << text(R"({"code":125,"type":"vendor-specific","enterprise":9,
                    "subOptions":[{"code":5,"type":"text","value":"autoinstall_dhcp"}]})")
        << hexBytes("7d 17 00 00 00 09 12 05 10 61 75 74 6f 69 6e 73 74 61 6c 6c 5f 64 68 63 70")
        << QStringLiteral("enterprise 9: 5=\"autoinstall_dhcp\"");
    QTest::newRow("124 cisco c9200cx model")
        << text(R"({"code":124,"type":"vendor-class","enterprise":9,"value":["C9200CX-8P-2X2G"]})")
        << hexBytes("7c 15 00 00 00 09 10 0f") + text("C9200CX-8P-2X2G")
        << QStringLiteral("enterprise 9: \"C9200CX-8P-2X2G\"");
    QTest::newRow("43 juniper image config type mode")
        << text(R"({"code":43,"type":"sub-options","subOptions":[
                    {"code":0,"type":"text","value":"junos-arm-32-18.1R3.3.tgz"},
                    {"code":1,"type":"text","value":"ex2300.conf"},
                    {"code":2,"type":"text","value":"symlink"},
                    {"code":3,"type":"text","value":"http"}]})")
        << hexBytes("2b 37 00 19 6a 75 6e 6f 73 2d 61 72 6d 2d 33 32 2d 31 38 2e 31 52 33 2e 33 2e 74 67 7a"
                    " 01 0b 65 78 32 33 30 30 2e 63 6f 6e 66 02 07 73 79 6d 6c 69 6e 6b 03 04 68 74 74 70")
        << QStringLiteral("0=\"junos-arm-32-18.1R3.3.tgz\"; 1=\"ex2300.conf\"; 2=\"symlink\"; 3=\"http\"");
    QTest::newRow("239 sonic script url")
        << text(R"({"code":239,"type":"text","value":"http://192.0.2.1/ztp.sh"})")
        << hexBytes("ef 17") + text("http://192.0.2.1/ztp.sh")
        << QStringLiteral("\"http://192.0.2.1/ztp.sh\"");
    QTest::newRow("125 onie installer url")
        << text(R"({"code":125,"type":"vendor-specific","enterprise":42623,
                    "subOptions":[{"code":1,"type":"text","value":"http://10.0.1.205/nos_installer.bin"}]})")
        << hexBytes("7d 2a 00 00 a6 7f 25 01 23") + text("http://10.0.1.205/nos_installer.bin")
        << QStringLiteral("enterprise 42623: 1=\"http://10.0.1.205/nos_installer.bin\"");
    QTest::newRow("43 aruba aos-cx config and firmware")
        << text(R"({"code":43,"type":"sub-options","subOptions":[
                    {"code":144,"type":"text","value":"sw01.cfg"},
                    {"code":145,"type":"text","value":"ArubaOS-CX_6100_10_13_1000.swi"}]})")
        << hexBytes("2b 2a 90 08") + text("sw01.cfg") + hexBytes("91 1e") + text("ArubaOS-CX_6100_10_13_1000.swi")
        << QStringLiteral("144=\"sw01.cfg\"; 145=\"ArubaOS-CX_6100_10_13_1000.swi\"");
    QTest::newRow("43 opengear config and firmware")
        << text(R"({"code":43,"type":"sub-options","subOptions":[
                    {"code":1,"type":"text","value":"http://192.0.2.1/og.opg"},
                    {"code":2,"type":"text","value":"http://192.0.2.1/og.flash"}]})")
        << hexBytes("2b 34 01 17") + text("http://192.0.2.1/og.opg") + hexBytes("02 19") + text("http://192.0.2.1/og.flash")
        << QStringLiteral("1=\"http://192.0.2.1/og.opg\"; 2=\"http://192.0.2.1/og.flash\"");
    QTest::newRow("143 sztp one uri")
        << text(R"({"code":143,"type":"sztp-redirect","value":["https://sztp.example.com:8443"]})")
        << hexBytes("8f 1f 00 1d") + text("https://sztp.example.com:8443")
        << QStringLiteral("https://sztp.example.com:8443");
    QTest::newRow("143 sztp two uris")
        << text(R"({"code":143,"type":"sztp-redirect","value":["https://sztp.example.com:8443","https://10.0.0.5"]})")
        << hexBytes("8f 31 00 1d") + text("https://sztp.example.com:8443") + hexBytes("00 10") + text("https://10.0.0.5")
        << QStringLiteral("https://sztp.example.com:8443, https://10.0.0.5");
    QTest::newRow("77 sonic user class rfc form")
        << text(R"({"code":77,"type":"user-class","value":["SONiC-ZTP"]})")
        << hexBytes("4d 0a 09 53 4f 4e 69 43 2d 5a 54 50")
        << QStringLiteral("\"SONiC-ZTP\"");
    QTest::newRow("61 ethernet client id")
        << text(R"({"code":61,"type":"hex","value":"01:00:1c:73:1a:2b:3c"})")
        << hexBytes("3d 07 01 00 1c 73 1a 2b 3c")
        << QStringLiteral("01:00:1c:73:1a:2b:3c");
    QTest::newRow("61 rfc 4361 duid-ll")
        << text(R"({"code":61,"type":"hex","value":"ff 00 00 00 01 00 03 00 01 00 1c 73 1a 2b 3c"})")
        << hexBytes("3d 0f ff 00 00 00 01 00 03 00 01 00 1c 73 1a 2b 3c")
        << QStringLiteral("ff:00:00:00:01:00:03:00:01:00:1c:73:1a:2b:3c");
    QTest::newRow("150 tftp server addresses")
        << text(R"({"code":150,"type":"ipv4-list","value":"192.0.2.1, 192.0.2.2"})")
        << hexBytes("96 08 c0 00 02 01 c0 00 02 02")
        << QStringLiteral("192.0.2.1, 192.0.2.2");
    QTest::newRow("57 maximum message size 1200")
        << text(R"({"code":57,"type":"uint16","value":"1200"})")
        << hexBytes("39 02 04 b0")
        << QStringLiteral("1200");
    QTest::newRow("51 lease time")
        << text(R"({"code":51,"type":"uint32","value":"3600"})")
        << hexBytes("33 04 00 00 0e 10")
        << QStringLiteral("3600");
    QTest::newRow("19 ip forwarding boolean")
        << text(R"({"code":19,"type":"boolean","value":"false"})")
        << hexBytes("13 01 00")
        << QStringLiteral("false");
    QTest::newRow("23 default ttl uint8")
        << text(R"({"code":23,"type":"uint8","value":"0x40"})")
        << hexBytes("17 01 40")
        << QStringLiteral("64");
    QTest::newRow("54 server identifier")
        << text(R"({"code":54,"type":"ipv4","value":"10.0.0.1"})")
        << hexBytes("36 04 0a 00 00 01")
        << QStringLiteral("10.0.0.1");
}

void OptionCodecTest::referenceVectors()
{
    QFETCH(QByteArray, definition);
    QFETCH(QByteArray, wire);
    QFETCH(QString, preview);

    const OptionDefinition option = definitionFrom(definition);
    QVERIFY(option.code != 0);

    // Encoding: the definition gives exactly the published bytes.
    const auto encoded = encodeOption(option);
    QVERIFY2(encoded.ok(), qPrintable(encoded.errorString()));
    QCOMPARE(wireOf(option.code, *encoded), wire);

    // Decoding: the published bytes, received in a message, read back as the definition.
    const QByteArray received = receivedValue(wire);
    QCOMPARE(received, *encoded);
    QCOMPARE(decodeForPreview(option.type, received), preview);
}

void OptionCodecTest::tolerantInputStrictOutput_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("received");
    QTest::addColumn<QString>("preview");
    QTest::addColumn<QByteArray>("rfcWire");

    // dhclient's `user-class = text` (SONiC) sends option 77 without the inner length.
    QTest::newRow("77 without inner length")
        << int(OptionType::UserClass) << hexBytes("4d 09 53 4f 4e 69 43 2d 5a 54 50")
        << QStringLiteral("\"SONiC-ZTP\"") << hexBytes("4d 0a 09 53 4f 4e 69 43 2d 5a 54 50");
    // dnsmasq ends encapsulated option 43 with 255.
    QTest::newRow("43 with trailing end")
        << int(OptionType::SubOptions) << hexBytes("2b 2c 90 08") + text("sw01.cfg") + hexBytes("91 1e")
               + text("ArubaOS-CX_6100_10_13_1000.swi") + hexBytes("ff 00")
        << QStringLiteral("144=\"sw01.cfg\"; 145=\"ArubaOS-CX_6100_10_13_1000.swi\"; end")
        << hexBytes("2b 2a 90 08") + text("sw01.cfg") + hexBytes("91 1e") + text("ArubaOS-CX_6100_10_13_1000.swi");
    // opiproject/sztp and early bootz send option 143 as plain text.
    QTest::newRow("143 as plain text")
        << int(OptionType::SztpRedirect) << hexBytes("8f 1d") + text("https://sztp.example.com:8443")
        << QStringLiteral("https://sztp.example.com:8443")
        << hexBytes("8f 1f 00 1d") + text("https://sztp.example.com:8443");
    // Kea's rendering of option 124 has no inner length before the vendor class data.
    QTest::newRow("124 without inner length")
        << int(OptionType::VendorClass) << hexBytes("7c 10 00 00 00 09 0b") + text("Hello world")
        << QStringLiteral("enterprise 9: \"Hello world\"")
        << hexBytes("7c 11 00 00 00 09 0c 0b") + text("Hello world");
}

void OptionCodecTest::tolerantInputStrictOutput()
{
    QFETCH(int, type);
    QFETCH(QByteArray, received);
    QFETCH(QString, preview);
    QFETCH(QByteArray, rfcWire);

    const QByteArray value = receivedValue(received);
    QVERIFY(!value.isEmpty());
    QCOMPARE(decodeForPreview(OptionType(type), value), preview);

    // Re-encoding what was understood gives the RFC form.
    QByteArray reencoded;
    switch (OptionType(type)) {
    case OptionType::UserClass:
        reencoded = *encodeUserClass(decodeUserClass(value));
        break;
    case OptionType::SubOptions:
        reencoded = *encodeSubOptions(decodeSubOptions(value)->subOptions);
        break;
    case OptionType::SztpRedirect:
        reencoded = *encodeSztpRedirect(decodeSztpRedirect(value));
        break;
    case OptionType::VendorClass: {
        const auto blocks = decodeVendorBlocks(value);
        QVERIFY(blocks.ok());
        const QByteArray data = *encodeVendorClassData(decodeVendorClassData(blocks->first().data));
        reencoded = *encodeVendorBlocks({{blocks->first().enterprise, data}});
        break;
    }
    default:
        QFAIL("row has no re-encoder");
    }
    QCOMPARE(wireOf(quint8(rfcWire.at(0)), reencoded), rfcWire);
}

void OptionCodecTest::vendorBlockLengthMismatch_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expectedError");

    // Cisco 3560 AutoInstall guide: data-len 0x0a and sub-length 8 for 16-character file name.
    QTest::newRow("cisco 3560 example")
        << hexBytes("00 00 00 09 0a 05 08") + text("autoinstall_dhcp") << QStringLiteral("data-len");
    // FreeZTP calcopt125hex: data-len fixed at 0x0a; "freeztp_ios_upgrade" needs 0x15.
    QTest::newRow("freeztp fixed data-len")
        << hexBytes("00 00 00 09 0a 05 13") + text("freeztp_ios_upgrade") << QStringLiteral("data-len");
    QTest::newRow("data-len past the end")
        << hexBytes("00 00 00 09 20 05 03") + text("abc") << QStringLiteral("declares data-len 32 but 5");
    QTest::newRow("truncated enterprise")
        << hexBytes("00 00 09") << QStringLiteral("fewer than the 5");
}

void OptionCodecTest::vendorBlockLengthMismatch()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, expectedError);

    const auto blocks = decodeVendorBlocks(value);
    QVERIFY(!blocks.ok());
    QVERIFY2(blocks.errorString().contains(expectedError), qPrintable(blocks.errorString()));

    // The preview names the problem instead of showing a wrong decoding.
    QVERIFY(decodeForPreview(OptionType::VendorSpecific, value).startsWith(QLatin1Char('(')));
}

void OptionCodecTest::handTypedPnpHexShowsInPreview()
{
    // A public Catalyst Center lab lists this hex for "5A1D;B2;K4;I172.16.1.10;J80"; the semicolons
    // and a digit are missing, which only a decode-back preview reveals.
    const auto labHex = encodeScalar(OptionType::Hex,
                                     QStringLiteral("35413144423242334b344937322e31362e312e31304a3830"));
    QVERIFY(labHex.ok());
    QCOMPARE(decodeForPreview(OptionType::Text, *labHex), QStringLiteral("\"5A1DB2B3K4I72.16.1.10J80\""));

    const auto typed = encodeScalar(OptionType::Text, QStringLiteral("5A1D;B2;K4;I172.16.1.10;J80"));
    QVERIFY(typed.ok());
    QCOMPARE(typed->toHex(), QByteArray("354131443b42323b4b343b493137322e31362e312e31303b4a3830"));
}

void OptionCodecTest::sztpCodesAreNotSwapped()
{
    // openconfig/featureprofiles' bootz README lists them the other way round.
    QCOMPARE(quint8(OptionCode::SztpRedirect), quint8(143));
    QCOMPARE(Dhcpv6SztpRedirect, quint16(136));

    // DHCPv6 carries the same bootstrap-server-list after its 2-octet code and length.
    const auto payload = encodeSztpRedirect({QStringLiteral("https://sztp.example.com:8443")});
    QVERIFY(payload.ok());
    QCOMPARE(hexBytes("00 88 00 1f") + *payload,
             hexBytes("00 88 00 1f 00 1d") + text("https://sztp.example.com:8443"));
}

void OptionCodecTest::clientIdentifierForms_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("kind");

    QTest::newRow("absent") << QByteArray() << int(ClientIdentifier::Kind::Absent);
    QTest::newRow("ethernet") << hexBytes("01 00 1c 73 1a 2b 3c") << int(ClientIdentifier::Kind::HardwareAddress);
    QTest::newRow("rfc 4361 duid-ll")
        << hexBytes("ff 00 00 00 01 00 03 00 01 00 1c 73 1a 2b 3c") << int(ClientIdentifier::Kind::Rfc4361);
    QTest::newRow("cisco serial") << hexBytes("00") + text("FJC27271B8C") << int(ClientIdentifier::Kind::Other);
    QTest::newRow("one octet") << hexBytes("01") << int(ClientIdentifier::Kind::Malformed);
    QTest::newRow("ethernet too short") << hexBytes("01 00 1c 73") << int(ClientIdentifier::Kind::Malformed);
    QTest::newRow("rfc 4361 without duid") << hexBytes("ff 00 00 00 01") << int(ClientIdentifier::Kind::Malformed);
}

void OptionCodecTest::clientIdentifierForms()
{
    QFETCH(QByteArray, value);
    QFETCH(int, kind);

    QCOMPARE(int(parseClientIdentifier(value).kind), kind);
}

void OptionCodecTest::builderRejectsInvalidValues_data()
{
    QTest::addColumn<QByteArray>("definition");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("ipv4 typo")
        << text(R"({"code":150,"type":"ipv4","value":"10.0.0.256"})") << QStringLiteral("'10.0.0.256'");
    QTest::newRow("odd hex digits")
        << text(R"({"code":43,"type":"hex","value":"0a1"})") << QStringLiteral("even number of hex digits");
    QTest::newRow("uint8 overflow")
        << text(R"({"code":23,"type":"uint8","value":"300"})") << QStringLiteral("from 0 to 255");
    QTest::newRow("boolean word")
        << text(R"({"code":19,"type":"boolean","value":"maybe"})") << QStringLiteral("true or false");
    QTest::newRow("sztp without https")
        << text(R"({"code":143,"type":"sztp-redirect","value":["http://x"]})") << QStringLiteral("not https://");
    QString longValue(256, QLatin1Char('a'));
    QTest::newRow("sub-option over 255")
        << QStringLiteral(R"({"code":43,"type":"sub-options","subOptions":[{"code":1,"type":"text","value":"%1"}]})")
               .arg(longValue)
               .toUtf8()
        << QStringLiteral("256 octets");
}

void OptionCodecTest::builderRejectsInvalidValues()
{
    QFETCH(QByteArray, definition);
    QFETCH(QString, expectedError);

    const OptionDefinition option = definitionFrom(definition);
    const auto encoded = encodeOption(option);
    QVERIFY(!encoded.ok());
    QVERIFY2(encoded.errorString().contains(expectedError), qPrintable(encoded.errorString()));
    QVERIFY2(encoded.errorString().startsWith(QStringLiteral("option %1").arg(option.code)),
             qPrintable(encoded.errorString()));
}

void OptionCodecTest::relayAgentSubOptions()
{
    const QByteArray wire = hexBytes("52 13 01 09 45 74 68 65 72 6e 65 74 31 02 06 00 1c 73 1a 2b 3c");
    const auto subs = decodeSubOptions(receivedValue(wire));
    QVERIFY(subs.ok());
    QCOMPARE(subs->subOptions.size(), 2);
    QCOMPARE(subs->subOptions.at(0), (SubOption {1, text("Ethernet1")}));
    QCOMPARE(subs->subOptions.at(1), (SubOption {2, hexBytes("00 1c 73 1a 2b 3c")}));
}

QTEST_GUILESS_MAIN(OptionCodecTest)
#include "tst_optioncodec.moc"
