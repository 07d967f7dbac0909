#include "templates/revisionstore.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace ztp::templates {

namespace {

// Context of this file's messages in the translation files; lupdate reads it from the macro.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ztp::templates::RevisionStore)
};

// TODO: join the versioned history.sqlite migrations in storage/ instead of creating these here.
const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS template_revisions ("
    " id INTEGER PRIMARY KEY,"
    " template_name TEXT NOT NULL,"
    " sha256 TEXT NOT NULL,"
    " saved_at TEXT NOT NULL,"
    " source BLOB NOT NULL,"
    " UNIQUE (template_name, sha256))",
    "CREATE TABLE IF NOT EXISTS rendered_configurations ("
    " id INTEGER PRIMARY KEY,"
    " device_key TEXT NOT NULL,"
    " template_name TEXT NOT NULL,"
    " template_sha256 TEXT NOT NULL,"
    " config_sha256 TEXT NOT NULL,"
    " rendered_at TEXT NOT NULL,"
    " text BLOB NOT NULL)",
    "CREATE INDEX IF NOT EXISTS rendered_configurations_device"
    " ON rendered_configurations (device_key, config_sha256)",
};

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Error queryError(const QSqlQuery &query, const QString &action)
{
    qCWarning(lcTemplates).noquote() << action << "failed:" << query.lastError().text();
    return Error{Messages::tr("%1 failed in the history database: %2; check that history.sqlite is "
                    "writable and not damaged")
                     .arg(action, query.lastError().text())};
}

TemplateRevision revisionFromQuery(const QSqlQuery &query)
{
    TemplateRevision revision;
    revision.id = query.value(0).toLongLong();
    revision.templateName = query.value(1).toString();
    revision.sha256 = query.value(2).toString();
    revision.savedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    revision.savedAt.setTimeSpec(Qt::UTC);
    revision.source = query.value(4).toByteArray();
    return revision;
}

} // namespace

RevisionStore::RevisionStore()
    : m_connectionName(QStringLiteral("template-revisions-")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

RevisionStore::~RevisionStore()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool RevisionStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

Status RevisionStore::open(const QString &databasePath)
{
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.close();
    db.setDatabaseName(databasePath);
    if (!db.open())
        return Error{Messages::tr("Cannot open %1 for template revisions: %2")
                         .arg(databasePath, db.lastError().text())};

    QSqlQuery query(db);
    // The bench's history writer holds the same file open, so wait for its locks.
    query.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    for (const char *statement : schema) {
        if (!query.exec(QString::fromLatin1(statement)))
            return queryError(query, Messages::tr("Creating the template revision tables"));
    }
    qCInfo(lcTemplates).noquote() << "template revisions in" << databasePath;
    return Status::success();
}

Result<TemplateRevision> RevisionStore::saveRevision(const QString &templateName,
                                                     const QByteArray &source)
{
    const QString sha256 = sha256Hex(source);
    if (const auto existing = revision(templateName, sha256); !existing)
        return existing.error();
    else if (existing->has_value())
        return **existing;

    TemplateRevision saved;
    saved.templateName = templateName;
    saved.sha256 = sha256;
    saved.savedAt = QDateTime::currentDateTimeUtc();
    saved.source = source;

    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO template_revisions (template_name, sha256, saved_at, "
                                 "source) VALUES (?, ?, ?, ?)"));
    query.addBindValue(templateName);
    query.addBindValue(sha256);
    query.addBindValue(saved.savedAt.toString(Qt::ISODateWithMs));
    query.addBindValue(source);
    if (!query.exec())
        return queryError(query, Messages::tr("Saving a revision of %1").arg(templateName));

    saved.id = query.lastInsertId().toLongLong();
    qCInfo(lcTemplates).noquote() << "saved revision" << sha256 << "of" << templateName;
    return saved;
}

Result<QList<TemplateRevision>> RevisionStore::revisions(const QString &templateName) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id, template_name, sha256, saved_at, source FROM "
                                 "template_revisions WHERE template_name = ? ORDER BY id DESC"));
    query.addBindValue(templateName);
    if (!query.exec())
        return queryError(query, Messages::tr("Reading the revisions of %1").arg(templateName));

    QList<TemplateRevision> found;
    while (query.next())
        found.append(revisionFromQuery(query));
    return found;
}

Result<std::optional<TemplateRevision>> RevisionStore::revision(const QString &templateName,
                                                                 const QString &sha256) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id, template_name, sha256, saved_at, source FROM "
                                 "template_revisions WHERE template_name = ? AND sha256 = ?"));
    query.addBindValue(templateName);
    query.addBindValue(sha256);
    if (!query.exec())
        return queryError(query, Messages::tr("Reading revision %1 of %2").arg(sha256, templateName));
    if (!query.next())
        return std::optional<TemplateRevision>();
    return std::optional<TemplateRevision>(revisionFromQuery(query));
}

Status RevisionStore::saveRenderedConfiguration(const QString &deviceKey, const QString &templateName,
                                                const QString &templateSha256, const QByteArray &text)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO rendered_configurations (device_key, template_name, "
                                 "template_sha256, config_sha256, rendered_at, text) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(deviceKey);
    query.addBindValue(templateName);
    query.addBindValue(templateSha256);
    query.addBindValue(sha256Hex(text));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(text);
    if (!query.exec())
        return queryError(query, Messages::tr("Saving the configuration rendered for %1").arg(deviceKey));

    QSqlQuery prune(db);
    prune.prepare(QStringLiteral("DELETE FROM rendered_configurations WHERE device_key = ? AND id NOT "
                                 "IN (SELECT id FROM rendered_configurations WHERE device_key = ? "
                                 "ORDER BY id DESC LIMIT ?)"));
    prune.addBindValue(deviceKey);
    prune.addBindValue(deviceKey);
    prune.addBindValue(keptRenderedPerDevice);
    if (!prune.exec())
        return queryError(prune, Messages::tr("Pruning the configurations rendered for %1").arg(deviceKey));
    return Status::success();
}

Result<std::optional<QByteArray>> RevisionStore::renderedConfiguration(const QString &deviceKey,
                                                                       const QString &configSha256) const
{
    const Result<std::optional<RenderedConfigurationRecord>> found
        = findRenderedConfiguration(deviceKey, configSha256);
    if (!found)
        return found.error();
    if (!found->has_value())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>((*found)->text);
}

Result<std::optional<RenderedConfigurationRecord>> RevisionStore::findRenderedConfiguration(
    const QString &deviceKey, const QString &configSha256) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id, device_key, template_name, template_sha256, config_sha256, "
                                 "rendered_at, text FROM rendered_configurations WHERE device_key = ? "
                                 "AND config_sha256 = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(deviceKey);
    query.addBindValue(configSha256);
    if (!query.exec())
        return queryError(query, Messages::tr("Reading the configuration sent to %1").arg(deviceKey));
    if (!query.next())
        return std::optional<RenderedConfigurationRecord>();

    RenderedConfigurationRecord record;
    record.id = query.value(0).toLongLong();
    record.deviceKey = query.value(1).toString();
    record.templateName = query.value(2).toString();
    record.templateSha256 = query.value(3).toString();
    record.configSha256 = query.value(4).toString();
    record.renderedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    record.renderedAt.setTimeSpec(Qt::UTC);
    record.text = query.value(6).toByteArray();
    return std::optional<RenderedConfigurationRecord>(record);
}

} // namespace ztp::templates
