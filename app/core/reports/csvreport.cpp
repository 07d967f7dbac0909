#include "reports/csvreport.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ztp::reports {

namespace {

QByteArray csvField(QString value)
{
    // A spreadsheet runs cells that start with these as formulas; a device-supplied hostname
    // must not become one, so such values get a leading apostrophe.
    if (!value.isEmpty()
        && (value.front() == QLatin1Char('=') || value.front() == QLatin1Char('+')
            || value.front() == QLatin1Char('@')))
        value.prepend(QLatin1Char('\''));

    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QByteArray deviceReportCsv(const QList<devices::Device> &devices)
{
    QByteArray out = "mac,serial,hostname,ip,template,config_sha256,first_seen,last_seen,state\r\n";
    for (const devices::Device &device : devices) {
        const QStringList fields {
            device.key(),
            device.serial,
            device.hostname,
            device.ip.isNull() ? QString() : device.ip.toString(),
            device.templateName,
            device.configSha256,
            isoTime(device.firstSeen),
            isoTime(device.lastSeen),
            devices::deviceStateName(device.state),
        };
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += ',';
            out += csvField(fields.at(i));
        }
        out += "\r\n";
    }
    return out;
}

Status writeDeviceReportCsv(const QList<devices::Device> &devices, const QString &path)
{
    const QByteArray content = deviceReportCsv(devices);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        qCWarning(lcReports).noquote() << "cannot write report" << path << ":" << file.errorString();
        return Error{QCoreApplication::translate("ztp::reports", "Cannot write the report %1: %2")
                         .arg(path, file.errorString())};
    }
    qCInfo(lcReports).noquote() << "wrote CSV report of" << devices.size() << "devices to" << path;
    return Status::success();
}

} // namespace ztp::reports
