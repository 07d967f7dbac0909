#include "tftp/tftpsession.h"

#include "common/logging.h"

#include <QDir>
#include <QtEndian>

#include <algorithm>
#include <iterator>

namespace ztp::tftp {

namespace {

// Progress reports per transfer are limited to about four a second.
constexpr qint64 ProgressIntervalMs = 250;

// Replies after which busy polling is tried again when it once waited in vain.
constexpr int BusyPollSkipsAfterMiss = 64;

// Send failures logged per transfer; later ones are only counted.
constexpr int MaxLoggedSendFailures = 5;

QString describeClient(const TransferRecord &record)
{
    return QStringLiteral("%1:%2").arg(record.client.toString()).arg(record.clientPort);
}

} // namespace

// --- TftpSession ---------------------------------------------------------------------------

TftpSession::TftpSession(TransferSocket socket, SessionParameters parameters)
    : m_parameters(std::move(parameters))
    , m_record(m_parameters.record)
    , m_socket(std::move(socket))
    , m_peer{m_record.client.toIPv4Address(), m_record.clientPort}
{
    // A download only receives ACK and ERROR packets, and 512 octets hold any ERROR message
    // worth reading. An upload receives DATA of up to blksize octets.
    const int payload = m_record.upload ? std::max(m_parameters.options.blockSize, DefaultBlockSize)
                                        : DefaultBlockSize;
    m_receiveBuffer.resize(DataHeaderSize + payload + 1);
    m_clock.start();
}

TftpSession::~TftpSession() = default;

void TftpSession::requestAbort(const QString &reason)
{
    {
        std::lock_guard lock(m_abortMutex);
        m_abortReason = reason;
    }
    m_abortRequested.store(true);
}

void TftpSession::handleAbortRequest()
{
    if (!m_abortRequested.load() || m_closed)
        return;
    QString reason;
    {
        std::lock_guard lock(m_abortMutex);
        reason = m_abortReason;
    }
    abort(reason);
}

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

std::optional<std::chrono::steady_clock::time_point> TftpSession::deadline() const
{
    if (!m_waiting || m_closed)
        return std::nullopt;
    return m_deadline;
}

void TftpSession::checkDeadline(std::chrono::steady_clock::time_point now)
{
    if (!m_waiting || m_closed || now < m_deadline)
        return;
    m_waiting = false;
    handleTimeout();
}

void TftpSession::takeReports(std::vector<SessionReport> &reports)
{
    std::move(m_reports.begin(), m_reports.end(), std::back_inserter(reports));
    m_reports.clear();
}

void TftpSession::handleReadable()
{
    if (m_closed)
        return;
    UdpEndpoint sender;
    const qint64 length = m_socket.receive(m_receiveBuffer.data(), m_receiveBuffer.size(), &sender);
    if (length >= 0)
        handleDatagram(length, sender);
}

bool TftpSession::pollForReply()
{
    const std::chrono::microseconds busyPollTime(m_busyPollTime.load(std::memory_order_relaxed));
    if (!m_replied || m_closed || busyPollTime.count() <= 0)
        return false;
    m_replied = false;
    if (m_busyPollSkips > 0) {
        --m_busyPollSkips;
        return false;
    }

    // A lock-step round trip on a veth pair takes 70-300 µs, and much of the server's share is
    // going to sleep and being woken again. Polling the socket instead reads the next ACK
    // sooner, at the price of one busy core for at most the polling time per reply.
    const auto until = std::chrono::steady_clock::now() + busyPollTime;
    UdpEndpoint sender;
    qint64 length = -1;
    while (length < 0 && std::chrono::steady_clock::now() < until)
        length = m_socket.receive(m_receiveBuffer.data(), m_receiveBuffer.size(), &sender);

    // A client slower than the polling time would cost the whole polling time on every
    // packet. So after a miss, polling resumes only after BusyPollSkipsAfterMiss replies.
    if (length < 0) {
        m_busyPollSkips = BusyPollSkipsAfterMiss;
        return false;
    }
    handleDatagram(length, sender);
    return true;
}

void TftpSession::handleDatagram(qint64 length, const UdpEndpoint &sender)
{
    if (sender != m_peer) {
        // ERROR packets are never acknowledged (RFC 1350 section 7) or answered. Otherwise two
        // transfers, or one spoofed to itself, would send each other ERROR 5 without end.
        const QByteArray packet = QByteArray::fromRawData(
            m_receiveBuffer.constData(), qsizetype(std::min<qint64>(length, m_receiveBuffer.size())));
        if (peekOpcode(packet) == Opcode::Error) {
            qCDebug(lcTftpPacket) << "transfer" << m_record.id << "dropped an ERROR from unknown port"
                                  << sender.hostAddress().toString() << sender.port;
            return;
        }

        // RFC 1350 section 4: a packet with the wrong source TID gets ERROR 5 and does not
        // disturb the transfer.
        qCDebug(lcTftpPacket) << "transfer" << m_record.id << "packet from unknown port"
                              << sender.hostAddress().toString() << sender.port;
        const QByteArray error = encodeError(ErrorCode::UnknownTransferId,
                                             QStringLiteral("Unknown transfer ID"));
        m_socket.send(sender, error, {}, nullptr);
        return;
    }

    // No copy: the packet is parsed where recvfrom() put it. A datagram longer than the
    // buffer arrives cut to the buffer's size, which is still longer than any valid packet.
    const qint64 storedLength = std::min<qint64>(length, m_receiveBuffer.size());
    m_replied = true;
    m_heardFromPeer = true;
    handlePacket(QByteArray::fromRawData(m_receiveBuffer.constData(), qsizetype(storedLength)));
}

void TftpSession::send(const QByteArray &datagram)
{
    if (!m_socket.isOpen() || m_closed)
        return;
    QString error;
    if (!m_socket.send(m_peer, datagram, {}, &error))
        reportSendFailure(error);
}

void TftpSession::sendData(quint16 block, const QByteArray &payload)
{
    if (!m_socket.isOpen() || m_closed)
        return;
    char header[DataHeaderSize];
    qToBigEndian(quint16(Opcode::Data), header);
    qToBigEndian(block, header + 2);
    QString error;
    if (!m_socket.send(m_peer, QByteArrayView(header, DataHeaderSize), payload, &error))
        reportSendFailure(error);
}

void TftpSession::reportSendFailure(const QString &error)
{
    ++m_sendFailures;
    if (m_sendFailures <= MaxLoggedSendFailures)
        qCWarning(lcTftp) << "transfer" << m_record.id << "send to" << describeClient(m_record)
                          << "failed:" << error << "(failure" << m_sendFailures << "of this transfer)";
}

void TftpSession::sendError(ErrorCode code, const QString &message)
{
    send(encodeError(code, message));
}

std::chrono::steady_clock::time_point TftpSession::now() const
{
    return m_parameters.clock ? m_parameters.clock() : std::chrono::steady_clock::now();
}

void TftpSession::restartTimer()
{
    m_deadline = now() + (m_heardFromPeer ? m_parameters.timeout : m_parameters.initialTimeout);
    m_waiting = true;
}

void TftpSession::stopTimer()
{
    m_waiting = false;
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

void TftpSession::hashData(QByteArrayView data)
{
    if (m_usesSharedDigest)
        return;

    const std::shared_ptr<const SharedDigest> &shared = m_parameters.sharedDigest;
    if (shared && shared->ready.load(std::memory_order_acquire)) {
        m_usesSharedDigest = true;
        return;
    }
    m_hash.addData(data);
}

void TftpSession::finish(bool success, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;

    m_record.success = success;
    m_record.error = error;
    m_record.finished = QDateTime::currentDateTimeUtc();
    m_record.sha256 = m_usesSharedDigest ? m_parameters.sharedDigest->sha256 : m_hash.result();
    if (m_usesSharedDigest && !isSameVersion(*m_parameters.sharedDigest, m_parameters.fileDescriptor)) {
        // The bytes sent after the change are not what the shared digest names.
        qCWarning(lcTftp).noquote() << QStringLiteral("transfer %1: %2 changed while it was sent, so "
                                                      "no SHA-256 is recorded")
                                           .arg(m_record.id)
                                           .arg(m_record.fileName);
        m_record.sha256.clear();
    }
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
    SessionReport report;
    report.kind = SessionReport::Kind::Finished;
    report.id = m_record.id;
    report.record = m_record;
    m_reports.push_back(std::move(report));
}

void TftpSession::close()
{
    if (m_closed)
        return;
    m_closed = true;
    stopTimer();
    m_socket.close();

    SessionReport report;
    report.kind = SessionReport::Kind::Closed;
    report.id = m_record.id;
    m_reports.push_back(std::move(report));
}

void TftpSession::reportProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && m_lastProgressMs >= 0 && now - m_lastProgressMs < ProgressIntervalMs)
        return;
    m_lastProgressMs = now;

