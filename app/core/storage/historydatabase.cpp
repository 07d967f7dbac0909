#include "storage/historydatabase.h"

#include "common/logging.h"
#include "platform/netplatform.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <chrono>

namespace ztp::storage {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

// The same text as isoTime(), in UTF-8, for the rows written per packet. QDateTime::toString()
// parses its format on every call, which cost the history writer more than SQLite's own work
// for an event. Here the calendar date comes from std::chrono.
QByteArray isoTimeUtf8(const QDateTime &time)
{
    using namespace std::chrono;
    if (!time.isValid())
        return QByteArray("");

    const sys_time<milliseconds> point {milliseconds(time.toMSecsSinceEpoch())};
    const sys_days day = floor<days>(point);
    const year_month_day date {day};
    if (date.year() < year(1) || date.year() > year(9999))
        return isoTime(time).toUtf8();

    const hh_mm_ss clock {point - day};
    char buffer[32];
    const int length = std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ",
                                     int(date.year()), unsigned(date.month()), unsigned(date.day()),
                                     int(clock.hours().count()), int(clock.minutes().count()),
                                     int(clock.seconds().count()), int(clock.subseconds().count()));
    return QByteArray(buffer, length);
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL and hold '' instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// SQLITE_BUSY (5) and SQLITE_LOCKED (6), also in their extended forms (code + 256 * n): another
// connection holds the lock the statement needs, so the same statement can succeed later.
bool isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

QString inventoryText(const devices::Device &device, const char *column)
{
    return device.inventory.value(QString::fromLatin1(column)).toString();
}

QDateTime fromIsoTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace

HistoryDatabase::HistoryDatabase()
    : m_connectionName(QStringLiteral("history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryDatabase::~HistoryDatabase()
{
    close();
}

Status HistoryDatabase::open(const QString &path, std::chrono::milliseconds busyTimeout)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString message = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return Error{QCoreApplication::translate("ztp::storage",
                                                     "Cannot open the history %1: %2")
                             .arg(path, message)};
        }
    }
    m_path = path;

    // WAL lets readers (reports, a second viewer) work while the servers write; FULL syncs each
    // commit so nothing committed is lost when the laptop loses power.
    const QStringList pragmas {
        QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeout.count()),
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA cache_size=-32768"),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!query.exec(pragma)) {
            // A damaged or foreign file fails here first ("file is not a database").
            const QString reason = query.lastError().databaseText();
            qCWarning(lcStorage).noquote() << "statement failed:" << pragma << ":" << reason;
            query = QSqlQuery();
            close();
            return Error{QCoreApplication::translate(
                             "ztp::storage",
                             "Cannot use the history %1: %2. If the file is damaged, move it "
                             "aside (a new history is created) or put back a copy made with "
                             "'ztpw history backup'.")
                             .arg(path, reason)};
        }
    }

    if (Status status = migrate(); !status) {
        close();
        return status;
    }
    qCInfo(lcStorage).noquote() << "opened history" << path;
    return Status::success();
}

void HistoryDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
}

bool HistoryDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool HistoryDatabase::exec(const QString &statement) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(statement)) {
        qCWarning(lcStorage).noquote() << "statement failed:" << statement << ":"
                                       << query.lastError().text();
        return false;
    }
    return true;
}

int HistoryDatabase::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status HistoryDatabase::migrate()
{
    const int version = schemaVersion();
    if (version < 0)
        return Error{QCoreApplication::translate("ztp::storage",
                                                 "Cannot read the schema version of %1.")
                         .arg(m_path)};
    if (version > SchemaVersion)
        return Error{QCoreApplication::translate(
                         "ztp::storage",
                         "The history %1 was written by a newer ZTP Workbench (schema %2, this "
                         "version reads up to %3); update the application.")
                         .arg(m_path)
                         .arg(version)
                         .arg(SchemaVersion)};

    for (int next = version + 1; next <= SchemaVersion; ++next) {
        if (Status status = migrateTo(next); !status)
            return status;
        qCInfo(lcStorage).noquote() << "history" << m_path << "migrated to schema version" << next;
    }
    return Status::success();
}

