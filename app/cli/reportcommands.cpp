#include "reportcommands.h"
#include "cliutil.h"

#include "bench/benchservice.h"
#include "platform/netplatform.h"
#include "reports/evidencepack.h"
#include "reports/report.h"
#include "reports/reportformats.h"
#include "reports/signingkey.h"
#include "storage/historydatabase.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QCoreApplication>
#include <QTextStream>

namespace {

using namespace ztp::cli;

using namespace ztp;

QCommandLineOption workspaceOption()
{
    return QCommandLineOption(QStringList {QStringLiteral("w"), QStringLiteral("workspace")},
                              tr("Workspace folder (created with 'ztpw init')."), QStringLiteral("DIR"));
}

void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("device"),
                                        tr("Only this device, by MAC; repeat for more."),
                                        QStringLiteral("MAC")));
    parser.addOption(QCommandLineOption(QStringLiteral("job"),
                                        tr("Only devices whose inventory 'job' column is JOB."),
                                        QStringLiteral("JOB")));
    parser.addOption(QCommandLineOption(QStringLiteral("site"),
                                        tr("Only devices whose inventory 'site' column is SITE."),
                                        QStringLiteral("SITE")));
    parser.addOption(QCommandLineOption(QStringLiteral("from"),
                                        tr("Only devices last seen at or after this UTC date "
                                           "(2026-03-01) or time (2026-03-01T08:00:00Z)."),
                                        QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"),
                                        tr("Only devices first seen before this UTC time; a date "
                                           "alone includes that whole day."),
                                        QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("technician"),
                                        tr("Name printed as technician; default: the user name."),
                                        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("secret"),
                                        tr("Inventory column whose values never appear in the "
                                           "report; repeat for more. Columns named like "
                                           "credentials (password, secret, community, key, "
                                           "psk, token) are secret without it."),
                                        QStringLiteral("NAME")));
}

// A date alone ("2026-03-01") is midnight UTC of that day, or of the next day when it ends a
// range, so "--from D --to D" covers the day D.
std::optional<QDateTime> parseTime(const QString &text, bool endOfRange)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return QDateTime(endOfRange ? date.addDays(1) : date, QTime(0, 0), Qt::UTC);
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

bool readFilter(const QCommandLineParser &parser, reports::ReportFilter *filter,
                reports::ReportOptions *options)
{
    for (const QString &mac : parser.values(QStringLiteral("device")))
        filter->deviceKeys.append(mac.toLower().replace(QLatin1Char('-'), QLatin1Char(':')));
    filter->job = parser.value(QStringLiteral("job"));
    filter->site = parser.value(QStringLiteral("site"));

    for (const auto &[name, target, end] : {std::tuple {QStringLiteral("from"), &filter->from, false},
                                            std::tuple {QStringLiteral("to"), &filter->to, true}}) {
        if (!parser.isSet(name))
            continue;
        const auto time = parseTime(parser.value(name), end);
        if (!time) {
            err() << tr("Invalid --%1 '%2'; write a UTC date like 2026-03-01 or a time like "
                        "2026-03-01T08:00:00Z.\n")
                         .arg(name, parser.value(name));
            return false;
        }
        *target = *time;
    }

    options->technician = parser.value(QStringLiteral("technician"));
    options->secretVariables = parser.values(QStringLiteral("secret"));
    return true;
}

// True for the files the workspace itself reads and writes (settings, inventory, the history
// and its journal, templates, served files), which a report must never replace.
bool isWorkspaceFile(const QString &path, const workspace::Workspace &workspace)
{
    if (path == QLatin1String("-"))
        return false;
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString root = QFileInfo(workspace.root()).absoluteFilePath();
    for (const QString &file : {workspace.settingsPath(), workspace.inventoryPath(),
                                workspace.historyPath(),
                                workspace.historyPath() + QStringLiteral("-wal"),
                                workspace.historyPath() + QStringLiteral("-shm")}) {
        if (QFileInfo(file).absoluteFilePath() == target)
            return true;
    }
    for (const QString &folder : {workspace.templatesPath(), workspace.filesPath()}) {
        if (target.startsWith(QFileInfo(folder).absoluteFilePath() + QLatin1Char('/')))
            return true;
    }
    return target == root;
}

std::optional<workspace::Workspace> openWorkspace(const QString &directory)
{
    auto workspace = workspace::Workspace::open(directory);
    if (!workspace) {
        err() << workspace.errorString() << '\n';
        return std::nullopt;
    }
    return std::move(workspace).value();
}

