#include "common/testdata.h"
#include "dhcp/clientidentity.h"
#include "dhcp/optionbuilder.h"
#include "dhcp/vendorprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ztp::dhcp;

namespace {

QByteArray text(const char *value)
{
    return QByteArray(value);
}

// A request with options given as {code, value} pairs.
DhcpPacket requestWith(const QList<std::pair<quint8, QByteArray>> &options,
                       const QByteArray &mac = hexBytes("02 00 00 00 00 01"))
{
    DhcpPacket packet;
    packet.chaddr = mac;
    packet.options.set(OptionCode::MessageType, QByteArray(1, char(MessageType::Discover)));
    for (const auto &[code, value] : options)
        packet.options.set(code, value);
    return packet;
}

using OptionList = QList<std::pair<quint8, QByteArray>>;

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

} // namespace

Q_DECLARE_METATYPE(OptionList)

class VendorProfileTest : public QObject
{
    Q_OBJECT

private slots:
    void identityFromRequest_data();
    void identityFromRequest();
    void ciscoAlternatingIdentifierKeysOnChaddr();
    void leaseIdentifierIgnoresMalformed();
    void builtInProfilesLoad();
    void classification_data();
    void classification();
    void builtInProfilesEncode();
    void imageSubOptionsOnlyWhenAssigned();
    void workspaceProfileReplacesBuiltIn();
    void invalidProfileNamesFileAndKey();
    void exportSnippets();
    void exportAcceptedByDnsmasq();
    void exportAcceptedByKea();
};

void VendorProfileTest::identityFromRequest_data()
{
    QTest::addColumn<OptionList>("options");
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("serial");

    QTest::newRow("juniper model with dashes")
        << OptionList {{60, text("Juniper-qfx10002-36q-DN817")}}
        << QStringLiteral("Juniper") << QStringLiteral("qfx10002-36q") << QStringLiteral("DN817");
    QTest::newRow("juniper serial in option 12")
        << OptionList {{60, text("Juniper-ex4300-48t")}, {12, text("PE3714100218")}}
        << QStringLiteral("Juniper") << QStringLiteral("ex4300-48t") << QStringLiteral("PE3714100218");
    QTest::newRow("arista fields")
        << OptionList {{60, text("Arista;DCS-7050S-64;01.23;JPE12345678")}}
        << QStringLiteral("Arista") << QStringLiteral("DCS-7050S-64") << QStringLiteral("JPE12345678");
    QTest::newRow("zpe nodegrid")
        << OptionList {{60, text("ZPESystems:NSR:361712345")}}
        << QStringLiteral("ZPE") << QStringLiteral("NSR") << QStringLiteral("361712345");
    QTest::newRow("sonic option 61 text")
        << OptionList {{60, text("Dell:S5248F-ON")}, {61, text("SONiC##S5248F-ON##CN0F6N2")}}
        << QStringLiteral("SONiC") << QStringLiteral("S5248F-ON") << QStringLiteral("CN0F6N2");
    QTest::newRow("sonic option 61 with type octet")
        << OptionList {{61, hexBytes("00") + text("SONiC##AS7326-56X##7326X1A")}}
        << QStringLiteral("SONiC") << QStringLiteral("AS7326-56X") << QStringLiteral("7326X1A");
    QTest::newRow("ios-xr option 124")
        << OptionList {{124, hexBytes("00 00 00 09 1c 1b") + text("SN:FOC2231R0QW;PID:NCS-5501")}}
        << QStringLiteral("Cisco") << QStringLiteral("NCS-5501") << QStringLiteral("FOC2231R0QW");
    QTest::newRow("ios-xe c9200cx serial burst")
        << OptionList {{60, text("ciscopnp")}, {61, hexBytes("00") + text("FJC27271B8C")},
                       {124, hexBytes("00 00 00 09 10 0f") + text("C9200CX-8P-2X2G")}, {12, text("Switch")}}
        << QStringLiteral("Cisco") << QStringLiteral("C9200CX-8P-2X2G") << QStringLiteral("FJC27271B8C");
    QTest::newRow("ios-xe c9200cx mac burst")
        << OptionList {{60, text("ciscopnp")}, {61, hexBytes("00") + text("cisco-481b.a447.b647-Vl1")},
                       {124, hexBytes("00 00 00 09 10 0f") + text("C9200CX-8P-2X2G")}}
        << QStringLiteral("Cisco") << QStringLiteral("C9200CX-8P-2X2G") << QString();
    QTest::newRow("firepower serial in 61")
        << OptionList {{60, text("FPR4100")}, {61, hexBytes("00") + text("JAD19230ABC")}}
        << QStringLiteral("Cisco") << QStringLiteral("FPR4100") << QStringLiteral("JAD19230ABC");
    QTest::newRow("dell bmp")
        << OptionList {{60, text("TY=DELLNTW-S4048-ON HW=X01 SN=CN0ABC123 ST=1 OS=9.10 US=")}}
        << QStringLiteral("Dell") << QStringLiteral("S4048-ON") << QStringLiteral("CN0ABC123");
    QTest::newRow("onie platform")
        << OptionList {{60, text("onie_vendor:x86_64-accton_as7712_32x-r0")}}
        << QStringLiteral("ONIE") << QStringLiteral("x86_64-accton_as7712_32x-r0") << QString();
    QTest::newRow("cumulus sends nothing") << OptionList {} << QString() << QString() << QString();
}

