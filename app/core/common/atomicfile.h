#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace ztp {

// Writes `data` to `path` so that a crash leaves either the old or the new file, never half of
// one (a temporary file renamed over the target). A target that exists but is not a regular
// file (/dev/null, /dev/stdout, a FIFO) is written directly instead: renaming over it would
// replace the device node with a plain file. The error names the path and the reason.
Status writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace ztp
