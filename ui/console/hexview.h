#pragma once

#include <QDateTime>
#include <QPlainTextEdit>

namespace ztp::ui {

// The raw bytes of a console session, 16 per line with their time, direction and offset, and
// the printable ones beside them. Keeps the last 50,000 lines.
class HexView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit HexView(QWidget *parent = nullptr);

    // Formats one chunk as hex dump lines; `sent` marks bytes written to the device.
    static QStringList formatChunk(const QDateTime &time, bool sent, const QByteArray &data);

public slots:
    void appendReceived(const QByteArray &data);
    void appendSent(const QByteArray &data);
};

} // namespace ztp::ui