// One step per schema version, each in its own transaction together with its user_version, so
// a crash during a migration leaves the file at the previous version and the step runs again.
Status HistoryDatabase::migrateTo(int version)
{
    QStringList statements;
    if (version == 1) {
        statements = {
            QStringLiteral("CREATE TABLE IF NOT EXISTS events ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " time TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " device TEXT NOT NULL DEFAULT '',"
                           " summary TEXT NOT NULL,"
                           " details TEXT NOT NULL DEFAULT '{}')"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS events_device ON events(device, time)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS leases ("
                           " address TEXT PRIMARY KEY,"
                           " mac TEXT NOT NULL,"
                           " client_id TEXT NOT NULL,"
                           " hostname TEXT NOT NULL,"
                           " expires TEXT NOT NULL,"
                           " state TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS devices ("
                           " mac TEXT PRIMARY KEY,"
                           " client_id TEXT NOT NULL,"
                           " vendor_class TEXT NOT NULL,"
                           " hostname TEXT NOT NULL,"
                           " serial TEXT NOT NULL,"
                           " ip TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " template TEXT NOT NULL,"
                           " config_sha256 TEXT NOT NULL,"
                           " first_seen TEXT NOT NULL,"
                           " last_seen TEXT NOT NULL,"
                           " inventory TEXT NOT NULL DEFAULT '{}')"),
        };
    } else if (version == 2) {
        // Reports filter devices by site and job, which version 1 kept only inside the
        // inventory JSON; the backfill copies them from there. What a device reports about
        // itself (platform, model, software version, ZTP progress) was not stored before.
        statements = {
            QStringLiteral("ALTER TABLE devices ADD COLUMN site TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE devices ADD COLUMN job TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE devices ADD COLUMN platform TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE devices ADD COLUMN model TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE devices ADD COLUMN software_version TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE devices ADD COLUMN progress TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE devices SET"
                           " site = coalesce(json_extract(inventory, '$.site'), ''),"
                           " job = coalesce(json_extract(inventory, '$.job'), '')"
                           " WHERE json_valid(inventory)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS events_time ON events(time)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS events_kind ON events(kind, time)"),
        };
    } else if (version == 3) {
        // The template revision that rendered the configuration a device received, which
        // reports name. Version 2 kept it only in the transfer events.
        statements = {
            QStringLiteral("ALTER TABLE devices ADD COLUMN template_sha256 TEXT NOT NULL DEFAULT ''"),
        };
    }
    statements.prepend(QStringLiteral("BEGIN IMMEDIATE"));
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version));
    statements.append(QStringLiteral("COMMIT"));

    for (const QString &statement : std::as_const(statements)) {
        if (!exec(statement)) {
            exec(QStringLiteral("ROLLBACK"));
            return Error{QCoreApplication::translate("ztp::storage",
                                                     "Cannot migrate the history %1 to schema "
                                                     "version %2; the file is unchanged. Check "
                                                     "that it is writable and not in use.")
                             .arg(m_path)
                             .arg(version)};
        }
    }
    return Status::success();
}

