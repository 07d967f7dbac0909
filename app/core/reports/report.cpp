#include "reports/report.h"

#include "common/logging.h"
#include "devices/device.h"
#include "storage/historydatabase.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ztp::reports {

namespace {

const QString SecretMask = QStringLiteral("********");

// Words that mark a credential in a variable name, matched as whole parts of a name split at
// '_', '-' and '.', so "keyboard" is not secret but "private_key" is.
bool isCredentialWord(const QString &word)
{
    static const QSet<QString> words {
        QStringLiteral("password"), QStringLiteral("passwd"),     QStringLiteral("secret"),
        QStringLiteral("psk"),      QStringLiteral("community"),  QStringLiteral("token"),
        QStringLiteral("key"),      QStringLiteral("passphrase"), QStringLiteral("pin"),
    };
    return words.contains(word);
}

QString inventoryValue(const devices::Device &device, const char *column)
{
    return device.inventory.value(QString::fromLatin1(column)).toString();
}

bool matchesFilter(const devices::Device &device, const ReportFilter &filter)
{
    if (!filter.deviceKeys.isEmpty() && !filter.deviceKeys.contains(device.key(), Qt::CaseInsensitive))
        return false;
    if (!filter.job.isEmpty() && inventoryValue(device, "job") != filter.job)
        return false;
    if (!filter.site.isEmpty() && inventoryValue(device, "site") != filter.site)
        return false;
    if (filter.from.isValid() && device.lastSeen.isValid() && device.lastSeen < filter.from)
        return false;
    if (filter.to.isValid() && device.firstSeen.isValid() && device.firstSeen >= filter.to)
        return false;
    return true;
}

// Fills image, template revision and transcript from the device's events. Rendered
// configurations go out over TFTP and HTTP, so transfers of both kinds count.
void applyEvents(DeviceReport *report, const QList<storage::HistoryEvent> &events,
                 int transcriptLines)
{
    for (const storage::HistoryEvent &event : events) {
        const bool http = event.kind == QLatin1String("http.transfer");
        if (event.kind != QLatin1String("tftp.transfer") && !http)
            continue;
        if (event.details.value(QStringLiteral("result")).toString() != QLatin1String("ok"))
            continue;
        if (event.details.value(QStringLiteral("dynamic")).toBool()) {
            report->configSentAt = event.time;
            // The latest transfer names the template and revision. Without such an event
            // (pruned history), the device record's values stay.
            const QString revision = event.details.value(QStringLiteral("templateSha256")).toString();
            const QString templateName = event.details.value(QStringLiteral("template")).toString();
            if (!revision.isEmpty())
                report->templateSha256 = revision;
            if (!revision.isEmpty() && !templateName.isEmpty())
                report->templateName = templateName;
        } else if (!http) {
            // Images fetched over HTTP are not distinguished from other files yet, so only TFTP counts.
            report->image = event.details.value(QStringLiteral("file")).toString();
            report->imageSha256 = event.details.value(QStringLiteral("sha256")).toString();
        }
    }

    const qsizetype first = std::max<qsizetype>(0, events.size() - transcriptLines);
    for (qsizetype i = first; i < events.size(); ++i) {
        const storage::HistoryEvent &event = events.at(i);
        report->transcript.append(
            QStringLiteral("%1 %2 %3").arg(reportTime(event.time), event.kind, event.summary));
    }
}

void redactDevice(DeviceReport *report, const QStringList &secrets)
{
    for (QString *field : {&report->serial, &report->hostname, &report->vendorClass, &report->site,
                           &report->job, &report->profile, &report->templateName, &report->image})
        *field = redactSecrets(*field, secrets);
    for (QString &line : report->transcript)
        line = redactSecrets(line, secrets);
}

DeviceReport describeDevice(const devices::Device &device)
{
    DeviceReport report;
    report.mac = device.key();
    report.serial = device.serial;
    report.hostname = device.hostname;
    report.ip = device.ip.isNull() ? QString() : device.ip.toString();
    report.vendorClass = device.vendorClass;
    report.model = device.model;
    report.site = inventoryValue(device, "site");
    report.job = inventoryValue(device, "job");
    report.profile = inventoryValue(device, "profile");
    report.templateName = device.templateName;
    report.configSha256 = device.configSha256;
    report.templateSha256 = device.templateSha256;
    report.firstSeen = device.firstSeen;
    report.lastSeen = device.lastSeen;
    report.result = devices::deviceStateName(device.state);
    return report;
}

ReportSummary summarize(const QList<DeviceReport> &devices, const ReportFilter &filter,
                        const ReportOptions &options)
{
    ReportSummary summary;
    summary.title = options.title;
    summary.filter = filter.describe();
    summary.generatedAt = options.generatedAt.isValid() ? options.generatedAt.toUTC()
                                                        : QDateTime::currentDateTimeUtc();
    summary.technician = options.technician.isEmpty() ? qEnvironmentVariable("USER")
                                                      : options.technician;
    summary.devices = int(devices.size());

    QSet<QString> sites;
    QSet<QString> jobs;
    const QString sent = devices::deviceStateName(devices::DeviceState::ConfigurationSent);
    const QString failed = devices::deviceStateName(devices::DeviceState::Failed);
    for (const DeviceReport &device : devices) {
        if (device.result == sent)
            ++summary.succeeded;
        else if (device.result == failed)
            ++summary.failed;
        else
            ++summary.pending;
        if (!device.site.isEmpty())
            sites.insert(device.site);
        if (!device.job.isEmpty())
            jobs.insert(device.job);
        if (device.firstSeen.isValid() && (!summary.start.isValid() || device.firstSeen < summary.start))
            summary.start = device.firstSeen;
        if (device.lastSeen.isValid() && (!summary.end.isValid() || device.lastSeen > summary.end))
            summary.end = device.lastSeen;
    }
    summary.sites = QStringList(sites.cbegin(), sites.cend());
    summary.sites.sort();
    summary.jobs = QStringList(jobs.cbegin(), jobs.cend());
    summary.jobs.sort();
    return summary;
}

} // namespace

