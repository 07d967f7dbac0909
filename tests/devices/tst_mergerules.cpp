// One test per merge rule of devices/mergerules.h, each fed with the identification sequence a
// real device sends: Cisco IOS-XE alternating option 61, SONiC without option 61, Cumulus
// without a vendor class, Juniper from two ports.

#include "common/testdata.h"
#include "devices/devicemerger.h"
#include "devices/deviceregistry.h"
#include "devices/ouiregistry.h"
#include "devices/sightings.h"
#include "dhcp/dhcpserver.h"

#include <QTest>

using namespace ztp;
using devices::IdentifierKind;

namespace {

const QDateTime t0(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);

dhcp::DhcpPacket request(dhcp::MessageType type, const char *chaddrHex, quint32 xid)
{
    dhcp::DhcpPacket packet;
    packet.xid = xid;
    packet.chaddr = hexBytes(chaddrHex) + QByteArray(10, '\0');
    packet.options.set(dhcp::OptionCode::MessageType, QByteArray(1, char(type)));
    return packet;
}

dhcp::DhcpExchange exchange(const dhcp::DhcpPacket &packet, const QDateTime &time,
                            std::optional<dhcp::MessageType> reply = std::nullopt,
                            const char *address = nullptr)
{
    dhcp::DhcpExchange result;
    result.time = time;
    result.request = packet;
    result.requestType = *packet.messageType();
    result.replyType = reply;
    result.mac = packet.clientHardwareAddress();
    result.xid = packet.xid;
    if (address)
        result.address = QHostAddress(QString::fromLatin1(address));
    return result;
}

// The IOS-XE C9200CX DISCOVER: option 60 "ciscopnp", option 124 enterprise 9 + model, and an
// option 61 that alternates between the serial and a MAC-derived string.
dhcp::DhcpPacket ciscoDiscover(bool serialBurst, quint32 xid)
{
    dhcp::DhcpPacket packet = request(dhcp::MessageType::Discover, "481ba447b6c1", xid);
    packet.options.set(dhcp::OptionCode::VendorClassIdentifier, QByteArrayLiteral("ciscopnp"));
    packet.options.set(dhcp::OptionCode::VendorIdentifyingVendorClass,
                       hexBytes("00 00 00 09 10 0f") + QByteArrayLiteral("C9200CX-8P-2X2G"));
    packet.options.set(dhcp::OptionCode::ClientIdentifier,
                       serialBurst ? QByteArray(1, '\0') + QByteArrayLiteral("FJC27271B8C")
                                   : QByteArray(1, '\0') + QByteArrayLiteral("cisco-481b.a447.b647-Vl1"));
    return packet;
}

QStringList valuesOf(const devices::Device &device, IdentifierKind kind)
{
    QStringList values;
    for (const devices::Identifier &identifier : device.identifiers) {
        if (identifier.kind == kind)
            values.append(identifier.value);
    }
    return values;
}

const devices::Identifier *identifier(const devices::Device &device, IdentifierKind kind,
                                      const QString &value)
{
    for (const devices::Identifier &candidate : device.identifiers) {
        if (candidate.kind == kind && candidate.value.compare(value, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

} // namespace

class MergeRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void macRuleKeepsCiscoOnOneRow();
    void clientIdRuleMatchesEitherCiscoValue();
    void serialRuleJoinsTwoPorts();
    void addressRuleGivesSonicItsSerial();
    void addressRuleIgnoresReleasedAddress();
    void cumulusKnownOnlyByHeaders();
    void macsFromClientId_data();
    void macsFromClientId();
    void absorbJoinsTwoRecords();
    void preferredIdentifierRanksSources();
    void benchPositionFromCircuitId();
    void ouiLongestPrefixWins();
    void ouiBuiltInNamesVendors();
    void sightingWithoutMacCreatesNothing();
};

void MergeRulesTest::macRuleKeepsCiscoOnOneRow()
{
    devices::DeviceRegistry registry;
    devices::DeviceMerger merger(&registry);

    for (int burst = 0; burst < 4; ++burst) {
        const dhcp::DhcpPacket packet = ciscoDiscover(burst % 2 == 0, 0x3903f326 + quint32(burst));
        merger.apply(devices::sightingFromDhcpRequest(packet, t0.addSecs(burst * 4)));
    }

    QCOMPARE(registry.count(), 1);
    const devices::Device &device = registry.at(0);
    QCOMPARE(device.key(), QStringLiteral("48:1b:a4:47:b6:c1"));
    QCOMPARE(device.serial, QStringLiteral("FJC27271B8C"));
    QCOMPARE(device.model, QStringLiteral("C9200CX-8P-2X2G"));
    QCOMPARE(valuesOf(device, IdentifierKind::ClientId).size(), 2);
    const auto *serial = identifier(device, IdentifierKind::Serial, QStringLiteral("FJC27271B8C"));
    QVERIFY(serial);
    QCOMPARE(serial->sightings, 2);
    QCOMPARE(serial->evidence.source, devices::EvidenceSource::Dhcp);
    QVERIFY2(serial->evidence.detail.startsWith(QLatin1String("DISCOVER xid 3903f328")),
             qPrintable(serial->evidence.detail));
    // The VLAN interface MAC inside "cisco-481b.a447.b647-Vl1" becomes a second MAC.
    QVERIFY(identifier(device, IdentifierKind::Mac, QStringLiteral("48:1b:a4:47:b6:47")));
    QCOMPARE(device.timeline.size(), 1);
}

void MergeRulesTest::clientIdRuleMatchesEitherCiscoValue()
{
    devices::DeviceRegistry registry;
    devices::DeviceMerger merger(&registry);
    merger.apply(devices::sightingFromDhcpRequest(ciscoDiscover(true, 1), t0));
    merger.apply(devices::sightingFromDhcpRequest(ciscoDiscover(false, 2), t0.addSecs(4)));

    // The same client identifiers behind another chaddr, as after a supervisor swap.
    for (bool serialBurst : {true, false}) {
        dhcp::DhcpPacket moved = ciscoDiscover(serialBurst, 3);
        moved.chaddr = hexBytes("481ba447b6d9") + QByteArray(10, '\0');
        const devices::Sighting sighting = devices::sightingFromDhcpRequest(moved, t0.addSecs(60));
        QCOMPARE(devices::rules::findByClientId(registry, sighting), 0);
    }

    dhcp::DhcpPacket stranger = request(dhcp::MessageType::Discover, "001c731a2b3c", 4);
    stranger.options.set(dhcp::OptionCode::ClientIdentifier, hexBytes("01 00 1c 73 1a 2b 3c"));
    QCOMPARE(devices::rules::findByClientId(registry, devices::sightingFromDhcpRequest(stranger, t0)), -1);
}

void MergeRulesTest::serialRuleJoinsTwoPorts()
{
    devices::DeviceRegistry registry;
    devices::DeviceMerger merger(&registry);

    // Junos sends "Juniper-<model>-<serial>" in option 60 from em0, then from a front port.
    dhcp::DhcpPacket fromEm0 = request(dhcp::MessageType::Discover, "2c6bf5000001", 10);
    fromEm0.options.set(dhcp::OptionCode::VendorClassIdentifier, QByteArrayLiteral("Juniper-qfx10002-36q-DN817"));
    merger.apply(devices::sightingFromDhcpRequest(fromEm0, t0));
    dhcp::DhcpPacket fromPort = fromEm0;
    fromPort.chaddr = hexBytes("2c6bf5000042") + QByteArray(10, '\0');
    const devices::Sighting second = devices::sightingFromDhcpRequest(fromPort, t0.addSecs(300));

    QCOMPARE(devices::rules::findByMac(registry, second), -1);
    QCOMPARE(devices::rules::findBySerial(registry, second), 0);
    merger.apply(second);

    QCOMPARE(registry.count(), 1);
    QCOMPARE(registry.at(0).serial, QStringLiteral("DN817"));
    QCOMPARE(registry.at(0).model, QStringLiteral("qfx10002-36q"));
    QCOMPARE(valuesOf(registry.at(0), IdentifierKind::Mac),
             QStringList({QStringLiteral("2c:6b:f5:00:00:01"), QStringLiteral("2c:6b:f5:00:00:42")}));
}

void MergeRulesTest::addressRuleGivesSonicItsSerial()
{
    devices::DeviceRegistry registry;
    devices::DeviceMerger merger(&registry);

    // SONiC's dhclient: option 60 "<VENDOR>:<PRODUCT>", option 77 "SONiC-ZTP" in text form and
    // no option 61.
    dhcp::DhcpPacket discover = request(dhcp::MessageType::Discover, "98039b010203", 20);
    discover.options.set(dhcp::OptionCode::VendorClassIdentifier, QByteArrayLiteral("Mellanox:MSN2700"));
    discover.options.set(dhcp::OptionCode::UserClass, QByteArrayLiteral("SONiC-ZTP"));
    dhcp::DhcpPacket req = discover;
    req.options.set(dhcp::OptionCode::MessageType, QByteArray(1, char(dhcp::MessageType::Request)));
    merger.apply(devices::sightingFromDhcpExchange(exchange(discover, t0, dhcp::MessageType::Offer, "10.0.0.23")));
    const int row = merger.apply(
        devices::sightingFromDhcpExchange(exchange(req, t0.addSecs(1), dhcp::MessageType::Ack, "10.0.0.23")));
    QCOMPARE(row, 0);
    QCOMPARE(registry.at(0).ip, QHostAddress(QStringLiteral("10.0.0.23")));
    QVERIFY(registry.at(0).serial.isEmpty());

    // The device holds the lease once the bench moved it on from Discovered.
    devices::Device leased = registry.at(0);
    leased.state = devices::DeviceState::Leased;
    registry.upsert(leased);

    const devices::HttpHeaders headers {
        {"User-Agent", "SONiC-ZTP/0.1"},
        {"PRODUCT-NAME", "MSN2700"},
        {"SERIAL-NUMBER", "MT1234X56789"},
        {"BASE-MAC-ADDRESS", "98:03:9b:01:02:00"},
        {"SONiC-VERSION", "SONiC.202305.1"},
    };
    const devices::Sighting http = devices::sightingFromHttpHeaders(QHostAddress(QStringLiteral("10.0.0.23")),
                                                                    headers, t0.addSecs(40));
    QCOMPARE(devices::rules::findByAddress(registry, http), 0);
    merger.apply(http);

    QCOMPARE(registry.count(), 1);
    const devices::Device &device = registry.at(0);
    QCOMPARE(device.serial, QStringLiteral("MT1234X56789"));
    QCOMPARE(device.model, QStringLiteral("MSN2700"));
    const auto *serial = identifier(device, IdentifierKind::Serial, QStringLiteral("MT1234X56789"));
    QVERIFY(serial);
    QCOMPARE(serial->evidence.source, devices::EvidenceSource::Http);
    QVERIFY2(serial->evidence.detail.contains(QLatin1String("header SERIAL-NUMBER")),
             qPrintable(serial->evidence.detail));
    QVERIFY(identifier(device, IdentifierKind::Mac, QStringLiteral("98:03:9b:01:02:00")));
    QVERIFY(identifier(device, IdentifierKind::Mac, QStringLiteral("98:03:9b:01:02:03")));
}

void MergeRulesTest::addressRuleIgnoresReleasedAddress()
{
    devices::DeviceRegistry registry;
    devices::Device device;
    device.mac = hexBytes("98039b010203");
    device.ip = QHostAddress(QStringLiteral("10.0.0.23"));
    device.state = devices::DeviceState::Discovered; // offered or released, not held
    registry.upsert(device);

    const devices::Sighting http = devices::sightingFromHttpHeaders(
        QHostAddress(QStringLiteral("10.0.0.23")), {{"SERIAL-NUMBER", "MT1"}}, t0);
    QCOMPARE(devices::rules::findByAddress(registry, http), -1);

    device.state = devices::DeviceState::ConfigurationSent;
    registry.upsert(device);
    QCOMPARE(devices::rules::findByAddress(registry, http), 0);
}

void MergeRulesTest::cumulusKnownOnlyByHeaders()
{
    devices::DeviceRegistry registry;
    devices::DeviceMerger merger(&registry);

    // Cumulus Linux sends neither option 60 nor option 61: only chaddr identifies it.
    dhcp::DhcpPacket req = request(dhcp::MessageType::Request, "0c29ef000011", 30);
    merger.apply(devices::sightingFromDhcpExchange(exchange(req, t0, dhcp::MessageType::Ack, "10.0.0.31")));
    QCOMPARE(registry.count(), 1);
    QVERIFY(registry.at(0).vendor.isEmpty());

    const devices::HttpHeaders headers {
        {"User-Agent", "CumulusLinux-AutoProvision/0.4"},
        {"CUMULUS-ARCH", "x86_64"},
        {"CUMULUS-MANUFACTURER", "Mellanox"},
        {"CUMULUS-PRODUCTNAME", "SN2410"},
        {"CUMULUS-SERIAL", "MT1812X01234"},
        {"CUMULUS-BASE-MAC", "0C:29:EF:00:00:00"},
        {"CUMULUS-MGMT-MAC", "0C:29:EF:00:00:11"},
        {"CUMULUS-VERSION", "5.4.0"},
    };
    // From a static address the bench never leased: the management MAC header finds it.
    const devices::Sighting http = devices::sightingFromHttpHeaders(QHostAddress(QStringLiteral("192.0.2.50")),
                                                                    headers, t0.addSecs(90));
    QCOMPARE(devices::rules::findByAddress(registry, http), -1);
    QCOMPARE(devices::rules::findByMac(registry, http), 0);
    merger.apply(http);

    QCOMPARE(registry.count(), 1);
    const devices::Device &device = registry.at(0);
    QCOMPARE(device.serial, QStringLiteral("MT1812X01234"));
    QCOMPARE(device.vendor, QStringLiteral("Mellanox"));
    QCOMPARE(device.model, QStringLiteral("SN2410"));
    QVERIFY(identifier(device, IdentifierKind::Mac, QStringLiteral("0c:29:ef:00:00:00")));
    const auto *vendor = identifier(device, IdentifierKind::Vendor, QStringLiteral("Mellanox"));
    QVERIFY(vendor);
    QVERIFY(vendor->evidence.detail.contains(QLatin1String("header CUMULUS-MANUFACTURER")));
}

void MergeRulesTest::macsFromClientId_data()
{
    QTest::addColumn<QByteArray>("clientId");
    QTest::addColumn<QByteArray>("mac");

    QTest::newRow("type 1 ethernet") << hexBytes("01 00 1c 73 1a 2b 3c") << hexBytes("001c731a2b3c");
    QTest::newRow("ios-xe vlan form") << QByteArray(1, '\0') + QByteArrayLiteral("cisco-481b.a447.b647-Vl1")
                                      << hexBytes("481ba447b647");
    QTest::newRow("ios-xe serial form") << QByteArray(1, '\0') + QByteArrayLiteral("FJC27271B8C") << QByteArray();
    QTest::newRow("rfc 4361 duid-ll") << hexBytes("ff 00 00 00 01 00 03 00 01 00 1c 73 1a 2b 3c") << QByteArray();
    QTest::newRow("sonic text") << QByteArrayLiteral("SONiC##MSN2700##MT1234X56789") << QByteArray();
    QTest::newRow("truncated type 1") << hexBytes("01 00 1c 73") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void MergeRulesTest::macsFromClientId()
{
    QFETCH(QByteArray, clientId);
    QFETCH(QByteArray, mac);

    const QList<QByteArray> macs = devices::rules::macsFromClientId(clientId);
    if (mac.isEmpty()) {
        QVERIFY(macs.isEmpty());
        return;
    }
    QCOMPARE(macs.size(), 1);
    QCOMPARE(macs.first().toHex(), mac.toHex());
}

void MergeRulesTest::absorbJoinsTwoRecords()
{
    devices::DeviceRegistry registry;
    devices::DeviceMerger merger(&registry);

    // Record 1: a Cumulus switch leased on eth0 (no option 60 or 61).
    dhcp::DhcpPacket req = request(dhcp::MessageType::Request, "0c29ef000011", 40);
    merger.apply(devices::sightingFromDhcpExchange(exchange(req, t0, dhcp::MessageType::Ack, "10.0.0.31")));
    devices::Device leased = registry.at(0);
    leased.state = devices::DeviceState::Leased;
    registry.upsert(leased);

    // Record 2: the same switch reached the HTTP server from a static address on another port.
    merger.apply(devices::sightingFromHttpHeaders(QHostAddress(QStringLiteral("192.0.2.50")),
                                                  {{"CUMULUS-SERIAL", "MT1812X01234"},
                                                   {"CUMULUS-MGMT-MAC", "0c:29:ef:00:00:77"}},
                                                  t0.addSecs(30)));
    QCOMPARE(registry.count(), 2);

    // Now a request from the leased address carries the serial: both records are one device.
    const devices::Sighting joining = devices::sightingFromHttpHeaders(
        QHostAddress(QStringLiteral("10.0.0.31")), {{"CUMULUS-SERIAL", "MT1812X01234"}}, t0.addSecs(60));
    QCOMPARE(devices::rules::findByAddress(registry, joining), 0);
    QCOMPARE(devices::rules::findBySerial(registry, joining), 1);
    merger.apply(joining);

    QCOMPARE(registry.count(), 1);
    const devices::Device &device = registry.at(0);
    QCOMPARE(device.key(), QStringLiteral("0c:29:ef:00:00:11"));
    QCOMPARE(device.firstSeen, t0);
    QCOMPARE(device.state, devices::DeviceState::Leased);
    QVERIFY(identifier(device, IdentifierKind::Mac, QStringLiteral("0c:29:ef:00:00:77")));
    QCOMPARE(identifier(device, IdentifierKind::Serial, QStringLiteral("MT1812X01234"))->sightings, 2);
    QCOMPARE(registry.indexOf(hexBytes("0c29ef000077")), -1);
    QCOMPARE(registry.rowsWith(IdentifierKind::Mac, QStringLiteral("0C:29:EF:00:00:77")), QList<int>({0}));
    bool mergedEntry = false;
    for (const devices::TimelineEntry &entry : device.timeline)
        mergedEntry = mergedEntry || entry.summary.contains(QLatin1String("merged"));
    QVERIFY(mergedEntry);
}

void MergeRulesTest::preferredIdentifierRanksSources()
{
    devices::Device device;
    device.mac = hexBytes("001c731a2b3c");
    devices::rules::addIdentifier(device, IdentifierKind::Hostname, QStringLiteral("sw-rack1-01"),
                                  {devices::EvidenceSource::Inventory, t0, QStringLiteral("inventory.csv line 2")});
    devices::rules::addIdentifier(device, IdentifierKind::Hostname, QStringLiteral("Switch"),
                                  {devices::EvidenceSource::Dhcp, t0.addSecs(10), QStringLiteral("option 12")});
    devices::rules::addIdentifier(device, IdentifierKind::Address, QStringLiteral("10.0.0.5"),
                                  {devices::EvidenceSource::Http, t0, QString()});
    devices::rules::addIdentifier(device, IdentifierKind::Address, QStringLiteral("10.0.0.9"),
                                  {devices::EvidenceSource::Dhcp, t0.addSecs(20), QString()});
    devices::rules::addIdentifier(device, IdentifierKind::Vendor, QStringLiteral("Arista Networks"),
                                  {devices::EvidenceSource::Oui, t0.addSecs(30), QString()});
    devices::rules::addIdentifier(device, IdentifierKind::Vendor, QStringLiteral("Arista"),
                                  {devices::EvidenceSource::Dhcp, t0, QString()});

    // The technician's inventory outranks what the device sent, even when older.
    QCOMPARE(devices::rules::preferredIdentifier(device, IdentifierKind::Hostname)->value,
             QStringLiteral("sw-rack1-01"));
    // Leases move, so the latest address wins whatever its source.
    QCOMPARE(devices::rules::preferredIdentifier(device, IdentifierKind::Address)->value,
             QStringLiteral("10.0.0.9"));
    // The vendor the device reports outranks the OUI guess.
    QCOMPARE(devices::rules::preferredIdentifier(device, IdentifierKind::Vendor)->value,
             QStringLiteral("Arista"));
    QCOMPARE(devices::rules::preferredIdentifier(device, IdentifierKind::Serial), nullptr);

    devices::rules::refreshDisplayFields(device);
    QCOMPARE(device.hostname, QStringLiteral("sw-rack1-01"));
    QCOMPARE(device.vendor, QStringLiteral("Arista"));
}

void MergeRulesTest::benchPositionFromCircuitId()
{
    devices::DeviceRegistry registry;
    devices::DeviceMerger merger(&registry);
    merger.setBenchPositions({{QStringLiteral("Ethernet1"), QStringLiteral("rack A, slot 3")}});

    // Option 82 as ZTPServer's install document shows it: circuit "Ethernet1", remote id a MAC.
    dhcp::DhcpPacket relayed = request(dhcp::MessageType::Discover, "001c731a2b3c", 50);
    relayed.options.set(dhcp::OptionCode::RelayAgentInformation,
                        hexBytes("01 09 45 74 68 65 72 6e 65 74 31 02 06 00 1c 73 1a 2b 3c"));
    merger.apply(devices::sightingFromDhcpRequest(relayed, t0));
    QCOMPARE(registry.at(0).benchPosition, QStringLiteral("rack A, slot 3"));

    // An unmapped circuit id is shown as it is, so the technician can add it to the mapping.
    dhcp::DhcpPacket unmapped = request(dhcp::MessageType::Discover, "001c731a2b3d", 51);
    unmapped.options.set(dhcp::OptionCode::RelayAgentInformation, hexBytes("01 07") + QByteArrayLiteral("Gi1/0/7"));
    merger.apply(devices::sightingFromDhcpRequest(unmapped, t0));
    QCOMPARE(registry.at(1).benchPosition, QStringLiteral("Gi1/0/7"));

    // A sub-option length past the end is malformed and gives no position.
    dhcp::DhcpPacket malformed = request(dhcp::MessageType::Discover, "001c731a2b3e", 52);
    malformed.options.set(dhcp::OptionCode::RelayAgentInformation, hexBytes("01 20 45 74"));
    QVERIFY(devices::sightingFromDhcpRequest(malformed, t0).circuitId.isEmpty());
}

void MergeRulesTest::ouiLongestPrefixWins()
{
    const devices::OuiRegistry oui = devices::OuiRegistry::fromTable(
        "001C73\tArista Networks\n"
        "70B3D5\tIEEE Registration Authority\n"
        "70B3D5123\tSmall Vendor\n"
        "broken line\n");
    QCOMPARE(oui.size(), 3);
    QCOMPARE(oui.organisation(hexBytes("001c731a2b3c")), QStringLiteral("Arista Networks"));
    QCOMPARE(oui.organisation(hexBytes("70b3d5123abc")), QStringLiteral("Small Vendor"));
    QCOMPARE(oui.organisation(hexBytes("70b3d5999abc")), QStringLiteral("IEEE Registration Authority"));
    QCOMPARE(oui.organisation(hexBytes("021c731a2b3c")), QString()); // locally administered
    QCOMPARE(oui.organisation(hexBytes("001c73")), QString());
}

void MergeRulesTest::ouiBuiltInNamesVendors()
{
    const devices::OuiRegistry &oui = devices::OuiRegistry::builtIn();
    QVERIFY2(oui.size() > 30000, qPrintable(QString::number(oui.size())));
    QCOMPARE(oui.organisation(hexBytes("001c731a2b3c")), QStringLiteral("Arista Networks"));

    devices::DeviceRegistry registry;
    devices::DeviceMerger merger(&registry);
    merger.setOuiRegistry(&oui);
    merger.apply(devices::sightingFromDhcpRequest(request(dhcp::MessageType::Discover, "001c731a2b3c", 60), t0));
    QCOMPARE(registry.at(0).vendor, QStringLiteral("Arista Networks"));
    QCOMPARE(identifier(registry.at(0), IdentifierKind::Vendor, QStringLiteral("Arista Networks"))->evidence.source,
             devices::EvidenceSource::Oui);
}

void MergeRulesTest::sightingWithoutMacCreatesNothing()
{
    devices::DeviceRegistry registry;
    devices::DeviceMerger merger(&registry);
    const devices::Sighting http = devices::sightingFromHttpHeaders(
        QHostAddress(QStringLiteral("192.0.2.9")), {{"X-Arista-Serial", "JPE12345678"}}, t0);
    QCOMPARE(merger.apply(http), -1);
    QCOMPARE(registry.count(), 0);
}

QTEST_GUILESS_MAIN(MergeRulesTest)
#include "tst_mergerules.moc"
