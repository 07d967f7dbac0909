#include "common/logging.h"
#include "platform/netplatform.h"

#include <QCoreApplication>

#include <algorithm>

#include <arpa/inet.h>
#include <linux/filter.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <netinet/ip_icmp.h>
#include <cerrno>
#include <climits>
#include <cstring>
#include <net/if.h>
#include <net/if_arp.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <malloc.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ztp::platform {

namespace {

QString errnoText(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

} // namespace

Result<qintptr> openBoundUdpSocket(const QString &interfaceName, const QHostAddress &address,
                                   quint16 port, bool broadcast)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return Error{QCoreApplication::translate("ztp::platform", "Cannot create a UDP socket: %1")
                         .arg(errnoText(errno))};

    // No SO_REUSEADDR: with it Linux lets a second server bind the same UDP port, and two
    // servers on one segment is exactly what must fail loudly.
    const int one = 1;
    if (broadcast)
        ::setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &one, sizeof one);

    // A bench NIC sees bursts of 48+ booting devices; a larger buffer keeps them from being
    // dropped before the event loop drains the socket. The kernel caps it at rmem_max.
    const int receiveBuffer = 4 * 1024 * 1024;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);

    if (!interfaceName.isEmpty()) {
        const QByteArray name = interfaceName.toLocal8Bit();
        if (::setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, name.constData(),
                         socklen_t(name.size()))
            < 0) {
            const int code = errno;
            ::close(fd);
            return Error{QCoreApplication::translate(
                             "ztp::platform",
                             "Cannot bind a socket to interface %1: %2. %3")
                             .arg(interfaceName, errnoText(code), privilegeHint())};
        }
    }

    sockaddr_in local {};
    local.sin_family = AF_INET;
    local.sin_port = htons(port);
    local.sin_addr.s_addr = address.isNull() ? htonl(INADDR_ANY) : htonl(address.toIPv4Address());
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&local), sizeof local) < 0) {
        const int code = errno;
        ::close(fd);
        QString hint;
        if (code == EACCES || code == EPERM)
            hint = privilegeHint();
        else if (code == EADDRINUSE)
            hint = QCoreApplication::translate(
                "ztp::platform", "Another program uses this port; stop it (for example "
                                 "another DHCP or TFTP server) and start again.");
        return Error{QCoreApplication::translate("ztp::platform",
                                                 "Cannot bind UDP port %1 on %2 (%3): %4. %5")
                         .arg(port)
                         .arg(address.isNull() ? QStringLiteral("0.0.0.0") : address.toString(),
                              interfaceName, errnoText(code), hint)};
    }

    return qintptr(fd);
}

Status bindSocketToInterface(qintptr descriptor, const QString &interfaceName)
{
    const QByteArray name = interfaceName.toLocal8Bit();
    if (::setsockopt(int(descriptor), SOL_SOCKET, SO_BINDTODEVICE, name.constData(),
                     socklen_t(name.size()))
        < 0) {
        const int code = errno;
        return Error{QCoreApplication::translate("ztp::platform",
                                                 "Cannot bind a socket to interface %1: %2. %3")
                         .arg(interfaceName, errnoText(code), privilegeHint())};
    }
    return Status::success();
}

void closeSocket(qintptr descriptor)
{
    if (descriptor >= 0)
        ::close(int(descriptor));
}

bool hasSendFile()
{
    return true;
}

Result<SendFileResult> sendFile(
    qintptr socketDescriptor, int fileDescriptor, qint64 offset, qint64 count)
{
    off_t position = off_t(offset);
    // sendfile(2) moves at most 0x7ffff000 octets per call.
    const size_t length = size_t(qMin<qint64>(count, 0x7ffff000));
    const ssize_t sent = ::sendfile(int(socketDescriptor), fileDescriptor, &position, length);
    if (sent >= 0)
        return SendFileResult {sent, false};
    if (errno == EAGAIN || errno == EWOULDBLOCK)
        return SendFileResult {0, true};
    return Error {errnoText(errno)};
}

Status shutdownSending(qintptr socketDescriptor)
{
    if (::shutdown(int(socketDescriptor), SHUT_WR) < 0)
        return Error {errnoText(errno)};
    return Status::success();
}

