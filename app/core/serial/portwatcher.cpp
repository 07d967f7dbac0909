#include "serial/portwatcher.h"

#include "common/logging.h"

namespace ztp::serial {

PortDescription PortDescription::fromInfo(const QSerialPortInfo &info)
{
    PortDescription port;
    port.portName = info.portName();
    port.systemLocation = info.systemLocation();
    port.description = info.description();
    port.manufacturer = info.manufacturer();
    port.serialNumber = info.serialNumber();
    port.hasUsbIds = info.hasVendorIdentifier() && info.hasProductIdentifier();
    port.vendorId = info.vendorIdentifier();
    port.productId = info.productIdentifier();
    return port;
}

QString PortDescription::usbId() const
{
    if (!hasUsbIds)
        return {};
    return QStringLiteral("%1:%2")
        .arg(vendorId, 4, 16, QLatin1Char('0'))
        .arg(productId, 4, 16, QLatin1Char('0'));
}

bool PortDescription::isSameAdapter(const PortDescription &other) const
{
    // A USB adapter with a serial number keeps it when it comes back as ttyUSB1 instead of ttyUSB0.
    if (hasUsbIds && !serialNumber.isEmpty())
        return other.hasUsbIds && other.vendorId == vendorId && other.productId == productId
            && other.serialNumber == serialNumber;

    // Cheap adapters have no serial number: only the same device node can tell them apart.
    return other.systemLocation == systemLocation && other.usbId() == usbId();
}

PortChanges diffPorts(const QList<PortDescription> &before, const QList<PortDescription> &after)
{
    PortChanges changes;
    for (const PortDescription &port : after) {
        if (!before.contains(port))
            changes.added.append(port);
    }
    for (const PortDescription &port : before) {
        if (!after.contains(port))
            changes.removed.append(port);
    }
    return changes;
}

QList<PortDescription> availablePorts()
{
    QList<PortDescription> ports;
    const QList<QSerialPortInfo> infos = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : infos)
        ports.append(PortDescription::fromInfo(info));
    std::sort(ports.begin(), ports.end(), [](const PortDescription &a, const PortDescription &b) {
        return a.systemLocation < b.systemLocation;
    });
    return ports;
}

PortWatcher::PortWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(std::chrono::seconds(1));
    connect(&m_timer, &QTimer::timeout, this, &PortWatcher::refresh);
}

void PortWatcher::start()
{
    refresh();
    m_timer.start();
}

void PortWatcher::refresh()
{
    const QList<PortDescription> ports = availablePorts();
    const PortChanges changes = diffPorts(m_ports, ports);
    if (changes.isEmpty())
        return;

    for (const PortDescription &port : changes.added)
        qCInfo(lcSerial).noquote() << "serial port added:" << port.systemLocation << port.usbId()
                                   << port.description << port.serialNumber;
    for (const PortDescription &port : changes.removed)
        qCInfo(lcSerial).noquote() << "serial port removed:" << port.systemLocation;

    m_ports = ports;
    emit portsChanged(m_ports, changes);
}

} // namespace ztp::serial
