#pragma once

#include "devices/device.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace ztp::devices {

// The devices of the bench, one row each, in the order they were first seen. Rows only move
// when a device is removed (forgotten, or absorbed by a merge); the remove signals say so.
// Lives in the engine thread.
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
    // Rows whose record holds this identifier, as its display field or in `identifiers`.
    // Serials and MACs are compared case-insensitively.
    QList<int> rowsWith(IdentifierKind kind, const QString &value) const;

    // Inserts a new device or replaces the one with the same MAC, then notifies.
    void upsert(const Device &device);
    // Removes one row; later rows move up by one.
    void remove(int row);
    // Loads stored records without change notifications for each; emits reset().
    void reset(const QList<Device> &devices);

signals:
    // Pairs like a model's row insertion: the first before the row exists, the second after.
    void deviceAboutToBeAdded(int row);
    void deviceAdded(int row);
    void deviceChanged(int row);
    void deviceAboutToBeRemoved(int row);
    void deviceRemoved(int row);
    void aboutToReset();
    void wasReset();

private:
    void indexDevice(int row);
    void rebuildIndex();

    QList<Device> m_devices;
    QHash<QByteArray, int> m_rowByMac;
    // "kind:normalised value" -> rows. Entries go stale when a value changes, so rowsWith()
    // checks each row against the record before returning it.
    QMultiHash<QString, int> m_rowsByIdentifier;
};

} // namespace ztp::devices