bool ReportFilter::isEmpty() const
{
    return deviceKeys.isEmpty() && job.isEmpty() && site.isEmpty() && !from.isValid() && !to.isValid();
}

QString ReportFilter::describe() const
{
    QStringList parts;
    if (!deviceKeys.isEmpty())
        parts << QStringLiteral("devices %1").arg(deviceKeys.join(QStringLiteral(", ")));
    if (!job.isEmpty())
        parts << QStringLiteral("job %1").arg(job);
    if (!site.isEmpty())
        parts << QStringLiteral("site %1").arg(site);
    if (from.isValid())
        parts << QStringLiteral("from %1").arg(reportTime(from));
    if (to.isValid())
        parts << QStringLiteral("to %1").arg(reportTime(to));
    return parts.join(QStringLiteral("; "));
}

double ReportSummary::successRate() const
{
    return devices > 0 ? double(succeeded) / double(devices) : 0.0;
}

qint64 ReportSummary::durationSeconds() const
{
    return start.isValid() && end.isValid() ? start.secsTo(end) : 0;
}

Result<Report> buildReport(const storage::HistoryDatabase &history, const ReportFilter &filter,
                           const ReportOptions &options)
{
    if (!history.isOpen())
        return Error{QCoreApplication::translate("ztp::reports",
                                                 "The history is not open; open a workspace first.")};
    if (filter.from.isValid() && filter.to.isValid() && filter.to <= filter.from)
        return Error{QCoreApplication::translate("ztp::reports",
                                                 "The date range %1 to %2 is empty; the end must "
                                                 "come after the start.")
                         .arg(reportTime(filter.from), reportTime(filter.to))};

    QList<devices::Device> selected;
    QStringList secrets;
    for (const devices::Device &device : history.loadDevices()) {
        if (!matchesFilter(device, filter))
            continue;
        selected.append(device);
        secrets += secretValuesOf(device.inventory, options.secretVariables);
    }
    secrets.removeDuplicates();
    // Longest first, so a secret that contains another is masked whole.
    std::sort(secrets.begin(), secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });

    Report report;
    for (const devices::Device &device : std::as_const(selected)) {
        DeviceReport entry = describeDevice(device);
        applyEvents(&entry, history.events(entry.mac), options.transcriptLines);
        redactDevice(&entry, secrets);
        report.devices.append(entry);
    }
    report.summary = summarize(report.devices, filter, options);
    qCInfo(lcReports) << "report of" << report.devices.size() << "devices," << secrets.size()
                      << "secret values masked";
    return report;
}

bool isSecretVariableName(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[_.\\-]+"));
    const QStringList words = name.toLower().split(separators, Qt::SkipEmptyParts);
    return std::any_of(words.cbegin(), words.cend(), isCredentialWord);
}

QStringList secretValuesOf(const QVariantMap &variables, const QStringList &secretVariables)
{
    QStringList values;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        if (secretVariables.contains(it.key()) || isSecretVariableName(it.key()))
            values.append(it.value().toString());
    }
    // Longest first, so a secret that contains another is masked whole.
    std::sort(values.begin(), values.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return values;
}

QString redactSecrets(QString text, const QStringList &secretValues)
{
    for (const QString &secret : secretValues) {
        if (secret.size() >= 3)
            text.replace(secret, SecretMask);
    }
    return text;
}

QString reportTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace ztp::reports
