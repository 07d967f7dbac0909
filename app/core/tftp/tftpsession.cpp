#include "tftp/tftpsession.h"

#include "common/logging.h"

#include <QDir>
#include <QNetworkDatagram>

namespace ztp::tftp {

namespace {

// Progress signals per transfer are limited to about four a second.
constexpr qint64 ProgressIntervalMs = 250;

QString describeClient(const TransferRecord &record)
{
    return QStringLiteral("%1:%2").arg(record.client.toString()).arg(record.clientPort);
}

} // namespace

// --- TftpSession ---------------------------------------------------------------------------

TftpSession::TftpSession(std::unique_ptr<QUdpSocket> socket, SessionParameters parameters,
                         QObject *parent)
    : QObject(parent)
    , m_parameters(std::move(parameters))
    , m_record(m_parameters.record)
    , m_socket(std::move(socket))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { handleTimeout(); });
    connect(m_socket.get(), &QUdpSocket::readyRead, this, &TftpSession::readPendingDatagrams);
    m_clock.start();
}

TftpSession::~TftpSession() = default;

void TftpSession::abort(const QString &reason)
{
    if (m_finished) {
        close();
        return;
    }
    sendError(ErrorCode::NotDefined, reason);
    finish(false, reason);
    close();
}

void TftpSession::readPendingDatagrams()
{
    while (!m_closed && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();

        const QHostAddress sender(datagram.senderAddress().toIPv4Address());
        const quint16 senderPort = quint16(datagram.senderPort());
        if (sender != m_record.client || senderPort != m_record.clientPort) {
            // RFC 1350 section 4: a packet with the wrong source TID gets ERROR 5 and does not
            // disturb the transfer.
            qCDebug(lcTftpPacket) << "transfer" << m_record.id << "packet from unknown port"
                                  << sender.toString() << senderPort;
            m_socket->writeDatagram(encodeError(ErrorCode::UnknownTransferId,
                                                QStringLiteral("Unknown transfer ID")),
                                    sender, senderPort);
            continue;
        }
        handlePacket(datagram.data());
    }
}

void TftpSession::send(const QByteArray &datagram)
{
    if (!m_socket || m_closed)
        return;
    if (m_socket->writeDatagram(datagram, m_record.client, m_record.clientPort) < 0)
        qCWarning(lcTftp) << "transfer" << m_record.id << "send to" << describeClient(m_record)
                          << "failed:" << m_socket->errorString();
}

void TftpSession::sendError(ErrorCode code, const QString &message)
{
    send(encodeError(code, message));
}

void TftpSession::restartTimer()
{
    m_timer.start(m_parameters.timeout);
}

bool TftpSession::countRetry(const QString &waitingFor)
{
    ++m_retries;
    if (m_retries > m_parameters.maxRetries) {
        finish(false, QStringLiteral("Timed out waiting for %1 after %2 retries")
                          .arg(waitingFor)
                          .arg(m_parameters.maxRetries));
        close();
        return false;
    }
    qCInfo(lcTftp).noquote() << QStringLiteral("transfer %1 (%2, %3): no %4 within %5 ms, retry %6 of %7")
                                    .arg(m_record.id)
                                    .arg(describeClient(m_record), m_record.fileName, waitingFor)
                                    .arg(m_parameters.timeout.count())
                                    .arg(m_retries)
                                    .arg(m_parameters.maxRetries);
    return true;
}

void TftpSession::finish(bool success, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;

    m_record.success = success;
    m_record.error = error;
    m_record.finished = QDateTime::currentDateTimeUtc();
    m_record.sha256 = m_hash.result();
    reportProgress(true);

    const double seconds = std::max(m_clock.elapsed(), qint64(1)) / 1000.0;
    if (success)
        qCInfo(lcTftp).noquote() << QStringLiteral("transfer %1 %2 %3 %4: %5 octets in %6 s")
                                        .arg(m_record.id)
                                        .arg(m_record.upload ? QStringLiteral("from")
                                                             : QStringLiteral("to"),
                                             describeClient(m_record), m_record.fileName)
                                        .arg(m_record.bytesSent)
                                        .arg(seconds, 0, 'f', 3);
    else
        qCWarning(lcTftp).noquote() << QStringLiteral("transfer %1 %2 %3 %4 failed after %5 octets: %6")
                                           .arg(m_record.id)
                                           .arg(m_record.upload ? QStringLiteral("from")
                                                                : QStringLiteral("to"),
                                                describeClient(m_record), m_record.fileName)
                                           .arg(m_record.bytesSent)
                                           .arg(error);
    emit finished(m_record);
}

