#include "syslog/syslogserver.h"

#include "common/logging.h"
#include "platform/netplatform.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

namespace ztp::syslog {

SyslogServer::SyslogServer(SyslogServerSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_limiter(m_settings.burst, m_settings.ratePerSecond)
{
    qRegisterMetaType<SyslogMessage>();
    m_summaryTimer.setInterval(m_settings.summaryInterval);
    connect(&m_summaryTimer, &QTimer::timeout, this, &SyslogServer::reportSuppressed);
}

SyslogServer::~SyslogServer()
{
    stop();
}

Status SyslogServer::start()
{
    if (m_socket)
        return Status::success();

    auto socket = std::make_unique<QUdpSocket>();
    if (m_settings.interfaceName.isEmpty()) {
        if (!socket->bind(m_settings.address, m_settings.port))
            return Error {tr("Cannot bind UDP port %1 on %2 for syslog: %3. Stop the other syslog "
                             "server or set syslog.port in workbench.json.")
                              .arg(m_settings.port)
                              .arg(m_settings.address.toString(), socket->errorString())};
    } else {
        const Result<qintptr> descriptor = platform::openBoundUdpSocket(
            m_settings.interfaceName, m_settings.address, m_settings.port, false);
        if (!descriptor)
            return Error {tr("Cannot bind UDP port %1 on %2 for syslog: %3")
                              .arg(m_settings.port)
                              .arg(m_settings.interfaceName, descriptor.errorString())};
        if (!socket->setSocketDescriptor(*descriptor)) {
            platform::closeSocket(*descriptor);
            return Error {tr("Cannot use the syslog socket on %1: %2")
                              .arg(m_settings.interfaceName, socket->errorString())};
        }
    }

    m_socket = socket.release();
    m_socket->setParent(this);
    connect(m_socket, &QUdpSocket::readyRead, this, &SyslogServer::readPendingDatagrams);
    m_summaryTimer.start();
    qCInfo(lcSyslog).noquote() << "syslog receiver listening on" << m_settings.address.toString()
                               << "UDP port" << serverPort() << "; at most" << m_settings.burst
                               << "messages at once and" << m_settings.ratePerSecond
                               << "per second from each source";
    return Status::success();
}

void SyslogServer::stop()
{
    if (!m_socket)
        return;
    delete m_socket;
    m_socket = nullptr;
    m_summaryTimer.stop();
    reportSuppressed();
    qCInfo(lcSyslog).noquote() << "syslog receiver stopped after" << m_received << "messages,"
                               << m_suppressed << "of them suppressed by the rate limit";
}

quint16 SyslogServer::serverPort() const
{
    return m_socket ? m_socket->localPort() : 0;
}

void SyslogServer::readPendingDatagrams()
{
    // Bounded per wake-up so a flood cannot starve the DHCP and TFTP sockets of the same thread.
    for (int i = 0; i < 256 && m_socket && m_socket->hasPendingDatagrams(); ++i) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        if (!datagram.isValid())
            continue;
        ++m_received;
        // NOTE: a suppressed message is not parsed, so a ZTP failure line inside a flood does not
        // change the device's state.
        if (!m_limiter.admit(datagram.senderAddress(), SourceRateLimiter::Clock::now())) {
            ++m_suppressed;
            continue;
        }
        const SyslogMessage message
            = parseSyslogMessage(datagram.data(), QDateTime::currentDateTimeUtc());
        emit messageReceived(message, datagram.senderAddress());
    }
}

void SyslogServer::reportSuppressed()
{
    const auto suppressed = m_limiter.takeSuppressed(SourceRateLimiter::Clock::now());
    for (const SourceRateLimiter::Suppression &entry : suppressed) {
        qCInfo(lcSyslog).noquote() << "suppressed" << entry.count << "messages from"
                                   << entry.source.toString() << "over the rate limit";
        emit messagesSuppressed(entry.source, entry.count);
    }
}

} // namespace ztp::syslog
