#pragma once

#include <QByteArrayView>
#include <QList>
#include <QPoint>
#include <QString>

namespace ztp::ui {

// One character cell: the character and its SGR attributes. Colours are ANSI indexes 0-15.
struct TerminalCell
{
    static constexpr quint8 DefaultColor = 255;

    QChar character = QLatin1Char(' ');
    quint8 foreground = DefaultColor;
    quint8 background = DefaultColor;
    bool bold = false;
};

using TerminalLine = QList<TerminalCell>;

// The VT100 subset a network device console uses. It covers printable text with wrap, CR, LF,
// BS, TAB, cursor movement and positioning (CSI A B C D G H d f), and erase in display and line
// (CSI J, K). It also covers save and restore cursor (ESC 7/8, CSI s/u) and SGR colours and
// bold. Other sequences are parsed and dropped. Lines that scroll off the top go to a bounded scrollback. Bytes are read
// as Latin-1. A pure model: the widget paints it.
class TerminalScreen
{
public:
    explicit TerminalScreen(int columns = 80, int rows = 24, int scrollbackLimit = 10000);

    void feed(QByteArrayView bytes);
    void resize(int columns, int rows);
    void clear();

    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    QPoint cursor() const { return {m_column, m_row}; }

    // Scrollback lines first, then the screen's rows.
    int lineCount() const { return int(m_scrollback.size() + m_screen.size()); }
    const TerminalLine &line(int index) const;
    QString lineText(int index) const; // without trailing spaces
    int scrollbackSize() const { return int(m_scrollback.size()); }

private:
    enum class State { Ground, Escape, Csi };

    void print(QChar character);
    void lineFeed();
    void executeCsi(char final);
    void selectGraphicRendition();
    void eraseInDisplay(int mode);
    void eraseInLine(int mode);
    int parameter(int index, int fallback) const;
    TerminalLine blankLine() const;
    TerminalCell blankCell() const;

    int m_columns;
    int m_rows;
    int m_scrollbackLimit;
    QList<TerminalLine> m_scrollback;
    QList<TerminalLine> m_screen;
    int m_row = 0;
    int m_column = 0;
    bool m_wrapPending = false; // the cursor sits past the last column until the next character
    QPoint m_savedCursor;
    TerminalCell m_attributes;
    State m_state = State::Ground;
    QByteArray m_parameters;
};

} // namespace ztp::ui
