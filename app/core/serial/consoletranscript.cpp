#include "serial/consoletranscript.h"

namespace ztp::serial {

void ConsoleTranscript::append(Direction direction, const QByteArray &data)
{
    if (data.isEmpty())
        return;

    if (direction == Direction::Received)
        m_receivedBytes += data.size();
    else
        m_sentBytes += data.size();
    m_chunks.append({QDateTime::currentDateTimeUtc(), direction, data});
}

void ConsoleTranscript::clear()
{
    m_chunks.clear();
    m_receivedBytes = 0;
    m_sentBytes = 0;
}

QString ConsoleTranscript::toText() const
{
    QString text;
    QString line;
    QDateTime lineStart;

    const auto finishLine = [&] {
        text += QStringLiteral("[%1] %2\n")
                    .arg(lineStart.toString(QStringLiteral("hh:mm:ss.zzz")), applyBackspaces(line));
        line.clear();
        lineStart = QDateTime();
    };

    for (const Chunk &chunk : m_chunks) {
        if (chunk.direction != Direction::Received)
            continue;
        for (const char byte : chunk.data) {
            if (byte == '\n') {
                finishLine();
                continue;
            }
            if (byte == '\r' || (uchar(byte) < 0x20 && byte != '\t' && byte != '\b'))
                continue;
            if (line.isEmpty() && lineStart.isNull())
                lineStart = chunk.time;
            line.append(QChar::fromLatin1(byte));
        }
    }
    if (!line.isEmpty())
        finishLine();
    return text;
}

QString applyBackspaces(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar character : text) {
        if (character == QLatin1Char('\b')) {
            if (!result.isEmpty())
                result.chop(1);
            continue;
        }
        result.append(character);
    }
    return result;
}

} // namespace ztp::serial