void VendorProfileTest::identityFromRequest()
{
    QFETCH(OptionList, options);
    QFETCH(QString, vendor);
    QFETCH(QString, model);
    QFETCH(QString, serial);

    const DeviceIdentity identity = parseDeviceIdentity(requestWith(options).options);
    QCOMPARE(identity.vendor, vendor);
    QCOMPARE(identity.model, model);
    QCOMPARE(identity.serial, serial);
}

void VendorProfileTest::ciscoAlternatingIdentifierKeysOnChaddr()
{
    const auto fixture = decodePacket(readHexFixture(QStringLiteral("dhcp/discover-cisco-c9200cx.hex")));
    QVERIFY(fixture.ok());
    QCOMPARE(parseDeviceIdentity(fixture->options).serial, QStringLiteral("FJC27271B8C"));

    DhcpPacket otherBurst = *fixture;
    otherBurst.options.set(OptionCode::ClientIdentifier, hexBytes("00") + text("cisco-001c.731a.2b3c-Vl1"));

    // Both bursts key on chaddr, so they get one lease.
    QVERIFY(leaseClientIdentifier(*fixture).isEmpty());
    QVERIFY(leaseClientIdentifier(otherBurst).isEmpty());
}

void VendorProfileTest::leaseIdentifierIgnoresMalformed()
{
    const DhcpPacket malformed = requestWith({{61, hexBytes("01")}});
    QVERIFY(leaseClientIdentifier(malformed).isEmpty());

    const DhcpPacket wellFormed = requestWith({{61, hexBytes("01 00 1c 73 1a 2b 3c")}});
    QCOMPARE(leaseClientIdentifier(wellFormed), hexBytes("01 00 1c 73 1a 2b 3c"));
}

void VendorProfileTest::builtInProfilesLoad()
{
    ProfileSet profiles;
    const ztp::Status status = profiles.loadBuiltIn();
    QVERIFY2(status.ok(), qPrintable(status.errorString()));

    const QStringList expected {
        QStringLiteral("arista"), QStringLiteral("aruba-aoscx"), QStringLiteral("cisco-autoinstall"),
        QStringLiteral("cisco-iosxe-ztp"), QStringLiteral("cisco-pnp"), QStringLiteral("cumulus"),
        QStringLiteral("juniper"), QStringLiteral("onie"), QStringLiteral("opengear"),
        QStringLiteral("pxe-bios"), QStringLiteral("pxe-uefi"), QStringLiteral("sonic"),
        QStringLiteral("sztp-redirect")};
    QStringList names;
    for (const VendorProfile &profile : profiles.profiles())
        names.append(profile.name);
    QCOMPARE(names, expected);
}

