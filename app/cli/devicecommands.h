#pragma once

#include <QStringList>

// The `ztpw devices` and `ztpw inventory` subcommands; each takes the arguments after the
// command name and returns the exit code.
int runDevices(const QStringList &arguments);
int runInventory(const QStringList &arguments);