Status addArpEntry(const QString &interfaceName, const QHostAddress &address,
                   const QByteArray &mac)
{
    if (mac.size() != 6 || address.protocol() != QAbstractSocket::IPv4Protocol)
        return Error{QStringLiteral("invalid address or MAC for an ARP entry")};

    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return Error{errnoText(errno)};

    arpreq request {};
    auto *protocolAddress = reinterpret_cast<sockaddr_in *>(&request.arp_pa);
    protocolAddress->sin_family = AF_INET;
    protocolAddress->sin_addr.s_addr = htonl(address.toIPv4Address());
    request.arp_ha.sa_family = ARPHRD_ETHER;
    std::memcpy(request.arp_ha.sa_data, mac.constData(), 6);
    request.arp_flags = ATF_COM;
    const QByteArray device = interfaceName.toLocal8Bit();
    std::strncpy(request.arp_dev, device.constData(), sizeof request.arp_dev - 1);

    const int rc = ::ioctl(fd, SIOCSARP, &request);
    const int code = errno;
    ::close(fd);
    if (rc < 0)
        return Error{errnoText(code)};
    return Status::success();
}

namespace {

// The Internet checksum of RFC 1071 over an ICMP message.
quint16 internetChecksum(const unsigned char *data, size_t size)
{
    quint32 sum = 0;
    for (size_t i = 0; i + 1 < size; i += 2)
        sum += quint32(data[i] << 8 | data[i + 1]);
    if (size % 2)
        sum += quint32(data[size - 1] << 8);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum);
}

} // namespace

Result<qintptr> openIcmpSocket(const QString &interfaceName)
{
    int fd = ::socket(AF_INET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_ICMP);
    if (fd < 0 && (errno == EPERM || errno == EACCES))
        fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_ICMP);
    if (fd < 0)
        return Error{QCoreApplication::translate("ztp::platform",
                                                 "Cannot create an ICMP socket: %1. %2")
                         .arg(errnoText(errno), privilegeHint())};
    if (Status bound = bindSocketToInterface(fd, interfaceName); !bound) {
        ::close(fd);
        return Error{bound.errorString()};
    }
    return qintptr(fd);
}

Status sendEchoRequest(qintptr descriptor, const QHostAddress &address, quint16 identifier,
                       quint16 sequence)
{
    unsigned char message[16] {};
    message[0] = ICMP_ECHO;
    message[4] = quint8(identifier >> 8);
    message[5] = quint8(identifier);
    message[6] = quint8(sequence >> 8);
    message[7] = quint8(sequence);
    std::memcpy(message + 8, "ztpwping", 8);
    const quint16 checksum = internetChecksum(message, sizeof message);
    message[2] = quint8(checksum >> 8);
    message[3] = quint8(checksum);

    sockaddr_in target {};
    target.sin_family = AF_INET;
    target.sin_addr.s_addr = htonl(address.toIPv4Address());
    if (::sendto(int(descriptor), message, sizeof message, 0,
                 reinterpret_cast<const sockaddr *>(&target), sizeof target)
        < 0)
        return Error{errnoText(errno)};
    return Status::success();
}

bool readEchoReply(qintptr descriptor, quint16 identifier, QHostAddress *replier)
{
    *replier = QHostAddress();
    unsigned char buffer[1500];
    sockaddr_in from {};
    socklen_t fromSize = sizeof from;
    const ssize_t size = ::recvfrom(int(descriptor), buffer, sizeof buffer, 0,
                                    reinterpret_cast<sockaddr *>(&from), &fromSize);
    if (size <= 0)
        return false;

    // A raw socket delivers the IPv4 header first, with version 4 in the high nibble. A datagram
    // socket delivers the ICMP message alone, whose first octet is the type (0 for a reply).
    size_t offset = 0;
    const bool raw = (buffer[0] >> 4) == 4;
    if (raw)
        offset = size_t(buffer[0] & 0x0f) * 4;
    if (size_t(size) < offset + 8 || buffer[offset] != ICMP_ECHOREPLY)
        return true;
    const quint16 replyIdentifier = quint16(buffer[offset + 4] << 8 | buffer[offset + 5]);
    if (!raw || replyIdentifier == identifier)
        *replier = QHostAddress(ntohl(from.sin_addr.s_addr));
    return true;
}

