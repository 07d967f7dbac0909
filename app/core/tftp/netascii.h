#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

#include <optional>

namespace ztp::tftp {

// Netascii (RFC 764, as RFC 1350 uses it) from a file with Unix line ends: LF becomes CR LF
// and a bare CR becomes CR NUL. Each input octet maps on its own, so chunks can be encoded
// independently.
QByteArray encodeNetascii(QByteArrayView input);

// The size of encodeNetascii(all of device) without keeping it in memory. Reads the device to
// its end; nullopt on a read error.
std::optional<qint64> netasciiEncodedSize(QIODevice *device);

// Netascii back to Unix line ends: CR LF becomes LF and CR NUL becomes CR. A CR at the end of
// one chunk is held until the next chunk shows what follows it. A CR followed by any other
// octet is kept as it is.
class NetasciiDecoder
{
public:
    QByteArray decode(QByteArrayView input);
    // The octets still held at the end of the stream (a final lone CR).
    QByteArray finish();

private:
    bool m_pendingCarriageReturn = false;
};

} // namespace ztp::tftp
