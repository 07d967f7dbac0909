#include "dhcp/pingprobe.h"

#include "common/logging.h"
#include "platform/netplatform.h"

#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTimer>

namespace ztp::dhcp {

PingProbe::PingProbe(QString interfaceName, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_interfaceName(std::move(interfaceName))
    , m_timeout(timeout)
    , m_identifier(quint16(QRandomGenerator::global()->generate()))
{
}

PingProbe::~PingProbe()
{
    stop();
}

Status PingProbe::start()
{
    if (m_socket >= 0)
        return Status::success();
    const Result<qintptr> socket = platform::openIcmpSocket(m_interfaceName);
    if (!socket)
        return Error {socket.errorString()};
    m_socket = *socket;

    m_notifier = new QSocketNotifier(m_socket, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PingProbe::readReplies);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PingProbe::expire);
    qCInfo(lcDhcp).noquote() << "pinging addresses on" << m_interfaceName << "before offering them,"
                             << m_timeout.count() << "ms timeout";
    return Status::success();
}

void PingProbe::stop()
{
    delete m_notifier;
    m_notifier = nullptr;
    delete m_timer;
    m_timer = nullptr;
    platform::closeSocket(m_socket);
    m_socket = -1;
    m_pending.clear();
}

bool PingProbe::isPending(const QHostAddress &address) const
{
    return m_pending.contains(address.toIPv4Address());
}

void PingProbe::ping(const QHostAddress &address)
{
    if (m_socket < 0 || isPending(address))
        return;

    if (const Status sent
        = platform::sendEchoRequest(m_socket, address, m_identifier, ++m_sequence);
        !sent) {
        // An address that cannot be pinged (no route on the interface) cannot be checked, so it
        // counts as silent and is offered as it would be without the ping.
        qCWarning(lcDhcp).noquote() << "cannot ping" << address.toString() << "on"
                                    << m_interfaceName << ":" << sent.errorString();
        QMetaObject::invokeMethod(
            this, [this, address] { emit finished(address, false); }, Qt::QueuedConnection);
        return;
    }
    m_pending.insert(address.toIPv4Address(), QDeadlineTimer(m_timeout));
    if (!m_timer->isActive())
        m_timer->start(m_timeout);
}

void PingProbe::readReplies()
{
    // At most 64 per call, because the notifier fires again while datagrams remain.
    QHostAddress source;
    for (int count = 0; m_socket >= 0 && count < 64; ++count) {
        if (!platform::readEchoReply(m_socket, m_identifier, &source))
            break;
        if (source.isNull() || m_pending.remove(source.toIPv4Address()) == 0)
            continue;
        qCDebug(lcDhcp).noquote() << source.toString() << "answered a ping";
        emit finished(source, true);
    }
}

void PingProbe::expire()
{
    qint64 nextTimeout = -1;
    QList<quint32> expired;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->hasExpired())
            expired.append(it.key());
        else if (nextTimeout < 0 || it->remainingTime() < nextTimeout)
            nextTimeout = it->remainingTime();
    }
    for (const quint32 address : std::as_const(expired)) {
        m_pending.remove(address);
        emit finished(QHostAddress(address), false);
    }
    if (nextTimeout >= 0 && m_timer)
        m_timer->start(std::chrono::milliseconds(qMax<qint64>(1, nextTimeout)));
}

} // namespace ztp::dhcp