Result<qintptr> openUdpCapture(const QString &interfaceName, quint16 port)
{
    const unsigned int index = ::if_nametoindex(interfaceName.toLocal8Bit().constData());
    if (index == 0)
        return Error{QCoreApplication::translate("ztp::platform", "Interface %1 not found.")
                         .arg(interfaceName)};

    const int fd = ::socket(AF_PACKET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, htons(ETH_P_IP));
    if (fd < 0)
        return Error{QCoreApplication::translate("ztp::platform",
                                                 "Cannot open a packet socket on %1: %2. %3")
                         .arg(interfaceName, errnoText(errno), privilegeHint())};

    // Classic BPF over the IPv4 header (a SOCK_DGRAM packet socket starts there): UDP, not a
    // later fragment, destination port `port`.
    sock_filter code[] = {
        BPF_STMT(BPF_LD | BPF_B | BPF_ABS, 9),                 // protocol
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, IPPROTO_UDP, 0, 6),
        BPF_STMT(BPF_LD | BPF_H | BPF_ABS, 6),                 // flags and fragment offset
        BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, 0x1fff, 4, 0),
        BPF_STMT(BPF_LDX | BPF_B | BPF_MSH, 0),                // X = header length
        BPF_STMT(BPF_LD | BPF_H | BPF_IND, 2),                 // UDP destination port
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, port, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, 0xffff),
        BPF_STMT(BPF_RET | BPF_K, 0),
    };
    sock_fprog program {quint16(sizeof code / sizeof code[0]), code};
    if (::setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &program, sizeof program) < 0) {
        const int error = errno;
        ::close(fd);
        return Error{errnoText(error)};
    }

    sockaddr_ll local {};
    local.sll_family = AF_PACKET;
    local.sll_protocol = htons(ETH_P_IP);
    local.sll_ifindex = int(index);
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&local), sizeof local) < 0) {
        const int error = errno;
        ::close(fd);
        return Error{errnoText(error)};
    }

    // Frames queued between socket() and the filter were not filtered; drop them.
    unsigned char discard[64];
    while (::recv(fd, discard, sizeof discard, MSG_DONTWAIT) > 0) {
    }
    return qintptr(fd);
}

std::optional<CapturedDatagram> readCapturedDatagram(qintptr descriptor)
{
    unsigned char buffer[2048];
    sockaddr_ll from {};
    socklen_t fromSize = sizeof from;
    const ssize_t size = ::recvfrom(int(descriptor), buffer, sizeof buffer, 0,
                                    reinterpret_cast<sockaddr *>(&from), &fromSize);
    if (size < 28 || from.sll_halen != 6 || (buffer[0] >> 4) != 4 || buffer[9] != IPPROTO_UDP)
        return std::nullopt;
    const size_t headerLength = size_t(buffer[0] & 0x0f) * 4;
    if (size_t(size) < headerLength + 8)
        return std::nullopt;

    CapturedDatagram datagram;
    datagram.sourceMac = QByteArray(reinterpret_cast<const char *>(from.sll_addr), 6);
    quint32 source = 0;
    for (int i = 12; i < 16; ++i)
        source = source << 8 | buffer[i];
    datagram.source = QHostAddress(source);
    datagram.payload = QByteArray(reinterpret_cast<const char *>(buffer + headerLength + 8),
                                  qsizetype(size_t(size) - headerLength - 8));
    return datagram;
}

QString privilegeHint()
{
    return QCoreApplication::translate(
        "ztp::platform",
        "Run as root, or grant the capabilities once with "
        "'sudo setcap cap_net_bind_service,cap_net_raw,cap_net_admin+ep' on the program.");
}

bool lowerCurrentThreadPriority()
{
    // Linux keeps a nice value per thread: PRIO_PROCESS with the thread id changes this thread
    // only. Nice 10 weighs about a tenth of nice 0 for the scheduler, so the thread still runs
    // when the others are busy, only less.
    if (::setpriority(PRIO_PROCESS, ::gettid(), 10) != 0) {
        qCWarning(lcPlatform).noquote() << "cannot lower the priority of a background thread:"
                                        << errnoText(errno);
        return false;
    }
    return true;
}

int raiseDescriptorLimit(int target)
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < rlim_t(target)) {
        rlimit raised = limit;
        raised.rlim_cur = rlim_t(target);
        if (limit.rlim_max != RLIM_INFINITY)
            raised.rlim_cur = std::min(raised.rlim_cur, limit.rlim_max);
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
        else
            qCWarning(lcPlatform).noquote() << "cannot raise the open file limit to" << raised.rlim_cur << ":"
                                            << std::strerror(errno);
    }
    return limit.rlim_cur == RLIM_INFINITY ? target : int(std::min<rlim_t>(limit.rlim_cur, INT_MAX));
}

int usableProcessorCount()
{
    // A process pinned with taskset or limited by a container's cpuset may run on fewer
    // processors than the machine has.
    cpu_set_t set;
    CPU_ZERO(&set);
    if (::sched_getaffinity(0, sizeof set, &set) == 0)
        return std::max(CPU_COUNT(&set), 1);
    return std::max(int(::sysconf(_SC_NPROCESSORS_ONLN)), 1);
}

void releaseFreeMemory()
{
    // glibc keeps freed blocks for reuse and returns only the top of the heap by itself.
    ::malloc_trim(0);
}

} // namespace ztp::platform
