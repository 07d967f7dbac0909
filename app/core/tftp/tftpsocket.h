#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>

namespace ztp::tftp {

// An IPv4 address and UDP port in host byte order, compared without QHostAddress's cost.
struct UdpEndpoint
{
    quint32 address = 0;
    quint16 port = 0;

    bool operator==(const UdpEndpoint &other) const = default;
    QHostAddress hostAddress() const { return QHostAddress(address); }
};

// The non-blocking UDP socket of one transfer, used through recvfrom()/sendmsg() directly
// instead of QUdpSocket. Each QUdpSocket datagram cost four system calls (a peek for a
// pending datagram, a peek for its size, the read, and a peek that finds none) and a heap
// copy. Here a lock-step round costs one recvfrom() and one sendmsg(), plus the worker's
// epoll_wait(). Owns the descriptor and closes it when destroyed.
// NOTE: POSIX calls only; a Windows port needs the Winsock equivalents here.
class TransferSocket
{
public:
    TransferSocket() = default;
    // Takes over a bound, non-blocking descriptor from platform::openBoundUdpSocket().
    explicit TransferSocket(qintptr descriptor);
    ~TransferSocket();
    TransferSocket(TransferSocket &&other) noexcept;
    TransferSocket &operator=(TransferSocket &&other) noexcept;
    TransferSocket(const TransferSocket &) = delete;
    TransferSocket &operator=(const TransferSocket &) = delete;

    bool isOpen() const { return m_descriptor >= 0; }
    int descriptor() const { return m_descriptor; }
    quint16 localPort() const;
    void close();

    // Reads one datagram into buffer. Returns its full length (larger than capacity when it
    // was truncated), 0 for an empty datagram, or -1 when none is queued or on an error.
    qint64 receive(char *buffer, qint64 capacity, UdpEndpoint *sender);

    // Sends a datagram made of header and payload without joining them first (sendmsg() with
    // two iovec entries). Returns false and sets *error when the kernel rejects it.
    bool send(const UdpEndpoint &peer, QByteArrayView header, QByteArrayView payload,
              QString *error);

private:
    int m_descriptor = -1;
};

// An eventfd that another thread writes to wake a transfer worker out of epoll_wait(). It stays
// readable until the worker calls clear(). Owns the descriptor.
// NOTE: eventfd is Linux-only; a port elsewhere needs a pipe here.
class WakeSignal
{
public:
    WakeSignal();
    ~WakeSignal();
    WakeSignal(const WakeSignal &) = delete;
    WakeSignal &operator=(const WakeSignal &) = delete;

    // -1 when eventfd() failed, e.g. because the process ran out of descriptors.
    int descriptor() const { return m_descriptor; }
    // Thread-safe.
    void wake();
    void clear();

private:
    int m_descriptor = -1;
};

} // namespace ztp::tftp
