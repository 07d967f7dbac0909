#include "serial/xmodemsender.h"

#include "common/logging.h"
#include "serial/consoleport.h"


namespace ztp::serial {

namespace {

// Christensen's limit: ten tries per block before giving up.
constexpr int MaxRetries = 10;

} // namespace

namespace xmodem {

quint16 crc16(QByteArrayView data)
{
    quint16 crc = 0;
    for (const char byte : data) {
        crc ^= quint16(quint8(byte)) << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
    }
    return crc;
}

quint8 checksum(QByteArrayView data)
{
    quint8 sum = 0;
    for (const char byte : data)
        sum = quint8(sum + quint8(byte));
    return sum;
}

QByteArray buildBlock(quint8 number, QByteArrayView data, int blockSize, bool useCrc)
{
    QByteArray payload(data.data(), qMin<qsizetype>(data.size(), blockSize));
    payload.append(blockSize - payload.size(), Padding);

    QByteArray block;
    block.reserve(blockSize + 5);
    block.append(blockSize == 1024 ? Stx : Soh);
    block.append(char(number));
    block.append(char(quint8(~number)));
    block.append(payload);
    if (useCrc) {
        const quint16 crc = crc16(payload);
        block.append(char(crc >> 8));
        block.append(char(crc & 0xff));
    } else {
        block.append(char(checksum(payload)));
    }
    return block;
}

} // namespace xmodem

XmodemSender::XmodemSender(ConsolePort *port, QObject *parent)
    : QObject(parent)
    , m_port(port)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &XmodemSender::onTimeout);
}

void XmodemSender::start(const QByteArray &data)
{
    if (isRunning())
        return;

    m_data = data;
    m_offset = 0;
    m_currentLength = 0;
    m_blockNumber = 1;
    m_retries = 0;
    m_cancelCount = 0;
    m_state = State::WaitingForReceiver;
    connect(m_port, &ConsolePort::dataReceived, this, &XmodemSender::onData);

    qCInfo(lcSerial).noquote() << "XMODEM send of" << data.size() << "bytes on" << m_port->portName()
                               << "with" << m_blockSize << "byte blocks; waiting for the receiver";
    m_timer.start(m_startTimeout);
}

void XmodemSender::abort()
{
    if (!isRunning())
        return;

    m_port->write(QByteArray(3, xmodem::Can));
    finish(false, tr("XMODEM transfer aborted after %1 of %2 bytes.").arg(m_offset).arg(m_data.size()));
}

void XmodemSender::onData(const QByteArray &data)
{
    for (const char byte : data) {
        if (!isRunning())
            return;

        // Two CANs in a row cancel the transfer; a single one may be line noise.
        if (byte == xmodem::Can) {
            if (++m_cancelCount >= 2) {
                finish(false, tr("The receiver cancelled the XMODEM transfer after %1 of %2 bytes.")
                                  .arg(m_offset)
                                  .arg(m_data.size()));
                return;
            }
            continue;
        }
        m_cancelCount = 0;

        switch (m_state) {
        case State::WaitingForReceiver:
            if (byte == xmodem::CrcRequest || byte == xmodem::Nak) {
                m_useCrc = byte == xmodem::CrcRequest;
                qCInfo(lcSerial) << "XMODEM receiver asks for" << (m_useCrc ? "CRC" : "checksum") << "mode";
                sendCurrentBlock();
            }
            break;
        case State::WaitingForBlockAck:
            if (byte == xmodem::Ack)
                advance();
            else if (byte == xmodem::Nak)
                retry(tr("NAK for block %1").arg(m_blockNumber));
            break;
        case State::WaitingForEotAck:
            if (byte == xmodem::Ack)
                finish(true, QString());
            else if (byte == xmodem::Nak)
                retry(tr("NAK for EOT"));
            break;
        case State::Idle:
            break;
        }
    }
}

void XmodemSender::sendCurrentBlock()
{
    if (m_offset >= m_data.size()) {
        m_state = State::WaitingForEotAck;
        m_port->write(QByteArray(1, xmodem::Eot));
        m_timer.start(m_blockTimeout);
        return;
    }

    // 1K blocks need CRC mode. The tail goes in 128-octet blocks, so at most 127 octets of padding.
    const qint64 remaining = m_data.size() - m_offset;
    const int blockSize = (m_blockSize == 1024 && m_useCrc && remaining >= 1024) ? 1024 : 128;
    m_currentLength = int(qMin<qint64>(remaining, blockSize));

    m_state = State::WaitingForBlockAck;
    m_port->write(xmodem::buildBlock(m_blockNumber, QByteArrayView(m_data).sliced(m_offset, m_currentLength),
                                     blockSize, m_useCrc));
    m_timer.start(m_blockTimeout);
}

void XmodemSender::advance()
{
    m_offset += m_currentLength;
    m_retries = 0;
    ++m_blockNumber; // wraps from 255 to 0, as the protocol requires
    emit progress(m_offset, m_data.size());
    sendCurrentBlock();
}

void XmodemSender::retry(const QString &reason)
{
    if (++m_retries > MaxRetries) {
        finish(false, tr("XMODEM transfer failed after %1 tries (%2) at byte %3 of %4. Check the "
                         "baud rate and the cable.")
                          .arg(MaxRetries)
                          .arg(reason)
                          .arg(m_offset)
                          .arg(m_data.size()));
        return;
    }
    qCInfo(lcSerial).noquote() << "XMODEM retry" << m_retries << reason;
    sendCurrentBlock();
}

void XmodemSender::onTimeout()
{
    if (m_state == State::WaitingForReceiver) {
        finish(false, tr("No XMODEM receiver answered within %1 s. Start the receive command on the "
                         "device (for example 'xmodem -c' in ROMMON) before sending.")
                          .arg(m_startTimeout.count() / 1000));
        return;
    }
    //: Reason of an XMODEM block retry: the receiver sent no reply in time.
    retry(tr("timeout"));
}

void XmodemSender::finish(bool success, const QString &error)
{
    m_state = State::Idle;
    m_timer.stop();
    disconnect(m_port, nullptr, this, nullptr);
    if (success)
        qCInfo(lcSerial).noquote() << "XMODEM send of" << m_data.size() << "bytes finished";
    else
        qCWarning(lcSerial).noquote() << "XMODEM send failed:" << error;
    emit finished(success, error);
}

} // namespace ztp::serial
