#pragma once

#include "common/result.h"

#include <QHash>
#include <QString>

namespace ztp::devices {

// The technician's names for bench positions, keyed by the DHCP option 82 circuit id that the
// bench switch inserts for each port ("Gi1/0/7" -> "rack A, slot 3"). Stored in the workspace
// as bench-positions.json: {"positions": {"Gi1/0/7": "rack A, slot 3", ...}}.
using BenchPositions = QHash<QString, QString>;

// A missing file is an empty mapping. Errors name the file and the key at fault.
Result<BenchPositions> loadBenchPositions(const QString &path);
Result<BenchPositions> benchPositionsFromJson(const QByteArray &json, const QString &fileName);
QByteArray benchPositionsToJson(const BenchPositions &positions);
// Writes the file atomically. Empty circuit ids and names are rejected, naming the row.
Status saveBenchPositions(const BenchPositions &positions, const QString &path);

} // namespace ztp::devices
