#include "storage/historydatabase.h"

#include <QFile>
#include <QJsonObject>
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
    void storedTimesAreIsoText_data();
    void storedTimesAreIsoText();
    void devicesRoundTrip();
    void leasesSurviveReopen();
    void newerSchemaIsRejected();
    void damagedFileNamesCauseAndFix();
    void leaseBatchIsStored();
    void migratesVersionOneFixture();
    void findEventsFilters_data();
    void findEventsFilters();
    void backupIsConsistentCopy();
    void backupRefusesExistingFile();
    void purgeRemovesOldRowsOnly();

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
        QCOMPARE(query.value(0).toInt(), storage::HistoryDatabase::SchemaVersion);
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

void HistoryDatabaseTest::storedTimesAreIsoText_data()
{
    QTest::addColumn<QDateTime>("time");

    QTest::newRow("leap day") << QDateTime(QDate(2028, 2, 29), QTime(0, 0, 0, 1), Qt::UTC);
    QTest::newRow("last millisecond of a year")
        << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("before 1970") << QDateTime(QDate(1969, 7, 20), QTime(20, 17, 40, 0), Qt::UTC);
    QTest::newRow("local time with offset")
        << QDateTime(QDate(2026, 6, 1), QTime(9, 5, 7, 42), Qt::OffsetFromUTC, 5 * 3600 + 1800);
    QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(12, 0, 0, 500), Qt::UTC);
}