namespace {

// The values of one events row, in InsertEventSql's order, as UTF-8: SQLite stores text as
// UTF-8, and Qt's driver would bind QStrings as UTF-16 for SQLite to convert back.
QByteArrayList eventColumns(const HistoryEvent &event)
{
    return {
        isoTimeUtf8(event.time.isValid() ? event.time : QDateTime::currentDateTimeUtc()),
        event.kind.toUtf8(),
        event.deviceKey.toUtf8(),
        event.summary.toUtf8(),
        QJsonDocument(event.details).toJson(QJsonDocument::Compact),
    };
}

// The values of one devices row, in InsertDeviceSql's order.
QByteArrayList deviceColumns(const devices::Device &device)
{
    return {
        device.key().toUtf8(),
        device.clientId.toHex(),
        device.vendorClass.toUtf8(),
        device.hostname.toUtf8(),
        device.serial.toUtf8(),
        device.ip.isNull() ? QByteArray("") : device.ip.toString().toUtf8(),
        QByteArray(devices::deviceStateName(device.state).toUtf8()),
        device.templateName.toUtf8(),
        device.configSha256.toUtf8(),
        isoTimeUtf8(device.firstSeen),
        isoTimeUtf8(device.lastSeen),
        device.inventory.isEmpty()
            ? QByteArray("{}")
            : QJsonDocument(QJsonObject::fromVariantMap(device.inventory)).toJson(QJsonDocument::Compact),
        inventoryText(device, "site").toUtf8(),
        inventoryText(device, "job").toUtf8(),
        device.platform.toUtf8(),
        device.model.toUtf8(),
        device.softwareVersion.toUtf8(),
        device.progress.toUtf8(),
        device.templateSha256.toUtf8(),
    };
}

// One prepared statement on the connection's own SQLite handle, finalized on destruction.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
        : m_result(sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr))
    {
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binds the values as text (an empty value as '', never NULL) and runs the statement once.
    // Returns the SQLite result code, which is SQLITE_DONE on success.
    int run(const QByteArrayList &values)
    {
        if (m_result != SQLITE_OK)
            return m_result;
        sqlite3_reset(m_statement);
        for (int i = 0; i < values.size(); ++i) {
            const QByteArray &value = values.at(i);
            // The values outlive the step below, so SQLite need not copy them.
            const int bound = sqlite3_bind_text(m_statement, i + 1, value.isNull() ? "" : value.constData(),
                                                int(value.size()), SQLITE_STATIC);
            if (bound != SQLITE_OK)
                return bound;
        }
        return sqlite3_step(m_statement);
    }

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_result = SQLITE_OK;
};

bool isBusyCode(int code)
{
    return (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
}

HistoryEvent eventFromRow(const QSqlQuery &query)
{
    HistoryEvent event;
    event.id = query.value(0).toLongLong();
    event.time = fromIsoTime(query.value(1).toString());
    event.kind = query.value(2).toString();
    event.deviceKey = query.value(3).toString();
    event.summary = query.value(4).toString();
    event.details = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    return event;
}

const char InsertEventSql[] =
    "INSERT INTO events (time, kind, device, summary, details) VALUES (?, ?, ?, ?, ?)";

// An upsert updates a known device's row where it is; INSERT OR REPLACE deleted it and
// inserted it again under a new rowid, touching the table and its key index twice.
const char InsertDeviceSql[] =
    "INSERT INTO devices (mac, client_id, vendor_class, hostname, serial, ip, state,"
    " template, config_sha256, first_seen, last_seen, inventory, site, job, platform, model,"
    " software_version, progress, template_sha256)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT(mac) DO UPDATE SET client_id = excluded.client_id,"
    " vendor_class = excluded.vendor_class, hostname = excluded.hostname,"
    " serial = excluded.serial, ip = excluded.ip, state = excluded.state,"
    " template = excluded.template, config_sha256 = excluded.config_sha256,"
    " first_seen = excluded.first_seen, last_seen = excluded.last_seen,"
    " inventory = excluded.inventory, site = excluded.site, job = excluded.job,"
    " platform = excluded.platform, model = excluded.model,"
    " software_version = excluded.software_version, progress = excluded.progress,"
    " template_sha256 = excluded.template_sha256";

} // namespace

Result<qint64> HistoryDatabase::recordEvent(const HistoryEvent &event)
{
    QList<HistoryEvent> events {event};
    if (const Status status = recordEvents(events); !status) {
        qCWarning(lcStorage).noquote() << "cannot record event" << event.kind << ":"
                                       << status.errorString();
        return Error{status.errorString()};
    }
    return events.first().id;
}

Status HistoryDatabase::recordEvents(QList<HistoryEvent> &events, bool *busy)
{
    return writeRecords({}, events, busy);
}

