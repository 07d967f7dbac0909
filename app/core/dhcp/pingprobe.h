#pragma once

#include "common/result.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <chrono>

class QSocketNotifier;
class QTimer;

namespace ztp::dhcp {

// Pings addresses on one interface without blocking the event loop, so the DHCP server can
// check that no other host uses an address before it offers it (RFC 2131 section 3.1). Each ping()
// ends in exactly one finished() signal: answered when an echo reply came from the address
// within the timeout, else not. Runs in the thread that owns it.
class PingProbe : public QObject
{
    Q_OBJECT

public:
    PingProbe(QString interfaceName, std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~PingProbe() override;

    // Opens the ICMP socket on the interface. Fails when the interface is missing or, without
    // CAP_NET_RAW, when unprivileged ICMP sockets are off too (net.ipv4.ping_group_range).
    Status start();
    void stop();

    // Sends one echo request, unless a ping of the same address is pending.
    void ping(const QHostAddress &address);
    bool isPending(const QHostAddress &address) const;

signals:
    void finished(const QHostAddress &address, bool answered);

private:
    void readReplies();
    void expire();

    QString m_interfaceName;
    std::chrono::milliseconds m_timeout;
    qintptr m_socket = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_timer = nullptr;
    quint16 m_identifier = 0;
    quint16 m_sequence = 0;
    QHash<quint32, QDeadlineTimer> m_pending; // IPv4 address -> when its ping times out
};

} // namespace ztp::dhcp
