#pragma once

#include "common/result.h"
#include "tftp/tftppacket.h"

#include <QByteArray>
#include <QIODevice>

#include <memory>

namespace ztp::tftp {

// Cuts a file or an in-memory document into DATA payloads, encoding netascii on the way.
// Reads the device as blocks are needed, so a large image is never held in memory whole.
class BlockReader
{
public:
    BlockReader(std::unique_ptr<QIODevice> device, TransferMode mode);

    // The next payload of at most blockSize octets. A payload shorter than blockSize (possibly
    // empty) is the last one; calling again after it returns an empty payload.
    Result<QByteArray> readBlock(int blockSize);

private:
    std::unique_ptr<QIODevice> m_device;
    TransferMode m_mode;
    QByteArray m_encoded; // netascii output not yet handed out, because encoding grows the data
    bool m_deviceDone = false;
};

} // namespace ztp::tftp
