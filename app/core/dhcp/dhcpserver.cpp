#include "dhcp/dhcpserver.h"

#include "common/logging.h"
#include "dhcp/pingprobe.h"
#include "platform/netplatform.h"

#include <QCoreApplication>
#include <QNetworkDatagram>
#include <QUdpSocket>

namespace ztp::dhcp {

namespace {

const QHostAddress LimitedBroadcast(QHostAddress::Broadcast);

bool sameSubnet(const QHostAddress &a, const QHostAddress &b, const QHostAddress &mask)
{
    const quint32 bits = mask.toIPv4Address();
    return (a.toIPv4Address() & bits) == (b.toIPv4Address() & bits);
}

QString describe(const DhcpPacket &packet)
{
    return platform::formatMac(packet.clientHardwareAddress());
}

// The lease table's key: option 61 unless it is absent, malformed or known to change between
// retries, else chaddr.
QByteArray leaseKey(const DhcpPacket &request)
{
    return clientKeyFor(request.clientHardwareAddress(), leaseClientIdentifier(request));
}

// At most this many addresses are pinged and skipped for one DISCOVER.
constexpr int MaxProbedAddresses = 3;

// Datagrams handled per readyRead; their leases share one journal write. The replies of a
// batch leave together, and the device records of the batch are updated before the next read.
// Batches of 256 sent bursts that overflowed perfdhcp's receive buffer at 6,500 DORA/s and
// delayed requests by 20 ms and more. Batches of 32 cost one more write(2) per 32 packets.
constexpr int MaxBatch = 32;

// A ping without reply clears an address for this long, so a client that retransmits its
// DISCOVER is not delayed again.
constexpr qint64 SilentPingValiditySeconds = 60;

} // namespace

DhcpServer::DhcpServer(DhcpServerSettings settings, LeaseTable *leases, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_leases(leases)
{
    for (const Reservation &reservation : m_settings.reservations)
        m_leases->exclude(reservation.address);
}

DhcpServer::~DhcpServer()
{
    stop();
}

Status DhcpServer::start()
{
    if (m_socket)
        return Status::success();

    // Safety: a DHCP server that answers on every interface can take over an office network.
    if (m_settings.interfaceName.isEmpty())
        return Error{QCoreApplication::translate(
            "ztp::dhcp::DhcpServer",
            "No network interface is chosen. Choose the interface that faces the devices, "
            "then start the DHCP server.")};

    // Broadcast DISCOVERs arrive on 0.0.0.0, so the socket binds to the wildcard address and
    // relies on SO_BINDTODEVICE to see and send on the chosen interface only.
    const Result<qintptr> descriptor = platform::openBoundUdpSocket(
        m_settings.interfaceName, QHostAddress(QHostAddress::AnyIPv4), m_settings.serverPort,
        true);
    if (!descriptor) {
        qCWarning(lcDhcp) << "cannot start:" << descriptor.errorString();
        return Error{descriptor.errorString()};
    }

    auto *socket = new QUdpSocket(this);
    if (!socket->setSocketDescriptor(*descriptor, QAbstractSocket::BoundState,
                                     QIODevice::ReadWrite)) {
        const QString message = socket->errorString();
        platform::closeSocket(*descriptor);
        delete socket;
        return Error{message};
    }
    if (m_settings.pingTimeout.count() > 0 && !m_addressProbe) {
        auto *ping = new PingProbe(m_settings.interfaceName, m_settings.pingTimeout, this);
        if (Status status = ping->start(); !status) {
            qCWarning(lcDhcp).noquote() << "cannot start: ping before offer:" << status.errorString();
            delete ping;
            delete socket;
            return Error{QCoreApplication::translate(
                             "ztp::dhcp::DhcpServer",
                             "Ping before offer is on (dhcp.pingBeforeOfferMs), but pinging on %1 "
                             "failed: %2. Grant the privilege or set dhcp.pingBeforeOfferMs to 0.")
                             .arg(m_settings.interfaceName, status.errorString())};
        }
        connect(ping, &PingProbe::finished, this, &DhcpServer::onPingFinished);
        m_ping = ping;
    }

    connect(socket, &QUdpSocket::readyRead, this, &DhcpServer::readPendingDatagrams);
    m_socket = socket;

    qCInfo(lcDhcp).noquote() << "started on" << m_settings.interfaceName << "port"
                             << m_settings.serverPort << "as" << m_settings.serverAddress.toString()
                             << "pool" << m_settings.poolFirst.toString() << "-"
                             << m_settings.poolLast.toString();
    return Status::success();
}

void DhcpServer::stop()
{
    if (!m_socket)
        return;
    m_socket->close();
    m_socket->deleteLater();
    m_socket = nullptr;
    delete m_ping;
    m_ping = nullptr;
    m_parked.clear();
    m_pingedSilent.clear();
    qCInfo(lcDhcp) << "stopped";
}

void DhcpServer::readPendingDatagrams()
{
    // Leases of the whole batch are written together, before any of its replies leaves. The
    // records for the device table and the history follow the replies, so that work does not
    // delay them.
    QList<DhcpReply> replies;
    QList<DhcpExchange> exchanges;
    m_leases->beginBatch();

    // Bounded so a flood cannot starve the rest of the event loop; readyRead fires again.
    for (int count = 0; m_socket && m_socket->hasPendingDatagrams() && count < MaxBatch; ++count) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(4096);
        const Result<DhcpPacket> packet = decodePacket(datagram.data());
        if (!packet) {
            qCWarning(lcDhcp).noquote() << "ignored a message from"
                                        << datagram.senderAddress().toString() << ":"
                                        << packet.errorString();
            continue;
        }
        if (packet->op != BootOp::Request)
            continue;

        // The bench's own rogue-server probe: no reply and no device record.
        if (!m_ignoredMac.isEmpty() && packet->clientHardwareAddress() == m_ignoredMac)
            continue;

        exchanges.append(DhcpExchange {});
        if (std::optional<DhcpReply> reply = handle(*packet, &exchanges.last()))
            replies.append(std::move(*reply));
    }

    m_leases->commitBatch();
    for (const DhcpReply &reply : std::as_const(replies)) {
        if (m_socket)
            send(reply);
    }
    for (const DhcpExchange &exchange : std::as_const(exchanges))
        emit exchanged(exchange);
}

void DhcpServer::send(const DhcpReply &reply)
{
    QHostAddress destination = reply.destination;
    if (reply.unicastToClientHardware) {
        const Status arp = platform::addArpEntry(m_settings.interfaceName, destination,
                                                 reply.packet.clientHardwareAddress());
        if (!arp) {
            // RFC 2131 section 4.1 allows a broadcast when unicast to chaddr is not possible.
            qCDebug(lcDhcp) << "no ARP entry for" << destination.toString() << ":"
                            << arp.errorString() << "- broadcasting";
            destination = LimitedBroadcast;
        }
    }

    QList<quint8> dropped;
    const QByteArray bytes = reply.bytes.isEmpty()
        ? encodePacket(reply.packet, reply.maxMessageSize, &dropped)
        : reply.bytes;

    const qint64 written = m_socket->writeDatagram(bytes, destination, reply.port);
    if (written != bytes.size())
        qCWarning(lcDhcp).noquote() << "sending to" << destination.toString() << "failed:"
                                    << m_socket->errorString();
    qCDebug(lcDhcpPacket).noquote() << "sent" << bytes.size() << "octets to"
                                    << destination.toString() << bytes.toHex(' ');
}

std::optional<DhcpReply> DhcpServer::handle(const DhcpPacket &request, DhcpExchange *exchangeOut)
{
    DhcpExchange exchange;
    exchange.time = m_leases->now();
    exchange.mac = request.clientHardwareAddress();
    exchange.clientId = request.options.value(OptionCode::ClientIdentifier);
    exchange.vendorClass = optionText(request.options.value(OptionCode::VendorClassIdentifier));
    exchange.clientHostname = optionText(request.options.value(OptionCode::HostName));
    exchange.xid = request.xid;
    exchange.identity = parseDeviceIdentity(request.options);
    exchange.request = request;

    if (!m_ignoredMac.isEmpty() && exchange.mac == m_ignoredMac) {
        exchange.note = QStringLiteral("the bench's own rogue-server probe");
        if (exchangeOut)
            *exchangeOut = exchange;
        return std::nullopt;
    }

    // A hardware address must fit chaddr and, for Ethernet, be a MAC; without one, and without
    // a client identifier, there is nothing to key a lease on.
    const bool badHardwareAddress = request.hlen > 16 || (request.htype == 1 && request.hlen != 6)
        || (request.hlen == 0 && exchange.clientId.isEmpty());
    if (badHardwareAddress) {
        exchange.note = QStringLiteral("invalid hardware address (htype %1, hlen %2)")
                            .arg(request.htype)
                            .arg(request.hlen);
        qCWarning(lcDhcp).noquote() << "ignored a request with" << exchange.note;
        if (exchangeOut)
            *exchangeOut = exchange;
        return std::nullopt;
    }

    std::optional<DhcpReply> reply;
    const std::optional<MessageType> type = request.messageType();
    const ClientPolicy policy = m_policy ? m_policy(request) : ClientPolicy {};
    exchange.profile = policy.profile;
    if (!type) {
        exchange.note = QStringLiteral("no valid message type (option 53)");
    } else if (policy.ignore) {
        // Allow-list mode: a device that is neither in the inventory nor matched by a profile
        // gets no answer, so the bench cannot take over a network it was plugged into by mistake.
        exchange.requestType = *type;
        exchange.note = policy.ignoreReason;
    } else if (!request.giaddr.isNull() && request.giaddr.toIPv4Address() != 0
               && !sameSubnet(request.giaddr, m_settings.serverAddress, m_settings.subnetMask)) {
        // No scope serves the relay's subnet, so stay silent and let another server answer.
        exchange.requestType = *type;
        exchange.note = QStringLiteral("no scope for relay %1").arg(request.giaddr.toString());
    } else {
        exchange.requestType = *type;
        switch (*type) {
        case MessageType::Discover:
            reply = handleDiscover(request, exchange, policy);
            break;
        case MessageType::Request:
            reply = handleRequest(request, exchange, policy);
            break;
        case MessageType::Release:
            reply = handleRelease(request, exchange);
            break;
        case MessageType::Decline:
            reply = handleDecline(request, exchange);
            break;
        case MessageType::Inform:
            reply = handleInform(request, exchange, policy);
            break;
        case MessageType::Offer:
        case MessageType::Ack:
        case MessageType::Nak:
            exchange.note = QStringLiteral("server message type from a client");
            break;
        }
    }

    if (reply) {
        exchange.replyType = reply->packet.messageType();
        QList<quint8> dropped;
        reply->bytes = encodePacket(reply->packet, reply->maxMessageSize, &dropped);
        exchange.replyBytes = reply->bytes;
        exchange.replyDestination = reply->destination;
        if (!dropped.isEmpty()) {
            QStringList codes;
            for (const quint8 code : std::as_const(dropped))
                codes.append(QString::number(code));
            qCWarning(lcDhcp).noquote() << "options" << codes.join(QStringLiteral(", "))
                                        << "did not fit in" << reply->maxMessageSize
                                        << "octets for" << describe(reply->packet);
        }
    }

    qCDebug(lcDhcpPacket).noquote() << messageTypeName(exchange.requestType) << "from"
                              << platform::formatMac(exchange.mac) << "->"
                              << (exchange.replyType ? messageTypeName(*exchange.replyType)
                                                     : "no reply")
                              << exchange.address.toString() << exchange.note;
    if (exchangeOut)
        *exchangeOut = exchange;
    return reply;
}

std::optional<DhcpReply> DhcpServer::handleDiscover(const DhcpPacket &request,
                                                    DhcpExchange &exchange,
                                                    const ClientPolicy &policy)
{
    const QByteArray key = leaseKey(request);
    bool pinging = false;
    const auto address = chooseOfferAddress(request, exchange, key, &pinging);
    if (pinging)
        return std::nullopt;
    if (!address) {
        if (exchange.note.isEmpty()) {
            exchange.note = QStringLiteral("address pool exhausted");
            qCWarning(lcDhcp).noquote() << "pool exhausted; no offer for"
                                        << platform::formatMac(exchange.mac);
        }
        return std::nullopt;
    }

    const Lease lease = m_leases->offer(*address, exchange.mac, leaseClientIdentifier(request),
                                        policy.hostname, m_settings.offerHold);
    emit leaseChanged(lease);

    exchange.address = *address;
    exchange.hostname = policy.hostname;
    exchange.bootFile = policy.bootFile.isEmpty() ? m_settings.bootFile : policy.bootFile;
    return makeReply(request, MessageType::Offer, *address, true, policy);
}

std::optional<DhcpReply> DhcpServer::handleRequest(const DhcpPacket &request,
                                                   DhcpExchange &exchange,
                                                   const ClientPolicy &policy)
{
    const QByteArray key = leaseKey(request);
    const auto serverId = request.options.ipv4(OptionCode::ServerIdentifier);
    const auto requested = request.options.ipv4(OptionCode::RequestedIpAddress);
    const bool hasCiaddr = request.ciaddr.toIPv4Address() != 0;

    QHostAddress address;
    if (serverId) {
        // SELECTING (RFC 2131 section 4.3.2): the client chose among OFFERs.
        if (*serverId != m_settings.serverAddress) {
            exchange.note = QStringLiteral("client chose server %1").arg(serverId->toString());
            if (const auto lease = m_leases->findByClient(key);
                lease && lease->state == LeaseState::Offered) {
                if (const auto released = m_leases->release(lease->address, key))
                    emit leaseChanged(*released);
            }
            return std::nullopt;
        }
        if (!requested) {
            exchange.note = QStringLiteral("SELECTING request without option 50");
            return makeNak(request, QStringLiteral("requested address missing"));
        }
        address = *requested;
    } else if (requested && !hasCiaddr) {
        // INIT-REBOOT: the client asks to keep an address it remembers.
        address = *requested;
        if (!sameSubnet(address, m_settings.serverAddress, m_settings.subnetMask)) {
            exchange.note = QStringLiteral("address %1 is on another subnet").arg(address.toString());
            return makeNak(request, QStringLiteral("wrong network"));
        }
    } else if (hasCiaddr) {
        // RENEWING (unicast) or REBINDING (broadcast).
        address = request.ciaddr;
    } else {
        exchange.note = QStringLiteral("REQUEST without option 50 or ciaddr");
        return std::nullopt;
    }

    exchange.address = address;

    // The bench is authoritative on its segment: an address that is free or already this
    // client's is acknowledged even without a record, so a restarted bench recovers at once.
    const auto reserved = reservationFor(request, exchange);
    if (reserved && *reserved != address) {
        exchange.note = QStringLiteral("address %1 requested, %2 is reserved for this client")
                            .arg(address.toString(), reserved->toString());
        return makeNak(request, QStringLiteral("address not available"));
    }
    const bool ownReservation = reserved && *reserved == address;
    if (ownReservation) {
        const auto current = m_leases->findByAddress(address);
        if (current && current->clientKey() != key && current->state == LeaseState::Bound
            && current->expires > m_leases->now()) {
            exchange.note = QStringLiteral("reserved address %1 is still bound to another client")
                                .arg(address.toString());
            return makeNak(request, QStringLiteral("address not available"));
        }
    } else if (isReservedForOther(address, request, exchange) || !m_leases->isAvailableFor(address, key)) {
        exchange.note = m_leases->inPool(address)
            ? QStringLiteral("address %1 belongs to another client").arg(address.toString())
            : QStringLiteral("address %1 is outside the pool").arg(address.toString());
        return makeNak(request, QStringLiteral("address not available"));
    }

    const Lease lease = m_leases->bind(address, exchange.mac, leaseClientIdentifier(request),
                                       policy.hostname, m_settings.leaseTime);
    emit leaseChanged(lease);

    exchange.hostname = policy.hostname;
    exchange.bootFile = policy.bootFile.isEmpty() ? m_settings.bootFile : policy.bootFile;
    return makeReply(request, MessageType::Ack, address, true, policy);
}

std::optional<DhcpReply> DhcpServer::handleRelease(const DhcpPacket &request,
                                                   DhcpExchange &exchange)
{
    exchange.address = request.ciaddr;
    if (!isOurs(request)) {
        exchange.note = QStringLiteral("RELEASE for another server");
        return std::nullopt;
    }
    const QByteArray key = leaseKey(request);
    if (const auto lease = m_leases->release(request.ciaddr, key))
        emit leaseChanged(*lease);
    else
        exchange.note = QStringLiteral("no lease of this client on %1").arg(request.ciaddr.toString());
    return std::nullopt;
}

std::optional<DhcpReply> DhcpServer::handleDecline(const DhcpPacket &request,
                                                   DhcpExchange &exchange)
{
    const auto declined = request.options.ipv4(OptionCode::RequestedIpAddress);
    if (!declined || !isOurs(request) || !m_leases->inPool(*declined)) {
        exchange.note = QStringLiteral("DECLINE without an address of ours");
        return std::nullopt;
    }
    exchange.address = *declined;

    // Only the client the address was offered or leased to may decline it. Otherwise any host
    // on the segment could push other devices off their addresses.
    const auto current = m_leases->findByAddress(*declined);
    if (current && current->state != LeaseState::Declined && current->clientKey() != leaseKey(request)) {
        exchange.note = QStringLiteral("DECLINE of %1 from a client that does not hold it")
                            .arg(declined->toString());
        qCWarning(lcDhcp).noquote() << platform::formatMac(exchange.mac) << "declined"
                                    << declined->toString() << "which it does not hold; ignored";
        return std::nullopt;
    }
    const Lease lease = m_leases->decline(*declined, m_settings.declineQuarantine);
    emit leaseChanged(lease);
    qCWarning(lcDhcp).noquote() << platform::formatMac(exchange.mac) << "declined"
                                << declined->toString()
                                << "- another host uses it; quarantined until"
                                << lease.expires.toString(Qt::ISODate);
    return std::nullopt;
}

std::optional<DhcpReply> DhcpServer::handleInform(const DhcpPacket &request,
                                                  DhcpExchange &exchange,
                                                  const ClientPolicy &policy)
{
    // RFC 2131 section 4.3.5: configuration only, no lease, sent to ciaddr.
    exchange.address = request.ciaddr;
    DhcpReply reply = makeReply(request, MessageType::Ack, QHostAddress(quint32(0)), false, policy);
    return reply;
}

bool DhcpServer::isOurs(const DhcpPacket &request) const
{
    const auto serverId = request.options.ipv4(OptionCode::ServerIdentifier);
    return !serverId || *serverId == m_settings.serverAddress;
}

DhcpReply DhcpServer::makeReply(const DhcpPacket &request, MessageType type,
                                const QHostAddress &yiaddr, bool withLease,
                                const ClientPolicy &policy) const
{
    DhcpReply reply;
    DhcpPacket &packet = reply.packet;
    packet.op = BootOp::Reply;
    packet.htype = request.htype;
    packet.hlen = request.hlen;
    packet.xid = request.xid;
    packet.flags = request.flags;
    // RFC 2131 table 3: an ACK echoes ciaddr, an OFFER carries zero.
    packet.ciaddr = type == MessageType::Ack ? request.ciaddr : QHostAddress(quint32(0));
    packet.yiaddr = yiaddr;
    packet.giaddr = request.giaddr;
    packet.chaddr = request.chaddr;

    const QString bootFile = policy.bootFile.isEmpty() ? m_settings.bootFile : policy.bootFile;
    const bool hasTftp = !m_settings.tftpServer.isNull();

    // siaddr, option 66 and option 150 name the same server: devices honour different ones.
    packet.siaddr = hasTftp ? m_settings.tftpServer : QHostAddress(quint32(0));
    if (!bootFile.isEmpty() && bootFile.toUtf8().size() < 128)
        packet.file = bootFile.toUtf8();

    // Options the server always sends come first; the rest follow the client's parameter
    // request list (option 55) and then the server's own order.
    DhcpOptions available;
    available.set(OptionCode::SubnetMask, encodeIpv4(m_settings.subnetMask));
    if (!m_settings.routers.isEmpty())
        available.set(OptionCode::Router, encodeIpv4List(m_settings.routers));
    if (!m_settings.dnsServers.isEmpty())
        available.set(OptionCode::DomainNameServer, encodeIpv4List(m_settings.dnsServers));
    if (!policy.hostname.isEmpty())
        available.set(OptionCode::HostName, policy.hostname.toUtf8());
    if (!m_settings.domainName.isEmpty())
        available.set(OptionCode::DomainName, m_settings.domainName.toUtf8());
    if (hasTftp)
        available.set(OptionCode::TftpServerName, m_settings.tftpServer.toString().toUtf8());
    if (!bootFile.isEmpty())
        available.set(OptionCode::BootfileName, bootFile.toUtf8());
    if (hasTftp)
        available.set(OptionCode::TftpServerAddress, encodeIpv4(m_settings.tftpServer));

    // The profile's options replace the server's own of the same code.
    mergePolicyOptions(available, request, policy);

    packet.options.set(OptionCode::MessageType, QByteArray(1, char(type)));
    packet.options.set(OptionCode::ServerIdentifier, encodeIpv4(m_settings.serverAddress));
    if (withLease) {
        const auto lease = quint32(m_settings.leaseTime.count());
        packet.options.set(OptionCode::IpAddressLeaseTime, encodeUint32(lease));
        packet.options.set(OptionCode::RenewalTime, encodeUint32(lease / 2));
        packet.options.set(OptionCode::RebindingTime, encodeUint32(quint32(lease * 7ULL / 8)));
    }

    const QByteArray requestList = request.options.value(OptionCode::ParameterRequestList);
    for (const char code : requestList) {
        const quint8 option = quint8(code);
        if (available.contains(option) && !packet.options.contains(option))
            packet.options.set(option, available.value(option));
    }
    for (const auto &[code, value] : available.entries()) {
        if (!packet.options.contains(code))
            packet.options.set(code, value);
    }

    // RFC 6842: echo the client identifier. RFC 3046: echo option 82 (the encoder puts it last).
    if (request.options.contains(OptionCode::ClientIdentifier))
        packet.options.set(OptionCode::ClientIdentifier,
                           request.options.value(OptionCode::ClientIdentifier));
    if (request.options.contains(OptionCode::RelayAgentInformation))
        packet.options.set(OptionCode::RelayAgentInformation,
                           request.options.value(OptionCode::RelayAgentInformation));

    if (const auto maxSize = request.options.uint16(OptionCode::MaximumMessageSize))
        reply.maxMessageSize = qMax(int(*maxSize), MinimumMaxMessageSize);

    address(reply, request);
    return reply;
}

DhcpReply DhcpServer::makeNak(const DhcpPacket &request, const QString &message) const
{
    DhcpReply reply;
    DhcpPacket &packet = reply.packet;
    packet.op = BootOp::Reply;
    packet.htype = request.htype;
    packet.hlen = request.hlen;
    packet.xid = request.xid;
    packet.flags = request.flags;
    packet.giaddr = request.giaddr;
    packet.chaddr = request.chaddr;
    packet.options.set(OptionCode::MessageType, QByteArray(1, char(MessageType::Nak)));
    packet.options.set(OptionCode::ServerIdentifier, encodeIpv4(m_settings.serverAddress));
    packet.options.set(OptionCode::Message, message.toUtf8());
    if (request.options.contains(OptionCode::ClientIdentifier))
        packet.options.set(OptionCode::ClientIdentifier,
                           request.options.value(OptionCode::ClientIdentifier));
    if (request.options.contains(OptionCode::RelayAgentInformation))
        packet.options.set(OptionCode::RelayAgentInformation,
                           request.options.value(OptionCode::RelayAgentInformation));
    address(reply, request);
    return reply;
}

void DhcpServer::address(DhcpReply &reply, const DhcpPacket &request) const
{
    const bool nak = reply.packet.messageType() == MessageType::Nak;

    // RFC 2131 section 4.1, in its order of precedence.
    if (request.giaddr.toIPv4Address() != 0) {
        reply.destination = request.giaddr;
        reply.port = m_settings.serverPort;
        if (nak)
            reply.packet.flags |= BroadcastFlag;
    } else if (nak) {
        reply.destination = LimitedBroadcast;
        reply.port = m_settings.clientPort;
    } else if (request.ciaddr.toIPv4Address() != 0) {
        reply.destination = request.ciaddr;
        reply.port = m_settings.clientPort;
    } else if (request.broadcast()) {
        reply.destination = LimitedBroadcast;
        reply.port = m_settings.clientPort;
    } else {
        reply.destination = reply.packet.yiaddr;
        reply.port = m_settings.clientPort;
        reply.unicastToClientHardware = true;
    }
}

} // namespace ztp::dhcp

