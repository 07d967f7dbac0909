#pragma once

#include "common/result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>

#include <chrono>

class QSocketNotifier;
class QTimer;
class QUdpSocket;

namespace ztp::dhcp {

// Looks for another DHCP server on the bench interface: it broadcasts a DISCOVER from port 68
// and reports every OFFER whose server identifier is not the bench's own. A packet socket on the
// same port supplies the sender's MAC. Runs in the thread that owns it; probes once on start()
// and then every interval.
class RogueServerProbe : public QObject
{
    Q_OBJECT

public:
    // The chaddr of the probe's DISCOVER, a locally administered address. The bench's own server
    // ignores it, so it neither replies to nor records the probe.
    static QByteArray probeHardwareAddress();

    RogueServerProbe(QString interfaceName, QHostAddress ownServer, QObject *parent = nullptr);
    ~RogueServerProbe() override;

    void setClientPort(quint16 port) { m_clientPort = port; }
    void setServerPort(quint16 port) { m_serverPort = port; }
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }

    // Binds port 68 on the interface and sends the first DISCOVER. Fails when the port is taken
    // (a DHCP client runs on the interface) or the interface is missing.
    Status start();
    void stop();
    // Sends one DISCOVER now.
    void probe();

signals:
    // Emitted once per probe round for each foreign server that sent an OFFER. `serverMac` is
    // the Ethernet source of the OFFER (a relay's MAC when it was relayed), empty when the
    // capture could not be opened.
    void rogueServerDetected(const QHostAddress &server, const QByteArray &serverMac,
                             const QHostAddress &offeredAddress);

private:
    void readPendingDatagrams();
    void readCapturedFrames();

    QString m_interfaceName;
    QHostAddress m_ownServer;
    quint16 m_clientPort = 68;
    quint16 m_serverPort = 67;
    std::chrono::milliseconds m_interval {std::chrono::seconds(60)};
    QUdpSocket *m_socket = nullptr;
    qintptr m_capture = -1;
    QSocketNotifier *m_captureNotifier = nullptr;
    QHash<quint32, QByteArray> m_senderMacs; // IPv4 source of this round's OFFERs -> MAC
    QTimer *m_timer = nullptr;
    quint32 m_xid = 0;
    QSet<quint32> m_reportedThisRound;
};

} // namespace ztp::dhcp
