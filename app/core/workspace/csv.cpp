#include "workspace/csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace ztp::workspace {

namespace {

QChar detectDelimiter(const QString &text)
{
    // Count candidates on the header line, outside quotes.
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++comma;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolon;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tab;
    }
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

} // namespace

Result<QList<CsvRecord>> parseCsv(const QByteArray &data)
{
    // Spreadsheets write UTF-8, or UTF-16 with a byte order mark for "Unicode Text". Anything
    // else (an old ANSI code page, a binary file) is rejected rather than read with
    // replacement characters, so no serial or hostname is silently changed.
    const auto encoding = QStringConverter::encodingForData(data);
    QStringDecoder decoder(encoding.value_or(QStringConverter::Utf8));
    QString text = decoder(data);
    if (decoder.hasError())
        return Error{QCoreApplication::translate("ztp::workspace",
                                                 "the file is not UTF-8 text; save it from the "
                                                 "spreadsheet as \"CSV UTF-8\" and import it again")};
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    const QChar delimiter = detectDelimiter(text);
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int quoteLine = 0;
    record.line = 1;

    auto endField = [&] {
        record.fields.append(fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            records.append(record);
        record = CsvRecord {};
        record.line = line;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }

        if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            field.append(c);
        }
    }

    if (quoted)
        return Error{QCoreApplication::translate("ztp::workspace",
                                                 "line %1: a quoted field is not closed; add the "
                                                 "closing double quote")
                         .arg(quoteLine)};
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

QByteArray formatCsv(const QList<QStringList> &rows, FormulaGuard guard)
{
    QByteArray out;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (QString field : row) {
            if (guard == FormulaGuard::On && !field.isEmpty()
                && QStringLiteral("=+-@").contains(field.front()))
                field.prepend(QLatin1Char('\''));
            const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
                || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
                || field.contains(QLatin1Char(';')) || field.contains(QLatin1Char('\t'));
            if (needsQuotes)
                field = QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
            fields.append(field);
        }
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

} // namespace ztp::workspace