void TftpSession::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_timer.stop();
    if (m_socket)
        m_socket->close();
    emit closed();
}

void TftpSession::reportProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && m_lastProgressMs >= 0 && now - m_lastProgressMs < ProgressIntervalMs)
        return;
    m_lastProgressMs = now;

    const qint64 elapsedNs = m_clock.nsecsElapsed();
    const double rate = elapsedNs > 0 ? m_record.bytesSent * 1e9 / double(elapsedNs) : 0.0;
    emit progress(m_record.id, m_record.bytesSent, m_record.totalBytes, rate);
}

quint16 TftpSession::wireBlock(quint64 sequence) const
{
    if (sequence == 0)
        return 0;
    if (m_parameters.rolloverToZero)
        return quint16(sequence & 0xffff);
    return quint16((sequence - 1) % 65535 + 1);
}

// --- TftpReadSession -----------------------------------------------------------------------

TftpReadSession::TftpReadSession(std::unique_ptr<QUdpSocket> socket, SessionParameters parameters,
                                 std::unique_ptr<BlockReader> reader, QObject *parent)
    : TftpSession(std::move(socket), std::move(parameters), parent)
    , m_reader(std::move(reader))
{
}

void TftpReadSession::start()
{
    if (!m_parameters.options.acknowledged.isEmpty()) {
        // RFC 2347: the client acknowledges the OACK with ACK 0, or rejects it with ERROR 8.
        m_state = State::WaitingForOackAck;
        send(encodeOack(m_parameters.options.acknowledged));
        restartTimer();
        return;
    }

    m_state = State::Sending;
    if (fillWindow())
        sendWindow();
}

void TftpReadSession::handlePacket(const QByteArray &datagram)
{
    switch (peekOpcode(datagram).value_or(Opcode::Rrq)) {
    case Opcode::Ack: {
        const Result<quint16> block = parseAck(datagram);
        if (block)
            handleAck(*block);
        return;
    }
    case Opcode::Error: {
        const Result<ErrorPacket> error = parseError(datagram);
        const ErrorPacket packet = error ? *error : ErrorPacket{};
        if (m_state == State::WaitingForOackAck
            && packet.code == ErrorCode::OptionNegotiationFailed) {
            // RFC 2347: the client refused the OACK; the transfer ends without a reply.
            finish(false, QStringLiteral("The client refused the negotiated options (ERROR 8): %1")
                              .arg(packet.message));
        } else {
            finish(false, QStringLiteral("The client sent ERROR %1: %2")
                              .arg(quint16(packet.code))
                              .arg(packet.message));
        }
        close();
        return;
    }
    default:
        sendError(ErrorCode::IllegalOperation,
                  QStringLiteral("Illegal TFTP operation: expected ACK during a read"));
        finish(false, QStringLiteral("The client sent a packet other than ACK or ERROR"));
        close();
        return;
    }
}

void TftpReadSession::handleAck(quint16 block)
{
    if (m_state == State::WaitingForOackAck) {
        if (block != 0)
            return;
        m_state = State::Sending;
        resetRetries();
        if (fillWindow())
            sendWindow();
        return;
    }

    // Find the acknowledged block in the window. An ACK for an earlier block, such as a
    // duplicate of the previous ACK, is ignored, because resending on it would double every later block
    // (the Sorcerer's Apprentice bug, RFC 1123 section 4.2.3.1). The timer resends instead.
    qsizetype acknowledged = -1;
    for (qsizetype i = 0; i < m_window.size(); ++i) {
        if (wireBlock(m_windowStart + quint64(i)) == block) {
            acknowledged = i + 1;
            break;
        }
    }
    if (acknowledged < 0) {
        qCDebug(lcTftpPacket) << "transfer" << m_record.id << "ignored ACK" << block;
        return;
    }

    for (qsizetype i = 0; i < acknowledged; ++i)
        m_record.bytesSent += m_window.at(i).size();
    m_window.remove(0, acknowledged);
    m_windowStart += quint64(acknowledged);
    resetRetries();
    reportProgress(false);

    if (m_window.isEmpty() && m_readerDone) {
        finish(true);
        close();
        return;
    }

    // RFC 7440 section 4: after an ACK inside the window the sender starts a new window at the
    // next block, so the unacknowledged rest is resent with the new blocks.
    if (fillWindow())
        sendWindow();
}