// Reports, purges and filters compare the time column as text, so the writer's own formatting
// must give exactly what QDateTime writes (ISO 8601 in UTC with milliseconds and a Z).
void HistoryDatabaseTest::storedTimesAreIsoText()
{
    QFETCH(QDateTime, time);

    storage::HistoryDatabase history;
    QVERIFY(history.open(path()).ok());
    storage::HistoryEvent event;
    event.time = time;
    event.kind = QStringLiteral("test.time");
    event.summary = QStringLiteral("time");
    devices::Device device;
    device.mac = QByteArray::fromHex("001c73000009");
    device.firstSeen = time;
    device.lastSeen = time;
    QList<storage::HistoryEvent> events {event};
    QVERIFY(history.writeRecords({device}, events).ok());
    QVERIFY(events.first().id > 0);

    const QString expected = time.toUTC().toString(Qt::ISODateWithMs);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT time, typeof(time) FROM events")) && query.next());
        QCOMPARE(query.value(0).toString(), expected);
        QCOMPARE(query.value(1).toString(), QStringLiteral("text"));
        QVERIFY(query.exec(QStringLiteral("SELECT first_seen, last_seen, typeof(mac) FROM devices")) && query.next());
        QCOMPARE(query.value(0).toString(), expected);
        QCOMPARE(query.value(1).toString(), expected);
        QCOMPARE(query.value(2).toString(), QStringLiteral("text"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    QCOMPARE(history.events().first().time, time.toUTC());
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
    device.platform = QStringLiteral("arista");
    device.model = QStringLiteral("DCS-7050SX3");
    device.softwareVersion = QStringLiteral("4.30.1F");
    device.progress = QStringLiteral("config-complete");

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
    QCOMPARE(copy.platform, device.platform);
    QCOMPARE(copy.model, device.model);
    QCOMPARE(copy.softwareVersion, device.softwareVersion);
    QCOMPARE(copy.progress, device.progress);
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

// A file that is not SQLite is rejected with SQLite's reason and what to do, and left as it is.
void HistoryDatabaseTest::damagedFileNamesCauseAndFix()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray garbage(4096, '\x5a');
    file.write(garbage);
    file.close();

    storage::HistoryDatabase history;
    const Status status = history.open(path());

    QVERIFY(!status.ok());
    QVERIFY2(status.errorString().contains(QStringLiteral("not a database")), qPrintable(status.errorString()));
    QVERIFY2(status.errorString().contains(QStringLiteral("ztpw history backup")), qPrintable(status.errorString()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

void HistoryDatabaseTest::leaseBatchIsStored()
{
    QList<dhcp::Lease> leases;
    for (int i = 0; i < 50; ++i) {
        dhcp::Lease lease;
        lease.address = QHostAddress(QStringLiteral("10.0.0.%1").arg(10 + i));
        lease.mac = QByteArray::fromHex("001c730000") + char(i);
        lease.hostname = QStringLiteral("sw-%1").arg(i);
        lease.expires = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        lease.state = dhcp::LeaseState::Bound;
        leases.append(lease);
    }
    {
        storage::HistoryDatabase history;
        QVERIFY(history.open(path()).ok());
        history.saveLeases(leases);
    }

    storage::HistoryDatabase history;
    QVERIFY(history.open(path()).ok());
    const auto loaded = history.loadLeases();
    QCOMPARE(loaded.size(), 50);
    QStringList hostnames;
    for (const auto &lease : loaded)
        hostnames.append(lease.hostname);
    QVERIFY(hostnames.contains(QStringLiteral("sw-0")));
    QVERIFY(hostnames.contains(QStringLiteral("sw-49")));
}

void HistoryDatabaseTest::migratesVersionOneFixture()
{
    // history-v1.sqlite was written with the version-1 schema (history-v1.sql rebuilds it).
    const QString fixture = QStringLiteral(ZTPW_TEST_DATA_DIR "/storage/history-v1.sqlite");
    QVERIFY(QFile::copy(fixture, path()));
    QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner);

    storage::HistoryDatabase history;
    const Status status = history.open(path());
    QVERIFY2(status.ok(), qPrintable(status.errorString()));
    QCOMPARE(history.schemaVersion(), storage::HistoryDatabase::SchemaVersion);

    const auto events = history.events();
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.first().kind, QStringLiteral("dhcp.discover"));
    QCOMPARE(events.first().details.value(QStringLiteral("reply")).toString(), QStringLiteral("OFFER"));
    QCOMPARE(history.loadLeases().size(), 2);

    const auto devices = history.loadDevices();
    QCOMPARE(devices.size(), 2);
    QCOMPARE(devices.first().hostname, QStringLiteral("bench-sw-01"));
    QCOMPARE(devices.first().state, devices::DeviceState::ConfigurationSent);

    // Version 2 backfilled site and job from the inventory JSON.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect-v1"));
    db.setDatabaseName(path());
    QVERIFY(db.open());
    {
        QSqlQuery rows(db);
        QVERIFY(rows.exec(QStringLiteral("SELECT mac, site, job FROM devices ORDER BY mac")));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(1).toString(), QStringLiteral("Hall 3"));
        QCOMPARE(rows.value(2).toString(), QStringLiteral("J-100"));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(1).toString(), QString());
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("inspect-v1"));

    // New rows use the version-2 columns.
    storage::HistoryEvent event;
    event.kind = QStringLiteral("bench.start");
    event.summary = QStringLiteral("after migration");
    QVERIFY(history.recordEvent(event).ok());
    QCOMPARE(history.events().size(), 5);
    QVERIFY(history.checkIntegrity().ok());
}

void HistoryDatabaseTest::findEventsFilters_data()
{
    QTest::addColumn<QString>("device");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<int>("fromMinute");
    QTest::addColumn<int>("toMinute");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expectedMinutes");

    const QString a = QStringLiteral("00:1c:73:00:00:0a");
    QTest::newRow("no filter") << QString() << QStringList() << -1 << -1 << QString() << QList<int> {0, 1, 2, 3};
    QTest::newRow("device") << a << QStringList() << -1 << -1 << QString() << QList<int> {0, 2};
    QTest::newRow("kind") << QString() << QStringList {QStringLiteral("tftp.transfer")} << -1 << -1 << QString() << QList<int> {2, 3};
    QTest::newRow("two kinds") << QString() << QStringList {QStringLiteral("tftp.transfer"), QStringLiteral("dhcp.request")} << -1 << -1 << QString() << QList<int> {0, 1, 2, 3};
    QTest::newRow("from inclusive") << QString() << QStringList() << 1 << -1 << QString() << QList<int> {1, 2, 3};
    QTest::newRow("to exclusive") << QString() << QStringList() << -1 << 2 << QString() << QList<int> {0, 1};
    QTest::newRow("summary text") << QString() << QStringList() << -1 << -1 << QStringLiteral("NETWORK-CONFG") << QList<int> {2};
    QTest::newRow("details text") << QString() << QStringList() << -1 << -1 << QStringLiteral("ios.bin") << QList<int> {3};
    QTest::newRow("percent is literal") << QString() << QStringList() << -1 << -1 << QStringLiteral("100%") << QList<int> {3};
    QTest::newRow("underscore is literal") << QString() << QStringList() << -1 << -1 << QStringLiteral("a_b") << QList<int> {};
    QTest::newRow("all together") << a << QStringList {QStringLiteral("tftp.transfer")} << 1 << 3 << QStringLiteral("sent") << QList<int> {2};
}

void HistoryDatabaseTest::findEventsFilters()
{
    QFETCH(QString, device);
    QFETCH(QStringList, kinds);
    QFETCH(int, fromMinute);
    QFETCH(int, toMinute);
    QFETCH(QString, text);
    QFETCH(QList<int>, expectedMinutes);

    storage::HistoryDatabase history;
    QVERIFY(history.open(path()).ok());
    const QDateTime base(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    const QString a = QStringLiteral("00:1c:73:00:00:0a");
    const QString b = QStringLiteral("00:1c:73:00:00:0b");
    const struct { QString device; QString kind; QString summary; QJsonObject details; } rows[] = {
        {a, QStringLiteral("dhcp.request"), QStringLiteral("REQUEST -> ACK"), {}},
        {b, QStringLiteral("dhcp.request"), QStringLiteral("REQUEST -> ACK"), {}},
        {a, QStringLiteral("tftp.transfer"), QStringLiteral("sent network-confg"), {}},
        {b, QStringLiteral("tftp.transfer"), QStringLiteral("sent image 100%"), {{QStringLiteral("file"), QStringLiteral("ios.bin")}}},
    };
    QList<storage::HistoryEvent> events;
    for (int i = 0; i < 4; ++i) {
        storage::HistoryEvent event;
        event.time = base.addSecs(60 * i);
        event.deviceKey = rows[i].device;
        event.kind = rows[i].kind;
        event.summary = rows[i].summary;
        event.details = rows[i].details;
        events.append(event);
    }
    QVERIFY(history.recordEvents(events).ok());
    QVERIFY(events.last().id > events.first().id);

    storage::EventFilter filter;
    filter.deviceKey = device;
    filter.kinds = kinds;
    if (fromMinute >= 0)
        filter.from = base.addSecs(60 * fromMinute);
    if (toMinute >= 0)
        filter.to = base.addSecs(60 * toMinute);
    filter.text = text;
    QList<int> minutes;
    for (const storage::HistoryEvent &event : history.findEvents(filter))
        minutes.append(int(base.secsTo(event.time) / 60));
    QCOMPARE(minutes, expectedMinutes);
}

void HistoryDatabaseTest::backupIsConsistentCopy()
{
    storage::HistoryDatabase history;
    QVERIFY(history.open(path()).ok());
    storage::HistoryEvent event;
    event.kind = QStringLiteral("bench.start");
    event.summary = QStringLiteral("before backup");
    QVERIFY(history.recordEvent(event).ok());

    const QString target = m_dir->filePath(QStringLiteral("backup.sqlite"));
    const Status status = history.backupTo(target);
    QVERIFY2(status.ok(), qPrintable(status.errorString()));

    storage::HistoryDatabase copy;
    QVERIFY(copy.open(target).ok());
    QVERIFY(copy.checkIntegrity().ok());
    QCOMPARE(copy.schemaVersion(), storage::HistoryDatabase::SchemaVersion);
    QCOMPARE(copy.events().size(), 1);
    QCOMPARE(copy.events().first().summary, QStringLiteral("before backup"));
}

void HistoryDatabaseTest::backupRefusesExistingFile()
{
    storage::HistoryDatabase history;
    QVERIFY(history.open(path()).ok());
    const QString target = m_dir->filePath(QStringLiteral("backup.sqlite"));
    QFile existing(target);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();

    const Status status = history.backupTo(target);
    QVERIFY(!status.ok());
    QVERIFY2(status.errorString().contains(target), qPrintable(status.errorString()));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("keep me"));
}

void HistoryDatabaseTest::purgeRemovesOldRowsOnly()
{
    storage::HistoryDatabase history;
    QVERIFY(history.open(path()).ok());
    const QDateTime cutoff(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);

    QList<storage::HistoryEvent> events;
    for (int days : {-40, -31, -1, 0, 5}) {
        storage::HistoryEvent event;
        event.time = cutoff.addDays(days);
        event.kind = QStringLiteral("dhcp.discover");
        event.summary = QString::number(days);
        events.append(event);
    }
    QVERIFY(history.recordEvents(events).ok());

    devices::Device old;
    old.mac = QByteArray::fromHex("001c73000001");
    old.firstSeen = cutoff.addDays(-50);
    old.lastSeen = cutoff.addDays(-35);
    devices::Device recent = old;
    recent.mac = QByteArray::fromHex("001c73000002");
    recent.lastSeen = cutoff.addDays(1);
    QVERIFY(history.saveDevices({old, recent}).ok());

    const auto purged = history.purgeBefore(cutoff);
    QVERIFY2(purged.ok(), qPrintable(purged.errorString()));
    QCOMPARE(purged->events, 3);
    QCOMPARE(purged->devices, 1);

    QStringList left;
    for (const auto &event : history.events())
        left.append(event.summary);
    QCOMPARE(left, (QStringList {QStringLiteral("0"), QStringLiteral("5")}));
    QCOMPARE(history.loadDevices().size(), 1);
    QCOMPARE(history.loadDevices().first().mac, recent.mac);
}

QTEST_GUILESS_MAIN(HistoryDatabaseTest)
#include "tst_historydatabase.moc"
