#pragma once

#include <QStringList>

// `ztpw console SUBCOMMAND`: ports, profiles, push and xmodem. Takes the arguments after
// "console" and returns the exit code: 0 on success, 1 when the work failed, 2 for bad usage.
int runConsole(const QStringList &arguments);
