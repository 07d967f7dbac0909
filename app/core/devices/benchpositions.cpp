#include "devices/benchpositions.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>


namespace ztp::devices {

namespace {

// Context of this file's messages in the translation files; lupdate reads it from the macro.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ztp::devices::BenchPositions)
};

} // namespace

Result<BenchPositions> loadBenchPositions(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return BenchPositions();
    if (!file.open(QIODevice::ReadOnly))
        return Error{Messages::tr("Cannot read %1: %2").arg(path, file.errorString())};
    return benchPositionsFromJson(file.readAll(), path);
}

Result<BenchPositions> benchPositionsFromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Messages::tr("%1: invalid JSON at offset %2: %3")
                         .arg(fileName)
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    if (!document.isObject() || !document.object().value(QStringLiteral("positions")).isObject())
        return Error{Messages::tr("%1: expected an object with a \"positions\" object that maps circuit ids "
                        "to position names")
                         .arg(fileName)};

    BenchPositions positions;
    const QJsonObject object = document.object().value(QStringLiteral("positions")).toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return Error{Messages::tr("%1, key 'positions.%2': expected the position's name as a string")
                             .arg(fileName, it.key())};
        positions.insert(it.key(), it.value().toString().trimmed());
    }
    return positions;
}

QByteArray benchPositionsToJson(const BenchPositions &positions)
{
    QJsonObject object;
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject {{QStringLiteral("positions"), object}}).toJson(QJsonDocument::Indented);
}

Status saveBenchPositions(const BenchPositions &positions, const QString &path)
{
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it) {
        if (it.key().isEmpty() || it.value().trimmed().isEmpty())
            return Error{Messages::tr("Circuit id '%1' has no position name; enter both or remove the row.")
                             .arg(it.key())};
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(benchPositionsToJson(positions)) < 0 || !file.commit())
        return Error{Messages::tr("Cannot write %1: %2").arg(path, file.errorString())};
    qCInfo(lcDevices).noquote() << "saved" << positions.size() << "bench positions to" << path;
    return Status::success();
}

} // namespace ztp::devices
