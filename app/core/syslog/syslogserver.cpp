#include "syslog/syslogserver.h"

#include "common/logging.h"
#include "platform/netplatform.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

namespace ztp::syslog {

SyslogServer::SyslogServer(SyslogServerSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<SyslogMessage>();
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
    qCInfo(lcSyslog).noquote() << "syslog receiver listening on" << m_settings.address.toString()
                               << "UDP port" << serverPort();
    return Status::success();
}

void SyslogServer::stop()
{
    if (!m_socket)
        return;
    delete m_socket;
    m_socket = nullptr;
    qCInfo(lcSyslog).noquote() << "syslog receiver stopped after" << m_received << "messages";
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
        const SyslogMessage message
            = parseSyslogMessage(datagram.data(), QDateTime::currentDateTimeUtc());
        emit messageReceived(message, datagram.senderAddress());
    }
}

} // namespace ztp::syslog
