#include "reports/pdfdocument.h"

#include <QDateTime>

namespace ztp::reports {

namespace {

// A PDF literal string: Latin-1 bytes with '\', '(' and ')' escaped (ISO 32000-1, 7.3.4.2).
QByteArray literal(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '(';
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code == u'\\' || code == u'(' || code == u')') {
            out += '\\';
            out += char(code);
        } else if (code < 0x20 || (code >= 0x7f && code < 0xa0) || code > 0xff) {
            out += '?';
        } else {
            out += char(code);
        }
    }
    out += ')';
    return out;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

const char *fontResource(PdfDocument::Font font)
{
    switch (font) {
    case PdfDocument::Font::Regular:
        return "/F1";
    case PdfDocument::Font::Bold:
        return "/F2";
    case PdfDocument::Font::Mono:
        return "/F3";
    }
    return "/F1";
}

// zlib stream for /FlateDecode: qCompress() prefixes it with a 4-byte length that PDF must not see.
QByteArray deflate(const QByteArray &data)
{
    return qCompress(data, 6).mid(4);
}

} // namespace

void PdfDocument::newPage()
{
    m_pages.append(QByteArray());
}

void PdfDocument::text(double x, double y, Font font, double size, const QString &text)
{
    if (m_pages.isEmpty())
        newPage();
    QByteArray &page = m_pages.last();
    page += "BT " + QByteArray(fontResource(font)) + ' ' + number(size) + " Tf " + number(x) + ' '
        + number(y) + " Td " + literal(text) + " Tj ET\n";
}

void PdfDocument::rule(double x1, double x2, double y)
{
    if (m_pages.isEmpty())
        newPage();
    m_pages.last() += "0.5 w " + number(x1) + ' ' + number(y) + " m " + number(x2) + ' '
        + number(y) + " l S\n";
}

double PdfDocument::estimatedWidth(const QString &text, double size)
{
    return 0.6 * size * double(text.size());
}

QByteArray PdfDocument::toPdf() const
{
    // Objects: 1 catalog, 2 page tree, 3-5 fonts, 6 info, then a page and its content per page.
    const int firstPage = 7;
    const int pageCount = std::max<int>(1, int(m_pages.size()));
    QList<QByteArray> objects;

    QByteArray kids;
    for (int i = 0; i < pageCount; ++i)
        kids += QByteArray::number(firstPage + 2 * i) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pageCount) + " >>";
    for (const char *name : {"Helvetica", "Helvetica-Bold", "Courier"})
        objects << "<< /Type /Font /Subtype /Type1 /BaseFont /" + QByteArray(name)
                + " /Encoding /WinAnsiEncoding >>";
    objects << "<< /Producer (ZTP Workbench) /Title " + literal(m_title) + " /CreationDate (D:"
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1()
            + "Z) >>";

    for (int i = 0; i < pageCount; ++i) {
        const QByteArray content = deflate(i < m_pages.size() ? m_pages.at(i) : QByteArray());
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
                   "/F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents "
                + QByteArray::number(firstPage + 2 * i + 1) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(content.size()) + " /Filter /FlateDecode >>\n"
                   "stream\n" + content + "\nendstream";
    }

    // The binary comment line marks the file as binary for transfer tools (ISO 32000-1, 7.5.2).
    QByteArray out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }

    // Each cross-reference entry is exactly 20 bytes, "nnnnnnnnnn ggggg n\r\n" (7.5.4).
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f\r\n";
    for (const qsizetype offset : std::as_const(offsets))
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n\r\n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R /Info 6 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace ztp::reports
