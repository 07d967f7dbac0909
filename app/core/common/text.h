#pragma once

#include <QChar>

namespace ztp {

// Returns true for C0 controls, DEL and C1 controls. They must not reach a hostname, a serial
// number, a configuration line or a terminal, because they break lines or start escape sequences.
inline bool isControlCharacter(QChar c)
{
    const char16_t code = c.unicode();
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

} // namespace ztp
