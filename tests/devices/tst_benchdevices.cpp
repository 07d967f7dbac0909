// Device records in a BenchService on a real workspace and history.sqlite. Forgetting a device
// deletes its history. Bench positions and assignment rules are stored in the workspace and
// applied to DHCP exchanges. Each exchange keeps both messages for the detail panel.
#include "bench/benchservice.h"
#include "devices/packetdescription.h"
#include "platform/netplatform.h"
#include "storage/historydatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ztp;

namespace {

const QDateTime t0(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);

// A REQUEST from `mac` acknowledged with `address`, relayed with an option 82 circuit id.
dhcp::DhcpExchange acknowledgedRequest(const QString &mac, const QString &address, const QString &circuitId = {})
{
    dhcp::DhcpPacket request;
    request.xid = 0x3903f326;
    request.chaddr = platform::parseMac(mac) + QByteArray(10, '\0');
    request.options.set(dhcp::OptionCode::MessageType, QByteArray(1, char(dhcp::MessageType::Request)));
    request.options.set(dhcp::OptionCode::RequestedIpAddress, dhcp::encodeIpv4(QHostAddress(address)));
    if (!circuitId.isEmpty())
        request.options.set(dhcp::OptionCode::RelayAgentInformation,
                            QByteArray(1, '\x01') + char(circuitId.size()) + circuitId.toLatin1());

    dhcp::DhcpPacket reply;
    reply.op = dhcp::BootOp::Reply;
    reply.xid = request.xid;
    reply.chaddr = request.chaddr;
    reply.yiaddr = QHostAddress(address);
    reply.options.set(dhcp::OptionCode::MessageType, QByteArray(1, char(dhcp::MessageType::Ack)));
    reply.options.set(dhcp::OptionCode::ServerIdentifier, dhcp::encodeIpv4(QHostAddress(QStringLiteral("10.0.0.1"))));
    reply.options.set(dhcp::OptionCode::IpAddressLeaseTime, dhcp::encodeUint32(3600));

    dhcp::DhcpExchange exchange;
    exchange.time = t0;
    exchange.requestType = dhcp::MessageType::Request;
    exchange.replyType = dhcp::MessageType::Ack;
    exchange.mac = platform::parseMac(mac);
    exchange.address = QHostAddress(address);
    exchange.xid = request.xid;
    exchange.request = request;
    exchange.replyBytes = dhcp::encodePacket(reply);
    return exchange;
}

} // namespace

class BenchDevicesTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void forgetDeletesHistory();
    void benchPositionsStoredInWorkspace();
    void benchPositionsNameSeenCircuitIds();
    void assignmentRulesAppliedOnExchange();
    void exchangeKeepsBothMessages();
    void inventoryEditedOnDiskApplies();

private:
    void reopen();

    QTemporaryDir *m_directory = nullptr;
    bench::BenchService *m_bench = nullptr;
};

void BenchDevicesTest::init()
{
    m_directory = new QTemporaryDir;
    QVERIFY(workspace::Workspace::init(m_directory->path()).ok());
    QFile inventory(m_directory->filePath(QStringLiteral("inventory.csv")));
    QVERIFY(inventory.open(QIODevice::WriteOnly | QIODevice::Truncate));
    inventory.write("mac,serial,hostname\n");
    inventory.close();
    m_bench = new bench::BenchService;
    QVERIFY(m_bench->openWorkspace(m_directory->path()).ok());
}

void BenchDevicesTest::cleanup()
{
    delete m_bench;
    m_bench = nullptr;
    delete m_directory;
    m_directory = nullptr;
}

void BenchDevicesTest::reopen()
{
    delete m_bench;
    m_bench = new bench::BenchService;
    QVERIFY(m_bench->openWorkspace(m_directory->path()).ok());
}

