#pragma once

#include "common/result.h"
#include "common/sourceratelimiter.h"
#include "tftp/tftppacket.h"
#include "tftp/tftpsocket.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QUdpSocket;

namespace ztp::tftp {

class PathResolver;
class TftpSession;
class TransferWorker;
struct NegotiatedOptions;
struct SessionParameters;
struct SessionReport;

struct TftpServerSettings
{
    QString interfaceName; // SO_BINDTODEVICE target; empty binds to the address only (tests)
    QHostAddress address;  // listen address, the interface's IPv4 address
    quint16 port = 69;
    QString rootDirectory; // the workspace's files/ folder, served read-only
    // Local ports for transfers, both 0 for kernel-chosen ports. A range lets a firewall
    // open exactly these ports.
    quint16 transferPortFirst = 0;
    quint16 transferPortLast = 0;
    // Wait for an ACK or DATA before resending, unless the client negotiates "timeout".
    std::chrono::milliseconds defaultTimeout{1000};
    int maxRetries = 5; // resends of one packet before the transfer fails
    // Open transfers at once, in all and from one client address; more get ERROR 0 "busy".
    int maxTransfers = 1024;
    int maxTransfersPerClient = 256;
    // Maximum transfers per worker thread. A new transfer starts a new worker when every worker
    // has this many, up to one worker per processor the process may run on; after that each
    // new transfer goes to the least loaded worker. A worker handles all its ready transfers
    // per wake-up. bench/tftp/README.md has the figures for 1, 4 and 20 per thread.
    int transfersPerThread = 4;
    int mtu = 1500;     // caps blksize at mtu - 32
    bool allowUploads = false;
    QString uploadDirectory; // uploads go to <uploadDirectory>/<device key>/
    qint64 uploadQuota = 64 * 1024 * 1024; // octets per device folder, existing files included
    // After block 65535 comes block 0 (the common practice) or, when false, block 1.
    bool rolloverToZero = true;
    // While exactly one transfer runs, it polls its socket this long for the client's next
    // packet before its worker thread sleeps, which shortens each lock-step round trip
    // at the cost of a busy core. A worker with two or more transfers polls all their sockets
    // as long. Zero turns both off. bench/tftp/README.md has the figures.
    std::chrono::microseconds busyPollTime{200};
    // The clock that retransmission deadlines are measured on; empty uses
    // std::chrono::steady_clock. Tests set a clock they advance and call checkTimeouts().
    // It is called on the transfers' worker threads.
    std::function<std::chrono::steady_clock::time_point()> clock;
};

// A file generated for one request, e.g. a rendered per-device configuration.
struct DynamicContent
{
    QByteArray data;
    QString deviceKey;
};

// Called for every RRQ before the file system is searched, with the normalised file name
// ("cfg/sw1.cfg": backslashes turned into slashes, leading slash, "." and empty components
// removed). Returns nullopt when the name is not dynamic. Setting *error rejects the request,
// and the client receives ERROR 1 with that message.
using ContentProvider = std::function<std::optional<DynamicContent>(
    const QString &fileName, const QHostAddress &client, QString *error)>;

// Names the per-device upload folder for a client; the default uses its IPv4 address.
using DeviceKeyResolver = std::function<QString(const QHostAddress &client)>;

// One transfer, as started and as finished.
struct TransferRecord
{
    quint64 id = 0;
    QHostAddress client;
    quint16 clientPort = 0;
    QString fileName;  // as requested
    QString localPath; // the file served, or the file an upload was stored as; empty if dynamic
    QString deviceKey;
    bool upload = false;
    qint64 bytesSent = 0;   // acknowledged by the client, or received for an upload
    qint64 totalBytes = -1; // -1 when unknown
    bool success = false;
    QString error;
    QByteArray sha256; // raw 32 octets of the data as transferred, after netascii encoding
    bool dynamic = false;
    QDateTime started;
    QDateTime finished;
};

// The TFTP server of one bench interface (RFC 1350 with the options of RFC 2347, 2348, 2349
// and 7440). It listens on the request port on the thread it lives in, and runs each transfer
// on its own socket on a worker thread (TransferWorker), so transfers use every core and a
// busy GUI thread delays no ACK. Signals come on the server's thread: workers queue their
// reports, and progress comes at most four times a second per transfer. Files come from
// rootDirectory, read-only; uploads are off by default.
class TftpServer : public QObject
{
    Q_OBJECT

public:
    explicit TftpServer(TftpServerSettings settings, QObject *parent = nullptr);
    ~TftpServer() override;