void VendorProfileTest::classification_data()
{
    QTest::addColumn<OptionList>("options");
    QTest::addColumn<QByteArray>("mac");
    QTest::addColumn<QString>("profile");

    const QByteArray anyMac = hexBytes("02 00 00 00 00 01");
    QTest::newRow("ios-xe ciscopnp") << OptionList {{60, text("ciscopnp")}} << anyMac
                                     << QStringLiteral("cisco-iosxe-ztp");
    QTest::newRow("classic ios option 124 only")
        << OptionList {{124, hexBytes("00 00 00 09 0c 0b") + text("WS-C2960X-2")}} << anyMac
        << QStringLiteral("cisco-autoinstall");
    QTest::newRow("juniper") << OptionList {{60, text("Juniper-ex2300-c-12p-HV3620180001")}} << anyMac
                             << QStringLiteral("juniper");
    QTest::newRow("arista") << OptionList {{60, text("Arista;DCS-7280SR-48C6;11.01;JPE1")}} << anyMac
                            << QStringLiteral("arista");
    QTest::newRow("sonic user class text form")
        << OptionList {{77, text("SONiC-ZTP")}} << anyMac << QStringLiteral("sonic");
    QTest::newRow("sonic user class rfc form")
        << OptionList {{77, hexBytes("09") + text("SONiC-ZTP")}} << anyMac << QStringLiteral("sonic");
    QTest::newRow("onie") << OptionList {{60, text("onie_vendor:x86_64-accton_as7712_32x-r0")}} << anyMac
                          << QStringLiteral("onie");
    QTest::newRow("aruba aos-cx") << OptionList {{60, text("Aruba JL679A 6100")}} << anyMac
                                  << QStringLiteral("aruba-aoscx");
    QTest::newRow("opengear oui") << OptionList {} << hexBytes("00 13 c6 01 02 03") << QStringLiteral("opengear");
    QTest::newRow("cumulus oui") << OptionList {} << hexBytes("0c 42 a1 01 02 03") << QStringLiteral("cumulus");
    QTest::newRow("pxe bios")
        << OptionList {{60, text("PXEClient:Arch:00000:UNDI:002001")}, {93, hexBytes("00 00")}} << anyMac
        << QStringLiteral("pxe-bios");
    QTest::newRow("pxe uefi x64")
        << OptionList {{60, text("PXEClient:Arch:00007:UNDI:003016")}, {93, hexBytes("00 07")}} << anyMac
        << QStringLiteral("pxe-uefi");
    QTest::newRow("sztp capable unknown vendor")
        << OptionList {{55, hexBytes("01 03 8f")}} << anyMac << QStringLiteral("sztp-redirect");
    QTest::newRow("unknown device") << OptionList {{60, text("udhcp 1.35.0")}} << anyMac << QString();
}

void VendorProfileTest::classification()
{
    QFETCH(OptionList, options);
    QFETCH(QByteArray, mac);
    QFETCH(QString, profile);

    ProfileSet profiles;
    QVERIFY(profiles.loadBuiltIn().ok());
    const VendorProfile *matched = profiles.match(requestWith(options, mac));
    QCOMPARE(matched ? matched->name : QString(), profile);
}

void VendorProfileTest::builtInProfilesEncode()
{
    ProfileSet profiles;
    QVERIFY(profiles.loadBuiltIn().ok());
    const OptionVariables variables {{QStringLiteral("server"), QStringLiteral("10.0.1.205")},
                                     {QStringLiteral("tftp"), QStringLiteral("10.0.1.205")},
                                     {QStringLiteral("httpsPort"), QStringLiteral("443")},
                                     {QStringLiteral("serial"), QStringLiteral("HV3620180001")}};

    for (const VendorProfile &profile : profiles.profiles()) {
        const auto encoded = encodeOptions(profile.options, variables);
        QVERIFY2(encoded.ok(), qPrintable(profile.name + QStringLiteral(": ") + encoded.errorString()));
        QVERIFY2(!encoded->isEmpty(), qPrintable(profile.name));
    }

    const auto autoinstall = encodeOptions(profiles.find(QStringLiteral("cisco-autoinstall"))->options, variables);
    QCOMPARE(autoinstall->at(2).code, quint8(125));
    QCOMPARE(autoinstall->at(2).value, hexBytes("00 00 00 09 12 05 10") + text("autoinstall_dhcp"));

    const auto onie = encodeOptions(profiles.find(QStringLiteral("onie"))->options, variables);
    // Enterprise 42623, data-len 34: sub-option 1 of 32 octets.
    QCOMPARE(onie->at(1).value.left(7), hexBytes("00 00 a6 7f 22 01 20"));

    const VendorProfile *sztp = profiles.find(QStringLiteral("sztp-redirect"));
    QVERIFY(sztp->options.first().onlyIfRequested);
}

