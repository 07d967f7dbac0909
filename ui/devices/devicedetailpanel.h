#pragma once

#include "storage/historyevent.h"

#include <QByteArray>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAbstractItemView;
class QLabel;
class QTabWidget;
class QTreeWidget;

namespace ztp::bench {
class BenchService;
}
namespace ztp::devices {
struct Device;
enum class DeviceState;
}

namespace ztp::ui {

class DevicePacketView;

// Everything known about the device selected in the table. The tabs show its timeline (the
// record's state changes and actions merged with its history events), its DHCP exchanges
// decoded, and its identifiers with the packet, header or line that supplied each. The panel
// follows the record and the bench's events live while it is shown.
class DeviceDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DeviceDetailPanel(bench::BenchService *bench, QWidget *parent = nullptr);

    // Shows the current row of a view over a DeviceTableModel (through its MacRole).
    void attachView(QAbstractItemView *view);
    // Shows one device; an empty or unknown MAC clears the panel.
    void showDevice(const QByteArray &mac);
    QByteArray currentMac() const { return m_mac; }

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *identityTree() const { return m_identity; }
    QTreeWidget *timelineTree() const { return m_timeline; }
    DevicePacketView *packetView() const { return m_packets; }

private:
    void refreshRecord();
    void fillIdentity(const devices::Device &device);
    void fillTimeline(const devices::Device &device);
    void addTimelineRow(const QDateTime &time, std::optional<devices::DeviceState> state, const QString &text,
                        const QString &kind);
    void onEventRecorded(const storage::HistoryEvent &event);

    bench::BenchService *m_bench;
    QByteArray m_mac;
    QString m_key;
    QList<storage::HistoryEvent> m_events; // of the shown device, oldest first

    QLabel *m_title;
    QTabWidget *m_tabs;
    QTreeWidget *m_identity;
    QTreeWidget *m_timeline;
    DevicePacketView *m_packets;
    QPointer<QAbstractItemView> m_view;
};

} // namespace ztp::ui
