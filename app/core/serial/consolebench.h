#pragma once

#include "common/result.h"
#include "devices/device.h"
#include "serial/consolepush.h"

#include <QString>

namespace ztp::bench {
class BenchService;
}

namespace ztp::serial {

// The bench's record of the device a console session is for.
struct ConsoleDevice
{
    devices::Device device;
    // Key of its history events: the MAC as everywhere else in the history, or the serial
    // number for an inventory row that has no MAC.
    QString historyKey;
    bool inRegistry = false; // false: known from the inventory only, no DHCP seen yet
};

// Finds a device by serial number or MAC ("00:1c:73:1a:2b:3c", "001c.731a.2b3c" or
// "00-1C-73-1A-2B-3C"), first among the bench's device records, then in the inventory.
Result<ConsoleDevice> findConsoleDevice(const bench::BenchService &bench, const QString &key);

// Facts about a console push that go into its history event.
struct ConsolePushRecord
{
    QString portName;
    QString profileName;
    QString lineSettings;
    QString templateName;
    QString configurationSha256;
    QString transcript;
};

// Stores a push as a "console.push" history event of the device, with the transcript, and
// updates the device record: the serial number read from the console, and on success the state
// ConfigurationSent with the configuration's hash. Returns the event id.
Result<qint64> recordConsolePush(bench::BenchService &bench, ConsoleDevice &device,
                                 const PushResult &result, const ConsolePushRecord &record);

// Records a console session that was not a push (the terminal window) as "console.session".
Result<qint64> recordConsoleSession(bench::BenchService &bench, const QString &historyKey,
                                    const QString &portName, const QString &serialNumber,
                                    const QString &transcript);

} // namespace ztp::serial
