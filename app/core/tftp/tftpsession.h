#pragma once

#include "tftp/filedigests.h"
#include "tftp/netascii.h"
#include "tftp/sha256.h"
#include "tftp/tftpblockreader.h"
#include "tftp/tftpoptions.h"
#include "tftp/tftpserver.h"
#include "tftp/tftpsocket.h"

#include <QElapsedTimer>
#include <QFile>

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace ztp::tftp {

// A report from a session to the server, queued from its worker thread to the server's thread.
struct SessionReport
{
    enum class Kind { Progress, Finished, Closed };

    Kind kind = Kind::Progress;
    quint64 id = 0;
    qint64 bytesSent = 0;
    qint64 totalBytes = -1;
    double bytesPerSecond = 0;
    TransferRecord record; // Finished only
};

// Receives a batch of reports on a worker thread. A transfer's Finished and Closed come in one
// batch when it ends at once.
using SessionReportSink = std::function<void(std::vector<SessionReport> &&reports)>;

// Settings and negotiated values of one transfer, filled in by the server.
struct SessionParameters
{
    TransferRecord record; // id, client, file name, start time filled in
    NegotiatedOptions options;
    TransferMode mode = TransferMode::Octet;
    std::chrono::milliseconds timeout{1000};
    // Until the client's first packet: the server's own timeout. A negotiated timeout of up to
    // 255 s would otherwise let one unanswered request hold a transfer for 25 minutes.
    std::chrono::milliseconds initialTimeout{1000};
    int maxRetries = 5;
    bool rolloverToZero = true;
    std::function<std::chrono::steady_clock::time_point()> clock; // empty: steady_clock
    // The file's digest shared with other downloads of it; null for documents, netascii and
    // small files, which the session hashes alone.
    std::shared_ptr<const SharedDigest> sharedDigest;
    int fileDescriptor = -1; // of the file served, to check its version against sharedDigest
};

// One transfer on its own socket, the transfer ID of RFC 1350 section 4. Packets from any
// other address or port get ERROR 5 and leave the transfer alone (RFC 1350 section 4).
//
// The server constructs a session on its thread and hands it to a TransferWorker, whose
// thread calls every function below except startRecord() and the thread-safe requestAbort()
// and setBusyPollTime(). The session never waits for the network: the worker waits in
// epoll_wait() for its sockets and deadlines and calls handleReadable() or checkDeadline().
// The session collects its reports (progress at most four times a second, the outcome, the
// end) for the worker to pass on in batches.
class TftpSession
{
public:
    TftpSession(TransferSocket socket, SessionParameters parameters);
    virtual ~TftpSession();
    TftpSession(const TftpSession &) = delete;
    TftpSession &operator=(const TftpSession &) = delete;

    // The record as the transfer started; the final one comes with the Finished report.
    const TransferRecord &startRecord() const { return m_parameters.record; }

    // Thread-safe. Makes the next handleAbortRequest() end the transfer: it sends ERROR 0
    // with the reason and reports a failure. A transfer that already ended is only closed.
    void requestAbort(const QString &reason);
    // Thread-safe. How long to poll the socket for the next packet after replying, before
    // the worker sleeps; zero turns polling off. The server sets it while this is the only
    // transfer, because on a loaded machine each polling transfer keeps a core busy.
    void setBusyPollTime(std::chrono::microseconds time) { m_busyPollTime.store(time.count()); }

    // Worker thread only, from here on.
    virtual void start() = 0;
    int descriptor() const { return m_socket.descriptor(); }
    bool isClosed() const { return m_closed; }
    // Reads one datagram, if one is queued, and handles it.
    void handleReadable();
    // Polls the socket for up to the busy-poll time after a reply and handles what comes;
    // false when nothing came or polling is off.
    bool pollForReply();
    // The retransmission deadline on the session's clock, if the session waits for one.
    std::optional<std::chrono::steady_clock::time_point> deadline() const;
    // Handles a timeout if the deadline has passed at now.
    void checkDeadline(std::chrono::steady_clock::time_point now);
    void handleAbortRequest();
    // Moves the reports collected since the last call to the end of reports.
    void takeReports(std::vector<SessionReport> &reports);

protected:
    // The datagram may point into the receive buffer: copy what must outlive the call.
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
    // Adds sent or received octets to the transfer's SHA-256, until the shared digest of the
    // same file is ready: from then on the session takes that one.
    void hashData(QByteArrayView data);
    void finish(bool success, const QString &error = {});
    void close();
    bool isFinished() const { return m_finished; }
    void reportProgress(bool force);
    // The 16-bit block number of the n-th block of the transfer (1-based), wrapping after
    // 65535 to 0 or 1 as configured. No RFC defines the wrap. tftp-hpa 5.2, curl 7.88 and
    // atftp 0.8 accept the wrap to 0 (tst_tftpclients, 40 MiB at blksize 512).
    quint16 wireBlock(quint64 sequence) const;

    SessionParameters m_parameters;
    TransferRecord m_record;
    Sha256 m_hash;

private:
    void abort(const QString &reason);
    void handleDatagram(qint64 length, const UdpEndpoint &sender);
    std::chrono::steady_clock::time_point now() const;
    void reportSendFailure(const QString &error);

    TransferSocket m_socket;
    UdpEndpoint m_peer;
    // The largest datagram the transfer accepts plus one octet, so a larger one shows.
    QByteArray m_receiveBuffer;
    std::vector<SessionReport> m_reports; // not yet taken by the worker
    std::chrono::steady_clock::time_point m_deadline;
    bool m_waiting = false; // a deadline is set
    QElapsedTimer m_clock;
    int m_sendFailures = 0;
    std::atomic<qint64> m_busyPollTime{0}; // microseconds
    bool m_replied = false;  // a datagram was handled since the last wait
    bool m_heardFromPeer = false; // the client sent a packet, so the negotiated timeout applies
    int m_busyPollSkips = 0; // replies left before busy polling is tried again
    qint64 m_lastProgressMs = -1;
    int m_retries = 0;
    bool m_finished = false;
    bool m_closed = false;
    bool m_usesSharedDigest = false;

    std::atomic<bool> m_abortRequested{false};
    std::mutex m_abortMutex;
    QString m_abortReason; // guarded by m_abortMutex
};

// Sends one file or document: OACK when options were granted, then DATA in windows of
// windowSize blocks (RFC 7440), keeping the unacknowledged window in memory to resend it.
// The next window is read and hashed right after a window is sent, while the client's ACK is
// on its way, so the reply to that ACK goes out from memory.
class TftpReadSession : public TftpSession
{
public:
    TftpReadSession(TransferSocket socket, SessionParameters parameters,
                    std::unique_ptr<BlockReader> reader);

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
// existing file. The server's thread creates and deletes the file object, and the worker
// writes, closes and renames it in between.
class TftpWriteSession : public TftpSession
{
public:
    // Octets the device's upload folder may still take, shared by that device's concurrent
    // uploads, so together they stay within the quota.
    using UploadBudget = std::shared_ptr<std::atomic<qint64>>;

    TftpWriteSession(TransferSocket socket, SessionParameters parameters,
                     std::unique_ptr<QFile> temporaryFile, QString targetPath, UploadBudget budget);
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
    UploadBudget m_budget;
    qint64 m_budgetTaken = 0; // octets this upload has taken from the budget
    NetasciiDecoder m_decoder;
    State m_state = State::Receiving;
    QByteArray m_lastReply; // OACK, or the last ACK, resent on timeout
    quint64 m_expected = 1;
    int m_blocksSinceAck = 0;
    bool m_gapAcknowledged = false;
};

} // namespace ztp::tftp