    const qint64 elapsedNs = m_clock.nsecsElapsed();
    const double rate = elapsedNs > 0 ? m_record.bytesSent * 1e9 / double(elapsedNs) : 0.0;
    SessionReport report;
    report.kind = SessionReport::Kind::Progress;
    report.id = m_record.id;
    report.bytesSent = m_record.bytesSent;
    report.totalBytes = m_record.totalBytes;
    report.bytesPerSecond = rate;
    m_reports.push_back(std::move(report));
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

TftpReadSession::TftpReadSession(TransferSocket socket, SessionParameters parameters,
                                 std::unique_ptr<BlockReader> reader)
    : TftpSession(std::move(socket), std::move(parameters))
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
        readAhead(m_parameters.options.windowSize);
        return;
    }

    m_state = State::Sending;
    if (readAhead(m_parameters.options.windowSize))
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
        if (readAhead(m_parameters.options.windowSize))
            sendWindow();
        return;
    }

    // Find the acknowledged block in the window. An ACK for an earlier block, such as a
    // duplicate of the previous ACK, is ignored, because resending on it would double every later block
    // (the Sorcerer's Apprentice bug, RFC 1123 section 4.2.3.1). The timer resends instead.
    const qsizetype inFlight = windowLength();
    qsizetype acknowledged = -1;
    for (qsizetype i = 0; i < inFlight; ++i) {
        if (wireBlock(m_windowStart + quint64(i)) == block) {
            acknowledged = i + 1;
            break;
        }
    }
    if (acknowledged < 0) {
        qCDebug(lcTftpPacket) << "transfer" << m_record.id << "ignored ACK" << block;
        return;
    }

    for (qsizetype i = 0; i < acknowledged; ++i) {
        m_record.bytesSent += m_blocks.front().size();
        m_blocks.pop_front();
    }
    m_windowStart += quint64(acknowledged);
    resetRetries();

    if (m_blocks.empty() && m_readerDone) {
        finish(true);
        close();
        return;
    }

    // RFC 7440 section 4: after an ACK inside the window the sender starts a new window at the
    // next block, so the unacknowledged rest is resent with the new blocks. The blocks are
    // normally in memory already; the file is read here only when read-ahead fell behind.
    if (!readAhead(m_parameters.options.windowSize))
        return;
    sendWindow();
    reportProgress(false);
}

