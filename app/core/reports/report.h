#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace ztp::storage {
class HistoryDatabase;
}

namespace ztp::reports {

// Filter of the devices a report covers. Empty fields do not filter, and a device must match
// every field that is set.
struct ReportFilter
{
    QStringList deviceKeys; // MACs as "00:1c:73:1a:2b:3c"
    QString job;            // the inventory's "job" column
    QString site;           // the inventory's "site" column
    QDateTime from;         // devices last seen at or after, UTC
    QDateTime to;           // devices first seen before, UTC

    bool isEmpty() const;
    QString describe() const; // one line for the report header, "" when empty
};

struct ReportOptions
{
    QString title = QStringLiteral("Provisioning report");
    QString technician;
    // Variables whose values never appear in the report. Names that look like credentials
    // (see isSecretVariableName) are treated as secret as well.
    QStringList secretVariables;
    QDateTime generatedAt; // UTC; the current time when invalid
    int transcriptLines = 8;
};

// Facts the report states about one device.
struct DeviceReport
{
    QString mac;
    QString serial;
    QString hostname;
    QString ip;
    QString vendorClass;
    QString model;          // as the device reported it (HTTP headers, PnP, SZTP)
    QString site;
    QString job;
    QString profile;        // the inventory's "profile" column
    QString templateName;
    QString templateSha256; // SHA-256 of the template revision that rendered the configuration sent
    QString configSha256;   // SHA-256 of the configuration sent
    QString image;          // last file sent from files/ (an OS image), "" if none
    QString imageSha256;
    QDateTime firstSeen;
    QDateTime lastSeen;
    QDateTime configSentAt;
    QString result;         // device state name: "configuration sent", "failed", ...
    QStringList transcript; // the last events of the device, "time kind summary"
};

struct ReportSummary
{
    int devices = 0;
    int succeeded = 0; // configuration sent
    int failed = 0;
    int pending = 0;   // discovered or leased, nothing sent yet
    QDateTime start;   // first device seen
    QDateTime end;     // last device seen
    QString technician;
    QStringList sites;
    QStringList jobs;
    QDateTime generatedAt;
    QString title;
    QString filter;

    double successRate() const; // succeeded / devices, 0 without devices
    qint64 durationSeconds() const;
};

struct Report
{
    ReportSummary summary;
    QList<DeviceReport> devices;
};

// Collects the report from the history: device records, their last transfers and events.
// Secret variable values are replaced by "********" in every text taken from the history.
Result<Report> buildReport(const storage::HistoryDatabase &history, const ReportFilter &filter,
                           const ReportOptions &options);

// True for names that look like credentials ("password", "snmp_community", "enable_secret",
// "psk", "api-token", "private_key"), a safety net under the explicit secret list.
bool isSecretVariableName(const QString &name);

// The values of the secret variables among `variables` (explicitly listed or by name).
QStringList secretValuesOf(const QVariantMap &variables, const QStringList &secretVariables);

// Replaces every secret value in `text`; values shorter than 3 characters are left alone,
// because replacing them would mangle unrelated text.
QString redactSecrets(QString text, const QStringList &secretValues);

// "2026-03-01T08:00:00Z", or "" for an invalid time; every format uses this.
QString reportTime(const QDateTime &time);

} // namespace ztp::reports
