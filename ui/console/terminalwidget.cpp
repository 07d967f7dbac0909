#include "console/terminalwidget.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

namespace ztp::ui {

namespace {

// The 16 ANSI colours, as xterm draws them.
const QRgb AnsiPalette[16] = {
    0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
    0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
};

} // namespace

TerminalWidget::TerminalWidget(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
}

void TerminalWidget::appendData(const QByteArray &data)
{
    const bool atBottom = verticalScrollBar()->value() == verticalScrollBar()->maximum();
    m_screen.feed(data);
    updateScrollBar(atBottom);
    viewport()->update();
}

void TerminalWidget::clear()
{
    m_screen.clear();
    m_selectionStart = m_selectionEnd = -1;
    updateScrollBar(true);
    viewport()->update();
}

void TerminalWidget::updateScrollBar(bool followOutput)
{
    verticalScrollBar()->setRange(0, m_screen.scrollbackSize());
    verticalScrollBar()->setPageStep(m_screen.rows());
    if (followOutput)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

QColor TerminalWidget::color(quint8 index, bool foreground) const
{
    if (index == TerminalCell::DefaultColor)
        return foreground ? palette().color(QPalette::Text) : palette().color(QPalette::Base);
    return QColor(AnsiPalette[index & 0x0f]);
}

void TerminalWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Base));

    const QFontMetrics metrics(font());
    const int cellWidth = metrics.horizontalAdvance(QLatin1Char('M'));
    const int lineHeight = metrics.height();
    const int first = verticalScrollBar()->value();
    const int selectionFirst = qMin(m_selectionStart, m_selectionEnd);
    const int selectionLast = qMax(m_selectionStart, m_selectionEnd);

    for (int row = 0; row < m_screen.rows() && first + row < m_screen.lineCount(); ++row) {
        const int index = first + row;
        const TerminalLine &line = m_screen.line(index);
        const int y = row * lineHeight;
        const bool selected = m_selectionStart >= 0 && index >= selectionFirst && index <= selectionLast;
        if (selected)
            painter.fillRect(0, y, viewport()->width(), lineHeight, palette().color(QPalette::Highlight));

        for (int column = 0; column < line.size(); ++column) {
            const TerminalCell &cell = line.at(column);
            const QRect box(column * cellWidth, y, cellWidth, lineHeight);
            if (!selected && cell.background != TerminalCell::DefaultColor)
                painter.fillRect(box, color(cell.background, false));
            if (cell.character == QLatin1Char(' '))
                continue;
            QFont cellFont = font();
            cellFont.setBold(cell.bold);
            painter.setFont(cellFont);
            painter.setPen(selected ? palette().color(QPalette::HighlightedText) : color(cell.foreground, true));
            painter.drawText(box, Qt::AlignLeft | Qt::AlignTop, QString(cell.character));
        }
    }

    // The cursor, as a block, when its row is in view.
    const int cursorIndex = m_screen.scrollbackSize() + m_screen.cursor().y();
    if (cursorIndex >= first && cursorIndex < first + m_screen.rows()) {
        const QRect box(m_screen.cursor().x() * cellWidth, (cursorIndex - first) * lineHeight, cellWidth, lineHeight);
        painter.fillRect(box, hasFocus() ? palette().color(QPalette::Text) : Qt::transparent);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawRect(box.adjusted(0, 0, -1, -1));
    }
}

void TerminalWidget::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const QFontMetrics metrics(font());
    const int columns = viewport()->width() / qMax(1, metrics.horizontalAdvance(QLatin1Char('M')));
    const int rows = viewport()->height() / qMax(1, metrics.height());
    m_screen.resize(qMax(columns, 20), qMax(rows, 4));
    updateScrollBar(true);
}

bool TerminalWidget::focusNextPrevChild(bool)
{
    // Tab belongs to the device (command completion), not to focus navigation.
    return false;
}

void TerminalWidget::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers();
    if (modifiers == (Qt::ControlModifier | Qt::ShiftModifier) && event->key() == Qt::Key_C) {
        copy();
        return;
    }
    if (modifiers == (Qt::ControlModifier | Qt::ShiftModifier) && event->key() == Qt::Key_V) {
        paste();
        return;
    }

    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        send("\r");
        return;
    case Qt::Key_Backspace:
        send("\x7f");
        return;
    case Qt::Key_Tab:
        send("\t");
        return;
    case Qt::Key_Up:
        send("\x1b[A");
        return;
    case Qt::Key_Down:
        send("\x1b[B");
        return;
    case Qt::Key_Right:
        send("\x1b[C");
        return;
    case Qt::Key_Left:
        send("\x1b[D");
        return;
    default:
        break;
    }

    // Ctrl+letter arrives as its control character (Ctrl+Z is 0x1a, IOS's "end").
    const QString text = event->text();
    if (!text.isEmpty())
        send(text.toLatin1());
}

void TerminalWidget::send(const QByteArray &data)
{
    if (m_localEcho)
        appendData(data);
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    emit sendRequested(data);
}

int TerminalWidget::lineAt(const QPoint &position) const
{
    const int lineHeight = QFontMetrics(font()).height();
    return qMin(m_screen.lineCount() - 1, verticalScrollBar()->value() + position.y() / qMax(1, lineHeight));
}

void TerminalWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        paste();
        return;
    }
    m_selectionStart = m_selectionEnd = lineAt(event->position().toPoint());
    viewport()->update();
}

void TerminalWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_selectionStart < 0)
        return;
    m_selectionEnd = lineAt(event->position().toPoint());
    viewport()->update();
}

QString TerminalWidget::selectedText() const
{
    int first = m_screen.scrollbackSize();
    int last = m_screen.lineCount() - 1;
    if (m_selectionStart >= 0) {
        first = qMin(m_selectionStart, m_selectionEnd);
        last = qMax(m_selectionStart, m_selectionEnd);
    }

    QStringList lines;
    for (int index = first; index <= last; ++index)
        lines.append(m_screen.lineText(index));
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

void TerminalWidget::copy()
{
    QApplication::clipboard()->setText(selectedText());
}

void TerminalWidget::paste()
{
    // Line feeds become the CR that Enter sends. A long paste goes out in one piece: the push
    // panel is the paced way to send a configuration.
    QString text = QApplication::clipboard()->text();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\r")).replace(QLatin1Char('\n'), QLatin1Char('\r'));
    if (!text.isEmpty())
        send(text.toLatin1());
}

} // namespace ztp::ui
