#include "console/terminalscreen.h"

namespace ztp::ui {

TerminalScreen::TerminalScreen(int columns, int rows, int scrollbackLimit)
    : m_columns(qMax(columns, 2))
    , m_rows(qMax(rows, 2))
    , m_scrollbackLimit(scrollbackLimit)
{
    clear();
}

void TerminalScreen::clear()
{
    m_scrollback.clear();
    m_screen = QList<TerminalLine>(m_rows, blankLine());
    m_row = 0;
    m_column = 0;
    m_wrapPending = false;
}

void TerminalScreen::resize(int columns, int rows)
{
    columns = qMax(columns, 2);
    rows = qMax(rows, 2);

    for (TerminalLine &line : m_screen)
        line.resize(columns);
    for (TerminalLine &line : m_scrollback)
        line.resize(columns);
    m_columns = columns;

    // Shrinking moves the top rows into the scrollback, so the cursor's line stays visible.
    while (m_screen.size() > rows) {
        if (m_row == 0)
            break;
        m_scrollback.append(m_screen.takeFirst());
        --m_row;
    }
    while (m_screen.size() > rows)
        m_screen.removeLast();
    while (m_screen.size() < rows)
        m_screen.append(blankLine());
    m_rows = rows;
    m_column = qMin(m_column, m_columns - 1);
}

const TerminalLine &TerminalScreen::line(int index) const
{
    if (index < m_scrollback.size())
        return m_scrollback.at(index);
    return m_screen.at(index - m_scrollback.size());
}

QString TerminalScreen::lineText(int index) const
{
    QString text;
    for (const TerminalCell &cell : line(index))
        text.append(cell.character);
    while (text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

TerminalCell TerminalScreen::blankCell() const
{
    TerminalCell cell;
    cell.background = m_attributes.background;
    return cell;
}

TerminalLine TerminalScreen::blankLine() const
{
    return TerminalLine(m_columns, blankCell());
}

void TerminalScreen::feed(QByteArrayView bytes)
{
    for (const char byte : bytes) {
        const uchar value = uchar(byte);
        switch (m_state) {
        case State::Ground:
            if (value == 0x1b) {
                m_state = State::Escape;
            } else if (value == '\r') {
                m_column = 0;
                m_wrapPending = false;
            } else if (value == '\n' || value == 0x0b || value == 0x0c) {
                lineFeed();
            } else if (value == '\b') {
                m_column = qMax(0, m_column - 1);
                m_wrapPending = false;
            } else if (value == '\t') {
                m_column = qMin(m_columns - 1, (m_column / 8 + 1) * 8);
            } else if (value >= 0x20 && value != 0x7f) {
                print(QChar::fromLatin1(byte));
            }
            break;
        case State::Escape:
            if (byte == '[') {
                m_state = State::Csi;
                m_parameters.clear();
                break;
            }
            if (byte == '7') {
                m_savedCursor = {m_column, m_row};
            } else if (byte == '8') {
                m_column = m_savedCursor.x();
                m_row = m_savedCursor.y();
            } else if (byte == 'c') {
                clear();
            }
            m_state = State::Ground;
            break;
        case State::Csi:
            if ((value >= '0' && value <= '9') || byte == ';' || byte == '?') {
                if (m_parameters.size() < 64)
                    m_parameters.append(byte);
                break;
            }
            m_state = State::Ground;
            executeCsi(byte);
            break;
        }
    }
}

void TerminalScreen::print(QChar character)
{
    if (m_wrapPending) {
        m_column = 0;
        lineFeed();
        m_wrapPending = false;
    }

    TerminalCell cell = m_attributes;
    cell.character = character;
    m_screen[m_row][m_column] = cell;
    if (m_column == m_columns - 1)
        m_wrapPending = true;
    else
        ++m_column;
}

void TerminalScreen::lineFeed()
{
    m_wrapPending = false;
    if (m_row < m_rows - 1) {
        ++m_row;
        return;
    }

    m_scrollback.append(m_screen.takeFirst());
    if (m_scrollback.size() > m_scrollbackLimit)
        m_scrollback.removeFirst();
    m_screen.append(blankLine());
}

int TerminalScreen::parameter(int index, int fallback) const
{
    const QList<QByteArray> parts = m_parameters.split(';');
    if (index >= parts.size() || parts.at(index).isEmpty())
        return fallback;
    bool ok = false;
    const int value = parts.at(index).toInt(&ok);
    return ok ? value : fallback;
}

void TerminalScreen::executeCsi(char final)
{
    // Private modes (CSI ? 25 l and the like) change nothing this screen draws.
    if (m_parameters.startsWith('?'))
        return;

    m_wrapPending = false;
    const int count = qMax(1, parameter(0, 1));
    switch (final) {
    case 'A':
        m_row = qMax(0, m_row - count);
        break;
    case 'B':
        m_row = qMin(m_rows - 1, m_row + count);
        break;
    case 'C':
        m_column = qMin(m_columns - 1, m_column + count);
        break;
    case 'D':
        m_column = qMax(0, m_column - count);
        break;
    case 'G':
        m_column = qBound(0, count - 1, m_columns - 1);
        break;
    case 'd':
        m_row = qBound(0, count - 1, m_rows - 1);
        break;
    case 'H':
    case 'f':
        m_row = qBound(0, parameter(0, 1) - 1, m_rows - 1);
        m_column = qBound(0, parameter(1, 1) - 1, m_columns - 1);
        break;
    case 'J':
        eraseInDisplay(parameter(0, 0));
        break;
    case 'K':
        eraseInLine(parameter(0, 0));
        break;
    case 'm':
        selectGraphicRendition();
        break;
    case 's':
        m_savedCursor = {m_column, m_row};
        break;
    case 'u':
        m_column = m_savedCursor.x();
        m_row = m_savedCursor.y();
        break;
    default:
        break;
    }
}

void TerminalScreen::eraseInDisplay(int mode)
{
    if (mode == 2 || mode == 3) {
        for (TerminalLine &line : m_screen)
            line = blankLine();
        return;
    }
    eraseInLine(mode);
    const int first = mode == 0 ? m_row + 1 : 0;
    const int last = mode == 0 ? m_rows - 1 : m_row - 1;
    for (int row = first; row <= last; ++row)
        m_screen[row] = blankLine();
}

void TerminalScreen::eraseInLine(int mode)
{
    const int first = mode == 0 ? m_column : 0;
    const int last = mode == 1 ? m_column : m_columns - 1;
    for (int column = first; column <= last; ++column)
        m_screen[m_row][column] = blankCell();
}

void TerminalScreen::selectGraphicRendition()
{
    const int count = m_parameters.isEmpty() ? 1 : int(m_parameters.count(';')) + 1;
    for (int index = 0; index < count; ++index) {
        const int code = parameter(index, 0);
        if (code == 0) {
            m_attributes = TerminalCell();
        } else if (code == 1) {
            m_attributes.bold = true;
        } else if (code == 22) {
            m_attributes.bold = false;
        } else if (code >= 30 && code <= 37) {
            m_attributes.foreground = quint8(code - 30);
        } else if (code == 39) {
            m_attributes.foreground = TerminalCell::DefaultColor;
        } else if (code >= 40 && code <= 47) {
            m_attributes.background = quint8(code - 40);
        } else if (code == 49) {
            m_attributes.background = TerminalCell::DefaultColor;
        } else if (code >= 90 && code <= 97) {
            m_attributes.foreground = quint8(code - 90 + 8);
        } else if (code >= 100 && code <= 107) {
            m_attributes.background = quint8(code - 100 + 8);
        }
    }
}

} // namespace ztp::ui
