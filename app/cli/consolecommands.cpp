#include "consolecommands.h"
#include "cliutil.h"

#include "bench/benchservice.h"
#include "serial/consolebench.h"
#include "serial/consoleport.h"
#include "serial/consoleprofile.h"
#include "serial/consolepush.h"
#include "serial/portwatcher.h"
#include "serial/xmodemsender.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace {

using namespace ztp::cli;

using namespace ztp::serial;

// The environment variable that carries the console password, so it never shows in `ps`.
const char PasswordVariable[] = "ZTPW_CONSOLE_PASSWORD";

// Reads a whole-number option in [minimum, maximum]. Prints the error and returns nullopt if invalid.
std::optional<int> intOption(const QCommandLineParser &parser, const QString &name, int fallback,
                             int minimum, int maximum)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        QTextStream(stderr) << tr("--%1 is '%2'; give a whole number from %3 to %4.\n")
                                   .arg(name, parser.value(name))
                                   .arg(minimum)
                                   .arg(maximum);
        return std::nullopt;
    }
    return value;
}

QCommandLineOption portOption()
{
    return QCommandLineOption(QStringList {QStringLiteral("p"), QStringLiteral("port")},
                              tr("Serial port: a name from 'ztpw console ports' (ttyUSB0) or a "
                                 "path (/dev/ttyUSB0)."),
                              QStringLiteral("PORT"));
}

QCommandLineOption profileOption()
{
    return QCommandLineOption(QStringLiteral("profile"),
                              tr("Console profile: a built-in name from 'ztpw console profiles' or "
                                 "the path of a .json profile file."),
                              QStringLiteral("NAME"), QStringLiteral("cisco-ios"));
}

QCommandLineOption baudOption()
{
    return QCommandLineOption(QStringLiteral("baud"),
                              tr("Baud rate, in place of the profile's."), QStringLiteral("RATE"));
}

int runPorts(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the serial ports with their USB adapter details."));
    int exitCode = 0;
    if (!parseOptions(parser, QStringLiteral("console ports"), arguments, &exitCode))
        return exitCode;

    QTextStream out(stdout);
    for (const PortDescription &port : availablePorts()) {
        out << port.systemLocation << '\t' << (port.usbId().isEmpty() ? QStringLiteral("-") : port.usbId())
            << '\t' << port.description << '\t' << port.manufacturer << '\t' << port.serialNumber << '\n';
    }
    return 0;
}

int runProfiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the built-in console profiles."));
    int exitCode = 0;
    if (!parseOptions(parser, QStringLiteral("console profiles"), arguments, &exitCode))
        return exitCode;

    QTextStream out(stdout);
    for (const QString &name : ConsoleProfile::builtInNames()) {
        const auto profile = ConsoleProfile::load(name);
        out << name << '\t'
            << (profile ? profile->line.toString() + QStringLiteral("\t") + profile->description
                        : profile.errorString())
            << '\n';
    }
    return 0;
}

// Loads the profile and applies --baud. Prints the error and returns nullopt on failure.
std::optional<ConsoleProfile> profileFrom(const QCommandLineParser &parser)
{
    const auto profile = ConsoleProfile::load(parser.value(QStringLiteral("profile")));
    if (!profile) {
        QTextStream(stderr) << profile.errorString() << '\n';
        return std::nullopt;
    }
    ConsoleProfile result = *profile;
    const auto baud = intOption(parser, QStringLiteral("baud"), result.line.baudRate, 50, 4000000);
    if (!baud)
        return std::nullopt;
    result.line.baudRate = *baud;
    return result;
}

void printFailure(const PushResult &result)
{
    QTextStream err(stderr);
    err << tr("Push failed: %1\n").arg(result.error);
    if (result.failedLineNumber > 0)
        err << tr("Rejected line %1: %2\n").arg(result.failedLineNumber).arg(result.failedLine);
    if (!result.deviceError.isEmpty())
        err << tr("Device output:\n%1\n").arg(result.deviceError);
}