namespace ztp::dhcp {

std::optional<QHostAddress> DhcpServer::reservationFor(const DhcpPacket &request,
                                                       const DhcpExchange &exchange) const
{
    const QByteArray clientId = request.options.value(OptionCode::ClientIdentifier);
    const QByteArray serial = exchange.identity.serial.toUtf8();
    for (const Reservation &reservation : m_settings.reservations) {
        switch (reservation.key) {
        case Reservation::Key::Mac:
            if (reservation.value == exchange.mac)
                return reservation.address;
            break;
        case Reservation::Key::ClientIdentifier:
            if (!clientId.isEmpty() && reservation.value == clientId)
                return reservation.address;
            break;
        case Reservation::Key::Serial:
            if (!serial.isEmpty() && reservation.value == serial)
                return reservation.address;
            break;
        }
    }
    return std::nullopt;
}

bool DhcpServer::isReservedForOther(const QHostAddress &address, const DhcpPacket &request,
                                    const DhcpExchange &exchange) const
{
    const auto own = reservationFor(request, exchange);
    for (const Reservation &reservation : m_settings.reservations) {
        if (reservation.address == address && (!own || *own != address))
            return true;
    }
    return false;
}

std::optional<QHostAddress> DhcpServer::chooseOfferAddress(const DhcpPacket &request,
                                                           DhcpExchange &exchange,
                                                           const QByteArray &key, bool *pinging)
{
    if (const auto reserved = reservationFor(request, exchange))
        return reserved;

    // After a ping without reply the parked DISCOVER gets the address that was pinged, unless
    // another client took it meanwhile. chooseAddress() would move on to the next one.
    if (m_replayAddress && m_leases->isAvailableFor(*m_replayAddress, key)
        && !needsPing(*m_replayAddress, key))
        return m_replayAddress;

    const auto requested = request.options.ipv4(OptionCode::RequestedIpAddress);
    for (int attempt = m_replayAttempts; attempt <= MaxProbedAddresses; ++attempt) {
        const auto address = m_leases->chooseAddress(key, attempt == 0 ? requested : std::nullopt);
        if (!address || !needsPing(*address, key))
            return address;

        if (m_ping) {
            // The DISCOVER waits, and onPingFinished() handles it again with the result.
            m_parked.insert(key, ParkedDiscover {request, *address, attempt + 1});
            m_ping->ping(*address);
            exchange.address = *address;
            exchange.note = QStringLiteral("pinging %1 before offering it").arg(address->toString());
            *pinging = true;
            return std::nullopt;
        }
        if (!m_addressProbe(*address))
            return address;
        quarantineAnsweringAddress(*address, exchange.mac);
    }
    exchange.note = QStringLiteral("%1 addresses answered a ping; no offer this time")
                        .arg(MaxProbedAddresses);
    return std::nullopt;
}

bool DhcpServer::needsPing(const QHostAddress &address, const QByteArray &key) const
{
    if (!m_addressProbe && !m_ping)
        return false;

    // A client renewing its own bound address is using it: its echo reply means nothing.
    const auto current = m_leases->findByAddress(address);
    if (current && current->clientKey() == key && current->state == LeaseState::Bound)
        return false;

    const auto silent = m_pingedSilent.constFind(address.toIPv4Address());
    return silent == m_pingedSilent.constEnd()
        || silent->secsTo(m_leases->now()) > SilentPingValiditySeconds;
}

void DhcpServer::quarantineAnsweringAddress(const QHostAddress &address, const QByteArray &mac)
{
    // RFC 2131 section 3.1 suggests probing before allocating. A host that replies uses the
    // address, so it is treated like a DECLINE.
    const Lease lease = m_leases->decline(address, m_settings.declineQuarantine);
    emit leaseChanged(lease);
    qCWarning(lcDhcp).noquote() << "address" << address.toString()
                                << "answers a ping; quarantined until"
                                << lease.expires.toString(Qt::ISODate) << "and not offered to"
                                << platform::formatMac(mac);
}

void DhcpServer::onPingFinished(const QHostAddress &address, bool answered)
{
    QList<ParkedDiscover> waiting;
    for (auto it = m_parked.begin(); it != m_parked.end();) {
        if (it->address == address) {
            waiting.append(*it);
            it = m_parked.erase(it);
        } else {
            ++it;
        }
    }

    m_leases->beginBatch();
    if (answered) {
        quarantineAnsweringAddress(address, waiting.isEmpty() ? QByteArray()
                                                              : waiting.first().request.clientHardwareAddress());
    } else {
        if (m_pingedSilent.size() > 4096)
            m_pingedSilent.clear();
        m_pingedSilent.insert(address.toIPv4Address(), m_leases->now());
    }

    // Each waiting DISCOVER is handled again: it gets this address now, or after a reply the
    // next one, which may need a ping of its own.
    QList<DhcpReply> replies;
    QList<DhcpExchange> exchanges;
    for (const ParkedDiscover &parked : std::as_const(waiting)) {
        m_replayAttempts = parked.attempts;
        m_replayAddress = parked.address;
        exchanges.append(DhcpExchange {});
        if (std::optional<DhcpReply> reply = handle(parked.request, &exchanges.last()))
            replies.append(std::move(*reply));
        m_replayAttempts = 0;
        m_replayAddress.reset();
    }
    m_leases->commitBatch();

    for (const DhcpReply &reply : std::as_const(replies)) {
        if (m_socket)
            send(reply);
    }
    for (const DhcpExchange &exchange : std::as_const(exchanges))
        emit exchanged(exchange);
}

void DhcpServer::mergePolicyOptions(DhcpOptions &options, const DhcpPacket &request,
                                    const ClientPolicy &policy) const
{
    const QByteArray requestList = request.options.value(OptionCode::ParameterRequestList);
    for (const auto &[code, value] : policy.options.entries()) {
        if (policy.onlyIfRequested.contains(code) && !requestList.contains(char(code)))
            continue;
        options.set(code, value);
    }
}

} // namespace ztp::dhcp