bool TftpReadSession::fillWindow()
{
    const int blockSize = m_parameters.options.blockSize;
    while (m_window.size() < m_parameters.options.windowSize && !m_readerDone) {
        const Result<QByteArray> block = m_reader->readBlock(blockSize);
        if (!block) {
            sendError(ErrorCode::NotDefined, block.errorString());
            finish(false, block.errorString());
            close();
            return false;
        }
        m_hash.addData(*block);
        m_window.append(*block);
        if (block->size() < blockSize)
            m_readerDone = true;
    }
    return true;
}

void TftpReadSession::sendWindow()
{
    for (qsizetype i = 0; i < m_window.size(); ++i)
        send(encodeData(wireBlock(m_windowStart + quint64(i)), m_window.at(i)));
    restartTimer();
}

void TftpReadSession::handleTimeout()
{
    if (m_state == State::WaitingForOackAck) {
        if (countRetry(QStringLiteral("ACK of the OACK"))) {
            send(encodeOack(m_parameters.options.acknowledged));
            restartTimer();
        }
        return;
    }
    if (countRetry(QStringLiteral("ACK of block %1").arg(wireBlock(m_windowStart))))
        sendWindow();
}

// --- TftpWriteSession ----------------------------------------------------------------------

TftpWriteSession::TftpWriteSession(std::unique_ptr<QUdpSocket> socket,
                                   SessionParameters parameters,
                                   std::unique_ptr<QFile> temporaryFile, QString targetPath,
                                   qint64 quotaRemaining, QObject *parent)
    : TftpSession(std::move(socket), std::move(parameters), parent)
    , m_file(std::move(temporaryFile))
    , m_targetPath(std::move(targetPath))
    , m_quotaRemaining(quotaRemaining)
{
}

TftpWriteSession::~TftpWriteSession()
{
    if (!isFinished() || !m_record.success)
        discardTemporaryFile();
}

void TftpWriteSession::start()
{
    // RFC 2347: the client answers an OACK to a WRQ with DATA 1; without options, ACK 0 asks
    // for it (RFC 1350).
    if (!m_parameters.options.acknowledged.isEmpty())
        m_lastReply = encodeOack(m_parameters.options.acknowledged);
    else
        m_lastReply = encodeAck(0);
    send(m_lastReply);
    restartTimer();
}

void TftpWriteSession::handlePacket(const QByteArray &datagram)
{
    switch (peekOpcode(datagram).value_or(Opcode::Rrq)) {
    case Opcode::Data: {
        const Result<DataPacket> data = parseData(datagram);
        if (data)
            handleData(data->block, data->payload);
        return;
    }
    case Opcode::Error: {
        if (m_state == State::Dallying) {
            close();
            return;
        }
        const Result<ErrorPacket> error = parseError(datagram);
        const ErrorPacket packet = error ? *error : ErrorPacket{};
        finish(false, QStringLiteral("The client sent ERROR %1: %2")
                          .arg(quint16(packet.code))
                          .arg(packet.message));
        discardTemporaryFile();
        close();
        return;
    }
    default:
        if (m_state == State::Dallying)
            return;
        sendError(ErrorCode::IllegalOperation,
                  QStringLiteral("Illegal TFTP operation: expected DATA during a write"));
        finish(false, QStringLiteral("The client sent a packet other than DATA or ERROR"));
        discardTemporaryFile();
        close();
        return;
    }
}