Status HistoryDatabase::writeRecords(const QList<devices::Device> &devices,
                                     QList<HistoryEvent> &events, bool *busy)
{
    if (busy)
        *busy = false;
    if (devices.isEmpty() && events.isEmpty())
        return Status::success();

    // These rows are written per packet during a DHCP storm, so they go straight to SQLite on
    // the connection's own handle: QSqlQuery would box every value in a QVariant and bind it
    // as UTF-16.
    sqlite3 *db = handle();
    if (!db)
        return Error{QCoreApplication::translate("ztp::storage", "The history %1 is not open.").arg(m_path)};

    const auto fail = [&](int code) -> Status {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        if (!sqlite3_get_autocommit(db))
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        if (busy)
            *busy = isBusyCode(code);
        return Error{message};
    };

    // IMMEDIATE takes the write lock up front, so a busy database fails here, before any row is
    // written, and not at COMMIT.
    if (const int code = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr); code != SQLITE_OK)
        return fail(code);

    if (!devices.isEmpty()) {
        Statement insert(db, InsertDeviceSql);
        for (const devices::Device &device : devices) {
            if (const int code = insert.run(deviceColumns(device)); code != SQLITE_DONE)
                return fail(code);
        }
    }

    QList<qint64> ids;
    if (!events.isEmpty()) {
        ids.reserve(events.size());
        Statement insert(db, InsertEventSql);
        for (const HistoryEvent &event : std::as_const(events)) {
            if (const int code = insert.run(eventColumns(event)); code != SQLITE_DONE)
                return fail(code);
            ids.append(sqlite3_last_insert_rowid(db));
        }
    }

    if (const int code = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr); code != SQLITE_OK)
        return fail(code);

    for (qsizetype i = 0; i < events.size(); ++i)
        events[i].id = ids.at(i);
    return Status::success();
}

sqlite3 *HistoryDatabase::handle() const
{
    if (!QSqlDatabase::contains(m_connectionName))
        return nullptr;
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant value = db.driver()->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

QList<HistoryEvent> HistoryDatabase::events(const QString &deviceKey, int limit) const
{
    EventFilter filter;
    filter.deviceKey = deviceKey;
    filter.limit = limit;
    return findEvents(filter);
}

QList<HistoryEvent> HistoryDatabase::findEvents(const EventFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (!filter.deviceKey.isEmpty()) {
        conditions << QStringLiteral("device = ?");
        values << filter.deviceKey;
    }
    if (!filter.kinds.isEmpty()) {
        QStringList marks;
        for (const QString &kind : filter.kinds) {
            marks << QStringLiteral("?");
            values << kind;
        }
        conditions << QStringLiteral("kind IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    // Times are stored as ISO 8601 UTC text of one fixed width, so text order is time order.
    if (filter.from.isValid()) {
        conditions << QStringLiteral("time >= ?");
        values << isoTime(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("time < ?");
        values << isoTime(filter.to);
    }
    if (!filter.text.isEmpty()) {
        QString pattern = filter.text;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        conditions << QStringLiteral("(summary LIKE ? ESCAPE '\\' OR details LIKE ? ESCAPE '\\')");
        values << pattern << pattern;
    }

    QString sql = QStringLiteral("SELECT id, time, kind, device, summary, details FROM events");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);

    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);

    QList<HistoryEvent> result;
    if (!query.exec()) {
        qCWarning(lcStorage).noquote() << "cannot read events:" << query.lastError().text();
        return result;
    }
    while (query.next())
        result.append(eventFromRow(query));
    return result;
}

QStringList HistoryDatabase::eventKinds() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QStringList kinds;
    if (!query.exec(QStringLiteral("SELECT DISTINCT kind FROM events ORDER BY kind"))) {
        qCWarning(lcStorage).noquote() << "cannot read event kinds:" << query.lastError().text();
        return kinds;
    }
    while (query.next())
        kinds.append(query.value(0).toString());
    return kinds;
}

void HistoryDatabase::saveDevice(const devices::Device &device)
{
    if (const Status status = saveDevices({device}); !status)
        qCWarning(lcStorage).noquote() << "cannot save device" << device.key() << ":"
                                       << status.errorString();
}

Status HistoryDatabase::saveDevices(const QList<devices::Device> &devices, bool *busy)
{
    QList<HistoryEvent> noEvents;
    return writeRecords(devices, noEvents, busy);
}

Status HistoryDatabase::forgetDevices(const QStringList &keys, bool *busy)
{
    if (busy)
        *busy = false;
    if (keys.isEmpty())
        return Status::success();

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (busy)
            *busy = isBusy(query.lastError());
        return Error{query.lastError().text()};
    }

    for (const QString &statement : {QStringLiteral("DELETE FROM devices WHERE mac = ?"),
                                     QStringLiteral("DELETE FROM events WHERE device = ?")}) {
        query.prepare(statement);
        for (const QString &key : keys) {
            query.addBindValue(key);
            if (!query.exec()) {
                const QSqlError error = query.lastError();
                exec(QStringLiteral("ROLLBACK"));
                if (busy)
                    *busy = isBusy(error);
                return Error{error.text()};
            }
        }
    }

    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = commit.lastError();
        exec(QStringLiteral("ROLLBACK"));
        if (busy)
            *busy = isBusy(error);
        return Error{error.text()};
    }
    return Status::success();
}

