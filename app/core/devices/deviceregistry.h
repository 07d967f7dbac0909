#pragma once

#include "devices/device.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace ztp::devices {

// The devices of the bench, one row each, in the order they were first seen. Rows never move,
// so models can refer to them by index. Lives in the engine thread.
class DeviceRegistry : public QObject
{
    Q_OBJECT

public:
    explicit DeviceRegistry(QObject *parent = nullptr);

    int count() const { return int(m_devices.size()); }
    const Device &at(int row) const { return m_devices.at(row); }
    const QList<Device> &devices() const { return m_devices; }

    int indexOf(const QByteArray &mac) const;
    std::optional<Device> find(const QByteArray &mac) const;
    std::optional<Device> findByAddress(const QHostAddress &address) const;

    // Inserts a new device or replaces the one with the same MAC, then notifies.
    void upsert(const Device &device);
    // Loads stored records without change notifications for each; emits reset().
    void reset(const QList<Device> &devices);

signals:
    // Pairs like a model's row insertion: the first before the row exists, the second after.
    void deviceAboutToBeAdded(int row);
    void deviceAdded(int row);
    void deviceChanged(int row);
    void aboutToReset();
    void wasReset();

private:
    QList<Device> m_devices;
    QHash<QByteArray, int> m_rowByMac;
};

} // namespace ztp::devices
