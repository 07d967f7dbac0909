#pragma once

#include "console/terminalscreen.h"

#include <QAbstractScrollArea>

namespace ztp::ui {

// Paints a TerminalScreen with its scrollback and turns key presses into the bytes a VT100
// sends. Copy and paste with Ctrl+Shift+C and Ctrl+Shift+V; a mouse drag selects whole lines.
class TerminalWidget : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TerminalWidget(QWidget *parent = nullptr);

    TerminalScreen &screen() { return m_screen; }
    void setLocalEcho(bool enabled) { m_localEcho = enabled; }
    bool localEcho() const { return m_localEcho; }
    // The selected lines' text, or the whole screen when nothing is selected.
    QString selectedText() const;

public slots:
    void appendData(const QByteArray &data);
    void copy();
    void paste();
    void clear();

signals:
    // Bytes the user typed or pasted, for the serial port.
    void sendRequested(const QByteArray &data);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void send(const QByteArray &data);
    void updateScrollBar(bool followOutput);
    int lineAt(const QPoint &position) const;
    QColor color(quint8 index, bool foreground) const;

    TerminalScreen m_screen;
    bool m_localEcho = false;
    int m_selectionStart = -1;
    int m_selectionEnd = -1;
};

} // namespace ztp::ui