QList<devices::Device> HistoryDatabase::loadDevices() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QList<devices::Device> result;
    if (!query.exec(QStringLiteral(
            "SELECT mac, client_id, vendor_class, hostname, serial, ip, state, template,"
            " config_sha256, first_seen, last_seen, inventory, platform, model, software_version,"
            " progress, template_sha256 FROM devices ORDER BY first_seen"))) {
        qCWarning(lcStorage).noquote() << "cannot read devices:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        devices::Device device;
        device.mac = platform::parseMac(query.value(0).toString());
        device.clientId = QByteArray::fromHex(query.value(1).toString().toLatin1());
        device.vendorClass = query.value(2).toString();
        device.hostname = query.value(3).toString();
        device.serial = query.value(4).toString();
        device.ip = QHostAddress(query.value(5).toString());
        device.state = devices::deviceStateFromName(query.value(6).toString())
                           .value_or(devices::DeviceState::Discovered);
        device.templateName = query.value(7).toString();
        device.configSha256 = query.value(8).toString();
        device.firstSeen = fromIsoTime(query.value(9).toString());
        device.lastSeen = fromIsoTime(query.value(10).toString());
        device.inventory =
            QJsonDocument::fromJson(query.value(11).toString().toUtf8()).object().toVariantMap();
        device.platform = query.value(12).toString();
        device.model = query.value(13).toString();
        device.softwareVersion = query.value(14).toString();
        device.progress = query.value(15).toString();
        device.templateSha256 = query.value(16).toString();
        if (!device.mac.isEmpty())
            result.append(device);
    }
    return result;
}

QList<dhcp::Lease> HistoryDatabase::loadLeases()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QList<dhcp::Lease> result;
    if (!query.exec(QStringLiteral(
            "SELECT address, mac, client_id, hostname, expires, state FROM leases"))) {
        qCWarning(lcStorage).noquote() << "cannot read leases:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        dhcp::Lease lease;
        lease.address = QHostAddress(query.value(0).toString());
        lease.mac = QByteArray::fromHex(query.value(1).toString().toLatin1());
        lease.clientId = QByteArray::fromHex(query.value(2).toString().toLatin1());
        lease.hostname = query.value(3).toString();
        lease.expires = fromIsoTime(query.value(4).toString());
        const auto state = dhcp::leaseStateFromName(query.value(5).toString());
        if (lease.address.isNull() || !state) {
            qCWarning(lcStorage).noquote() << "skipped an unreadable lease row for"
                                           << query.value(0).toString();
            continue;
        }
        lease.state = *state;
        result.append(lease);
    }
    return result;
}

namespace {

const QString InsertLeaseSql = QStringLiteral(
    "INSERT OR REPLACE INTO leases (address, mac, client_id, hostname, expires, state)"
    " VALUES (?, ?, ?, ?, ?, ?)");

bool bindAndInsertLease(QSqlQuery &query, const dhcp::Lease &lease)
{
    query.addBindValue(text(lease.address.toString()));
    query.addBindValue(text(QString::fromLatin1(lease.mac.toHex())));
    query.addBindValue(text(QString::fromLatin1(lease.clientId.toHex())));
    query.addBindValue(text(lease.hostname));
    query.addBindValue(isoTime(lease.expires));
    query.addBindValue(text(dhcp::leaseStateName(lease.state)));
    return query.exec();
}

} // namespace

// NOTE: LeaseStore::saveLease() returns nothing, so when this write fails (the database stays
// locked past the busy timeout, the disk is full) the caller cannot tell, and only the warning
// below records it.
void HistoryDatabase::saveLease(const dhcp::Lease &lease)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(InsertLeaseSql);
    if (!bindAndInsertLease(query, lease))
        qCWarning(lcStorage).noquote() << "cannot save lease" << lease.address.toString() << ":"
                                       << query.lastError().text();
}

