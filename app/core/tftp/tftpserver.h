#pragma once

#include "common/result.h"
#include "tftp/tftppacket.h"
#include "tftp/tftpsocket.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QUdpSocket;

namespace ztp::tftp {

class PathResolver;
class TftpSession;

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
    int mtu = 1500;     // caps blksize at mtu - 32
    bool allowUploads = false;
    QString uploadDirectory; // uploads go to <uploadDirectory>/<device key>/
    qint64 uploadQuota = 64 * 1024 * 1024; // octets per device folder, existing files included
    // After block 65535 comes block 0 (the common practice) or, when false, block 1.
    bool rolloverToZero = true;
    // While exactly one transfer runs, it polls its socket this long for the client's next
    // packet before it returns to the event loop, which shortens each lock-step round trip
    // at the cost of a busy core. Zero turns it off. bench/tftp/README.md has the figures.
    std::chrono::microseconds busyPollTime{200};
    // The clock that retransmission deadlines are measured on; empty uses
    // std::chrono::steady_clock. Tests set a clock they advance and call checkTimeouts().
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
// and 7440). It listens on the request port and runs each transfer on its own socket, on the
// thread it lives in. Files come from rootDirectory, read-only; uploads are off by default.
// TODO: serve transfers on worker threads. One thread bounds the aggregate of many
// concurrent transfers to one core, and a busy GUI thread delays every ACK; tftpd-hpa, with
// a process per transfer, led 20 concurrent downloads in bench/tftp/README.md.
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
    // Aborts all transfers with ERROR 0 and closes every socket at once.
    void stop();
    bool isRunning() const;

    const TftpServerSettings &settings() const { return m_settings; }
    // The bound request port; differs from settings().port when that was 0.
    quint16 serverPort() const;
    int activeTransferCount() const { return int(m_sessions.size()); }
    // Handles every transfer whose retransmission deadline has passed on settings().clock,
    // at once instead of when its timer fires.
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

    Status validateSettings() const;
    void readPendingRequests();
    void handleRequest(const QByteArray &datagram, const QHostAddress &client, quint16 clientPort);
    void startRead(const Request &request, const QHostAddress &client, quint16 clientPort);
    void startWrite(const Request &request, const QHostAddress &client, quint16 clientPort);
    void addSession(TftpSession *session, const ClientKey &key, quint16 localPort);
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
    QUdpSocket *m_socket = nullptr;
    QHash<ClientKey, TftpSession *> m_sessions;
    QSet<quint16> m_portsInUse;
    quint16 m_nextPort = 0;
    quint64 m_nextTransferId = 1;
};

} // namespace ztp::tftp

Q_DECLARE_METATYPE(ztp::tftp::TransferRecord)