    void setContentProvider(ContentProvider provider);
    void setDeviceKeyResolver(DeviceKeyResolver resolver);

    // Binds the request port. The error names the port and interface and the fix (stop
    // another server, get privileges, create a folder).
    Status start();
    // Aborts all transfers with ERROR 0, ends the worker threads and closes every socket.
    // transferFinished() comes for each transfer before it returns.
    void stop();
    bool isRunning() const;

    const TftpServerSettings &settings() const { return m_settings; }
    // The bound request port; differs from settings().port when that was 0.
    quint16 serverPort() const;
    // Transfers whose worker has not yet reported its end to this thread.
    int activeTransferCount() const { return int(m_transfers.size()); }
    // Makes every transfer whose retransmission deadline has passed on settings().clock handle
    // its timeout now, waits until each has looked, and emits the resulting signals before it
    // returns.
    void checkTimeouts();

signals:
    void transferStarted(const ztp::tftp::TransferRecord &record);
    void transferProgress(quint64 id, qint64 bytesSent, qint64 totalBytes, double bytesPerSecond);
    void transferFinished(const ztp::tftp::TransferRecord &record);

private:
    struct ClientKey
    {
        QHostAddress address;
        quint16 port = 0;
        bool operator==(const ClientKey &other) const = default;
    };
    friend size_t qHash(const ClientKey &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.address, key.port);
    }

    // The server thread's record of one running transfer.
    struct Transfer
    {
        std::unique_ptr<TftpSession> session;
        TransferWorker *worker = nullptr; // null once stop() has ended the workers
        ClientKey key;
        quint16 localPort = 0;
    };

    Status validateSettings() const;
    void readPendingRequests();
    void handleRequest(const QByteArray &datagram, const QHostAddress &client, quint16 clientPort);
    void startRead(const Request &request, const QHostAddress &client, quint16 clientPort);
    void startWrite(const Request &request, const QHostAddress &client, quint16 clientPort);
    SessionParameters sessionParameters(const TransferRecord &record, const Request &request,
                                        NegotiatedOptions options);
    // Hands the session to a worker; false (and ERROR 0 to the client) when no worker can
    // start.
    bool addTransfer(std::unique_ptr<TftpSession> session, const ClientKey &key,
                     quint16 localPort);
    // Called on a worker thread.
    void queueReports(std::vector<SessionReport> &&reports);
    // Emits the queued reports' signals and releases the transfers that ended.
    void deliverReports();
    void releaseTransfer(quint64 id);
    // The least loaded worker with room, or a new one; null when none can start.
    TransferWorker *workerWithRoom();
    // Lets the session poll for replies when it is the only one (see busyPollTime).
    void updateBusyPolling();
    void rejectRequest(const QHostAddress &client, quint16 clientPort, ErrorCode code,
                       const QString &message);
    // Opens a socket for one transfer, from the port range when one is set.
    Result<TransferSocket> openTransferSocket(quint16 *localPort);
    int maxBlockSize() const;
    QString deviceKeyFor(const QHostAddress &client) const;

    TftpServerSettings m_settings;
    ContentProvider m_contentProvider;
    DeviceKeyResolver m_deviceKeyResolver;
    std::unique_ptr<PathResolver> m_resolver;
    std::unique_ptr<class FileDigests> m_digests;
    QUdpSocket *m_socket = nullptr;
    std::vector<std::unique_ptr<TransferWorker>> m_workers;
    quint64 m_nextWorkerNumber = 1;
    std::map<quint64, std::unique_ptr<Transfer>> m_transfers; // by transfer id
    QHash<ClientKey, quint64> m_transferIds;
    QSet<quint16> m_portsInUse;
    quint16 m_nextPort = 0;
    int m_transferLimit = 0; // maxTransfers, or less when the open file limit allows fewer
    // Rejected requests are logged at a bounded rate per client, and the rest counted.
    bool mayLogRejection(const QHostAddress &client);
    void logSuppressedRejections();
    SourceRateLimiter m_rejectionLog {20, 5.0};
    QTimer m_rejectionLogFlush;
    // The budget of each upload folder while uploads into it run.
    std::map<QString, std::weak_ptr<std::atomic<qint64>>> m_uploadBudgets;
    quint64 m_nextTransferId = 1;

    std::mutex m_reportMutex;
    std::vector<SessionReport> m_reports; // guarded by m_reportMutex
};

} // namespace ztp::tftp

Q_DECLARE_METATYPE(ztp::tftp::TransferRecord)
