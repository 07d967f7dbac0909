#include "dhcp/rogueserverprobe.h"

#include "common/logging.h"
#include "dhcp/dhcppacket.h"
#include "platform/netplatform.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QTimer>
#include <QUdpSocket>

namespace ztp::dhcp {

QByteArray RogueServerProbe::probeHardwareAddress()
{
    return QByteArray::fromHex("025a54575052"); // 02:5a:54:57:50:52, locally administered
}

RogueServerProbe::RogueServerProbe(QString interfaceName, QHostAddress ownServer, QObject *parent)
    : QObject(parent)
    , m_interfaceName(std::move(interfaceName))
    , m_ownServer(std::move(ownServer))
{
}

RogueServerProbe::~RogueServerProbe()
{
    stop();
}

Status RogueServerProbe::start()
{
    if (m_socket)
        return Status::success();

    const Result<qintptr> descriptor = platform::openBoundUdpSocket(
        m_interfaceName, QHostAddress(QHostAddress::AnyIPv4), m_clientPort, true);
    if (!descriptor)
        return Error{QStringLiteral("cannot probe %1 for other DHCP servers: %2")
                         .arg(m_interfaceName, descriptor.errorString())};

    auto *socket = new QUdpSocket(this);
    if (!socket->setSocketDescriptor(*descriptor, QAbstractSocket::BoundState, QIODevice::ReadWrite)) {
        const QString message = socket->errorString();
        platform::closeSocket(*descriptor);
        delete socket;
        return Error{message};
    }
    connect(socket, &QUdpSocket::readyRead, this, &RogueServerProbe::readPendingDatagrams);
    m_socket = socket;

    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &RogueServerProbe::probe);
    m_timer->start(m_interval);

    qCInfo(lcDhcp).noquote() << "probing" << m_interfaceName << "for other DHCP servers every"
                             << m_interval.count() << "ms";
    probe();
    return Status::success();
}

void RogueServerProbe::stop()
{
    if (m_timer) {
        m_timer->stop();
        delete m_timer;
        m_timer = nullptr;
    }
    if (m_socket) {
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void RogueServerProbe::probe()
{
    if (!m_socket)
        return;

    m_xid = QRandomGenerator::global()->generate();
    m_reportedThisRound.clear();

    // Broadcast flag set, so every server replies to 255.255.255.255 and the probe needs no
    // address of its own.
    DhcpPacket discover;
    discover.xid = m_xid;
    discover.flags = BroadcastFlag;
    discover.chaddr = probeHardwareAddress();
    discover.options.set(OptionCode::MessageType, QByteArray(1, char(MessageType::Discover)));
    discover.options.set(OptionCode::ParameterRequestList, QByteArray::fromHex("01030636"));

    const QByteArray bytes = encodePacket(discover);
    if (m_socket->writeDatagram(bytes, QHostAddress(QHostAddress::Broadcast), m_serverPort) != bytes.size())
        qCWarning(lcDhcp).noquote() << "rogue server probe on" << m_interfaceName
                                    << "failed to send:" << m_socket->errorString();
}

void RogueServerProbe::readPendingDatagrams()
{
    for (int count = 0; m_socket && m_socket->hasPendingDatagrams() && count < 64; ++count) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(4096);
        const Result<DhcpPacket> packet = decodePacket(datagram.data());
        if (!packet || packet->op != BootOp::Reply || packet->xid != m_xid)
            continue;
        if (packet->messageType() != MessageType::Offer)
            continue;

        // A server without option 54 breaks RFC 2131 but is still a server: use the source.
        const QHostAddress server = packet->options.ipv4(OptionCode::ServerIdentifier)
                                        .value_or(datagram.senderAddress());
        if (server.isEqual(m_ownServer, QHostAddress::TolerantConversion))
            continue;
        if (m_reportedThisRound.contains(server.toIPv4Address()))
            continue;
        m_reportedThisRound.insert(server.toIPv4Address());

        qCWarning(lcDhcp).noquote() << "another DHCP server" << server.toString() << "answers on"
                                    << m_interfaceName << "and offered" << packet->yiaddr.toString()
                                    << "- devices may take their address from it";
        emit rogueServerDetected(server, packet->yiaddr);
    }
}

} // namespace ztp::dhcp
