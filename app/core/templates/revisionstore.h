#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ztp::templates {

// One saved state of a template file.
struct TemplateRevision
{
    qint64 id = 0;
    QString templateName;
    QString sha256; // hex SHA-256 of `source`, the same value as Template::sourceSha256()
    QDateTime savedAt; // UTC
    QByteArray source;
};

// A configuration rendered for a device and stored when it was served.
struct RenderedConfigurationRecord
{
    qint64 id = 0;
    QString deviceKey;
    QString templateName;
    QString templateSha256; // hex SHA-256 of the template revision that rendered it
    QString configSha256;   // hex SHA-256 of `text`
    QDateTime renderedAt;   // UTC
    QByteArray text;
};

// Template revisions and the configurations rendered for devices, in the workspace's
// history.sqlite. The editor saves a revision on every save, and the bench stores each
// configuration it renders for a transfer so that the preview can diff against what a device
// received. Uses its own connection, so one instance belongs to the thread that opened it.
class RevisionStore
{
public:
    RevisionStore();
    ~RevisionStore();

    RevisionStore(const RevisionStore &) = delete;
    RevisionStore &operator=(const RevisionStore &) = delete;

    // Opens (or creates) the database file and the two tables.
    Status open(const QString &databasePath);
    bool isOpen() const;

    // Stores `source` as a revision of `templateName`. Saving content that is already stored for
    // that name returns the existing revision instead of adding a duplicate.
    Result<TemplateRevision> saveRevision(const QString &templateName, const QByteArray &source);
    // The revisions of one template, newest first.
    Result<QList<TemplateRevision>> revisions(const QString &templateName) const;
    Result<std::optional<TemplateRevision>> revision(const QString &templateName,
                                                     const QString &sha256) const;

    // Stores a configuration rendered for a device. Only the latest keptRenderedPerDevice
    // configurations of each device are kept.
    Status saveRenderedConfiguration(const QString &deviceKey, const QString &templateName,
                                     const QString &templateSha256, const QByteArray &text);
    // Returns the configuration stored for a device whose SHA-256 is `configSha256`, such as the
    // one in the device record after a transfer. Returns an empty optional when none is stored.
    Result<std::optional<QByteArray>> renderedConfiguration(const QString &deviceKey,
                                                            const QString &configSha256) const;
    // Like renderedConfiguration(), with the template revision that rendered it.
    Result<std::optional<RenderedConfigurationRecord>> findRenderedConfiguration(
        const QString &deviceKey, const QString &configSha256) const;

    static constexpr int keptRenderedPerDevice = 10;

private:
    QString m_connectionName;
};

} // namespace ztp::templates