int runPush(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Send a device's rendered configuration over its console cable, line by line, each "
           "line waiting for the device's echo and prompt. Stops at the first line the device "
           "rejects. The password for a console login comes from the %1 environment variable.")
            .arg(QLatin1String(PasswordVariable)));
    parser.addOption(QCommandLineOption(QStringList {QStringLiteral("w"), QStringLiteral("workspace")},
                                        tr("Workspace folder (created with 'ztpw init')."),
                                        QStringLiteral("DIR")));
    parser.addOption(portOption());
    parser.addOption(QCommandLineOption(QStringList {QStringLiteral("d"), QStringLiteral("device")},
                                        tr("The device: its serial number or MAC address."),
                                        QStringLiteral("KEY")));
    parser.addOption(profileOption());
    parser.addOption(baudOption());
    parser.addOption(QCommandLineOption(QStringLiteral("line-timeout"),
                                        tr("Milliseconds to wait for the prompt after each line."),
                                        QStringLiteral("MS")));
    parser.addOption(QCommandLineOption(QStringLiteral("char-delay"),
                                        tr("Milliseconds between characters, for consoles that "
                                           "drop characters even with line pacing."),
                                        QStringLiteral("MS")));
    parser.addOption(QCommandLineOption(QStringLiteral("username"),
                                        tr("User name for the console login."), QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("save"),
                                        tr("Save the configuration on the device after the push.")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-identify"),
                                        tr("Do not read the serial number from the console, nor "
                                           "check it against the device's.")));
    int exitCode = 0;
    if (!parseOptions(parser, QStringLiteral("console push"), arguments, &exitCode))
        return exitCode;
    for (const QString &name : {QStringLiteral("workspace"), QStringLiteral("port"), QStringLiteral("device")}) {
        if (!requireOption(parser, name, QStringLiteral("console push")))
            return 2;
    }

    const std::optional<ConsoleProfile> profile = profileFrom(parser);
    const auto lineTimeout = intOption(parser, QStringLiteral("line-timeout"), 0, 100, 600000);
    const auto characterDelay = intOption(parser, QStringLiteral("char-delay"), 0, 0, 1000);
    if (!profile || !lineTimeout || !characterDelay)
        return 2;

    ztp::bench::BenchService bench;
    if (const ztp::Status status = bench.openWorkspace(parser.value(QStringLiteral("workspace"))); !status) {
        QTextStream(stderr) << status.errorString() << '\n';
        return 1;
    }
    auto device = findConsoleDevice(bench, parser.value(QStringLiteral("device")));
    if (!device) {
        QTextStream(stderr) << device.errorString() << '\n';
        return 1;
    }
    const auto configuration = bench.renderConfiguration(device->device);
    if (!configuration) {
        QTextStream(stderr) << tr("Cannot render the configuration of %1: %2\n")
                                   .arg(device->historyKey, configuration.errorString());
        return 1;
    }

    ConsolePort port;
    const QString portName = parser.value(QStringLiteral("port"));
    if (const ztp::Status status = port.open(portName, profile->line); !status) {
        QTextStream(stderr) << status.errorString() << '\n';
        return 1;
    }

    PushOptions options;
    options.identify = !parser.isSet(QStringLiteral("no-identify"));
    options.expectedSerial = options.identify ? device->device.serial : QString();
    options.save = parser.isSet(QStringLiteral("save"));
    options.username = parser.value(QStringLiteral("username"));
    options.password = qEnvironmentVariable(PasswordVariable);
    if (parser.isSet(QStringLiteral("line-timeout")))
        options.lineTimeout = std::chrono::milliseconds(*lineTimeout);
    if (parser.isSet(QStringLiteral("char-delay")))
        options.characterDelay = std::chrono::milliseconds(*characterDelay);

    ConsolePushSession session(&port, *profile, options);
    QObject::connect(&session, &ConsolePushSession::progress, &session, [](int sent, int total) {
        if (sent == total || sent % 100 == 0)
            QTextStream(stderr) << tr("%1 of %2 lines sent\n").arg(sent).arg(total);
    });
    QObject::connect(&session, &ConsolePushSession::finished, &session,
                     [](const PushResult &) { QCoreApplication::quit(); });
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &session,
                     [&session](int) { session.abort(); });

    QTextStream(stderr) << tr("Pushing %1 (%2) to %3 on %4, %5\n")
                               .arg(device->historyKey, configuration->templateName, portName,
                                    profile->name, profile->line.toString());
    session.start(configuration->text);
    if (session.isRunning())
        QCoreApplication::exec();

    const PushResult &result = session.result();
    ConsolePushRecord record {portName, profile->name, profile->line.toString(), configuration->templateName,
                              configuration->sha256, port.transcript().toText()};
    if (const auto stored = recordConsolePush(bench, device.value(), result, record); !stored)
        QTextStream(stderr) << tr("The push was not stored in the history: %1\n").arg(stored.errorString());

    if (!result.success) {
        printFailure(result);
        return 1;
    }
    QTextStream(stdout) << tr("Pushed %1 lines to %2 in %3 s; serial number %4\n")
                               .arg(result.linesSent)
                               .arg(device->historyKey)
                               .arg(double(result.elapsedMs) / 1000.0, 0, 'f', 1)
                               .arg(result.serialNumber.isEmpty() ? tr("not read") : result.serialNumber);
    return 0;
}

