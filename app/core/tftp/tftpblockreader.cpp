#include "tftp/tftpblockreader.h"

#include "tftp/netascii.h"

namespace ztp::tftp {

BlockReader::BlockReader(std::unique_ptr<QIODevice> device, TransferMode mode)
    : m_device(std::move(device))
    , m_mode(mode)
{
}

Result<QByteArray> BlockReader::readBlock(int blockSize)
{
    if (m_mode == TransferMode::Octet) {
        if (m_deviceDone)
            return QByteArray();
        QByteArray block = m_device->read(blockSize);
        if (block.isEmpty() && !m_device->atEnd())
            return Error{QStringLiteral("Cannot read the file: %1").arg(m_device->errorString())};
        if (block.size() < blockSize)
            m_deviceDone = true;
        return block;
    }

    // Netascii grows the data, so one block may hold less than blockSize input octets and the
    // encoded remainder carries over to the next block.
    while (m_encoded.size() < blockSize && !m_deviceDone) {
        const QByteArray raw = m_device->read(blockSize);
        if (raw.isEmpty()) {
            if (!m_device->atEnd())
                return Error{
                    QStringLiteral("Cannot read the file: %1").arg(m_device->errorString())};
            m_deviceDone = true;
            break;
        }
        m_encoded.append(encodeNetascii(raw));
    }

    const QByteArray block = m_encoded.left(blockSize);
    m_encoded.remove(0, block.size());
    return block;
}

} // namespace ztp::tftp
