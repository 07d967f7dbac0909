#include "devicetablemodel.h"

#include "devices/deviceregistry.h"

#include <QColor>
#include <QLocale>

namespace ztp::models {

using devices::DeviceState;

namespace {

QString stateText(DeviceState state)
{
    switch (state) {
    case DeviceState::Discovered:
        return DeviceTableModel::tr("Discovered", "device state");
    case DeviceState::Leased:
        return DeviceTableModel::tr("Leased", "device state: holds a DHCP lease");
    case DeviceState::ConfigurationSent:
        return DeviceTableModel::tr("Configuration sent", "device state");
    case DeviceState::Failed:
        return DeviceTableModel::tr("Failed", "device state");
    }
    return {};
}

QColor stateColor(DeviceState state)
{
    switch (state) {
    case DeviceState::Discovered:
        return QColor(0x8a, 0x8a, 0x8a);
    case DeviceState::Leased:
        return QColor(0x1f, 0x6f, 0xd1);
    case DeviceState::ConfigurationSent:
        return QColor(0x2e, 0x9d, 0x4f);
    case DeviceState::Failed:
        return QColor(0xd1, 0x34, 0x38);
    }
    return {};
}

} // namespace

DeviceTableModel::DeviceTableModel(devices::DeviceRegistry *registry, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
{
    connect(registry, &devices::DeviceRegistry::deviceAboutToBeAdded, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(registry, &devices::DeviceRegistry::deviceAdded, this, [this] { endInsertRows(); });
    connect(registry, &devices::DeviceRegistry::deviceChanged, this, [this](int row) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(registry, &devices::DeviceRegistry::aboutToReset, this, [this] { beginResetModel(); });
    connect(registry, &devices::DeviceRegistry::wasReset, this, [this] { endResetModel(); });
}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_registry)
        return 0;
    return m_registry->count();
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayData(index.row(), index.column());
    case RawValueRole:
        return rawData(index.row(), index.column());
    case Qt::DecorationRole:
        return decorationData(index.row(), index.column());
    default:
        return {};
    }
}

QVariant DeviceTableModel::displayData(int row, int column) const
{
    const devices::Device &device = m_registry->at(row);
    switch (column) {
    case MacColumn:
        return device.key();
    case VendorClassColumn:
        return device.vendorClass;
    case HostnameColumn:
        return device.hostname;
    case SerialColumn:
        return device.serial;
    case IpColumn:
        return device.ip.isNull() ? QString() : device.ip.toString();
    case StateColumn:
        return stateText(device.state);
    case LastSeenColumn:
        return QLocale().toString(device.lastSeen.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant DeviceTableModel::rawData(int row, int column) const
{
    const devices::Device &device = m_registry->at(row);
    switch (column) {
    case IpColumn:
        return device.ip.isNull() ? 0u : device.ip.toIPv4Address();
    case StateColumn:
        return int(device.state);
    case LastSeenColumn:
        return device.lastSeen;
    default:
        return displayData(row, column);
    }
}

QVariant DeviceTableModel::decorationData(int row, int column) const
{
    if (column != StateColumn)
        return {};
    return stateColor(m_registry->at(row).state);
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MacColumn:
        return tr("MAC address");
    case VendorClassColumn:
        return tr("Vendor class", "DHCP option 60");
    case HostnameColumn:
        return tr("Hostname");
    case SerialColumn:
        return tr("Serial number");
    case IpColumn:
        return tr("IP address");
    case StateColumn:
        return tr("State");
    case LastSeenColumn:
        return tr("Last seen");
    default:
        return {};
    }
}

} // namespace ztp::models
