#include "devicetablemodel.h"

#include "devices/deviceregistry.h"
#include "stateicons.h"

#include <QGuiApplication>
#include <QLocale>

#include <algorithm>

namespace ztp::models {

using devices::DeviceState;

namespace {

// Above this many separate ranges one dataChanged over the span is cheaper for views.
constexpr int MaxChangedRanges = 32;

QString progressText(const devices::TransferProgress &transfer)
{
    if (!transfer.isRunning())
        return {};
    const QLocale locale;
    const QString rate = locale.formattedDataSize(qint64(transfer.bytesPerSecond));
    if (transfer.bytesTotal <= 0)
        return DeviceTableModel::tr("%1, %2/s").arg(locale.formattedDataSize(transfer.bytesDone), rate);
    return DeviceTableModel::tr("%1 %, %2/s").arg(100 * transfer.bytesDone / transfer.bytesTotal).arg(rate);
}

} // namespace

DeviceTableModel::DeviceTableModel(devices::DeviceRegistry *registry, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
    , m_rowCount(registry ? registry->count() : 0)
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &DeviceTableModel::flush);
    if (registry)
        connectRegistry();
}

void DeviceTableModel::connectRegistry()
{
    connect(m_registry, &devices::DeviceRegistry::deviceAdded, this, &DeviceTableModel::onAdded);
    connect(m_registry, &devices::DeviceRegistry::deviceChanged, this, &DeviceTableModel::onChanged);
    connect(m_registry, &devices::DeviceRegistry::deviceAboutToBeRemoved, this,
            &DeviceTableModel::onAboutToBeRemoved);
    connect(m_registry, &devices::DeviceRegistry::deviceRemoved, this, &DeviceTableModel::onRemoved);
    connect(m_registry, &devices::DeviceRegistry::aboutToReset, this, [this] {
        beginResetModel();
    });
    connect(m_registry, &devices::DeviceRegistry::wasReset, this, [this] {
        m_rowCount = m_registry->count();
        m_changedRows.clear();
        endResetModel();
    });
}

void DeviceTableModel::setBatchInterval(std::chrono::milliseconds interval)
{
    flush();
    m_flushTimer.setInterval(interval);
}

void DeviceTableModel::scheduleFlush()
{
    if (m_flushTimer.interval() <= 0) {
        flush();
        return;
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void DeviceTableModel::onAdded()
{
    scheduleFlush();
}

void DeviceTableModel::onChanged(int row)
{
    // A row not yet announced is announced with its current data by the insertion.
    if (row < m_rowCount)
        m_changedRows.insert(row);
    scheduleFlush();
}

void DeviceTableModel::onAboutToBeRemoved(int row)
{
    flush();
    beginRemoveRows({}, row, row);
}

void DeviceTableModel::onRemoved()
{
    m_rowCount = m_registry->count();
    endRemoveRows();
}

void DeviceTableModel::flush()
{
    m_flushTimer.stop();
    if (!m_registry)
        return;

    const int count = m_registry->count();
    if (count > m_rowCount) {
        beginInsertRows({}, m_rowCount, count - 1);
        m_rowCount = count;
        endInsertRows();
    }
    if (m_changedRows.isEmpty())
        return;

    QList<int> rows(m_changedRows.cbegin(), m_changedRows.cend());
    m_changedRows.clear();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::remove_if(rows.begin(), rows.end(), [this](int row) { return row >= m_rowCount; }),
               rows.end());
    if (rows.isEmpty())
        return;

    QList<std::pair<int, int>> ranges;
    for (int row : std::as_const(rows)) {
        if (!ranges.isEmpty() && ranges.last().second + 1 == row)
            ranges.last().second = row;
        else
            ranges.append({row, row});
    }
    if (ranges.size() > MaxChangedRanges)
        ranges = {{rows.first(), rows.last()}};
    for (const auto &[first, last] : std::as_const(ranges))
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_registry)
        return 0;
    return m_rowCount;
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const devices::Device *DeviceTableModel::deviceAt(int row) const
{
    if (!m_registry || row < 0 || row >= m_rowCount)
        return nullptr;
    return &m_registry->at(row);
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
    case ThroughputRole:
        return m_registry->at(index.row()).transfer.bytesPerSecond;
    case MacRole:
        return m_registry->at(index.row()).mac;
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
    case VendorColumn:
        return device.vendor;
    case ModelColumn:
        return device.model;
    case ProfileColumn:
        return device.profile;
    case TemplateColumn:
        return device.templateName;
    case BenchPositionColumn:
        return device.benchPosition;
    case ProgressColumn:
        return progressText(device.transfer);
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
    case ProgressColumn:
        if (!device.transfer.isRunning())
            return -1.0;
        if (device.transfer.bytesTotal <= 0)
            return 0.0;
        return 100.0 * double(device.transfer.bytesDone) / double(device.transfer.bytesTotal);
    default:
        return displayData(row, column);
    }
}

QVariant DeviceTableModel::decorationData(int row, int column) const
{
    if (column != StateColumn)
        return {};
    const DeviceState state = m_registry->at(row).state;
    // Pixmaps need a QGuiApplication; a model in a QCoreApplication (a benchmark) gets the colour.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return stateColor(state);
    return stateIcon(state);
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
    case VendorColumn:
        return tr("Vendor");
    case ModelColumn:
        return tr("Model");
    case ProfileColumn:
        return tr("Profile");
    case TemplateColumn:
        return tr("Template");
    case BenchPositionColumn:
        return tr("Bench position", "from the DHCP option 82 circuit id");
    case ProgressColumn:
        return tr("Transfer");
    default:
        return {};
    }
}

} // namespace ztp::models
