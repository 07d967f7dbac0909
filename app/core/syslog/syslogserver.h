#pragma once

#include "common/result.h"
#include "syslog/syslogmessage.h"

#include <QHostAddress>
#include <QObject>

class QUdpSocket;

namespace ztp::syslog {

struct SyslogServerSettings
{
    QString interfaceName; // SO_BINDTODEVICE target; empty binds to the address only (tests)
    QHostAddress address; // the interface's IPv4 address
    quint16 port = 514;
};

// Receives syslog over UDP (RFC 5426) on one interface and emits every datagram parsed.
// Lives in one thread.
class SyslogServer : public QObject
{
    Q_OBJECT

public:
    explicit SyslogServer(SyslogServerSettings settings, QObject *parent = nullptr);
    ~SyslogServer() override;

    Status start();
    void stop();
    bool isRunning() const { return m_socket != nullptr; }
    quint16 serverPort() const;

signals:
    void messageReceived(const ztp::syslog::SyslogMessage &message, const QHostAddress &sender);

private:
    void readPendingDatagrams();

    SyslogServerSettings m_settings;
    QUdpSocket *m_socket = nullptr;
    quint64 m_received = 0;
};

} // namespace ztp::syslog

Q_DECLARE_METATYPE(ztp::syslog::SyslogMessage)
