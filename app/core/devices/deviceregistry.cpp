#include "devices/deviceregistry.h"

#include <algorithm>


namespace ztp::devices {

namespace {

QString normalised(IdentifierKind kind, const QString &value)
{
    switch (kind) {
    case IdentifierKind::Mac:
    case IdentifierKind::Serial:
    case IdentifierKind::ClientId:
        return value.trimmed().toLower();
    default:
        return value.trimmed();
    }
}

QString indexKey(IdentifierKind kind, const QString &value)
{
    return QString::number(int(kind)) + QLatin1Char(':') + normalised(kind, value);
}

// The values of one kind that a record holds, display fields included.
QStringList valuesOf(const Device &device, IdentifierKind kind)
{
    QStringList values;
    switch (kind) {
    case IdentifierKind::Mac:
        values.append(device.key());
        break;
    case IdentifierKind::Serial:
        values.append(device.serial);
        break;
    case IdentifierKind::ClientId:
        values.append(QString::fromLatin1(device.clientId.toHex()));
        break;
    case IdentifierKind::Address:
        if (!device.ip.isNull())
            values.append(device.ip.toString());
        break;
    default:
        break;
    }
    for (const Identifier &identifier : device.identifiers) {
        if (identifier.kind == kind)
            values.append(identifier.value);
    }
    values.removeAll(QString());
    return values;
}

// True when `after` contains the same indexed values as `before`, so its index entries are valid.
// Identifiers are compared pairwise: a record updated in place keeps their order and only
// appends new ones.
bool sameIndexedValues(const Device &before, const Device &after)
{
    if (before.serial != after.serial || before.clientId != after.clientId || before.ip != after.ip
        || before.identifiers.size() != after.identifiers.size())
        return false;

    for (qsizetype i = 0; i < before.identifiers.size(); ++i) {
        const Identifier &a = before.identifiers.at(i);
        const Identifier &b = after.identifiers.at(i);
        if (a.kind != b.kind || a.value != b.value)
            return false;
    }
    return true;
}

} // namespace

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

QList<int> DeviceRegistry::rowsWith(IdentifierKind kind, const QString &value) const
{
    const QString wanted = normalised(kind, value);
    if (wanted.isEmpty())
        return {};

    QList<int> rows;
    const QList<int> candidates = m_rowsByIdentifier.values(indexKey(kind, value));
    for (int row : candidates) {
        if (row >= m_devices.size() || rows.contains(row))
            continue;
        for (const QString &held : valuesOf(m_devices.at(row), kind)) {
            if (normalised(kind, held) == wanted) {
                rows.append(row);
                break;
            }
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void DeviceRegistry::upsert(const Device &device)
{
    const int row = indexOf(device.mac);
    if (row >= 0) {
        // Most updates (a lease renewed, progress, state) leave the identifiers alone, and
        // re-indexing builds a key string per value, which a DHCP storm pays per packet.
        const bool reindex = !sameIndexedValues(m_devices.at(row), device);
        m_devices[row] = device;
        if (reindex)
            indexDevice(row);
        emit deviceChanged(row);
        return;
    }

    const int added = int(m_devices.size());
    emit deviceAboutToBeAdded(added);
    m_devices.append(device);
    m_rowByMac.insert(device.mac, added);
    indexDevice(added);
    emit deviceAdded(added);
}

void DeviceRegistry::remove(int row)
{
    if (row < 0 || row >= m_devices.size())
        return;

    emit deviceAboutToBeRemoved(row);
    m_devices.removeAt(row);
    rebuildIndex();
    emit deviceRemoved(row);
}

void DeviceRegistry::reset(const QList<Device> &devices)
{
    emit aboutToReset();
    m_devices = devices;
    rebuildIndex();
    emit wasReset();
}

void DeviceRegistry::indexDevice(int row)
{
    const Device &device = m_devices.at(row);
    for (IdentifierKind kind : {IdentifierKind::Mac, IdentifierKind::Serial,
                                IdentifierKind::ClientId, IdentifierKind::Address}) {
        for (const QString &value : valuesOf(device, kind)) {
            const QString key = indexKey(kind, value);
            if (!m_rowsByIdentifier.contains(key, row))
                m_rowsByIdentifier.insert(key, row);
        }
    }
}

void DeviceRegistry::rebuildIndex()
{
    m_rowByMac.clear();
    m_rowsByIdentifier.clear();
    for (int row = 0; row < m_devices.size(); ++row) {
        m_rowByMac.insert(m_devices.at(row).mac, row);
        indexDevice(row);
    }
}

} // namespace ztp::devices