void TftpWriteSession::handleData(quint16 block, const QByteArray &payload)
{
    const quint16 lastInOrder = wireBlock(m_expected - 1);

    if (m_state == State::Dallying) {
        // Our final ACK was lost and the client resent its last block.
        if (block == lastInOrder)
            send(m_lastReply);
        return;
    }

    if (block != wireBlock(m_expected)) {
        // A duplicate, or a gap inside a window. Acknowledge the last block received in order:
        // RFC 1350 for a lost ACK, RFC 7440 section 4 for a window. In a window only the first
        // gap is answered, so one loss does not draw an ACK per following block.
        if (m_parameters.options.windowSize == 1 || !m_gapAcknowledged) {
            sendAck(lastInOrder);
            m_gapAcknowledged = true;
        }
        return;
    }

    if (payload.size() > m_parameters.options.blockSize) {
        sendError(ErrorCode::IllegalOperation,
                  QStringLiteral("Illegal TFTP operation: DATA block larger than the block size %1")
                      .arg(m_parameters.options.blockSize));
        finish(false, QStringLiteral("The client sent a block larger than the negotiated size"));
        discardTemporaryFile();
        close();
        return;
    }

    const bool last = payload.size() < m_parameters.options.blockSize;
    QByteArray data = m_parameters.mode == TransferMode::Netascii ? m_decoder.decode(payload)
                                                                  : payload;
    if (last && m_parameters.mode == TransferMode::Netascii)
        data.append(m_decoder.finish());
    if (!store(data))
        return;

    ++m_expected;
    ++m_blocksSinceAck;
    m_gapAcknowledged = false;
    resetRetries();

    if (last) {
        if (!commit())
            return;
        sendAck(wireBlock(m_expected - 1));
        m_state = State::Dallying;
        finish(true);
        // Stay one timeout to answer a resent last block (RFC 1350 section 6, "dallying").
        restartTimer();
        return;
    }

    if (m_blocksSinceAck >= m_parameters.options.windowSize)
        sendAck(wireBlock(m_expected - 1));
    restartTimer();
    reportProgress(false);
}

bool TftpWriteSession::store(const QByteArray &payload)
{
    if (m_record.bytesSent + payload.size() > m_quotaRemaining) {
        const QString message =
            QStringLiteral("Disk full or allocation exceeded: the upload quota leaves %1 octets")
                .arg(m_quotaRemaining);
        sendError(ErrorCode::DiskFull, message);
        finish(false, message);
        discardTemporaryFile();
        close();
        return false;
    }

    if (m_file->write(payload) != payload.size()) {
        const QString message = QStringLiteral("Cannot write %1: %2")
                                    .arg(m_file->fileName(), m_file->errorString());
        sendError(ErrorCode::DiskFull, QStringLiteral("Disk full or allocation exceeded"));
        finish(false, message);
        discardTemporaryFile();
        close();
        return false;
    }

    m_hash.addData(payload);
    m_record.bytesSent += payload.size();
    return true;
}

bool TftpWriteSession::commit()
{
    m_file->close();

    // Never replace an earlier upload: "running.cfg" becomes "running-1.cfg", "running-2.cfg"
    // and so on. QFile::rename() fails rather than overwrite an existing file.
    const QFileInfo target(m_targetPath);
    const QString base = target.completeBaseName();
    const QString suffix = target.suffix().isEmpty() ? QString()
                                                     : QLatin1Char('.') + target.suffix();
    constexpr int maxVersions = 10000;
    for (int version = 0; version < maxVersions; ++version) {
        const QString candidate =
            version == 0 ? m_targetPath
                         : target.dir().filePath(QStringLiteral("%1-%2%3").arg(base).arg(version).arg(suffix));
        if (QFileInfo::exists(candidate))
            continue;
        if (QFile::rename(m_file->fileName(), candidate)) {
            m_record.localPath = candidate;
            return true;
        }
    }

    const QString message = QStringLiteral("Cannot store the upload as %1 or a numbered variant")
                                .arg(m_targetPath);
    sendError(ErrorCode::FileAlreadyExists, QStringLiteral("File already exists"));
    finish(false, message);
    discardTemporaryFile();
    close();
    return false;
}

void TftpWriteSession::discardTemporaryFile()
{
    if (!m_file || m_record.success)
        return;
    m_file->close();
    if (QFileInfo::exists(m_file->fileName()))
        QFile::remove(m_file->fileName());
}

void TftpWriteSession::sendAck(quint16 block)
{
    m_lastReply = encodeAck(block);
    m_blocksSinceAck = 0;
    send(m_lastReply);
}

void TftpWriteSession::handleTimeout()
{
    if (m_state == State::Dallying) {
        close();
        return;
    }
    if (!countRetry(QStringLiteral("DATA block %1").arg(wireBlock(m_expected)))) {
        discardTemporaryFile();
        return;
    }
    m_blocksSinceAck = 0;
    send(m_lastReply);
    restartTimer();
}

} // namespace ztp::tftp
