#pragma once

#include "tftp/netascii.h"
#include "tftp/tftpblockreader.h"
#include "tftp/tftpoptions.h"
#include "tftp/tftpserver.h"
#include "tftp/tftpsocket.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>

class QSocketNotifier;

namespace ztp::tftp {

// Settings and negotiated values of one transfer, filled in by the server.
struct SessionParameters
{
    TransferRecord record; // id, client, file name, start time filled in
    NegotiatedOptions options;
    TransferMode mode = TransferMode::Octet;
    std::chrono::milliseconds timeout{1000};
    int maxRetries = 5;
    bool rolloverToZero = true;
    std::function<std::chrono::steady_clock::time_point()> clock; // empty: steady_clock
};

// One transfer on its own socket, the transfer ID of RFC 1350 section 4. Owns the socket,
// the retransmission deadline and the record; lives on the server's thread. Packets from any
// other address or port get ERROR 5 and leave the transfer alone (RFC 1350 section 4).
//
// The data path avoids per-packet work in Qt: a QSocketNotifier wakes the session, datagrams
// are read with recvfrom() into a buffer reused by every session of the thread, and each
// packet only moves a deadline forward. One single-shot QTimer per session checks that
// deadline, so the timer is re-armed once per timeout period instead of once per packet.
class TftpSession : public QObject
{
    Q_OBJECT

public:
    TftpSession(TransferSocket socket, SessionParameters parameters, QObject *parent = nullptr);
    ~TftpSession() override;

    virtual void start() = 0;
    // Ends the transfer at once: sends ERROR 0 with the reason and reports a failure.
    void abort(const QString &reason);

    const TransferRecord &record() const { return m_record; }
    bool isFinished() const { return m_finished; }
    // How long to poll the socket for the next packet after replying, before going back to
    // the event loop; zero turns polling off. The server sets it while this is the only
    // transfer, because polling for one client delays every other.
    void setBusyPollTime(std::chrono::microseconds time) { m_busyPollTime = time; }
    // Handles a timeout if the retransmission deadline has passed; otherwise re-arms the timer
    // for the rest. Called by the timer, and by TftpServer::checkTimeouts().
    void checkDeadline();

signals:
    void progress(quint64 id, qint64 bytesSent, qint64 totalBytes, double bytesPerSecond);
    // The outcome; emitted once.
    void finished(const ztp::tftp::TransferRecord &record);
    // The socket is closed and the session may be deleted. Comes after finished(), later for
    // an upload, which stays one timeout to acknowledge a resent last DATA block.
    void closed();

protected:
    // The datagram may point into a shared receive buffer: copy what must outlive the call.
    virtual void handlePacket(const QByteArray &datagram) = 0;
    virtual void handleTimeout() = 0;

    void send(const QByteArray &datagram);
    // Sends DATA without building the packet: the 4-octet header and the payload go out as
    // two iovec entries of one sendmsg().
    void sendData(quint16 block, const QByteArray &payload);
    void sendError(ErrorCode code, const QString &message);
    // Moves the retransmission deadline to one timeout from now.
    void restartTimer();
    // Stops waiting: no timeout fires until restartTimer() is called again.
    void stopTimer();
    // Counts a retransmission; false (and the transfer failed) once maxRetries is exceeded.
    bool countRetry(const QString &waitingFor);
    void resetRetries() { m_retries = 0; }
    void finish(bool success, const QString &error = {});
    void close();
    void reportProgress(bool force);
    // The 16-bit block number of the n-th block of the transfer (1-based), wrapping after
    // 65535 to 0 or 1 as configured. No RFC defines the wrap. tftp-hpa 5.2, curl 7.88 and
    // atftp 0.8 accept the wrap to 0 (tst_tftpclients, 40 MiB at blksize 512).
    quint16 wireBlock(quint64 sequence) const;

    SessionParameters m_parameters;
    TransferRecord m_record;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};

private:
    void readPendingDatagrams();
    // Reads the next datagram by polling for up to m_busyPollTime; -1 when none came.
    qint64 pollForReply(char *buffer, qint64 capacity, UdpEndpoint *sender);
    std::chrono::steady_clock::time_point now() const;
    void reportSendFailure(const QString &error);

    TransferSocket m_socket;
    UdpEndpoint m_peer;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_timer;
    std::chrono::steady_clock::time_point m_deadline;
    bool m_waiting = false; // a deadline is set
    QElapsedTimer m_clock;
    int m_sendFailures = 0;
    std::chrono::microseconds m_busyPollTime{0};
    int m_busyPollSkips = 0; // replies left before busy polling is tried again
    qint64 m_lastProgressMs = -1;
    int m_retries = 0;
    bool m_finished = false;
    bool m_closed = false;
};

// Sends one file or document: OACK when options were granted, then DATA in windows of
// windowSize blocks (RFC 7440), keeping the unacknowledged window in memory to resend it.
// The next window is read and hashed right after a window is sent, while the client's ACK is
// on its way, so the reply to that ACK goes out from memory.
class TftpReadSession : public TftpSession
{
    Q_OBJECT

public:
    TftpReadSession(TransferSocket socket, SessionParameters parameters,
                    std::unique_ptr<BlockReader> reader, QObject *parent = nullptr);

    void start() override;

protected:
    void handlePacket(const QByteArray &datagram) override;
    void handleTimeout() override;

private:
    void handleAck(quint16 block);
    // Reads until count blocks from m_windowStart are in memory or the file ends.
    bool readAhead(qsizetype count);
    void sendWindow();
    qsizetype windowLength() const;

    enum class State { WaitingForOackAck, Sending };

    std::unique_ptr<BlockReader> m_reader;
    State m_state = State::Sending;
    // Blocks from m_windowStart on: the first windowLength() are sent and not yet
    // acknowledged, the rest (at most one more window) are read ahead and not yet sent.
    std::deque<QByteArray> m_blocks;
    quint64 m_windowStart = 1;
    bool m_readerDone = false;
};

// Receives one upload into a temporary file and renames it on completion, never over an
// existing file.
class TftpWriteSession : public TftpSession
{
    Q_OBJECT

public:
    TftpWriteSession(TransferSocket socket, SessionParameters parameters,
                     std::unique_ptr<QFile> temporaryFile, QString targetPath,
                     qint64 quotaRemaining, QObject *parent = nullptr);
    ~TftpWriteSession() override;

    void start() override;

protected:
    void handlePacket(const QByteArray &datagram) override;
    void handleTimeout() override;

private:
    void handleData(quint16 block, const QByteArray &payload);
    bool store(const QByteArray &payload);
    bool commit();
    void discardTemporaryFile();
    void sendAck(quint16 block);

    enum class State { Receiving, Dallying };

    std::unique_ptr<QFile> m_file;
    QString m_targetPath;
    qint64 m_quotaRemaining = 0;
    NetasciiDecoder m_decoder;
    State m_state = State::Receiving;
    QByteArray m_lastReply; // OACK, or the last ACK, resent on timeout
    quint64 m_expected = 1;
    int m_blocksSinceAck = 0;
    bool m_gapAcknowledged = false;
};

} // namespace ztp::tftp