void HistoryDatabase::saveLeases(const QList<dhcp::Lease> &leases)
{
    if (const Status status = writeLeases(leases, {}); !status)
        qCWarning(lcStorage).noquote() << "cannot save" << leases.size()
                                       << "leases:" << status.errorString();
}

Status HistoryDatabase::writeLeases(const QList<dhcp::Lease> &leases,
                                    const QList<QHostAddress> &removed, bool *busy)
{
    if (busy)
        *busy = false;
    if (leases.isEmpty() && removed.isEmpty())
        return Status::success();

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (busy)
            *busy = isBusy(begin.lastError());
        return Error{begin.lastError().text()};
    }

    const auto fail = [&](const QSqlQuery &query) -> Status {
        if (busy)
            *busy = isBusy(query.lastError());
        const QString message = query.lastError().text();
        exec(QStringLiteral("ROLLBACK"));
        return Error{message};
    };

    QSqlQuery insert(db);
    insert.prepare(InsertLeaseSql);
    for (const dhcp::Lease &lease : leases) {
        if (!bindAndInsertLease(insert, lease))
            return fail(insert);
    }
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM leases WHERE address = ?"));
    for (const QHostAddress &address : removed) {
        remove.addBindValue(address.toString());
        if (!remove.exec())
            return fail(remove);
    }

    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return fail(commit);
    return Status::success();
}

void HistoryDatabase::removeLease(const QHostAddress &address)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM leases WHERE address = ?"));
    query.addBindValue(address.toString());
    if (!query.exec())
        qCWarning(lcStorage).noquote() << "cannot remove lease" << address.toString() << ":"
                                       << query.lastError().text();
}

Status HistoryDatabase::backupTo(const QString &target) const
{
    if (QFileInfo::exists(target))
        return Error{QCoreApplication::translate("ztp::storage",
                                                 "The backup file %1 already exists; choose a "
                                                 "new name.")
                         .arg(target)};

    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        qCWarning(lcStorage).noquote() << "backup of" << m_path << "to" << target
                                       << "failed:" << query.lastError().text();
        return Error{QCoreApplication::translate("ztp::storage", "Cannot back up the history to "
                                                                 "%1: %2")
                         .arg(target, query.lastError().text())};
    }
    qCInfo(lcStorage).noquote() << "backed up history" << m_path << "to" << target;
    return Status::success();
}

Result<PurgeResult> HistoryDatabase::purgeBefore(const QDateTime &cutoff)
{
    if (!cutoff.isValid())
        return Error{QCoreApplication::translate("ztp::storage", "The purge date is invalid; give a valid UTC date.")};

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    PurgeResult result;
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error{QCoreApplication::translate("ztp::storage",
                                                 "Cannot purge the history %1: it is locked by "
                                                 "another program; try again.")
                         .arg(m_path)};

    // numRowsAffected() reports the connection's last statement, so each count is read right
    // after its own DELETE.
    QSqlQuery events(db);
    events.prepare(QStringLiteral("DELETE FROM events WHERE time < ?"));
    events.addBindValue(isoTime(cutoff));
    bool ok = events.exec();
    result.events = events.numRowsAffected();

    QSqlQuery devices(db);
    devices.prepare(QStringLiteral("DELETE FROM devices WHERE last_seen < ?"));
    devices.addBindValue(isoTime(cutoff));
    ok = ok && devices.exec();
    result.devices = devices.numRowsAffected();

    if (!ok || !exec(QStringLiteral("COMMIT"))) {
        exec(QStringLiteral("ROLLBACK"));
        return Error{QCoreApplication::translate("ztp::storage", "Cannot purge the history %1.")
                         .arg(m_path)};
    }
    qCInfo(lcStorage).noquote() << "purged" << result.events << "events and" << result.devices
                                << "devices older than" << isoTime(cutoff) << "from" << m_path;
    return result;
}

Status HistoryDatabase::checkIntegrity() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return Error{query.lastError().text()};
    const QString verdict = query.value(0).toString();
    if (verdict != QLatin1String("ok"))
        return Error{QCoreApplication::translate("ztp::storage", "The history %1 is damaged: %2")
                         .arg(m_path, verdict)};
    return Status::success();
}

} // namespace ztp::storage
