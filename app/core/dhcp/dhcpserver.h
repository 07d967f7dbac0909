#pragma once

#include "common/result.h"
#include "dhcp/clientidentity.h"
#include "dhcp/dhcppacket.h"
#include "dhcp/leasetable.h"

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

class QUdpSocket;

namespace ztp::dhcp {

class PingProbe;

// A fixed address for one client, found by its chaddr, its option 61 or its serial number.
struct Reservation
{
    enum class Key { Mac, ClientIdentifier, Serial };
    Key key = Key::Mac;
    QByteArray value; // MAC octets, option 61 octets, or the serial as UTF-8
    QHostAddress address;
};

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
    // Ping before offer (RFC 2131 section 3.1): 0 sends no ping. Otherwise a free address is
    // pinged on the interface and offered only when no echo reply came within this time.
    std::chrono::milliseconds pingTimeout {0};
    QHostAddress tftpServer; // siaddr, option 66 (as text) and option 150
    QString bootFile;        // option 67 and the `file` field
    quint16 serverPort = ServerPort;
    quint16 clientPort = ClientPort;
    // Addresses outside the dynamic pool's reach: only the reserved client gets each one.
    QList<Reservation> reservations;
};

// The bench's additions for one client, decided from its request (inventory, profiles).
struct ClientPolicy
{
    QString hostname; // option 12, empty to send none
    QString bootFile; // overrides the default boot file when not empty
    QString profile;  // the vendor profile or rule that matched, for the record
    DhcpOptions options; // sent in addition to the server's own, and winning over them
    QList<quint8> onlyIfRequested; // codes of `options` sent only when listed in option 55
    bool ignore = false; // allow-list mode: stay silent for this client
    QString ignoreReason;
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
    DeviceIdentity identity; // vendor, model and serial read from the request
    QString profile;        // the vendor profile or rule that matched
    DhcpPacket request;     // the decoded request
    QByteArray replyBytes;  // the exact datagram sent, empty when silent
    QHostAddress replyDestination;
};

// A reply ready to send, with where RFC 2131 section 4.1 says it goes.
struct DhcpReply
{
    DhcpPacket packet;
    QHostAddress destination;
    quint16 port = ClientPort;
    bool unicastToClientHardware = false; // needs an ARP entry for yiaddr first
    int maxMessageSize = MinimumMaxMessageSize;
    QByteArray bytes; // packet encoded within maxMessageSize
};

// The DHCPv4 responder. It runs in the thread that owns it and is bound to one interface.
class DhcpServer : public QObject
{
    Q_OBJECT

public:
    using PolicyProvider = std::function<ClientPolicy(const DhcpPacket &request)>;

    DhcpServer(DhcpServerSettings settings, LeaseTable *leases, QObject *parent = nullptr);
    ~DhcpServer() override;

    // Returns true when another host replies to a ping of the address (ping before offer).
    using AddressProbe = std::function<bool(const QHostAddress &address)>;

    void setPolicyProvider(PolicyProvider provider) { m_policy = std::move(provider); }
    // With a probe set, an address that replies is quarantined as if DECLINEd and another is
    // offered, at most three times per DISCOVER. The probe blocks handle(), so only tests set
    // one; the running server pings without blocking when settings().pingTimeout is set.
    void setAddressProbe(AddressProbe probe) { m_addressProbe = std::move(probe); }
    // Requests from this chaddr (the rogue-server probe's) are dropped without a record.
    void setIgnoredHardwareAddress(const QByteArray &mac) { m_ignoredMac = mac; }
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
    // A DISCOVER waiting for the ping of the address it would be offered.
    struct ParkedDiscover
    {
        DhcpPacket request;
        QHostAddress address;
        int attempts = 0; // addresses pinged for this DISCOVER so far
    };

    void readPendingDatagrams();
    void send(const DhcpReply &reply);
    void onPingFinished(const QHostAddress &address, bool answered);
    void quarantineAnsweringAddress(const QHostAddress &address, const QByteArray &mac);
    bool needsPing(const QHostAddress &address, const QByteArray &key) const;

    std::optional<DhcpReply> handleDiscover(const DhcpPacket &request, DhcpExchange &exchange,
                                            const ClientPolicy &policy);
    std::optional<DhcpReply> handleRequest(const DhcpPacket &request, DhcpExchange &exchange,
                                            const ClientPolicy &policy);
    std::optional<DhcpReply> handleRelease(const DhcpPacket &request, DhcpExchange &exchange);
    std::optional<DhcpReply> handleDecline(const DhcpPacket &request, DhcpExchange &exchange);
    std::optional<DhcpReply> handleInform(const DhcpPacket &request, DhcpExchange &exchange,
                                            const ClientPolicy &policy);

    DhcpReply makeReply(const DhcpPacket &request, MessageType type, const QHostAddress &yiaddr,
                        bool withLease, const ClientPolicy &policy) const;
    DhcpReply makeNak(const DhcpPacket &request, const QString &message) const;
    void address(DhcpReply &reply, const DhcpPacket &request) const;
    bool isOurs(const DhcpPacket &request) const;
    std::optional<QHostAddress> reservationFor(const DhcpPacket &request,
                                               const DhcpExchange &exchange) const;
    // Sets *pinging and returns nothing when the chosen address must be pinged first.
    std::optional<QHostAddress> chooseOfferAddress(const DhcpPacket &request,
                                                   DhcpExchange &exchange, const QByteArray &key,
                                                   bool *pinging);
    bool isReservedForOther(const QHostAddress &address, const DhcpPacket &request,
                            const DhcpExchange &exchange) const;
    void mergePolicyOptions(DhcpOptions &options, const DhcpPacket &request,
                            const ClientPolicy &policy) const;

    DhcpServerSettings m_settings;
    LeaseTable *m_leases;
    PolicyProvider m_policy;
    AddressProbe m_addressProbe;
    QByteArray m_ignoredMac;
    QUdpSocket *m_socket = nullptr;
    PingProbe *m_ping = nullptr;
    QHash<QByteArray, ParkedDiscover> m_parked;   // by lease key, one per client
    QHash<quint32, QDateTime> m_pingedSilent;     // addresses that sent no echo reply, and when
    // Set while a parked DISCOVER is handled again: the addresses pinged so far and the last one.
    int m_replayAttempts = 0;
    std::optional<QHostAddress> m_replayAddress;
};

} // namespace ztp::dhcp
