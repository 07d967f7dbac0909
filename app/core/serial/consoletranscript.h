#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ztp::serial {

// Every byte that crossed a console port in one session, in order, with the time it was read or
// written. The transcript goes to the history as text; the hex view shows the raw bytes.
class ConsoleTranscript
{
public:
    enum class Direction { Received, Sent };

    struct Chunk
    {
        QDateTime time; // UTC
        Direction direction;
        QByteArray data;
    };

    void append(Direction direction, const QByteArray &data);
    void clear();
    const QList<Chunk> &chunks() const { return m_chunks; }
    qint64 receivedBytes() const { return m_receivedBytes; }
    qint64 sentBytes() const { return m_sentBytes; }

    // The received output as lines, each prefixed with the UTC time its first byte arrived.
    // Control characters other than tab are dropped, and backspaces erase, as a terminal shows them.
    QString toText() const;

private:
    QList<Chunk> m_chunks;
    qint64 m_receivedBytes = 0;
    qint64 m_sentBytes = 0;
};

// Applies backspaces to `text` as a terminal does: each one erases the character before it.
QString applyBackspaces(const QString &text);

} // namespace ztp::serial
