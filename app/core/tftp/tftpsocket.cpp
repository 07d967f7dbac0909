#include "tftp/tftpsocket.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include <utility>

namespace ztp::tftp {

TransferSocket::TransferSocket(qintptr descriptor)
    : m_descriptor(int(descriptor))
{
}

TransferSocket::~TransferSocket()
{
    close();
}

TransferSocket::TransferSocket(TransferSocket &&other) noexcept
    : m_descriptor(std::exchange(other.m_descriptor, -1))
{
}

TransferSocket &TransferSocket::operator=(TransferSocket &&other) noexcept
{
    if (this != &other) {
        close();
        m_descriptor = std::exchange(other.m_descriptor, -1);
    }
    return *this;
}

quint16 TransferSocket::localPort() const
{
    sockaddr_in local{};
    socklen_t length = sizeof local;
    if (m_descriptor < 0
        || ::getsockname(m_descriptor, reinterpret_cast<sockaddr *>(&local), &length) < 0)
        return 0;
    return ntohs(local.sin_port);
}

void TransferSocket::close()
{
    if (m_descriptor >= 0)
        ::close(m_descriptor);
    m_descriptor = -1;
}

qint64 TransferSocket::receive(char *buffer, qint64 capacity, UdpEndpoint *sender)
{
    sockaddr_in source{};
    socklen_t length = sizeof source;
    // MSG_TRUNC makes Linux return the datagram's real length, so an oversized DATA block is
    // recognised instead of being cut silently.
    const ssize_t received = ::recvfrom(m_descriptor, buffer, size_t(capacity), MSG_TRUNC,
                                        reinterpret_cast<sockaddr *>(&source), &length);
    if (received < 0)
        return -1;

    sender->address = ntohl(source.sin_addr.s_addr);
    sender->port = ntohs(source.sin_port);
    return received;
}

bool TransferSocket::send(const UdpEndpoint &peer, QByteArrayView header, QByteArrayView payload,
                          QString *error)
{
    sockaddr_in target{};
    target.sin_family = AF_INET;
    target.sin_addr.s_addr = htonl(peer.address);
    target.sin_port = htons(peer.port);

    iovec parts[2];
    parts[0].iov_base = const_cast<char *>(header.data());
    parts[0].iov_len = size_t(header.size());
    parts[1].iov_base = const_cast<char *>(payload.data());
    parts[1].iov_len = size_t(payload.size());

    msghdr message{};
    message.msg_name = &target;
    message.msg_namelen = sizeof target;
    message.msg_iov = parts;
    message.msg_iovlen = payload.isEmpty() ? 1 : 2;

    // A full send buffer (EAGAIN) is treated like a lost datagram: the retransmission timer
    // recovers it. EINTR is retried once, because a signal can interrupt any system call.
    ssize_t sent = ::sendmsg(m_descriptor, &message, MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR)
        sent = ::sendmsg(m_descriptor, &message, MSG_NOSIGNAL);
    if (sent >= 0)
        return true;

    if (error)
        *error = QString::fromLocal8Bit(std::strerror(errno));
    return false;
}

WakeSignal::WakeSignal()
    : m_descriptor(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
{
}

WakeSignal::~WakeSignal()
{
    if (m_descriptor >= 0)
        ::close(m_descriptor);
}

void WakeSignal::wake()
{
    if (m_descriptor < 0)
        return;
    const quint64 one = 1;
    // Fails only when the counter would overflow, and then the descriptor is readable anyway.
    [[maybe_unused]] const ssize_t written = ::write(m_descriptor, &one, sizeof one);
}

void WakeSignal::clear()
{
    if (m_descriptor < 0)
        return;
    quint64 count = 0;
    [[maybe_unused]] const ssize_t read = ::read(m_descriptor, &count, sizeof count);
}

} // namespace ztp::tftp
