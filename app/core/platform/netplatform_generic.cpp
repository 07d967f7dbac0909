#include "platform/netplatform.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

// TODO: Windows (bind to the interface address, IP_UNICAST_IF) and macOS (IP_BOUND_IF) ports.

namespace ztp::platform {

Result<qintptr> openBoundUdpSocket(const QString &interfaceName, const QHostAddress &, quint16,
                                   bool)
{
    return Error{QCoreApplication::translate("ztp::platform",
                                             "Binding to interface %1 is not implemented on "
                                             "this operating system yet.")
                     .arg(interfaceName)};
}

Status bindSocketToInterface(qintptr, const QString &interfaceName)
{
    return Error{QCoreApplication::translate("ztp::platform",
                                             "Binding to interface %1 is not implemented on "
                                             "this operating system yet.")
                     .arg(interfaceName)};
}

void closeSocket(qintptr) { }

bool hasSendFile()
{
    return false;
}

Result<SendFileResult> sendFile(qintptr, int, qint64, qint64)
{
    return Error {QStringLiteral("sendfile is not available on this operating system")};
}

Status shutdownSending(qintptr)
{
    return Error {QStringLiteral("not implemented on this operating system")};
}

Status addArpEntry(const QString &, const QHostAddress &, const QByteArray &)
{
    return Error{QStringLiteral("not implemented on this operating system")};
}

Result<qintptr> openIcmpSocket(const QString &)
{
    return Error{QStringLiteral("ICMP echo is not implemented on this operating system")};
}

Status sendEchoRequest(qintptr, const QHostAddress &, quint16, quint16)
{
    return Error{QStringLiteral("ICMP echo is not implemented on this operating system")};
}

bool readEchoReply(qintptr, quint16, QHostAddress *)
{
    return false;
}

Result<qintptr> openUdpCapture(const QString &, quint16)
{
    return Error{QStringLiteral("packet capture is not implemented on this operating system")};
}

std::optional<CapturedDatagram> readCapturedDatagram(qintptr)
{
    return std::nullopt;
}

QString privilegeHint()
{
    return QCoreApplication::translate("ztp::platform", "Run the program as administrator.");
}

bool lowerCurrentThreadPriority()
{
    // TODO: SetThreadPriority(BELOW_NORMAL) on Windows, a utility QoS class on macOS.
    return false;
}

int raiseDescriptorLimit(int)
{
    return -1;
}

int usableProcessorCount()
{
    return std::max(QThread::idealThreadCount(), 1);
}

void releaseFreeMemory()
{
}

} // namespace ztp::platform
