#pragma once

#include "common/result.h"
#include "devices/device.h"
#include "http/httprequest.h"

#include <QHostAddress>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace ztp::http {

// A configuration rendered for a device, and the template revision that rendered it.
struct RenderedText
{
    QByteArray text;
    QString templateName;
    QString templateSha256; // hex SHA-256 of the template source
};

// The bench functions that the ZTP endpoints call. BenchService provides them, and tests use
// a small in-memory bench.
struct ZtpBackend
{
    // The device that holds a bound lease on this address.
    std::function<std::optional<devices::Device>(const QHostAddress &address)> deviceForAddress;
    // The device with this MAC; with `create`, a new record (completed from its inventory row)
    // for a device that never sent DHCP, as a device with a static address does.
    std::function<std::optional<devices::Device>(const QByteArray &mac, bool create)> deviceForMac;
    // The device whose record or inventory row has this serial number.
    std::function<std::optional<devices::Device>(const QString &serial)> deviceForSerial;
    // Optional: merges the identity headers of a request from `source` into the device records
    // with the merge rules, creating a record when the headers carry a MAC that none has, and
    // returns the device. Empty when the headers identify no device.
    std::function<std::optional<devices::Device>(const QHostAddress &source, const HeaderList &headers)>
        identifyByHeaders;
    // Renders `templateName` (a file under templates/) for the device; the device's inventory
    // map contains any extra variables.
    std::function<Result<RenderedText>(const devices::Device &device, const QString &templateName)>
        render;
    // Optional. Receives a rendered configuration as the endpoints serve it, after any change
    // they make (the Cumulus marker line), so that the bench can keep what the device received.
    std::function<void(const devices::Device &device, const RenderedText &served)>
        configurationServed;
    // Optional. Returns true when a plain file name is the device's own configuration, such as
    // the "<serial>.conf" a Junos profile sends. Such a name is rendered, not read from files/.
    std::function<bool(const QString &fileName, const devices::Device &device)> isConfigurationName;
    std::function<void(const devices::Device &device)> updateDevice;
    // Stores one event in the history, shown in the device's timeline.
    std::function<void(const QString &kind, const QString &deviceKey, const QString &summary,
        const QJsonObject &details)>
        record;
};

// A copy of the device whose inventory map also contains what HTTP agents add for templates:
// platform, model, software_version, server_url ("http://10.0.0.1") and headers (the vendor
// headers of the request, lower-case names).
devices::Device withTemplateVariables(
    const devices::Device &device, const QString &serverUrl, const QVariantMap &headers = {});

} // namespace ztp::http
