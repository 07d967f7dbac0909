#include "workspace/variables.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ztp::workspace {

namespace {

// Context of this file's messages in the translation files; lupdate reads it from the macro.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ztp::workspace::VariableResolver)
};

const QLatin1String secretsKey("$secrets");

// Converts a byte offset from QJsonParseError into a 1-based line and column.
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype index = 0; index < offset && index < data.size(); ++index) {
        if (data.at(index) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

void collectSecretTexts(const QVariant &value, QStringList &texts)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap:
        for (const QVariant &item : value.toMap())
            collectSecretTexts(item, texts);
        return;
    case QMetaType::QVariantList:
        for (const QVariant &item : value.toList())
            collectSecretTexts(item, texts);
        return;
    case QMetaType::Nullptr:
    case QMetaType::Bool:
        return;
    default:
        break;
    }
    const QString text = value.toString();
    if (!text.isEmpty())
        texts.append(text);
}

} // namespace

QString variableSourceName(VariableSource source)
{
    switch (source) {
    case VariableSource::BuiltIn:
        return QStringLiteral("built-in");
    case VariableSource::Workspace:
        return QStringLiteral("variables.json");
    case VariableSource::Inventory:
        return QStringLiteral("inventory");
    case VariableSource::DeviceFile:
        return QStringLiteral("device file");
    }
    return QString();
}

QString DeviceVariables::redact(const QString &text) const
{
    QString result = text;
    for (const QString &name : secrets) {
        QStringList texts;
        collectSecretTexts(values.value(name), texts);

        // Longest first, so a secret that contains another is replaced as a whole.
        std::sort(texts.begin(), texts.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &secret : texts)
            result.replace(secret, QStringLiteral("<secret:%1>").arg(name));
    }
    return result;
}

VariableResolver::VariableResolver(const QString &workspaceRoot)
    : m_root(workspaceRoot)
{
}

QString VariableResolver::workspaceFilePath() const
{
    return QDir(m_root).filePath(QStringLiteral("variables.json"));
}

QString VariableResolver::deviceFolderPath() const
{
    return QDir(m_root).filePath(QStringLiteral("variables"));
}

QStringList VariableResolver::builtInNames()
{
    return {QStringLiteral("hostname"),      QStringLiteral("mac"),
            QStringLiteral("ip"),            QStringLiteral("serial"),
            QStringLiteral("model"),         QStringLiteral("vendor"),
            QStringLiteral("vendor_class"),  QStringLiteral("platform"),
            QStringLiteral("software_version"), QStringLiteral("image")};
}

QString VariableResolver::vendorName(const QString &platform, const QString &vendorClass)
{
    static const QHash<QString, QString> platformVendors {
        {QStringLiteral("cisco-pnp"), QStringLiteral("cisco")},
        {QStringLiteral("arista"), QStringLiteral("arista")},
        {QStringLiteral("cumulus"), QStringLiteral("nvidia")},
    };
    if (const auto vendor = platformVendors.constFind(platform); vendor != platformVendors.constEnd())
        return *vendor;

    static const QStringList classVendors {QStringLiteral("cisco"), QStringLiteral("arista"),
                                           QStringLiteral("juniper"), QStringLiteral("aruba"),
                                           QStringLiteral("hpe"), QStringLiteral("dell"),
                                           QStringLiteral("extreme"), QStringLiteral("nokia"),
                                           QStringLiteral("mikrotik"), QStringLiteral("ubiquiti")};
    const QString lower = vendorClass.toLower();
    for (const QString &vendor : classVendors) {
        if (lower.startsWith(vendor))
            return vendor;
    }
    return QString();
}

Result<VariableFile> VariableResolver::parse(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        return Error {Messages::tr("%1:%2:%3: invalid JSON: %4; fix the file or remove it")
                          .arg(fileName)
                          .arg(line)
                          .arg(column)
                          .arg(parseError.errorString())};
    }
    if (!document.isObject())
        return Error {
            Messages::tr("%1: the file must contain one JSON object of variable names and values, "
                         "for example {\"ntp_server\": \"10.0.0.1\"}")
                .arg(fileName)};

    QJsonObject object = document.object();
    VariableFile file;
    const QJsonValue secrets = object.take(secretsKey);
    if (!secrets.isUndefined()) {
        if (!secrets.isArray())
            return Error {
                Messages::tr("%1: \"$secrets\" must be a list of variable names, for example "
                             "[\"enable_secret\"]")
                    .arg(fileName)};
        for (const QJsonValue &name : secrets.toArray()) {
            if (!name.isString())
                return Error {
                    Messages::tr("%1: \"$secrets\" contains %2, which is not a variable name; "
                                 "list names as strings")
                        .arg(fileName,
                            QString::fromUtf8(
                                QJsonDocument(QJsonArray {name}).toJson(QJsonDocument::Compact)))};
            file.secrets.insert(name.toString());
        }
    }
    file.values = object.toVariantMap();
    return file;
}

