#include "serial/consolebench.h"

#include "bench/benchservice.h"
#include "common/logging.h"
#include "platform/netplatform.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ztp::serial {

namespace {

// Context of this file's messages in the translation files; lupdate reads it from the macro.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ztp::serial::ConsoleBench)
};

ConsoleDevice fromInventory(const workspace::InventoryEntry &entry)
{
    ConsoleDevice found;
    found.device.mac = entry.mac;
    found.device.serial = entry.serial;
    found.device.hostname = entry.hostname;
    found.device.inventory = entry.variables;
    found.historyKey = entry.mac.isEmpty() ? entry.serial : found.device.key();
    return found;
}

ConsoleDevice fromRegistry(const devices::Device &device)
{
    return ConsoleDevice {device, device.key(), true};
}

Result<qint64> storeEvent(bench::BenchService &bench, const QString &kind, const QString &key,
                          const QString &summary, const QJsonObject &details)
{
    storage::HistoryEvent event;
    event.time = QDateTime::currentDateTimeUtc();
    event.kind = kind;
    event.deviceKey = key;
    event.summary = summary;
    event.details = details;
    qCInfo(lcSerial).noquote() << kind << summary;
    if (!bench.history())
        return Error {
            Messages::tr("No workspace is open, so the console session cannot be stored.")};
    return bench.history()->recordEvent(event);
}

} // namespace

Result<ConsoleDevice> findConsoleDevice(const bench::BenchService &bench, const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty())
        return Error {Messages::tr("No device given. Name it by serial number or MAC address.")};
    if (!bench.hasWorkspace())
        return Error {Messages::tr("No workspace is open.")};

    // A 12-digit hexadecimal serial number also parses as a MAC. So a MAC match counts only
    // when a device has that MAC, and otherwise the key is tried as a serial number.
    const QByteArray mac = platform::parseMac(trimmed);
    if (!mac.isEmpty()) {
        if (const auto device = bench.devices()->find(mac))
            return fromRegistry(*device);
    }
    for (const devices::Device &device : bench.devices()->devices()) {
        if (!device.serial.isEmpty() && device.serial.compare(trimmed, Qt::CaseInsensitive) == 0)
            return fromRegistry(device);
    }

    const workspace::Inventory &inventory = bench.workspace()->inventory();
    if (!mac.isEmpty()) {
        if (const workspace::InventoryEntry *entry = inventory.findByMac(mac))
            return fromInventory(*entry);
    }
    for (const workspace::InventoryEntry &entry : inventory.entries()) {
        if (!entry.serial.isEmpty() && entry.serial.compare(trimmed, Qt::CaseInsensitive) == 0)
            return fromInventory(entry);
    }

    return Error {
        Messages::tr("No device with serial number or MAC '%1' in the workspace's devices or "
                     "inventory.csv. Add a row for it to inventory.csv, or use a key that "
                     "'ztpw export' lists.")
            .arg(trimmed)};
}

Result<qint64> recordConsolePush(bench::BenchService &bench, ConsoleDevice &device,
                                 const PushResult &result, const ConsolePushRecord &record)
{
    const QString summary = result.success
        ? QStringLiteral("console push of %1 lines to %2 over %3 finished")
              .arg(result.linesSent)
              .arg(device.historyKey, record.portName)
        : result.failedLineNumber > 0
        ? QStringLiteral("console push to %1 over %2 stopped at line %3 '%4': %5")
              .arg(device.historyKey, record.portName)
              .arg(result.failedLineNumber)
              .arg(result.failedLine, result.deviceError.section(QLatin1Char('\n'), -1))
        : QStringLiteral("console push to %1 over %2 failed: %3")
              .arg(device.historyKey, record.portName, result.error);

    const QJsonObject details {
        {QStringLiteral("port"), record.portName},
        {QStringLiteral("profile"), record.profileName},
        {QStringLiteral("lineSettings"), record.lineSettings},
        {QStringLiteral("template"), record.templateName},
        {QStringLiteral("sha256"), record.configurationSha256},
        {QStringLiteral("result"), result.success ? QStringLiteral("ok") : QStringLiteral("failed")},
        {QStringLiteral("aborted"), result.aborted},
        {QStringLiteral("error"), result.error},
        {QStringLiteral("linesSent"), result.linesSent},
        {QStringLiteral("linesTotal"), result.linesTotal},
        {QStringLiteral("failedLineNumber"), result.failedLineNumber},
        {QStringLiteral("failedLine"), result.failedLine},
        {QStringLiteral("deviceError"), result.deviceError},
        {QStringLiteral("serialNumber"), result.serialNumber},
        {QStringLiteral("reconnects"), result.reconnects},
        {QStringLiteral("elapsedMs"), double(result.elapsedMs)},
        {QStringLiteral("transcript"), record.transcript},
    };
    const Result<qint64> id = storeEvent(bench, QStringLiteral("console.push"), device.historyKey,
                                         summary, details);

    // The device record is keyed by MAC: an inventory row without one has no record to update.
    if (device.device.mac.isEmpty())
        return id;

    devices::Device updated = device.device;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!device.inRegistry)
        updated.firstSeen = now;
    updated.lastSeen = now;
    if (!result.serialNumber.isEmpty() && updated.serial.isEmpty())
        updated.serial = result.serialNumber;
    if (result.success) {
        updated.state = devices::DeviceState::ConfigurationSent;
        updated.configSha256 = record.configurationSha256;
        updated.templateName = record.templateName;
    } else if (result.linesSent > 0) {
        // Part of the configuration is on the device: the technician has to look at it.
        updated.state = devices::DeviceState::Failed;
    }
    bench.devices()->upsert(updated);
    if (bench.history())
        bench.history()->saveDevice(updated);
    device.device = updated;
    device.inRegistry = true;
    return id;
}

Result<qint64> recordConsoleSession(bench::BenchService &bench, const QString &historyKey,
                                    const QString &portName, const QString &serialNumber,
                                    const QString &transcript)
{
    const QJsonObject details {
        {QStringLiteral("port"), portName},
        {QStringLiteral("serialNumber"), serialNumber},
        {QStringLiteral("transcript"), transcript},
    };
    return storeEvent(bench, QStringLiteral("console.session"), historyKey,
                      QStringLiteral("console session on %1").arg(portName), details);
}

} // namespace ztp::serial