// Junos, AOS-CX and Opengear get an image sub-option only for a device with an image assigned,
// and the redirect names the HTTPS port the bench listens on.
void VendorProfileTest::imageSubOptionsOnlyWhenAssigned()
{
    ProfileSet profiles;
    QVERIFY(profiles.loadBuiltIn().ok());
    OptionVariables variables {{QStringLiteral("server"), QStringLiteral("192.0.2.1")},
                               {QStringLiteral("tftp"), QStringLiteral("192.0.2.1")},
                               {QStringLiteral("httpsPort"), QStringLiteral("8443")},
                               {QStringLiteral("serial"), QStringLiteral("ex2300")},
                               {QStringLiteral("key"), QStringLiteral("SG12KW0001")}};

    const auto juniper = encodeOptions(profiles.find(QStringLiteral("juniper"))->options, variables);
    QVERIFY(juniper.ok());
    QCOMPARE(juniper->at(1).value, hexBytes("01 0b") + text("ex2300.conf") + hexBytes("03 04") + text("http"));
    const auto aruba = encodeOptions(profiles.find(QStringLiteral("aruba-aoscx"))->options, variables);
    QVERIFY(aruba.ok());
    QCOMPARE(aruba->at(1).value, hexBytes("90 0e") + text("SG12KW0001.cfg"));
    const auto opengear = encodeOptions(profiles.find(QStringLiteral("opengear"))->options, variables);
    QVERIFY(opengear.ok());
    QCOMPARE(opengear->at(0).value, hexBytes("01 17") + text("http://192.0.2.1/og.opg"));

    variables.insert(QStringLiteral("image"), QStringLiteral("junos-arm-32-18.1R3.3.tgz"));
    const auto juniperWithImage = encodeOptions(profiles.find(QStringLiteral("juniper"))->options, variables);
    QVERIFY(juniperWithImage.ok());
    QCOMPARE(juniperWithImage->at(1).value,
             hexBytes("00 19") + text("junos-arm-32-18.1R3.3.tgz") + hexBytes("01 0b")
                 + text("ex2300.conf") + hexBytes("03 04") + text("http"));

    variables.insert(QStringLiteral("image"), QStringLiteral("ArubaOS-CX_6100_10_13_1000.swi"));
    const auto arubaWithImage = encodeOptions(profiles.find(QStringLiteral("aruba-aoscx"))->options, variables);
    QVERIFY(arubaWithImage.ok());
    QCOMPARE(arubaWithImage->at(1).value, hexBytes("90 0e") + text("SG12KW0001.cfg") + hexBytes("91 1e")
                                              + text("ArubaOS-CX_6100_10_13_1000.swi"));

    variables.insert(QStringLiteral("image"), QStringLiteral("og.flash"));
    const auto opengearWithImage = encodeOptions(profiles.find(QStringLiteral("opengear"))->options, variables);
    QVERIFY(opengearWithImage.ok());
    QCOMPARE(opengearWithImage->at(0).value, hexBytes("01 17") + text("http://192.0.2.1/og.opg")
                                                 + hexBytes("02 19") + text("http://192.0.2.1/og.flash"));

    const auto sztp = encodeOptions(profiles.find(QStringLiteral("sztp-redirect"))->options, variables);
    QVERIFY(sztp.ok());
    QCOMPARE(sztp->at(0).value, hexBytes("00 16") + text("https://192.0.2.1:8443"));
}

void VendorProfileTest::workspaceProfileReplacesBuiltIn()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("juniper.json")),
                      R"({"title":"site Juniper","match":{"vendorClass":["Juniper"]},
                          "options":[{"code":43,"type":"sub-options",
                                      "subOptions":[{"code":1,"type":"text","value":"site.conf"}]}]})"));

    ProfileSet profiles;
    QVERIFY(profiles.loadBuiltIn().ok());
    const int builtInCount = int(profiles.profiles().size());
    QVERIFY(profiles.loadDirectory(dir.path()).ok());

    QCOMPARE(int(profiles.profiles().size()), builtInCount);
    QCOMPARE(profiles.find(QStringLiteral("juniper"))->title, QStringLiteral("site Juniper"));
}

void VendorProfileTest::invalidProfileNamesFileAndKey()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("broken.json")),
                      R"({"match":{"vendorClass":["X"]},"options":[{"code":150,"type":"ipv4","value":"10.0.0.300"}]})"));

    ProfileSet profiles;
    const ztp::Status status = profiles.loadDirectory(dir.path());
    QVERIFY(!status.ok());
    QVERIFY2(status.errorString().contains(QStringLiteral("broken.json: options[0]")), qPrintable(status.errorString()));
    QVERIFY2(status.errorString().contains(QStringLiteral("10.0.0.300")), qPrintable(status.errorString()));
}

namespace {

QList<EncodedOption> juniperOptions()
{
    const QList<OptionDefinition> options {
        {150, OptionType::Ipv4List, QStringLiteral("192.0.2.1"), {}, 0, {}, false},
        {67, OptionType::Text, QStringLiteral("ex2300.conf"), {}, 0, {}, false},
        {43, OptionType::SubOptions, {}, {}, 0,
         {{1, OptionType::Text, QStringLiteral("ex2300.conf"), {}, 0, {}, false},
          {3, OptionType::Text, QStringLiteral("http"), {}, 0, {}, false}},
         false},
    };
    return *encodeOptions(options);
}

} // namespace

