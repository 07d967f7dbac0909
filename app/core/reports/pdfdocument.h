#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ztp::reports {

// A minimal PDF 1.4 writer for text reports: A4 pages, the standard Type 1 fonts Helvetica,
// Helvetica-Bold and Courier, text and horizontal rules, Flate-compressed content streams.
//
// Written by hand because the engine (and so `ztpw`) must not link QtGui, which QPdfWriter
// needs. The 14 standard fonts are built into every PDF reader (ISO 32000-1, 9.6.2.2), so
// nothing is embedded and a 1,000-device report stays small. Text is encoded as
// WinAnsiEncoding; characters outside Latin-1 print as '?'.
class PdfDocument
{
public:
    enum class Font { Regular, Bold, Mono };

    static constexpr double PageWidth = 595.0;  // A4 in points
    static constexpr double PageHeight = 842.0;

    void setTitle(const QString &title) { m_title = title; }
    void newPage();
    int pageCount() const { return int(m_pages.size()); }

    // Draws one line of text with its baseline at (x, y), y counted from the bottom of the page.
    void text(double x, double y, Font font, double size, const QString &text);
    void rule(double x1, double x2, double y);

    // An estimate of the width of `text` in points: 0.6 em per character, which is Courier's
    // exact width and above Helvetica's average, so lines wrapped with it stay on the page.
    static double estimatedWidth(const QString &text, double size);

    QByteArray toPdf() const;

private:
    QList<QByteArray> m_pages; // content streams, uncompressed
    QString m_title;
};

} // namespace ztp::reports
