#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ztp::workspace {

struct CsvRecord
{
    int line = 0; // 1-based line where the record starts
    QStringList fields;
};

// Parses RFC 4180 CSV as spreadsheets write it: an optional UTF-8 byte order mark, quoted fields
// with "" escapes and embedded line breaks, CRLF or LF line ends. The delimiter (comma,
// semicolon or tab) is taken from the header line. Blank lines are skipped.
Result<QList<CsvRecord>> parseCsv(const QByteArray &data);

// Writes rows as RFC 4180 CSV with CRLF line ends. Fields containing a delimiter (comma,
// semicolon, tab), a double quote or a line break are quoted, so parseCsv() reads them back
// unchanged whatever delimiter it detects.
// With FormulaGuard::On, a cell that a spreadsheet would run as a formula (=, +, -, @ first)
// gets a leading apostrophe: use it for device-supplied text in files meant for spreadsheets.
enum class FormulaGuard { Off, On };
QByteArray formatCsv(const QList<QStringList> &rows, FormulaGuard guard = FormulaGuard::Off);

} // namespace ztp::workspace
