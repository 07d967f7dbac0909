#pragma once

#include <QStringList>

// Each `ztpw` subcommand: takes the arguments after the command name, returns the exit code.
int runInit(const QStringList &arguments);
int runServe(const QStringList &arguments);
int runInterfaces(const QStringList &arguments);
