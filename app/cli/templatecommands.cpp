#include "templatecommands.h"
#include "cliutil.h"

#include "bench/benchservice.h"
#include "platform/netplatform.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <optional>

namespace {

using namespace ztp::cli;
using namespace ztp;

// Adds --workspace, which every template command needs, then parses.
bool parseWorkspaceCommand(QCommandLineParser &parser, const QString &command,
                           const QStringList &arguments, int *exitCode)
{
    parser.addOption(QCommandLineOption(QStringList {QStringLiteral("w"), QStringLiteral("workspace")},
                                        tr("Workspace folder (created with 'ztpw init')."),
                                        QStringLiteral("DIR")));
    return parseWorkspaceOptions(parser, command, arguments, exitCode);
}

// Finds a device by MAC (any form parseMac() reads) or by serial, among the known devices and
// the inventory rows not seen yet.
std::optional<devices::Device> findDevice(const bench::BenchService &bench, const QString &key)
{
    const QByteArray mac = platform::parseMac(key);
    for (const devices::Device &device : bench.expectedDevices()) {
        if (!mac.isEmpty() && device.mac == mac)
            return device;
        if (!device.serial.isEmpty() && device.serial.compare(key, Qt::CaseInsensitive) == 0)
            return device;
    }
    return std::nullopt;
}

QString describe(const templates::LintFinding &finding)
{
    if (!finding.error.message.isEmpty())
        return finding.error.toString();
    return tr("missing variables: %1").arg(finding.missingVariables.join(QStringLiteral(", ")));
}

} // namespace

int runRender(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the configuration rendered for one device, as the bench would send it."));
    parser.addOption(QCommandLineOption(QStringLiteral("device"),
                                        tr("The device, by MAC or serial number."), QStringLiteral("KEY")));
    parser.addOption(QCommandLineOption(QStringLiteral("template"),
                                        tr("Render this template from templates/ instead of the "
                                           "device's assigned or the default one."),
                                        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("redact"),
                                        tr("Replace the values of secret variables with "
                                           "<secret:NAME>.")));
    int exitCode = 0;
    if (!parseWorkspaceCommand(parser, QStringLiteral("render"), arguments, &exitCode))
        return exitCode;
    const QString key = parser.value(QStringLiteral("device"));
    if (key.isEmpty()) {
        err() << tr("Missing --device. Give the device's MAC or serial number.\n");
        return 2;
    }

    bench::BenchService bench;
    if (const Status status = bench.openWorkspace(parser.value(QStringLiteral("workspace"))); !status) {
        err() << status.errorString() << '\n';
        return 2;
    }
    std::optional<devices::Device> device = findDevice(bench, key);
    if (!device) {
        err() << tr("No device with MAC or serial '%1' is in the history or in inventory.csv; "
                    "check the value or add an inventory row.\n")
                     .arg(key);
        return 2;
    }
    if (parser.isSet(QStringLiteral("template")))
        device->templateName = parser.value(QStringLiteral("template"));

    const Result<bench::RenderedConfiguration> rendered = bench.renderConfiguration(*device);
    if (!rendered) {
        err() << tr("Cannot render the configuration of %1: %2\n").arg(key, rendered.errorString());
        return 1;
    }

    QByteArray text = rendered->text;
    if (parser.isSet(QStringLiteral("redact"))) {
        const Result<workspace::DeviceVariables> variables = bench.deviceVariables(*device);
        if (variables)
            text = variables->redact(QString::fromUtf8(text)).toUtf8();
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(text) != text.size()) {
        err() << tr("Cannot write the configuration to standard output.\n");
        return 1;
    }
    return 0;
}

int runLint(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check every expected device's template: syntax errors with their position and the "
           "variables each device is missing. Exits with 1 when any device has a problem."));
    int exitCode = 0;
    if (!parseWorkspaceCommand(parser, QStringLiteral("lint"), arguments, &exitCode))
        return exitCode;

    bench::BenchService bench;
    if (const Status status = bench.openWorkspace(parser.value(QStringLiteral("workspace"))); !status) {
        err() << status.errorString() << '\n';
        return 2;
    }

    QTextStream out(stdout);
    int problems = 0;
    const QList<templates::LintFinding> findings = bench.lintTemplates();
    for (const templates::LintFinding &finding : findings) {
        if (finding.isClean())
            continue;
        ++problems;
        out << finding.deviceKey << '\t' << finding.templateName << '\t' << describe(finding) << '\n';
    }
    out.flush();
    err() << tr("%1 devices checked, %2 with problems.\n").arg(findings.size()).arg(problems);
    return problems == 0 ? 0 : 1;
}
