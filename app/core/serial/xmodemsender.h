#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace ztp::serial {

class ConsolePort;

// XMODEM framing, after Ward Christensen's 1977 protocol, the CRC extension (1984), and
// Chuck Forsberg's XMODEM-1K ("XMODEM/YMODEM Protocol Reference", 1988).
namespace xmodem {

constexpr char Soh = 0x01; // 128-octet block follows
constexpr char Stx = 0x02; // 1024-octet block follows (XMODEM-1K)
constexpr char Eot = 0x04;
constexpr char Ack = 0x06;
constexpr char Nak = 0x15; // also the receiver's request for checksum mode
constexpr char Can = 0x18;
constexpr char CrcRequest = 'C';
constexpr char Padding = 0x1a; // CP/M end-of-file, fills the last block

// CRC-16 with polynomial 0x1021 and initial value 0, sent high octet first.
quint16 crc16(QByteArrayView data);
quint8 checksum(QByteArrayView data);

// One block: header, block number and its complement, `data` padded to `blockSize` (128 or 1024)
// with Padding, then a CRC-16 or the arithmetic checksum.
QByteArray buildBlock(quint8 number, QByteArrayView data, int blockSize, bool useCrc);

} // namespace xmodem

// Sends one file with XMODEM to a receiver on a console port, such as a ROM monitor's
// "xmodem" command. The receiver chooses CRC ('C') or checksum (NAK) mode; 1K blocks need CRC
// mode and fall back to 128-octet blocks otherwise. The file arrives padded with 0x1A to the
// block size, because XMODEM carries no length. Lives in the port's thread.
class XmodemSender : public QObject
{
    Q_OBJECT

public:
    explicit XmodemSender(ConsolePort *port, QObject *parent = nullptr);

    // 1024 for XMODEM-1K, 128 for classic XMODEM.
    void setBlockSize(int blockSize) { m_blockSize = blockSize == 1024 ? 1024 : 128; }
    void setStartTimeout(std::chrono::milliseconds timeout) { m_startTimeout = timeout; }
    void setBlockTimeout(std::chrono::milliseconds timeout) { m_blockTimeout = timeout; }

    void start(const QByteArray &data);
    // Cancels with CAN CAN CAN, which every XMODEM receiver honours.
    void abort();
    bool isRunning() const { return m_state != State::Idle; }

signals:
    void progress(qint64 bytesSent, qint64 bytesTotal);
    void finished(bool success, const QString &error);

private:
    enum class State { Idle, WaitingForReceiver, WaitingForBlockAck, WaitingForEotAck };

    void onData(const QByteArray &data);
    void onTimeout();
    void sendCurrentBlock();
    void advance();
    void retry(const QString &reason);
    void finish(bool success, const QString &error);

    ConsolePort *m_port;
    QByteArray m_data;
    State m_state = State::Idle;
    int m_blockSize = 1024;
    bool m_useCrc = true;
    qint64 m_offset = 0;       // first byte of the current block
    int m_currentLength = 0;   // payload bytes in the current block
    quint8 m_blockNumber = 1;
    int m_retries = 0;
    int m_cancelCount = 0;
    std::chrono::milliseconds m_startTimeout {60000};
    std::chrono::milliseconds m_blockTimeout {10000};
    QTimer m_timer;
};

} // namespace ztp::serial
