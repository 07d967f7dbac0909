#include "cliutil.h"

#include <QCoreApplication>

namespace ztp::cli {

QString tr(const char *text)
{
    return QCoreApplication::translate("ztpw", text);
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool parseOptions(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                  int *exitCode)
{
    parser.addHelpOption();
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("ztpw ") + command);
    if (!parser.parse(argv)) {
        err() << parser.errorText() << '\n'
              << tr("Run 'ztpw %1 --help' for its options.\n").arg(command);
        err().flush();
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // helpText() names the program by its path; the usage line names the command instead.
        QString help = parser.helpText();
        const QString usage = QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0);
        if (help.startsWith(usage))
            help.replace(0, usage.size(), QStringLiteral("Usage: ztpw ") + command);
        QTextStream(stdout) << help;
        *exitCode = 0;
        return false;
    }
    return true;
}

bool parseWorkspaceOptions(QCommandLineParser &parser, const QString &command,
                           const QStringList &arguments, int *exitCode)
{
    if (!parseOptions(parser, command, arguments, exitCode))
        return false;
    if (!requireOption(parser, QStringLiteral("workspace"), command)) {
        *exitCode = 2;
        return false;
    }
    return true;
}

bool requireOption(const QCommandLineParser &parser, const QString &name, const QString &command)
{
    if (parser.isSet(name) && !parser.value(name).isEmpty())
        return true;
    err() << tr("Missing --%1. Run 'ztpw %2 --help' for its options.\n").arg(name, command);
    err().flush();
    return false;
}

} // namespace ztp::cli