int runXmodem(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Send a file with XMODEM to a receiver already waiting on "
                                        "the console, such as ROMMON's 'xmodem -c'."));
    parser.addOption(portOption());
    parser.addOption(profileOption());
    parser.addOption(baudOption());
    parser.addOption(QCommandLineOption(QStringLiteral("block-size"),
                                        tr("1024 for XMODEM-1K, 128 for classic XMODEM."),
                                        QStringLiteral("BYTES"), QStringLiteral("1024")));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to send."));
    int exitCode = 0;
    if (!parseOptions(parser, QStringLiteral("console xmodem"), arguments, &exitCode))
        return exitCode;
    if (!requireOption(parser, QStringLiteral("port"), QStringLiteral("console xmodem")))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        QTextStream(stderr) << tr("Give exactly one file: ztpw console xmodem --port PORT FILE\n");
        return 2;
    }
    const std::optional<ConsoleProfile> profile = profileFrom(parser);
    const QString blockSize = parser.value(QStringLiteral("block-size"));
    if (!profile)
        return 2;
    if (blockSize != QLatin1String("1024") && blockSize != QLatin1String("128")) {
        QTextStream(stderr) << tr("--block-size is '%1'; use 1024 or 128.\n").arg(blockSize);
        return 2;
    }

    QFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << tr("Cannot read %1: %2\n").arg(file.fileName(), file.errorString());
        return 1;
    }
    ConsolePort port;
    if (const ztp::Status status = port.open(parser.value(QStringLiteral("port")), profile->line); !status) {
        QTextStream(stderr) << status.errorString() << '\n';
        return 1;
    }

    XmodemSender sender(&port);
    sender.setBlockSize(blockSize.toInt());
    bool success = false;
    QObject::connect(&sender, &XmodemSender::finished, &sender, [&success](bool ok, const QString &error) {
        success = ok;
        if (!ok)
            QTextStream(stderr) << error << '\n';
        QCoreApplication::quit();
    });
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &sender, [&sender](int) { sender.abort(); });
    sender.start(file.readAll());
    QCoreApplication::exec();
    return success ? 0 : 1;
}

} // namespace

int runConsole(const QStringList &arguments)
{
    const QString usage = tr("Usage: ztpw console ports | profiles | push | xmodem [OPTIONS]\n"
                             "Run 'ztpw console SUBCOMMAND --help' for its options.\n");
    if (arguments.isEmpty()) {
        QTextStream(stderr) << usage;
        return 2;
    }

    QStringList rest = arguments;
    const QString subcommand = rest.takeFirst();
    if (subcommand == QLatin1String("ports"))
        return runPorts(rest);
    if (subcommand == QLatin1String("profiles"))
        return runProfiles(rest);
    if (subcommand == QLatin1String("push"))
        return runPush(rest);
    if (subcommand == QLatin1String("xmodem"))
        return runXmodem(rest);
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        QTextStream(stdout) << usage;
        return 0;
    }
    QTextStream(stderr) << tr("Unknown console subcommand '%1'.\n").arg(subcommand) << usage;
    return 2;
}
