#pragma once

#include "common/result.h"
#include "reports/report.h"

#include <functional>
#include <optional>

namespace ztp::reports {

enum class ReportFormat { Csv, Json, Html, Pdf };

// "csv", "json", "html", "pdf" (any case).
std::optional<ReportFormat> reportFormatFromName(const QString &name);
QString reportFormatName(ReportFormat format);

// Progress callback, called after each device with the count done and the total. Returning
// false cancels the export, which then fails with a "cancelled" error and writes nothing.
using ReportProgress = std::function<bool(int done, int total)>;

// One row per device, RFC 4180 quoting, UTF-8 without byte order mark, CRLF line ends.
// The first nine columns are those of the first release, so scripts that read them still work.
QByteArray renderCsv(const Report &report);
// {"report": {...}, "summary": {...}, "devices": [...]}, keys sorted, times ISO 8601 UTC.
QByteArray renderJson(const Report &report);
// A standalone page without scripts or external resources.
QByteArray renderHtml(const Report &report);
// A summary page, then a section per device. Fails only when cancelled.
Result<QByteArray> renderPdf(const Report &report, const ReportProgress &progress = {});

Result<QByteArray> renderReport(const Report &report, ReportFormat format,
                                const ReportProgress &progress = {});
// Renders and writes atomically: `path` is either the complete report or untouched.
Status writeReport(const Report &report, ReportFormat format, const QString &path,
                   const ReportProgress &progress = {});

} // namespace ztp::reports
