#include "devices/deviceregistry.h"

namespace ztp::devices {

DeviceRegistry::DeviceRegistry(QObject *parent)
    : QObject(parent)
{
}

int DeviceRegistry::indexOf(const QByteArray &mac) const
{
    return m_rowByMac.value(mac, -1);
}

std::optional<Device> DeviceRegistry::find(const QByteArray &mac) const
{
    const int row = indexOf(mac);
    if (row < 0)
        return std::nullopt;
    return m_devices.at(row);
}

std::optional<Device> DeviceRegistry::findByAddress(const QHostAddress &address) const
{
    for (const Device &device : m_devices) {
        if (device.ip == address && device.state != DeviceState::Discovered)
            return device;
    }
    return std::nullopt;
}

void DeviceRegistry::upsert(const Device &device)
{
    const int row = indexOf(device.mac);
    if (row >= 0) {
        m_devices[row] = device;
        emit deviceChanged(row);
        return;
    }
    const int added = int(m_devices.size());
    emit deviceAboutToBeAdded(added);
    m_devices.append(device);
    m_rowByMac.insert(device.mac, added);
    emit deviceAdded(added);
}

void DeviceRegistry::reset(const QList<Device> &devices)
{
    emit aboutToReset();
    m_devices = devices;
    m_rowByMac.clear();
    for (int row = 0; row < m_devices.size(); ++row)
        m_rowByMac.insert(m_devices.at(row).mac, row);
    emit wasReset();
}

} // namespace ztp::devices
