#pragma once

#include "common/result.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace ztp::platform {

// One network interface and the IPv4 address the bench serves from on it.
struct InterfaceInfo
{
    QString name;          // kernel name, e.g. "enp0s31f6"; the key used in settings
    QString humanName;     // name shown to the technician (differs on Windows)
    int index = 0;
    QByteArray mac;        // 6 octets, empty for interfaces without one
    QHostAddress address;  // first IPv4 address, null when the interface has none
    int prefixLength = 0;
    int mtu = 1500;
    bool up = false;
    bool loopback = false;
};

QList<InterfaceInfo> listInterfaces();
std::optional<InterfaceInfo> findInterface(const QString &name);

// Opens a UDP socket bound to address:port that only sends and receives on the named interface
// (SO_BINDTODEVICE on Linux). Returns the native descriptor, ready for
// QUdpSocket::setSocketDescriptor(). With broadcast, SO_BROADCAST is set too.
Result<qintptr> openBoundUdpSocket(const QString &interfaceName, const QHostAddress &address,
                                   quint16 port, bool broadcast);

// Restricts an open socket (a TCP listener, say) to one interface (SO_BINDTODEVICE on Linux).
Status bindSocketToInterface(qintptr descriptor, const QString &interfaceName);

// Closes a descriptor returned by openBoundUdpSocket() that was never handed to Qt.
void closeSocket(qintptr descriptor);

// Outcome of one sendFile() call.
struct SendFileResult
{
    qint64 sent = 0; // octets the kernel took, 0 when the socket buffer is full
    bool wouldBlock = false; // the socket buffer is full: wait until it is writable again
};

// True when sendFile() copies from the file to a socket inside the kernel (sendfile(2) on
// Linux). Elsewhere callers read the file and write through the socket themselves.
bool hasSendFile();
// Sends up to `count` octets of `fileDescriptor` from `offset` to the non-blocking TCP socket
// `socketDescriptor` without copying them through user space. Fails with the system's error
// text, and where hasSendFile() is false.
Result<SendFileResult> sendFile(
    qintptr socketDescriptor, int fileDescriptor, qint64 offset, qint64 count);

// Stops sending on a connected TCP socket (a FIN to the peer) while it can still receive:
// shutdown(2) with SHUT_WR.
Status shutdownSending(qintptr socketDescriptor);

// Adds a temporary ARP entry so a reply can be unicast to a client that has no address yet
// (RFC 2131 section 4.1). Fails without CAP_NET_ADMIN; the caller then broadcasts.
Status addArpEntry(const QString &interfaceName, const QHostAddress &address,
                   const QByteArray &mac);

// ICMP echo on one interface, for a DHCP server that pings an address before offering it
// (RFC 2131 section 3.1). Opens a raw ICMP socket bound to the interface (SO_BINDTODEVICE on
// Linux; needs CAP_NET_RAW), else an unprivileged datagram ICMP socket. Non-blocking.
Result<qintptr> openIcmpSocket(const QString &interfaceName);
// Sends one ICMP echo request to the address.
Status sendEchoRequest(qintptr descriptor, const QHostAddress &address, quint16 identifier,
                       quint16 sequence);
// Reads one pending datagram; returns false when none is pending. `replier` is set to the sender
// of an echo reply with `identifier` (any identifier on a datagram socket, where the kernel
// matches replies) and to a null address for any other ICMP message.
bool readEchoReply(qintptr descriptor, quint16 identifier, QHostAddress *replier);

// A UDP datagram seen on the wire, with the sender's hardware address.
struct CapturedDatagram
{
    QByteArray sourceMac; // 6 octets
    QHostAddress source;
    QByteArray payload;   // the UDP payload
};

// Opens a non-blocking packet socket that captures the IPv4 UDP datagrams to `port` arriving on
// one interface, with AF_PACKET and a BPF filter on Linux (needs CAP_NET_RAW). The rogue-server
// probe learns another DHCP server's MAC from it, because a UDP socket does not report one.
Result<qintptr> openUdpCapture(const QString &interfaceName, quint16 port);
// Reads one captured datagram; nullopt when nothing is pending or the frame is not one.
std::optional<CapturedDatagram> readCapturedDatagram(qintptr descriptor);

// Tells the technician how to get the privileges the servers need on this operating system.
QString privilegeHint();

// Lowers the calling thread's CPU priority below the servers' threads, for background work such
// as writing the history: under a storm of requests the replies go first and the writer catches
// up afterwards. Returns false where the system refuses or has no such control.
bool lowerCurrentThreadPriority();
// Raises the limit of open descriptors of this process towards `target` (as far as the hard
// limit allows) and returns the limit in force, or -1 where there is no such limit.
int raiseDescriptorLimit(int target);
// Returns how many processors this process may run on (its CPU affinity on Linux), at least 1.
int usableProcessorCount();
// Returns memory that the allocator keeps after it was freed to the system, after a burst of
// work (the history writer's backlog after a storm). Does nothing where there is no such call.
void releaseFreeMemory();

// The human-readable form of a MAC address, "00:1c:73:1a:2b:3c".
QString formatMac(const QByteArray &mac);
// Parses "00:1c:73:1a:2b:3c", "00-1C-73-1A-2B-3C" or "001c.731a.2b3c"; empty on invalid input.
QByteArray parseMac(const QString &text);

} // namespace ztp::platform
