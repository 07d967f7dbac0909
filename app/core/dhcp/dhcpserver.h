#pragma once

#include "common/result.h"
#include "dhcp/dhcppacket.h"
#include "dhcp/leasetable.h"

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

class QUdpSocket;

namespace ztp::dhcp {

struct DhcpServerSettings
{
    QString interfaceName; // replies and requests only on this interface (never all of them)
    QHostAddress serverAddress; // option 54 and the source of replies
    QHostAddress subnetMask;
    QHostAddress poolFirst;
    QHostAddress poolLast;
    QList<QHostAddress> routers;
    QList<QHostAddress> dnsServers;
    QString domainName;
    std::chrono::seconds leaseTime {3600};
    std::chrono::seconds offerHold {60};
    std::chrono::seconds declineQuarantine {600};
    QHostAddress tftpServer; // siaddr, option 66 (as text) and option 150
    QString bootFile;        // option 67 and the `file` field
    quint16 serverPort = ServerPort;
    quint16 clientPort = ClientPort;
};

// What the bench adds for one client, decided from its request (inventory, profiles).
struct ClientPolicy
{
    QString hostname; // option 12, empty to send none
    QString bootFile; // overrides the default boot file when not empty
};

// One request and what the server did with it, for the device table and the history.
struct DhcpExchange
{
    QDateTime time;
    MessageType requestType = MessageType::Discover;
    std::optional<MessageType> replyType;
    QByteArray mac;
    QByteArray clientId;
    QString vendorClass;
    QString clientHostname; // option 12 sent by the client
    QHostAddress address;   // offered, acknowledged, released or declined
    QString hostname;       // option 12 the server sent
    QString bootFile;
    QString note;           // why a request was ignored or NAKed
    quint32 xid = 0;
};

// A reply ready to send, with where RFC 2131 section 4.1 says it goes.
struct DhcpReply
{
    DhcpPacket packet;
    QHostAddress destination;
    quint16 port = ClientPort;
    bool unicastToClientHardware = false; // needs an ARP entry for yiaddr first
    int maxMessageSize = MinimumMaxMessageSize;
};

// The DHCPv4 responder. It runs in the thread that owns it and is bound to one interface.
class DhcpServer : public QObject
{
    Q_OBJECT

public:
    using PolicyProvider = std::function<ClientPolicy(const DhcpPacket &request)>;

    DhcpServer(DhcpServerSettings settings, LeaseTable *leases, QObject *parent = nullptr);
    ~DhcpServer() override;

    void setPolicyProvider(PolicyProvider provider) { m_policy = std::move(provider); }
    const DhcpServerSettings &settings() const { return m_settings; }

    Status start();
    void stop();
    bool isRunning() const { return m_socket != nullptr; }

    // Decides the reply to one decoded request; no sockets involved, so tests call it directly.
    std::optional<DhcpReply> handle(const DhcpPacket &request, DhcpExchange *exchange);

signals:
    void exchanged(const ztp::dhcp::DhcpExchange &exchange);
    void leaseChanged(const ztp::dhcp::Lease &lease);

private:
    void readPendingDatagrams();
    void send(const DhcpReply &reply);

    std::optional<DhcpReply> handleDiscover(const DhcpPacket &request, DhcpExchange &exchange);
    std::optional<DhcpReply> handleRequest(const DhcpPacket &request, DhcpExchange &exchange);
    std::optional<DhcpReply> handleRelease(const DhcpPacket &request, DhcpExchange &exchange);
    std::optional<DhcpReply> handleDecline(const DhcpPacket &request, DhcpExchange &exchange);
    std::optional<DhcpReply> handleInform(const DhcpPacket &request, DhcpExchange &exchange);

    DhcpReply makeReply(const DhcpPacket &request, MessageType type, const QHostAddress &yiaddr,
                        bool withLease, const ClientPolicy &policy) const;
    DhcpReply makeNak(const DhcpPacket &request, const QString &message) const;
    void address(DhcpReply &reply, const DhcpPacket &request) const;
    bool isOurs(const DhcpPacket &request) const;

    DhcpServerSettings m_settings;
    LeaseTable *m_leases;
    PolicyProvider m_policy;
    QUdpSocket *m_socket = nullptr;
};

} // namespace ztp::dhcp
