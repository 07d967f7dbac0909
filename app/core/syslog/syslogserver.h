#pragma once

#include "common/result.h"
#include "common/sourceratelimiter.h"
#include "syslog/syslogmessage.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <chrono>

class QUdpSocket;

namespace ztp::syslog {

struct SyslogServerSettings
{
    QString interfaceName; // SO_BINDTODEVICE target; empty binds to the address only (tests)
    QHostAddress address; // the interface's IPv4 address
    quint16 port = 514;
    // Per source address: this many messages at once, then `ratePerSecond` on average. The
    // rest are counted and reported by messagesSuppressed(). The defaults are estimates that
    // let a booting device's burst of kernel and ZTP lines through.
    int burst = 50;
    double ratePerSecond = 10;
    // How often the suppressed counts are reported, at most one report per source each time.
    std::chrono::milliseconds summaryInterval {5000};
};

// Receives syslog over UDP (RFC 5426) on one interface and emits each datagram parsed, up to a
// rate per source address (SourceRateLimiter). Lives in one thread.
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
    // `count` messages from `sender` were dropped by the rate limit since the last report.
    void messagesSuppressed(const QHostAddress &sender, quint64 count);

private:
    void readPendingDatagrams();
    void reportSuppressed();

    SyslogServerSettings m_settings;
    QUdpSocket *m_socket = nullptr;
    SourceRateLimiter m_limiter;
    QTimer m_summaryTimer;
    quint64 m_received = 0;
    quint64 m_suppressed = 0;
};

} // namespace ztp::syslog

Q_DECLARE_METATYPE(ztp::syslog::SyslogMessage)
