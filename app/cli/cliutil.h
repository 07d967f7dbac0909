#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

// Helpers every `ztpw` subcommand uses: translation, standard error, option parsing.
namespace ztp::cli {

QString tr(const char *text);
QTextStream &err();

// Parses a subcommand's options; returns false after printing help (*exitCode 0) or an error
// (*exitCode 2).
bool parseOptions(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                  int *exitCode);

// parseOptions() for a command that works on a workspace: --workspace, added by the caller, must
// then have a value.
bool parseWorkspaceOptions(QCommandLineParser &parser, const QString &command,
                           const QStringList &arguments, int *exitCode);

// True when the option has a value; otherwise prints which option is missing and returns false.
bool requireOption(const QCommandLineParser &parser, const QString &name, const QString &command);

} // namespace ztp::cli
