#pragma once

#include <QStringList>

// The `ztpw` subcommands for templates; each takes the arguments after the command name and
// returns the exit code.
int runRender(const QStringList &arguments);
int runLint(const QStringList &arguments);