void printProgress(int done, int total)
{
    // One line per 10 %, so a long export shows it is alive without flooding a log.
    const int step = std::max(1, total / 10);
    if (done == total || done % step == 0)
        err() << tr("exported %1 of %2 devices\n").arg(done).arg(total) << Qt::flush;
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the provisioning report: a summary and one entry "
                                        "per device."));
    parser.addOption(workspaceOption());
    parser.addOption(QCommandLineOption(QStringList {QStringLiteral("f"), QStringLiteral("format")},
                                        tr("Report format: csv, json, html or pdf."),
                                        QStringLiteral("FORMAT"), QStringLiteral("csv")));
    parser.addOption(QCommandLineOption(QStringList {QStringLiteral("o"), QStringLiteral("output")},
                                        tr("File to write; '-' writes to standard output."),
                                        QStringLiteral("FILE")));
    addFilterOptions(parser);
    int exitCode = 0;
    if (!parseOptions(parser, QStringLiteral("export"), arguments, &exitCode))
        return exitCode;
    if (!requireOption(parser, QStringLiteral("workspace"), QStringLiteral("export"))
        || !requireOption(parser, QStringLiteral("output"), QStringLiteral("export")))
        return 2;

    const auto format = reports::reportFormatFromName(parser.value(QStringLiteral("format")));
    if (!format) {
        err() << tr("Unknown report format '%1'; use csv, json, html or pdf.\n")
                     .arg(parser.value(QStringLiteral("format")));
        return 2;
    }
    reports::ReportFilter filter;
    reports::ReportOptions options;
    if (!readFilter(parser, &filter, &options))
        return 2;

    const auto workspace = openWorkspace(parser.value(QStringLiteral("workspace")));
    if (!workspace)
        return 1;
    storage::HistoryDatabase history;
    if (const Status status = history.open(workspace->historyPath()); !status) {
        err() << status.errorString() << '\n';
        return 1;
    }
    const auto report = reports::buildReport(history, filter, options);
    if (!report) {
        err() << report.errorString() << '\n';
        return 1;
    }

    const QString output = parser.value(QStringLiteral("output"));
    if (isWorkspaceFile(output, *workspace)) {
        err() << tr("Refusing to write the report over %1: it is a file the workspace uses. "
                    "Choose an output file outside the workspace's own files.\n")
                     .arg(output);
        return 2;
    }
    if (output == QLatin1String("-")) {
        const auto content = reports::renderReport(*report, *format);
        QTextStream(stdout) << (content ? QString::fromUtf8(*content) : QString());
        return content ? 0 : 1;
    }
    if (const Status status = reports::writeReport(*report, *format, output,
                                                   [](int done, int total) {
                                                       printProgress(done, total);
                                                       return true;
                                                   });
        !status) {
        err() << status.errorString() << '\n';
        return 1;
    }
    return 0;
}

int runEvidence(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a signed evidence pack: the report in every "
                                        "format, the rendered configurations with secrets "
                                        "masked, and a signed SHA-256 manifest."));
    parser.addOption(workspaceOption());
    parser.addOption(QCommandLineOption(QStringList {QStringLiteral("o"), QStringLiteral("output")},
                                        tr("New or empty folder for the pack."), QStringLiteral("DIR")));
    addFilterOptions(parser);
    int exitCode = 0;
    if (!parseOptions(parser, QStringLiteral("evidence"), arguments, &exitCode))
        return exitCode;
    if (!requireOption(parser, QStringLiteral("workspace"), QStringLiteral("evidence"))
        || !requireOption(parser, QStringLiteral("output"), QStringLiteral("evidence")))
        return 2;
    reports::ReportFilter filter;
    reports::ReportOptions options;
    if (!readFilter(parser, &filter, &options))
        return 2;

    bench::BenchService bench;
    if (const Status status = bench.openWorkspace(parser.value(QStringLiteral("workspace"))); !status) {
        err() << status.errorString() << '\n';
        return 1;
    }
    const auto report = reports::buildReport(*bench.history(), filter, options);
    if (!report) {
        err() << report.errorString() << '\n';
        return 1;
    }

    QStringList skipped;
    const QList<reports::PackedConfiguration> configurations = reports::packConfigurations(
        *report,
        [&bench](const QString &deviceKey) -> Result<reports::RenderedForPack> {
            const auto device = bench.devices()->find(platform::parseMac(deviceKey));
            if (!device)
                return Error{tr("The device has no record in the history, so its "
                                "configuration cannot be rendered.")};
            const auto rendered = bench.renderConfiguration(*device);
            if (!rendered)
                return rendered.error();
            // Names marked secret in variables.json or the device's own file are masked too.
            QStringList secretNames;
            if (const auto resolved = bench.deviceVariables(*device))
                secretNames = QStringList(resolved->secrets.cbegin(), resolved->secrets.cend());
            return reports::RenderedForPack {rendered->text, bench.variablesFor(*device), secretNames};
        },
        options.secretVariables, &skipped);
    for (const QString &line : std::as_const(skipped))
        err() << tr("Skipped the configuration of %1\n").arg(line);

    const auto key = reports::SigningKey::loadOrCreate(bench.workspace()->root());
    if (!key) {
        err() << key.errorString() << '\n';
        return 1;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (const Status status = reports::writeEvidencePack(*report, configurations, *key, output,
                                                         [](int done, int total) {
                                                             printProgress(done, total);
                                                             return true;
                                                         });
        !status) {
        err() << status.errorString() << '\n';
        return 1;
    }
    QTextStream(stdout) << tr("Evidence pack of %1 devices in %2, signed by key %3\n")
                               .arg(report->devices.size())
                               .arg(output, key->fingerprint());
    return 0;
}

int runVerifyReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check an evidence pack: its signature and the SHA-256 "
                                        "of every file. Exits 0 when intact, 1 when a file was "
                                        "changed, removed or added, naming each."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("The evidence pack folder."));
    parser.addOption(workspaceOption());
    parser.addOption(QCommandLineOption(QStringLiteral("public-key"),
                                        tr("Public key (PEM) of the signer, when the workspace "
                                           "that signed is not at hand."),
                                        QStringLiteral("FILE")));
    int exitCode = 0;
    if (!parseOptions(parser, QStringLiteral("verify-report"), arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("Give exactly one pack folder: ztpw verify-report DIR --workspace DIR\n");
        return 2;
    }
    QString keyPath = parser.value(QStringLiteral("public-key"));
    if (keyPath.isEmpty() && !parser.value(QStringLiteral("workspace")).isEmpty())
        keyPath = reports::SigningKey::publicKeyPath(parser.value(QStringLiteral("workspace")));
    if (keyPath.isEmpty()) {
        // The key inside the pack proves nothing, because anyone who edits the pack can replace it.
        err() << tr("Give the signer's key with --workspace DIR or --public-key FILE; the key "
                    "inside the pack is not trusted.\n");
        return 2;
    }

    const auto key = reports::SigningKey::loadPublicKey(keyPath);
    if (!key) {
        err() << key.errorString() << '\n';
        return 2;
    }
    // The manifest lists paths relative to the pack, so the pack's own path must be absolute.
    const QString pack = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    const auto result = reports::verifyEvidencePack(pack, *key);
    if (!result) {
        err() << result.errorString() << '\n';
        return 1;
    }

    QTextStream out(stdout);
    out << (result->signatureValid ? tr("signature: valid (key %1)\n").arg(result->signerFingerprint)
                                   : tr("signature: INVALID for key %1\n").arg(result->signerFingerprint));
    for (const QString &path : result->changed)
        out << tr("changed: %1\n").arg(path);
    for (const QString &path : result->missing)
        out << tr("missing: %1\n").arg(path);
    for (const QString &path : result->unlisted)
        out << tr("not in the manifest: %1\n").arg(path);
    out << (result->isIntact() ? tr("OK: the pack is intact\n") : tr("FAILED: the pack was modified\n"));
    return result->isIntact() ? 0 : 1;
}

int runHistory(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Maintain the history: 'backup' copies it with VACUUM "
                                        "INTO, 'purge' deletes events and devices older than a "
                                        "number of days."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("backup or purge"));
    parser.addOption(workspaceOption());
    parser.addOption(QCommandLineOption(QStringList {QStringLiteral("o"), QStringLiteral("output")},
                                        tr("backup: the new file to write."), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("older-than"),
                                        tr("purge: age in days of the events and devices to delete."),
                                        QStringLiteral("DAYS")));
    int exitCode = 0;
    if (!parseOptions(parser, QStringLiteral("history"), arguments, &exitCode))
        return exitCode;
    const QString action = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1
        || (action != QLatin1String("backup") && action != QLatin1String("purge"))) {
        err() << tr("Give one action: ztpw history backup|purge --workspace DIR ...\n");
        return 2;
    }
    if (!requireOption(parser, QStringLiteral("workspace"), QStringLiteral("history")))
        return 2;

    const auto workspace = openWorkspace(parser.value(QStringLiteral("workspace")));
    if (!workspace)
        return 1;
    storage::HistoryDatabase history;
    if (const Status status = history.open(workspace->historyPath()); !status) {
        err() << status.errorString() << '\n';
        return 1;
    }

    if (action == QLatin1String("backup")) {
        if (!requireOption(parser, QStringLiteral("output"), QStringLiteral("history")))
            return 2;
        const Status status = history.backupTo(parser.value(QStringLiteral("output")));
        if (!status) {
            err() << status.errorString() << '\n';
            return 1;
        }
        QTextStream(stdout) << tr("History backed up to %1\n").arg(parser.value(QStringLiteral("output")));
        return 0;
    }

    bool ok = false;
    const int days = parser.value(QStringLiteral("older-than")).toInt(&ok);
    if (!ok || days < 0) {
        err() << tr("Invalid --older-than '%1'; give a number of days, 0 or more.\n")
                     .arg(parser.value(QStringLiteral("older-than")));
        return 2;
    }
    const auto purged = history.purgeBefore(QDateTime::currentDateTimeUtc().addDays(-days));
    if (!purged) {
        err() << purged.errorString() << '\n';
        return 1;
    }
    QTextStream(stdout) << tr("Deleted %1 events and %2 devices older than %3 days\n")
                               .arg(purged->events)
                               .arg(purged->devices)
                               .arg(days);
    return 0;
}
