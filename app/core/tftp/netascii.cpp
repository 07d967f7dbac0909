#include "tftp/netascii.h"

namespace ztp::tftp {

QByteArray encodeNetascii(QByteArrayView input)
{
    QByteArray output;
    output.reserve(input.size() + input.size() / 16);
    for (const char c : input) {
        if (c == '\n') {
            output.append("\r\n", 2);
        } else if (c == '\r') {
            output.append('\r');
            output.append('\0');
        } else {
            output.append(c);
        }
    }
    return output;
}

std::optional<qint64> netasciiEncodedSize(QIODevice *device)
{
    constexpr qint64 chunkSize = 64 * 1024;
    qint64 size = 0;

    while (true) {
        const QByteArray chunk = device->read(chunkSize);
        if (chunk.isEmpty()) {
            if (device->atEnd())
                break;
            return std::nullopt;
        }
        size += chunk.size() + chunk.count('\n') + chunk.count('\r');
    }
    return size;
}

QByteArray NetasciiDecoder::decode(QByteArrayView input)
{
    QByteArray output;
    output.reserve(input.size() + 1);

    for (const char c : input) {
        if (m_pendingCarriageReturn) {
            m_pendingCarriageReturn = false;
            if (c == '\n') {
                output.append('\n');
                continue;
            }
            output.append('\r');
            if (c == '\0')
                continue;
        }
        if (c == '\r')
            m_pendingCarriageReturn = true;
        else
            output.append(c);
    }
    return output;
}

QByteArray NetasciiDecoder::finish()
{
    if (!m_pendingCarriageReturn)
        return {};
    m_pendingCarriageReturn = false;
    return QByteArrayLiteral("\r");
}

} // namespace ztp::tftp
