#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace ztp::devices {
class DeviceRegistry;
struct Device;
} // namespace ztp::devices

namespace ztp::models {

// One row per device of a DeviceRegistry, updated live from its signals. With a batch interval
// set, insertions and changes are collected and announced together when the interval ends, so
// a rack booting at once costs the view one update per interval instead of one per packet.
// Removals and resets flush what was collected and are announced at once, because rows move.
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
        VendorColumn,
        ModelColumn,
        ProfileColumn,
        TemplateColumn,
        BenchPositionColumn,
        ProgressColumn,
        ColumnCount,
    };

    // Unformatted value for sorting and delegates: QDateTime, quint32 address, state number,
    // transfer percent (double, -1 without a transfer).
    static constexpr int RawValueRole = Qt::UserRole + 1;
    // Transfer throughput in bytes per second (double), for the progress delegate.
    static constexpr int ThroughputRole = Qt::UserRole + 2;
    // The device's MAC as 6 octets, for actions on selected rows.
    static constexpr int MacRole = Qt::UserRole + 3;

    explicit DeviceTableModel(devices::DeviceRegistry *registry, QObject *parent = nullptr);

    // 0 (the default) announces every change at once.
    void setBatchInterval(std::chrono::milliseconds interval);
    // Announces collected changes now.
    void flush();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const devices::Device *deviceAt(int row) const;

private:
    void connectRegistry();
    void onAdded();
    void onChanged(int row);
    void onAboutToBeRemoved(int row);
    void onRemoved();
    void scheduleFlush();

    QVariant displayData(int row, int column) const;
    QVariant rawData(int row, int column) const;
    QVariant decorationData(int row, int column) const;

    QPointer<devices::DeviceRegistry> m_registry;
    int m_rowCount = 0; // rows announced to views; the registry may already hold more
    QSet<int> m_changedRows;
    QTimer m_flushTimer;
};

} // namespace ztp::models