void BenchDevicesTest::forgetDeletesHistory()
{
    m_bench->applyExchange(acknowledgedRequest(QStringLiteral("00:1c:73:1a:2b:01"), QStringLiteral("10.0.0.21")));
    m_bench->applyExchange(acknowledgedRequest(QStringLiteral("00:1c:73:1a:2b:02"), QStringLiteral("10.0.0.22")));
    QVERIFY(m_bench->historyWriter()->waitForWritten(std::chrono::seconds(5)));

    storage::HistoryDatabase history;
    QVERIFY(history.open(m_bench->workspace()->historyPath()).ok());
    const QString forgotten = QStringLiteral("00:1c:73:1a:2b:01");
    const QString keptKey = QStringLiteral("00:1c:73:1a:2b:02");
    QCOMPARE(history.loadDevices().size(), 2);
    QVERIFY(!history.events(forgotten).isEmpty());

    QVERIFY(m_bench->forgetDevice(platform::parseMac(forgotten)));
    QVERIFY(!m_bench->forgetDevice(platform::parseMac(forgotten)));
    QCOMPARE(m_bench->devices()->count(), 1);
    QVERIFY(m_bench->historyWriter()->waitForWritten(std::chrono::seconds(5)));

    const QList<devices::Device> stored = history.loadDevices();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().key(), keptKey);
    QVERIFY(history.events(forgotten).isEmpty());
    QVERIFY(!history.events(keptKey).isEmpty());
    storage::EventFilter filter;
    filter.kinds = {QStringLiteral("device.forgotten")};
    const QList<storage::HistoryEvent> notes = history.findEvents(filter);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().details.value(QStringLiteral("mac")).toString(), forgotten);

    // The next start does not bring it back.
    history.close();
    reopen();
    QCOMPARE(m_bench->devices()->count(), 1);
    QCOMPARE(m_bench->devices()->at(0).key(), keptKey);
}

void BenchDevicesTest::benchPositionsStoredInWorkspace()
{
    QVERIFY(m_bench->setBenchPositions({{QStringLiteral("Gi1/0/7"), QStringLiteral("rack A, slot 3")}}).ok());
    QVERIFY(QFile::exists(m_directory->filePath(QStringLiteral("bench-positions.json"))));

    reopen();
    QCOMPARE(m_bench->benchPositions().value(QStringLiteral("Gi1/0/7")), QStringLiteral("rack A, slot 3"));
    m_bench->applyExchange(
        acknowledgedRequest(QStringLiteral("00:1c:73:1a:2b:07"), QStringLiteral("10.0.0.27"), QStringLiteral("Gi1/0/7")));
    QCOMPARE(m_bench->devices()->at(0).benchPosition, QStringLiteral("rack A, slot 3"));

    // A position without a name is rejected and the file stays as it was.
    QVERIFY(!m_bench->setBenchPositions({{QStringLiteral("Gi1/0/8"), QStringLiteral(" ")}}).ok());
    reopen();
    QCOMPARE(m_bench->benchPositions().size(), 1);
}

void BenchDevicesTest::benchPositionsNameSeenCircuitIds()
{
    m_bench->applyExchange(
        acknowledgedRequest(QStringLiteral("00:1c:73:1a:2b:08"), QStringLiteral("10.0.0.28"), QStringLiteral("Gi1/0/8")));
    QCOMPARE(m_bench->devices()->at(0).benchPosition, QStringLiteral("Gi1/0/8"));

    QVERIFY(m_bench->setBenchPositions({{QStringLiteral("Gi1/0/8"), QStringLiteral("rack B, slot 1")}}).ok());
    QCOMPARE(m_bench->devices()->at(0).benchPosition, QStringLiteral("rack B, slot 1"));
}

