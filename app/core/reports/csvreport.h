#pragma once

#include "common/result.h"
#include "devices/device.h"

#include <QList>

namespace ztp::reports {

// Writes one row per device: MAC, serial, hostname, IP, template, SHA-256 of the configuration
// sent, first seen, last seen, state. RFC 4180 quoting; UTF-8 without byte order mark.
QByteArray deviceReportCsv(const QList<devices::Device> &devices);

// Writes the report atomically to `path`.
Status writeDeviceReportCsv(const QList<devices::Device> &devices, const QString &path);

} // namespace ztp::reports
