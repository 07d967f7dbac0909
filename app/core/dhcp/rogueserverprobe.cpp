#include "dhcp/rogueserverprobe.h"

#include "common/logging.h"
#include "dhcp/dhcppacket.h"
#include "platform/netplatform.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QSocketNotifier>
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

    // Without CAP_NET_RAW the probe still works, but reports no MAC.
    const Result<qintptr> capture = platform::openUdpCapture(m_interfaceName, m_clientPort);
    if (capture) {
        m_capture = *capture;
        m_captureNotifier = new QSocketNotifier(m_capture, QSocketNotifier::Read, this);
        connect(m_captureNotifier, &QSocketNotifier::activated, this,
                &RogueServerProbe::readCapturedFrames);
    } else {
        qCInfo(lcDhcp).noquote() << "rogue server probe on" << m_interfaceName
                                 << "reports no MAC addresses:" << capture.errorString();
    }

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
    delete m_captureNotifier;
    m_captureNotifier = nullptr;
    platform::closeSocket(m_capture);
    m_capture = -1;
}

void RogueServerProbe::probe()
{
    if (!m_socket)
        return;

    m_xid = QRandomGenerator::global()->generate();
    m_reportedThisRound.clear();
    m_senderMacs.clear();

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

void RogueServerProbe::readCapturedFrames()
{
    // At most 64 per call like the UDP side, because the notifier fires again for the rest.
    for (int count = 0; m_capture >= 0 && count < 64; ++count) {
        const std::optional<platform::CapturedDatagram> frame =
            platform::readCapturedDatagram(m_capture);
        if (!frame)
            return;
        const Result<DhcpPacket> packet = decodePacket(frame->payload);
        if (!packet || packet->op != BootOp::Reply || packet->xid != m_xid)
            continue;
        m_senderMacs.insert(frame->source.toIPv4Address(), frame->sourceMac);
        if (const auto serverId = packet->options.ipv4(OptionCode::ServerIdentifier))
            m_senderMacs.insert(serverId->toIPv4Address(), frame->sourceMac);
    }
}

void RogueServerProbe::readPendingDatagrams()
{
    // The packet socket receives each frame before the UDP socket does, so its queue contains the
    // senders of the datagrams read below.
    readCapturedFrames();
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

        const QByteArray mac = m_senderMacs.value(
            server.toIPv4Address(), m_senderMacs.value(datagram.senderAddress().toIPv4Address()));
        qCWarning(lcDhcp).noquote() << "another DHCP server" << server.toString() << "answers on"
                                    << m_interfaceName << "from MAC"
                                    << (mac.isEmpty() ? QStringLiteral("unknown")
                                                      : platform::formatMac(mac))
                                    << "and offered" << packet->yiaddr.toString()
                                    << "- devices may take their address from it";
        emit rogueServerDetected(server, mac, packet->yiaddr);
    }
}

} // namespace ztp::dhcp
