#pragma once

#include <QStringList>

// The `ztpw` subcommands for reports and the history; each takes the arguments after the
// command name and returns the exit code.
int runExport(const QStringList &arguments);
int runEvidence(const QStringList &arguments);
int runVerifyReport(const QStringList &arguments);
int runHistory(const QStringList &arguments);
