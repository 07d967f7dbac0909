#include "reports/reportformats.h"

#include "common/atomicfile.h"
#include "common/logging.h"
#include "reports/pdfdocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ztp::reports {

namespace {

// Context of this file's messages in the translation files; lupdate reads it from the macro.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ztp::reports)
};

Error cancelled()
{
    return Error{Messages::tr("The export was cancelled; no file was written.")};
}

QString percent(double rate)
{
    return QStringLiteral("%1 %").arg(rate * 100.0, 0, 'f', 1);
}

QString duration(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// ---- CSV

QByteArray csvField(QString value)
{
    // A spreadsheet runs cells that start with these as formulas; a device-supplied hostname
    // must not become one, so such values get a leading apostrophe.
    if (!value.isEmpty()
        && (value.front() == QLatin1Char('=') || value.front() == QLatin1Char('+')
            || value.front() == QLatin1Char('-') || value.front() == QLatin1Char('@')))
        value.prepend(QLatin1Char('\''));

    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

// ---- JSON

QJsonObject deviceJson(const DeviceReport &device)
{
    return QJsonObject {
        {QStringLiteral("mac"), device.mac},
        {QStringLiteral("serial"), device.serial},
        {QStringLiteral("hostname"), device.hostname},
        {QStringLiteral("ip"), device.ip},
        {QStringLiteral("vendorClass"), device.vendorClass},
        {QStringLiteral("model"), device.model},
        {QStringLiteral("site"), device.site},
        {QStringLiteral("job"), device.job},
        {QStringLiteral("profile"), device.profile},
        {QStringLiteral("template"), device.templateName},
        {QStringLiteral("templateSha256"), device.templateSha256},
        {QStringLiteral("configSha256"), device.configSha256},
        {QStringLiteral("image"), device.image},
        {QStringLiteral("imageSha256"), device.imageSha256},
        {QStringLiteral("firstSeen"), reportTime(device.firstSeen)},
        {QStringLiteral("lastSeen"), reportTime(device.lastSeen)},
        {QStringLiteral("configSentAt"), reportTime(device.configSentAt)},
        {QStringLiteral("result"), device.result},
        {QStringLiteral("transcript"), QJsonArray::fromStringList(device.transcript)},
    };
}

QJsonObject summaryJson(const ReportSummary &summary)
{
    return QJsonObject {
        {QStringLiteral("devices"), summary.devices},
        {QStringLiteral("succeeded"), summary.succeeded},
        {QStringLiteral("failed"), summary.failed},
        {QStringLiteral("pending"), summary.pending},
        {QStringLiteral("successRate"), qRound(summary.successRate() * 1000.0) / 1000.0},
        {QStringLiteral("start"), reportTime(summary.start)},
        {QStringLiteral("end"), reportTime(summary.end)},
        {QStringLiteral("durationSeconds"), double(summary.durationSeconds())},
        {QStringLiteral("sites"), QJsonArray::fromStringList(summary.sites)},
        {QStringLiteral("jobs"), QJsonArray::fromStringList(summary.jobs)},
    };
}

// ---- HTML

QString cell(const QString &text)
{
    return text.toHtmlEscaped();
}

QString htmlRow(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(cell(label), cell(value));
}

// ---- PDF

// A cursor over PDF pages: writes lines top to bottom and starts a new page when one is full.
class PdfLayout
{
public:
    static constexpr double Margin = 50.0;

    explicit PdfLayout(PdfDocument *document)
        : m_document(document)
    {
        startPage();
    }

    void startPage()
    {
        m_document->newPage();
        m_y = PdfDocument::PageHeight - Margin;
        m_document->text(Margin, Margin / 2, PdfDocument::Font::Regular, 8,
                         QStringLiteral("Page %1").arg(m_document->pageCount()));
    }

    double remaining() const { return m_y - Margin; }

    void ensureSpace(double height)
    {
        if (remaining() < height)
            startPage();
    }

    void line(PdfDocument::Font font, double size, const QString &text, double indent = 0)
    {
        const double width = PdfDocument::PageWidth - 2 * Margin - indent;
        for (const QString &part : wrap(text, size, width)) {
            ensureSpace(size * 1.35);
            m_y -= size * 1.35;
            m_document->text(Margin + indent, m_y, font, size, part);
        }
    }

    void field(const QString &label, const QString &value, bool mono = false)
    {
        ensureSpace(13);
        m_y -= 13;
        m_document->text(Margin, m_y, PdfDocument::Font::Bold, 9, label);
        m_document->text(Margin + 120, m_y, mono ? PdfDocument::Font::Mono : PdfDocument::Font::Regular,
                         mono ? 8 : 9, value);
    }

    void rule()
    {
        m_y -= 6;
        m_document->rule(Margin, PdfDocument::PageWidth - Margin, m_y);
        m_y -= 4;
    }

    void space(double points) { m_y -= points; }

private:
    static QStringList wrap(const QString &text, double size, double width)
    {
        const int columns = std::max(10, int(width / (0.6 * size)));
        QStringList lines;
        QString rest = text;
        while (rest.size() > columns) {
            qsizetype cut = rest.lastIndexOf(QLatin1Char(' '), columns);
            if (cut <= 0)
                cut = columns;
            lines.append(rest.left(cut));
            rest = rest.mid(cut).trimmed();
        }
        lines.append(rest);
        return lines;
    }

    PdfDocument *m_document;
    double m_y = 0;
};

void writeSummaryPage(PdfLayout &layout, const ReportSummary &summary)
{
    layout.line(PdfDocument::Font::Bold, 18, summary.title);
    layout.space(8);
    layout.field(QStringLiteral("Generated"), reportTime(summary.generatedAt));
    layout.field(QStringLiteral("Technician"), summary.technician);
    layout.field(QStringLiteral("Site"), summary.sites.join(QStringLiteral(", ")));
    layout.field(QStringLiteral("Job"), summary.jobs.join(QStringLiteral(", ")));
    if (!summary.filter.isEmpty())
        layout.field(QStringLiteral("Filter"), summary.filter);
    layout.rule();
    layout.field(QStringLiteral("Devices"), QString::number(summary.devices));
    layout.field(QStringLiteral("Succeeded"), QString::number(summary.succeeded));
    layout.field(QStringLiteral("Failed"), QString::number(summary.failed));
    layout.field(QStringLiteral("Pending"), QString::number(summary.pending));
    layout.field(QStringLiteral("Success rate"), percent(summary.successRate()));
    layout.field(QStringLiteral("First device seen"), reportTime(summary.start));
    layout.field(QStringLiteral("Last device seen"), reportTime(summary.end));
    layout.field(QStringLiteral("Duration"), duration(summary.durationSeconds()));
}

void writeDeviceSection(PdfLayout &layout, const DeviceReport &device)
{
    // Keep the heading and the identifiers together on one page.
    layout.ensureSpace(230);
    layout.space(6);
    layout.line(PdfDocument::Font::Bold, 12,
                QStringLiteral("%1  %2").arg(device.hostname.isEmpty() ? device.mac : device.hostname,
                                             device.result));
    layout.rule();
    layout.field(QStringLiteral("MAC"), device.mac);
    layout.field(QStringLiteral("Serial"), device.serial);
    layout.field(QStringLiteral("IP"), device.ip);
    layout.field(QStringLiteral("Vendor class"), device.vendorClass);
    layout.field(QStringLiteral("Model"), device.model);
    layout.field(QStringLiteral("Site"), device.site);
    layout.field(QStringLiteral("Job"), device.job);
    layout.field(QStringLiteral("Profile"), device.profile);
    layout.field(QStringLiteral("Template"), device.templateName);
    layout.field(QStringLiteral("Template SHA-256"), device.templateSha256, true);
    layout.field(QStringLiteral("Config SHA-256"), device.configSha256, true);
    layout.field(QStringLiteral("Image"), device.image);
    layout.field(QStringLiteral("Image SHA-256"), device.imageSha256, true);
    layout.field(QStringLiteral("First seen"), reportTime(device.firstSeen));
    layout.field(QStringLiteral("Configuration sent"), reportTime(device.configSentAt));
    layout.field(QStringLiteral("Last seen"), reportTime(device.lastSeen));
    layout.field(QStringLiteral("Result"), device.result);
    if (!device.transcript.isEmpty()) {
        layout.space(4);
        layout.line(PdfDocument::Font::Bold, 9, QStringLiteral("Transcript (last events)"));
        for (const QString &line : device.transcript)
            layout.line(PdfDocument::Font::Mono, 7, line, 8);
    }
}

} // namespace

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    for (ReportFormat format : {ReportFormat::Csv, ReportFormat::Json, ReportFormat::Html, ReportFormat::Pdf}) {
        if (name.compare(reportFormatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QString reportFormatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Json:
        return QStringLiteral("json");
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QByteArray renderCsv(const Report &report)
{
    QByteArray out = "mac,serial,hostname,ip,template,config_sha256,first_seen,last_seen,state,"
                     "template_sha256,image,image_sha256,config_sent_at,site,job,profile,model\r\n";
    for (const DeviceReport &device : report.devices) {
        const QStringList fields {
            device.mac, device.serial, device.hostname, device.ip, device.templateName,
            device.configSha256, reportTime(device.firstSeen), reportTime(device.lastSeen),
            device.result, device.templateSha256, device.image, device.imageSha256,
            reportTime(device.configSentAt), device.site, device.job, device.profile, device.model,
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

QByteArray renderJson(const Report &report)
{
    QJsonArray devices;
    for (const DeviceReport &device : report.devices)
        devices.append(deviceJson(device));

    const QJsonObject header {
        {QStringLiteral("title"), report.summary.title},
        {QStringLiteral("generatedAt"), reportTime(report.summary.generatedAt)},
        {QStringLiteral("technician"), report.summary.technician},
        {QStringLiteral("filter"), report.summary.filter},
    };
    const QJsonObject root {
        {QStringLiteral("report"), header},
        {QStringLiteral("summary"), summaryJson(report.summary)},
        {QStringLiteral("devices"), devices},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray renderHtml(const Report &report)
{
    const ReportSummary &summary = report.summary;
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1em}"
        "th{text-align:left;padding-right:1em;vertical-align:top}td,th{padding:2px 6px}"
        ".hash{font-family:monospace}pre{background:#f4f4f4;padding:6px}</style>\n"
        "</head>\n<body>\n<h1>%1</h1>\n<table>\n")
                       .arg(cell(summary.title));
    html += htmlRow(QStringLiteral("Generated"), reportTime(summary.generatedAt));
    html += htmlRow(QStringLiteral("Technician"), summary.technician);
    html += htmlRow(QStringLiteral("Site"), summary.sites.join(QStringLiteral(", ")));
    html += htmlRow(QStringLiteral("Job"), summary.jobs.join(QStringLiteral(", ")));
    if (!summary.filter.isEmpty())
        html += htmlRow(QStringLiteral("Filter"), summary.filter);
    html += htmlRow(QStringLiteral("Devices"), QString::number(summary.devices));
    html += htmlRow(QStringLiteral("Succeeded"), QString::number(summary.succeeded));
    html += htmlRow(QStringLiteral("Failed"), QString::number(summary.failed));
    html += htmlRow(QStringLiteral("Pending"), QString::number(summary.pending));
    html += htmlRow(QStringLiteral("Success rate"), percent(summary.successRate()));
    html += htmlRow(QStringLiteral("Duration"), duration(summary.durationSeconds()));
    html += QStringLiteral("</table>\n");

    for (const DeviceReport &device : report.devices) {
        html += QStringLiteral("<section>\n<h2>%1</h2>\n<table>\n")
                    .arg(cell(device.hostname.isEmpty() ? device.mac : device.hostname));
        html += htmlRow(QStringLiteral("MAC"), device.mac);
        html += htmlRow(QStringLiteral("Serial"), device.serial);
        html += htmlRow(QStringLiteral("IP"), device.ip);
        html += htmlRow(QStringLiteral("Vendor class"), device.vendorClass);
        html += htmlRow(QStringLiteral("Model"), device.model);
        html += htmlRow(QStringLiteral("Site"), device.site);
        html += htmlRow(QStringLiteral("Job"), device.job);
        html += htmlRow(QStringLiteral("Profile"), device.profile);
        html += htmlRow(QStringLiteral("Template"), device.templateName);
        html += htmlRow(QStringLiteral("Template SHA-256"), device.templateSha256);
        html += htmlRow(QStringLiteral("Configuration SHA-256"), device.configSha256);
        html += htmlRow(QStringLiteral("Image"), device.image);
        html += htmlRow(QStringLiteral("Image SHA-256"), device.imageSha256);
        html += htmlRow(QStringLiteral("First seen"), reportTime(device.firstSeen));
        html += htmlRow(QStringLiteral("Configuration sent"), reportTime(device.configSentAt));
        html += htmlRow(QStringLiteral("Last seen"), reportTime(device.lastSeen));
        html += htmlRow(QStringLiteral("Result"), device.result);
        html += QStringLiteral("</table>\n<pre>%1</pre>\n</section>\n")
                    .arg(cell(device.transcript.join(QLatin1Char('\n'))));
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

Result<QByteArray> renderPdf(const Report &report, const ReportProgress &progress)
{
    PdfDocument document;
    document.setTitle(report.summary.title);
    PdfLayout layout(&document);
    writeSummaryPage(layout, report.summary);
    layout.startPage();

    const int total = int(report.devices.size());
    for (int i = 0; i < total; ++i) {
        writeDeviceSection(layout, report.devices.at(i));
        if (progress && !progress(i + 1, total))
            return cancelled();
    }
    return document.toPdf();
}

Result<QByteArray> renderReport(const Report &report, ReportFormat format,
                                const ReportProgress &progress)
{
    QByteArray content;
    switch (format) {
    case ReportFormat::Csv:
        content = renderCsv(report);
        break;
    case ReportFormat::Json:
        content = renderJson(report);
        break;
    case ReportFormat::Html:
        content = renderHtml(report);
        break;
    case ReportFormat::Pdf:
        return renderPdf(report, progress);
    }
    const int total = int(report.devices.size());
    if (progress && !progress(total, total))
        return cancelled();
    return content;
}

Status writeReport(const Report &report, ReportFormat format, const QString &path,
                   const ReportProgress &progress)
{
    const Result<QByteArray> content = renderReport(report, format, progress);
    if (!content)
        return content.error();

    // Atomic for regular files; /dev/stdout or a FIFO is written directly, never replaced.
    if (const Status written = writeFileAtomically(path, *content); !written) {
        qCWarning(lcReports).noquote() << "cannot write report:" << written.errorString();
        return written;
    }
    qCInfo(lcReports).noquote() << "wrote" << reportFormatName(format) << "report of"
                                << report.devices.size() << "devices to" << path;
    return Status::success();
}

} // namespace ztp::reports
