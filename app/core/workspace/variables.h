#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <mutex>

namespace ztp::workspace {

// Source of a top-level template variable's value, in rising precedence.
enum class VariableSource {
    BuiltIn,    // hostname, mac, ip, serial, ... from the device record
    Workspace,  // variables.json
    Inventory,  // a column of inventory.csv
    DeviceFile, // variables/<serial or MAC>.json
};

QString variableSourceName(VariableSource source);

// One variables file as parsed: its values and the names it marks secret.
struct VariableFile
{
    QVariantMap values;
    QSet<QString> secrets;
};

// A device's template variables after merging every source.
struct DeviceVariables
{
    QVariantMap values;
    QHash<QString, VariableSource> sources; // top-level name -> source of its value
    QSet<QString> secrets;                  // top-level names marked secret in any file
    QString deviceFile;                     // per-device file used; empty when there is none

    // Returns `text` with the string form of every secret value (and of every string or number
    // inside a secret list or map) replaced by "<secret:NAME>", for previews and logs.
    QString redact(const QString &text) const;
};

// Reads the workspace's variable files and merges them with a device's built-ins and inventory
// columns. Precedence, lowest first: built-ins, variables.json, inventory columns, the
// per-device file. A later source replaces a top-level name as a whole; maps are not merged.
// variables.json replaces a built-in only where the device's own value is empty.
//
// Both files are JSON objects. The reserved key "$secrets" lists top-level names whose values
// must not be shown or logged. "$" cannot start a Jinja2 name, so the key never shadows a
// variable. Example variables.json:
//   {"ntp_server": "10.0.0.1", "enable_secret": "s3cr3t", "$secrets": ["enable_secret"]}
//
// The per-device file is variables/<serial>.json or variables/<MAC>.json, with the MAC written
// 00:1c:73:1a:2b:3c, 00-1c-73-1a-2b-3c or 001c731a2b3c in either case. Finding more than one
// file for a device is an error, so no file is silently ignored.
//
// Files are read again when their modification time or size changes. Thread-safe.
class VariableResolver
{
public:
    explicit VariableResolver(const QString &workspaceRoot);

    QString workspaceFilePath() const;  // <root>/variables.json
    QString deviceFolderPath() const;   // <root>/variables

    // The built-in names a template can use on every device, for the variable palette.
    static QStringList builtInNames();

    // The lower-case vendor for the built-in `vendor`: from the platform the device reported
    // ("cisco-pnp" gives "cisco"), else from the first word of its DHCP vendor class
    // ("Arista;DCS-7050" gives "arista"), else empty.
    static QString vendorName(const QString &platform, const QString &vendorClass);

    // Parses one variables file. `fileName` only names the file in error messages.
    static Result<VariableFile> parse(const QByteArray &json, const QString &fileName);

    // variables.json, or empty values when the file does not exist.
    Result<VariableFile> workspaceVariables() const;

    // Merges the sources for one device. `mac` is the device key (00:1c:73:1a:2b:3c) or empty.
    Result<DeviceVariables> resolve(const QVariantMap &builtIns, const QVariantMap &inventoryColumns,
                                    const QString &serial, const QString &mac) const;

    // The per-device file for a serial or MAC: its path, an empty string when there is none, or
    // an error when several files match.
    Result<QString> findDeviceFile(const QString &serial, const QString &mac) const;

private:
    QString m_root;

    struct CachedFile
    {
        QDateTime modified;
        qint64 size = -1;
        VariableFile file;
    };
    Result<VariableFile> readCached(const QString &path) const;

    mutable std::mutex m_mutex;
    mutable QHash<QString, CachedFile> m_cache;
};

} // namespace ztp::workspace
