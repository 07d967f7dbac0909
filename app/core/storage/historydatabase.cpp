#include "storage/historydatabase.h"

#include "common/logging.h"
#include "platform/netplatform.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ztp::storage {

namespace {

constexpr int SchemaVersion = 1;

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL and hold '' instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
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

Status HistoryDatabase::open(const QString &path)
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
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                               "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
        if (!exec(QString::fromLatin1(pragma))) {
            close();
            return Error{QCoreApplication::translate("ztp::storage",
                                                     "Cannot configure the history %1.")
                             .arg(path)};
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

Status HistoryDatabase::migrate()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Error{query.lastError().text()};
    const int version = query.value(0).toInt();
    if (version > SchemaVersion)
        return Error{QCoreApplication::translate(
                         "ztp::storage",
                         "The history %1 was written by a newer ZTP Workbench (schema %2, this "
                         "version reads up to %3); update the application.")
                         .arg(m_path)
                         .arg(version)
                         .arg(SchemaVersion)};
    if (version == SchemaVersion)
        return Status::success();

    const QStringList statements {
        QStringLiteral("BEGIN"),
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
        QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion),
        QStringLiteral("COMMIT"),
    };
    for (const QString &statement : statements) {
        if (!exec(statement)) {
            exec(QStringLiteral("ROLLBACK"));
            return Error{QCoreApplication::translate("ztp::storage",
                                                     "Cannot create the tables of %1.")
                             .arg(m_path)};
        }
    }
    qCInfo(lcStorage) << "history schema migrated from version" << version << "to" << SchemaVersion;
    return Status::success();
}

Result<qint64> HistoryDatabase::recordEvent(const HistoryEvent &event)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO events (time, kind, device, summary, details) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(isoTime(event.time.isValid() ? event.time : QDateTime::currentDateTimeUtc()));
    query.addBindValue(text(event.kind));
    query.addBindValue(text(event.deviceKey));
    query.addBindValue(text(event.summary));
    query.addBindValue(text(QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact))));
    if (!query.exec()) {
        qCWarning(lcStorage).noquote() << "cannot record event" << event.kind << ":"
                                       << query.lastError().text();
        return Error{query.lastError().text()};
    }
    return query.lastInsertId().toLongLong();
}

QList<HistoryEvent> HistoryDatabase::events(const QString &deviceKey, int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QString sql = QStringLiteral("SELECT id, time, kind, device, summary, details FROM events");
    if (!deviceKey.isEmpty())
        sql += QStringLiteral(" WHERE device = ?");
    sql += QStringLiteral(" ORDER BY id");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    query.prepare(sql);
    if (!deviceKey.isEmpty())
        query.addBindValue(deviceKey);

    QList<HistoryEvent> result;
    if (!query.exec()) {
        qCWarning(lcStorage).noquote() << "cannot read events:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        HistoryEvent event;
        event.id = query.value(0).toLongLong();
        event.time = fromIsoTime(query.value(1).toString());
        event.kind = query.value(2).toString();
        event.deviceKey = query.value(3).toString();
        event.summary = query.value(4).toString();
        event.details = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        result.append(event);
    }
    return result;
}

void HistoryDatabase::saveDevice(const devices::Device &device)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO devices (mac, client_id, vendor_class, hostname, serial, ip, state,"
        " template, config_sha256, first_seen, last_seen, inventory)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(text(device.key()));
    query.addBindValue(text(QString::fromLatin1(device.clientId.toHex())));
    query.addBindValue(text(device.vendorClass));
    query.addBindValue(text(device.hostname));
    query.addBindValue(text(device.serial));
    query.addBindValue(text(device.ip.isNull() ? QString() : device.ip.toString()));
    query.addBindValue(text(devices::deviceStateName(device.state)));
    query.addBindValue(text(device.templateName));
    query.addBindValue(text(device.configSha256));
    query.addBindValue(isoTime(device.firstSeen));
    query.addBindValue(isoTime(device.lastSeen));
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(device.inventory)).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        qCWarning(lcStorage).noquote() << "cannot save device" << device.key() << ":"
                                       << query.lastError().text();
}

QList<devices::Device> HistoryDatabase::loadDevices() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QList<devices::Device> result;
    if (!query.exec(QStringLiteral(
            "SELECT mac, client_id, vendor_class, hostname, serial, ip, state, template,"
            " config_sha256, first_seen, last_seen, inventory FROM devices ORDER BY first_seen"))) {
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

void HistoryDatabase::saveLease(const dhcp::Lease &lease)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO leases "
                                 "(address, mac, client_id, hostname, expires, state) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(text(lease.address.toString()));
    query.addBindValue(text(QString::fromLatin1(lease.mac.toHex())));
    query.addBindValue(text(QString::fromLatin1(lease.clientId.toHex())));
    query.addBindValue(text(lease.hostname));
    query.addBindValue(isoTime(lease.expires));
    query.addBindValue(text(dhcp::leaseStateName(lease.state)));
    if (!query.exec())
        qCWarning(lcStorage).noquote() << "cannot save lease" << lease.address.toString() << ":"
                                       << query.lastError().text();
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

} // namespace ztp::storage
