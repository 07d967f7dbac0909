#pragma once

#include <QColor>
#include <QIcon>

namespace ztp::devices {
enum class DeviceState;
}

namespace ztp::models {

// The technician's name of a state, translated ("Configuration sent").
QString stateText(devices::DeviceState state);

// The colour of each provisioning state, shared by the table, its icons and the detail panel.
QColor stateColor(devices::DeviceState state);

// A small icon per state: a disc in the state's colour with a symbol, so that the state reads
// without colour too. Discovered has a dot, leased an arrow, sent and done a tick, failed a
// cross and stalled a pause sign. Icons are painted once and cached, and need a QGuiApplication.
QIcon stateIcon(devices::DeviceState state);

} // namespace ztp::models