void VendorProfileTest::exportSnippets()
{
    const QList<EncodedOption> options = juniperOptions();

    const QString isc = exportOptions(options, ExportFormat::IscDhcpd, QStringLiteral("juniper"),
                                      QStringLiteral("Juniper"));
    QVERIFY(isc.contains(QStringLiteral("option ztpw-option-150 code 150 = string;")));
    QVERIFY(isc.contains(QStringLiteral("option ztpw-option-150 c0:00:02:01;")));
    QVERIFY(isc.contains(QStringLiteral("option bootfile-name \"ex2300.conf\";")));
    QVERIFY(isc.contains(QStringLiteral("option vendor-encapsulated-options 01:0b:65:78")));
    QVERIFY(isc.contains(QStringLiteral("match if substring(option vendor-class-identifier, 0, 7) = \"Juniper\";")));

    const QString dnsmasq = exportOptions(options, ExportFormat::Dnsmasq, QStringLiteral("juniper"),
                                          QStringLiteral("Juniper"));
    QVERIFY(dnsmasq.contains(QStringLiteral("dhcp-vendorclass=set:juniper,Juniper\n")));
    QVERIFY(dnsmasq.contains(QStringLiteral("dhcp-option-force=tag:juniper,67,\"ex2300.conf\"\n")));
    QVERIFY(dnsmasq.contains(QStringLiteral("dhcp-option-force=tag:juniper,150,192.0.2.1\n")));

    const QString ios = exportOptions(options, ExportFormat::CiscoIos, QStringLiteral("JUNIPER"), QString());
    QVERIFY(ios.startsWith(QStringLiteral("ip dhcp pool JUNIPER\n")));
    QVERIFY(ios.contains(QStringLiteral(" option 150 hex c000.0201\n")));
    QVERIFY(ios.contains(QStringLiteral(" option 67 ascii \"ex2300.conf\"\n")));

    const QJsonObject kea = QJsonDocument::fromJson(
        exportOptions(options, ExportFormat::Kea, QStringLiteral("juniper"), QStringLiteral("Juniper")).toUtf8()).object();
    const QJsonArray data = kea.value(QStringLiteral("client-classes")).toArray().first()
                                .toObject().value(QStringLiteral("option-data")).toArray();
    QCOMPARE(data.size(), 3);
    QCOMPARE(data.at(0).toObject().value(QStringLiteral("data")).toString(), QStringLiteral("C0000201"));
}

void VendorProfileTest::exportAcceptedByDnsmasq()
{
    const QString dnsmasq = QStandardPaths::findExecutable(QStringLiteral("dnsmasq"), {QStringLiteral("/usr/sbin")});
    if (dnsmasq.isEmpty())
        QSKIP("dnsmasq is not installed (Debian package dnsmasq-base)");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dnsmasq.conf"));
    QVERIFY(writeFile(path, exportOptions(juniperOptions(), ExportFormat::Dnsmasq, QStringLiteral("juniper"),
                                          QStringLiteral("Juniper")).toUtf8()));

    // --test parses the configuration and exits; it opens no socket.
    QProcess process;
    process.start(dnsmasq, {QStringLiteral("--test"), QStringLiteral("--conf-file=") + path});
    QVERIFY(process.waitForFinished(10000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
}

void VendorProfileTest::exportAcceptedByKea()
{
    const QString kea = QStandardPaths::findExecutable(QStringLiteral("kea-dhcp4"), {QStringLiteral("/usr/sbin")});
    if (kea.isEmpty())
        QSKIP("kea-dhcp4 is not installed (Debian package kea-dhcp4-server)");

    QJsonObject snippet = QJsonDocument::fromJson(
        exportOptions(juniperOptions(), ExportFormat::Kea, QStringLiteral("juniper"), QStringLiteral("Juniper")).toUtf8()).object();
    QJsonObject dhcp4 {
        {QStringLiteral("interfaces-config"), QJsonObject {{QStringLiteral("interfaces"), QJsonArray {}}}},
        {QStringLiteral("client-classes"), snippet.value(QStringLiteral("client-classes"))},
        {QStringLiteral("lease-database"), QJsonObject {{QStringLiteral("type"), QStringLiteral("memfile")},
                                                        {QStringLiteral("persist"), false}}},
    };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kea.json"));
    QVERIFY(writeFile(path, QJsonDocument(QJsonObject {{QStringLiteral("Dhcp4"), dhcp4}}).toJson()));

    // -t checks the configuration and exits without opening sockets.
    QProcess process;
    process.start(kea, {QStringLiteral("-t"), path});
    QVERIFY(process.waitForFinished(10000));
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());
}

QTEST_GUILESS_MAIN(VendorProfileTest)
#include "tst_vendorprofile.moc"
