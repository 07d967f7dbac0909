#include "common/logging.h"
#include "platform/netplatform.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <net/if.h>
#include <net/if_arp.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
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

QString privilegeHint()
{
    return QCoreApplication::translate(
        "ztp::platform",
        "Run as root, or grant the capabilities once with "
        "'sudo setcap cap_net_bind_service,cap_net_raw,cap_net_admin+ep' on the program.");
}

} // namespace ztp::platform
