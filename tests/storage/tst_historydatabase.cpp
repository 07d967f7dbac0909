#include "storage/historydatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ztp;
using namespace std::chrono_literals;

class HistoryDatabaseTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void openCreatesSchemaInWalMode();
    void eventsRoundTrip();
    void devicesRoundTrip();
    void leasesSurviveReopen();
    void newerSchemaIsRejected();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void HistoryDatabaseTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void HistoryDatabaseTest::openCreatesSchemaInWalMode()
{
    storage::HistoryDatabase history;
    const Status status = history.open(path());
    QVERIFY2(status.ok(), qPrintable(status.errorString()));

    // Inspect the file through an independent connection, as another tool would.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND name IN ('events','leases','devices')")));
        int tables = 0;
        while (query.next())
            ++tables;
        QCOMPARE(tables, 3);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
}

void HistoryDatabaseTest::eventsRoundTrip()
{
    storage::HistoryDatabase history;
    QVERIFY(history.open(path()).ok());

    storage::HistoryEvent event;
    event.time = QDateTime(QDate(2026, 3, 1), QTime(8, 30, 15, 250), Qt::UTC);
    event.kind = QStringLiteral("dhcp.request");
    event.deviceKey = QStringLiteral("00:1c:73:00:00:01");
    event.summary = QStringLiteral("REQUEST from 00:1c:73:00:00:01 -> ACK 10.0.0.10");
    event.details = {{QStringLiteral("address"), QStringLiteral("10.0.0.10")}};
    const auto id = history.recordEvent(event);
    QVERIFY(id.ok());

    storage::HistoryEvent other = event;
    other.deviceKey = QStringLiteral("00:1c:73:00:00:02");
    QVERIFY(history.recordEvent(other).ok());

    const auto events = history.events(QStringLiteral("00:1c:73:00:00:01"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().id, *id);
    QCOMPARE(events.first().time, event.time);
    QCOMPARE(events.first().kind, event.kind);
    QCOMPARE(events.first().summary, event.summary);
    QCOMPARE(events.first().details, event.details);
    QCOMPARE(history.events().size(), 2);
}

void HistoryDatabaseTest::devicesRoundTrip()
{
    devices::Device device;
    device.mac = QByteArray::fromHex("001c73000001");
    device.clientId = QByteArray::fromHex("00464a43");
    device.vendorClass = QStringLiteral("ciscopnp");
    device.hostname = QStringLiteral("sw-a1");
    device.serial = QStringLiteral("FOC123");
    device.ip = QHostAddress(QStringLiteral("10.0.0.10"));
    device.state = devices::DeviceState::ConfigurationSent;
    device.templateName = QStringLiteral("default.j2");
    device.configSha256 = QStringLiteral("ab").repeated(32);
    device.firstSeen = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    device.lastSeen = device.firstSeen.addSecs(90);
    device.inventory = {{QStringLiteral("site"), QStringLiteral("Hall 3")}};

    {
        storage::HistoryDatabase history;
        QVERIFY(history.open(path()).ok());
        history.saveDevice(device);
        device.state = devices::DeviceState::Failed;
        history.saveDevice(device);
    }

    storage::HistoryDatabase history;
    QVERIFY(history.open(path()).ok());
    const auto loaded = history.loadDevices();
    QCOMPARE(loaded.size(), 1);
    const devices::Device &copy = loaded.first();
    QCOMPARE(copy.mac, device.mac);
    QCOMPARE(copy.clientId, device.clientId);
    QCOMPARE(copy.vendorClass, device.vendorClass);
    QCOMPARE(copy.hostname, device.hostname);
    QCOMPARE(copy.serial, device.serial);
    QCOMPARE(copy.ip, device.ip);
    QCOMPARE(copy.state, devices::DeviceState::Failed);
    QCOMPARE(copy.configSha256, device.configSha256);
    QCOMPARE(copy.firstSeen, device.firstSeen);
    QCOMPARE(copy.lastSeen, device.lastSeen);
    QCOMPARE(copy.inventory, device.inventory);
}

void HistoryDatabaseTest::leasesSurviveReopen()
{
    const QHostAddress first(QStringLiteral("10.0.0.10"));
    const QHostAddress last(QStringLiteral("10.0.0.11"));
    const QByteArray macA = QByteArray::fromHex("001c7300000a");
    const QByteArray macB = QByteArray::fromHex("001c7300000b");

    {
        storage::HistoryDatabase history;
        QVERIFY(history.open(path()).ok());
        dhcp::LeaseTable leases(first, last, {}, &history);
        leases.load();
        leases.bind(first, macA, {}, QStringLiteral("sw-a"), 3600s);
    }

    // A new server process: the bound address must not go to another client.
    storage::HistoryDatabase history;
    QVERIFY(history.open(path()).ok());
    dhcp::LeaseTable leases(first, last, {}, &history);
    leases.load();
    const auto lease = leases.findByAddress(first);
    QVERIFY(lease);
    QCOMPARE(lease->mac, macA);
    QCOMPARE(lease->state, dhcp::LeaseState::Bound);
    QCOMPARE(lease->hostname, QStringLiteral("sw-a"));
    QVERIFY(!leases.isAvailableFor(first, dhcp::clientKeyFor(macB, {})));
    QCOMPARE(leases.chooseAddress(dhcp::clientKeyFor(macB, {}), first), std::optional(last));
    QCOMPARE(leases.chooseAddress(dhcp::clientKeyFor(macA, {}), std::nullopt), std::optional(first));
}

void HistoryDatabaseTest::newerSchemaIsRejected()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));

    storage::HistoryDatabase history;
    const Status status = history.open(path());
    QVERIFY(!status.ok());
    QVERIFY2(status.errorString().contains(QStringLiteral("newer ZTP Workbench")), qPrintable(status.errorString()));
}

QTEST_GUILESS_MAIN(HistoryDatabaseTest)
#include "tst_historydatabase.moc"
