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

} // namespace ztp::workspace
