#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace ztp::devices {
class DeviceRegistry;
}

namespace ztp::models {

// One row per device of a DeviceRegistry, updated live from its signals.
class DeviceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        MacColumn,
        VendorClassColumn,
        HostnameColumn,
        SerialColumn,
        IpColumn,
        StateColumn,
        LastSeenColumn,
        ColumnCount,
    };

    // Unformatted value for sorting and delegates: QDateTime, quint32 address, state number.
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit DeviceTableModel(devices::DeviceRegistry *registry, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(int row, int column) const;
    QVariant rawData(int row, int column) const;
    QVariant decorationData(int row, int column) const;

    QPointer<devices::DeviceRegistry> m_registry;
};

} // namespace ztp::models
