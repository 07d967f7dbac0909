#pragma once

#include <QList>
#include <QObject>
#include <QSerialPortInfo>
#include <QString>
#include <QTimer>

#include <chrono>

namespace ztp::serial {

// One serial port as the port list shows it, copied out of QSerialPortInfo.
struct PortDescription
{
    QString portName;       // "ttyUSB0"
    QString systemLocation; // "/dev/ttyUSB0"
    QString description;
    QString manufacturer;
    QString serialNumber;   // the USB adapter's, not the network device's
    quint16 vendorId = 0;
    quint16 productId = 0;
    bool hasUsbIds = false;

    static PortDescription fromInfo(const QSerialPortInfo &info);
    // "0403:6001", or empty when the port is not a USB adapter.
    QString usbId() const;
    // Whether `other` is the same physical adapter, possibly under another port name: same USB
    // serial number and ids if the adapter has a serial number, otherwise the same location.
    bool isSameAdapter(const PortDescription &other) const;
    bool operator==(const PortDescription &other) const = default;
};

// The ports that appeared and disappeared between two listings, by system location.
struct PortChanges
{
    QList<PortDescription> added;
    QList<PortDescription> removed;
    bool isEmpty() const { return added.isEmpty() && removed.isEmpty(); }
};

PortChanges diffPorts(const QList<PortDescription> &before, const QList<PortDescription> &after);
QList<PortDescription> availablePorts();

// Lists the serial ports and reports cables plugged in or out. The watcher polls because Qt
// 6.4's QSerialPortInfo has no change notification, and the native ones (udev on Linux,
// WM_DEVICECHANGE on Windows, IOKit on macOS) would mean three platform back ends. One listing
// per second costs a directory scan on Linux. Lives in the thread that creates it.
class PortWatcher : public QObject
{
    Q_OBJECT

public:
    explicit PortWatcher(QObject *parent = nullptr);

    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    void start();
    void stop() { m_timer.stop(); }
    const QList<PortDescription> &ports() const { return m_ports; }

public slots:
    // Lists the ports now and emits portsChanged() when the list differs from the last one.
    void refresh();

signals:
    void portsChanged(const QList<ztp::serial::PortDescription> &ports,
                      const ztp::serial::PortChanges &changes);

private:
    QTimer m_timer;
    QList<PortDescription> m_ports;
};

} // namespace ztp::serial
