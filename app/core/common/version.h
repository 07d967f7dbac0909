#pragma once

#include <QString>

namespace ztp {

inline QString applicationVersion()
{
    return QStringLiteral(ZTPW_VERSION);
}

} // namespace ztp
