#pragma once

#include <QLatin1String>

namespace ztp::ui::editor {

// Drag-and-drop formats between the editor's panels and the device table.
inline const QLatin1String variableMimeType("application/x-ztpw-variable"); // UTF-8 variable name
inline const QLatin1String templateMimeType("application/x-ztpw-template"); // UTF-8 template name

} // namespace ztp::ui::editor