qsizetype TftpReadSession::windowLength() const
{
    return std::min<qsizetype>(qsizetype(m_blocks.size()), m_parameters.options.windowSize);
}

bool TftpReadSession::readAhead(qsizetype count)
{
    const int blockSize = m_parameters.options.blockSize;
    while (qsizetype(m_blocks.size()) < count && !m_readerDone) {
        Result<QByteArray> block = m_reader->readBlock(blockSize);
        if (!block) {
            sendError(ErrorCode::NotDefined, block.errorString());
            finish(false, block.errorString());
            close();
            return false;
        }
        hashData(*block);
        if (block->size() < blockSize)
            m_readerDone = true;
        m_blocks.push_back(std::move(*block));
    }
    return true;
}

void TftpReadSession::sendWindow()
{
    const qsizetype length = windowLength();
    for (qsizetype i = 0; i < length; ++i)
        sendData(wireBlock(m_windowStart + quint64(i)), m_blocks[size_t(i)]);
    restartTimer();

    // The client needs a round trip to acknowledge; read the next window meanwhile.
    readAhead(2 * qsizetype(m_parameters.options.windowSize));
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

TftpWriteSession::TftpWriteSession(TransferSocket socket, SessionParameters parameters,
                                   std::unique_ptr<QFile> temporaryFile, QString targetPath,
                                   UploadBudget budget)
    : TftpSession(std::move(socket), std::move(parameters))
    , m_file(std::move(temporaryFile))
    , m_targetPath(std::move(targetPath))
    , m_budget(std::move(budget))
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
    // The octets are taken from the budget before they are written, so a concurrent upload of
    // the same device cannot spend them too.
    const qint64 left = m_budget->fetch_sub(payload.size()) - payload.size();
    if (left >= 0)
        m_budgetTaken += payload.size();
    if (left < 0) {
        m_budget->fetch_add(payload.size());
        const QString message =
            QStringLiteral("Disk full or allocation exceeded: the upload quota leaves %1 octets")
                .arg(std::max<qint64>(left + payload.size(), 0));
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

    hashData(payload);
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
    m_budget->fetch_add(std::exchange(m_budgetTaken, 0)); // a discarded upload's octets are free again
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