void BenchDevicesTest::assignmentRulesAppliedOnExchange()
{
    devices::AssignmentRule byMac;
    byMac.field = devices::RuleField::Mac;
    byMac.pattern = QStringLiteral("00:1c:73:*");
    byMac.templateName = QStringLiteral("arista.j2");
    byMac.image = QStringLiteral("EOS-4.30.1F.swi");
    QVERIFY(m_bench->setAssignmentRules(devices::AssignmentRules({byMac})).ok());

    // Headless use: the rules come from the workspace file.
    reopen();
    QCOMPARE(m_bench->assignmentRules().rules().size(), 1);
    m_bench->applyExchange(acknowledgedRequest(QStringLiteral("00:1c:73:1a:2b:09"), QStringLiteral("10.0.0.29")));
    m_bench->applyExchange(acknowledgedRequest(QStringLiteral("1c:34:da:00:11:02"), QStringLiteral("10.0.0.30")));
    QCOMPARE(m_bench->devices()->at(0).templateName, QStringLiteral("arista.j2"));
    QCOMPARE(m_bench->devices()->at(0).image, QStringLiteral("EOS-4.30.1F.swi"));
    QVERIFY(m_bench->devices()->at(1).templateName.isEmpty());

    // A rule saved later applies to the devices already known.
    devices::AssignmentRule cumulusByMac = byMac;
    cumulusByMac.field = devices::RuleField::Mac;
    cumulusByMac.pattern = QStringLiteral("1c:34:da:*");
    cumulusByMac.templateName = QStringLiteral("cumulus.j2");
    cumulusByMac.image.clear();
    QVERIFY(m_bench->setAssignmentRules(devices::AssignmentRules({byMac, cumulusByMac})).ok());
    QCOMPARE(m_bench->devices()->at(1).templateName, QStringLiteral("cumulus.j2"));
}

void BenchDevicesTest::exchangeKeepsBothMessages()
{
    m_bench->applyExchange(
        acknowledgedRequest(QStringLiteral("00:1c:73:1a:2b:0a"), QStringLiteral("10.0.0.31"), QStringLiteral("Gi1/0/9")));
    QVERIFY(m_bench->historyWriter()->waitForWritten(std::chrono::seconds(5)));
    const QList<storage::HistoryEvent> events = m_bench->history()->events(QStringLiteral("00:1c:73:1a:2b:0a"));
    QCOMPARE(events.size(), 1);

    const QJsonObject details = events.first().details;
    const auto request = devices::describeDhcpPacket(
        QByteArray::fromHex(details.value(QStringLiteral("requestBytes")).toString().toLatin1()));
    QVERIFY2(request.ok(), qPrintable(request.errorString()));
    QCOMPARE(request->summary, QStringLiteral("DHCP REQUEST, xid 3903f326"));
    const auto option82 = std::find_if(request->fields.cbegin(), request->fields.cend(),
                                       [](const devices::PacketField &field) { return field.code == 82; });
    QVERIFY(option82 != request->fields.cend());
    QCOMPARE(option82->name, QStringLiteral("Relay agent information"));

    const auto reply = devices::describeDhcpPacket(
        QByteArray::fromHex(details.value(QStringLiteral("replyBytes")).toString().toLatin1()));
    QVERIFY2(reply.ok(), qPrintable(reply.errorString()));
    QCOMPARE(reply->summary, QStringLiteral("DHCP ACK, xid 3903f326, 10.0.0.31"));
}

// A row added to inventory.csv while the bench is open is used without a restart; an invalid
// file keeps the previous rows and records why.
void BenchDevicesTest::inventoryEditedOnDiskApplies()
{
    QVERIFY(!m_bench->workspace()->inventory().findBySerial(QStringLiteral("FOC2719X0AB")));

    QSaveFile replaced(m_directory->filePath(QStringLiteral("inventory.csv")));
    QVERIFY(replaced.open(QIODevice::WriteOnly));
    replaced.write("mac,serial,hostname\n02:5a:54:50:00:01,FOC2719X0AB,hall3-acc-01\n");
    QVERIFY(replaced.commit());
    QTRY_VERIFY_WITH_TIMEOUT(m_bench->workspace()->inventory().findBySerial(QStringLiteral("FOC2719X0AB")),
                             5000);

    QSignalSpy events(m_bench, &bench::BenchService::eventRecorded);
    QFile broken(m_directory->filePath(QStringLiteral("inventory.csv")));
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("mac,serial,hostname\nnot-a-mac,X,y\n");
    broken.close();
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 5000);

    const auto event = events.last().at(0).value<storage::HistoryEvent>();
    QCOMPARE(event.kind, QStringLiteral("inventory.invalid"));
    QVERIFY(m_bench->workspace()->inventory().findBySerial(QStringLiteral("FOC2719X0AB")));
}

QTEST_GUILESS_MAIN(BenchDevicesTest)
#include "tst_benchdevices.moc"
