#include "console/hexview.h"

#include <QFontDatabase>

namespace ztp::ui {

HexView::HexView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setMaximumBlockCount(50000);
}

QStringList HexView::formatChunk(const QDateTime &time, bool sent, const QByteArray &data)
{
    QStringList lines;
    const QString stamp = time.toString(QStringLiteral("hh:mm:ss.zzz"));
    for (qsizetype offset = 0; offset < data.size(); offset += 16) {
        const QByteArray row = data.mid(offset, 16);
        QString hex = QString::fromLatin1(row.toHex(' '));
        hex = hex.leftJustified(47, QLatin1Char(' '));
        QString printable;
        for (const char byte : row)
            printable.append(uchar(byte) >= 0x20 && uchar(byte) < 0x7f ? QChar::fromLatin1(byte) : QLatin1Char('.'));
        lines.append(QStringLiteral("%1 %2 %3  %4  %5")
                         .arg(stamp, sent ? QStringLiteral("TX") : QStringLiteral("RX"))
                         .arg(offset, 4, 16, QLatin1Char('0'))
                         .arg(hex, printable));
    }
    return lines;
}

void HexView::appendReceived(const QByteArray &data)
{
    for (const QString &line : formatChunk(QDateTime::currentDateTime(), false, data))
        appendPlainText(line);
}

void HexView::appendSent(const QByteArray &data)
{
    for (const QString &line : formatChunk(QDateTime::currentDateTime(), true, data))
        appendPlainText(line);
}

} // namespace ztp::ui