Result<VariableFile> VariableResolver::readCached(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return VariableFile{};

    {
        std::lock_guard lock(m_mutex);
        const auto cached = m_cache.constFind(path);
        if (cached != m_cache.constEnd() && cached->modified == info.lastModified()
            && cached->size == info.size())
            return cached->file;
    }

    QFile handle(path);
    if (!handle.open(QIODevice::ReadOnly))
        return Error {Messages::tr("Cannot read %1: %2; check its permissions")
                          .arg(path, handle.errorString())};
    Result<VariableFile> parsed = parse(handle.readAll(), path);
    if (!parsed) {
        qCWarning(lcWorkspace).noquote() << parsed.errorString();
        return parsed;
    }

    std::lock_guard lock(m_mutex);
    m_cache.insert(path, CachedFile{info.lastModified(), info.size(), *parsed});
    return parsed;
}

Result<VariableFile> VariableResolver::workspaceVariables() const
{
    return readCached(workspaceFilePath());
}

Result<QString> VariableResolver::findDeviceFile(const QString &serial, const QString &mac) const
{
    const QDir folder(deviceFolderPath());
    if (!folder.exists())
        return QString();

    QStringList stems;
    if (!serial.isEmpty())
        stems << serial.toLower();
    if (!mac.isEmpty()) {
        const QString colons = mac.toLower();
        QString hyphens = colons;
        hyphens.replace(QLatin1Char(':'), QLatin1Char('-'));
        QString bare = colons;
        bare.remove(QLatin1Char(':'));
        stems << colons << hyphens << bare;
    }

    // Matched without regard to case, because serials and MACs are written both ways.
    QStringList matches;
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &file : files) {
        const QString stem = file.chopped(5).toLower();
        if (stems.contains(stem))
            matches << folder.filePath(file);
    }

    if (matches.size() > 1)
        return Error {
            Messages::tr("Several variable files match device %1 (serial %2): %3; merge them into "
                         "one and delete the others")
                .arg(mac.isEmpty() ? QStringLiteral("-") : mac,
                    serial.isEmpty() ? QStringLiteral("-") : serial,
                    matches.join(QStringLiteral(", ")))};
    return matches.isEmpty() ? QString() : matches.first();
}

Result<DeviceVariables> VariableResolver::resolve(const QVariantMap &builtIns,
                                                  const QVariantMap &inventoryColumns,
                                                  const QString &serial, const QString &mac) const
{
    const Result<VariableFile> workspaceFile = workspaceVariables();
    if (!workspaceFile)
        return workspaceFile.error();
    const Result<QString> devicePath = findDeviceFile(serial, mac);
    if (!devicePath)
        return devicePath.error();
    VariableFile deviceFile;
    if (!devicePath->isEmpty()) {
        const Result<VariableFile> read = readCached(*devicePath);
        if (!read)
            return read.error();
        deviceFile = *read;
    }

    DeviceVariables merged;
    merged.deviceFile = *devicePath;
    const auto layer = [&merged](const QVariantMap &values, VariableSource source) {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            merged.values.insert(it.key(), it.value());
            merged.sources.insert(it.key(), source);
        }
    };
    layer(builtIns, VariableSource::BuiltIn);

    // variables.json is shared by every device, so it fills in a built-in only where the device
    // has no value: a workspace-wide "hostname" must not rename every known device.
    QVariantMap workspaceDefaults = workspaceFile->values;
    for (auto it = builtIns.cbegin(); it != builtIns.cend(); ++it) {
        if (!it.value().toString().isEmpty())
            workspaceDefaults.remove(it.key());
    }
    layer(workspaceDefaults, VariableSource::Workspace);
    layer(inventoryColumns, VariableSource::Inventory);
    layer(deviceFile.values, VariableSource::DeviceFile);
    merged.secrets = workspaceFile->secrets + deviceFile.secrets;
    return merged;
}

} // namespace ztp::workspace
