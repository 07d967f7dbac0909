#include "devices/devicedetailpanel.h"

#include "bench/benchservice.h"
#include "devices/devicepacketview.h"
#include "devicetablemodel.h"
#include "platform/netplatform.h"
#include "stateicons.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ztp::ui {

namespace {

// Events shown per device; older ones stay in the history (History menu).
constexpr int MaxEvents = 1000;

QString kindText(devices::IdentifierKind kind)
{
    switch (kind) {
    case devices::IdentifierKind::Mac:
        return DeviceDetailPanel::tr("MAC address");
    case devices::IdentifierKind::ClientId:
        return DeviceDetailPanel::tr("Client identifier", "DHCP option 61");
    case devices::IdentifierKind::Serial:
        return DeviceDetailPanel::tr("Serial number");
    case devices::IdentifierKind::Model:
        return DeviceDetailPanel::tr("Model");
    case devices::IdentifierKind::Vendor:
        return DeviceDetailPanel::tr("Vendor");
    case devices::IdentifierKind::Hostname:
        return DeviceDetailPanel::tr("Hostname");
    case devices::IdentifierKind::Address:
        return DeviceDetailPanel::tr("IP address");
    case devices::IdentifierKind::BenchPosition:
        return DeviceDetailPanel::tr("Bench position");
    }
    return {};
}

QString sourceText(devices::EvidenceSource source)
{
    switch (source) {
    case devices::EvidenceSource::Oui:
        return DeviceDetailPanel::tr("IEEE OUI registry");
    case devices::EvidenceSource::Dhcp:
        return DeviceDetailPanel::tr("DHCP");
    case devices::EvidenceSource::Http:
        return DeviceDetailPanel::tr("HTTP headers");
    case devices::EvidenceSource::Console:
        return DeviceDetailPanel::tr("Serial console");
    case devices::EvidenceSource::Inventory:
        return DeviceDetailPanel::tr("Inventory");
    case devices::EvidenceSource::Technician:
        return DeviceDetailPanel::tr("Technician");
    }
    return {};
}

// Today's entries show the time only, which is what a technician at the bench compares.
QString timeText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local, QStringLiteral("HH:mm:ss.zzz"));
    return QLocale().toString(local, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

DeviceDetailPanel::DeviceDetailPanel(bench::BenchService *bench, QWidget *parent)
    : QWidget(parent)
    , m_bench(bench)
    , m_title(new QLabel)
    , m_tabs(new QTabWidget)
    , m_identity(new QTreeWidget)
    , m_timeline(new QTreeWidget)
    , m_packets(new DevicePacketView)
{
    setObjectName(QStringLiteral("deviceDetailPanel"));
    m_title->setObjectName(QStringLiteral("deviceDetailTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_identity->setObjectName(QStringLiteral("identityTree"));
    m_identity->setRootIsDecorated(false);
    m_identity->setUniformRowHeights(true);
    m_identity->setHeaderLabels({tr("Identifier"), tr("Value"), tr("Source"), tr("Evidence"), tr("Seen")});
    m_identity->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_timeline->setObjectName(QStringLiteral("timelineTree"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setHeaderLabels({tr("Time"), tr("State"), tr("Event")});
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_packets, tr("Packets"));
    m_tabs->addTab(m_identity, tr("Identity"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs);

    connect(m_bench->devices(), &devices::DeviceRegistry::deviceChanged, this, [this](int row) {
        if (!m_mac.isEmpty() && row < m_bench->devices()->count() && m_bench->devices()->at(row).mac == m_mac)
            refreshRecord();
    });
    connect(m_bench->devices(), &devices::DeviceRegistry::deviceRemoved, this, [this] {
        if (!m_mac.isEmpty() && m_bench->devices()->indexOf(m_mac) < 0)
            showDevice({});
    });
    connect(m_bench->devices(), &devices::DeviceRegistry::wasReset, this, [this] { showDevice({}); });
    connect(m_bench, &bench::BenchService::eventRecorded, this, &DeviceDetailPanel::onEventRecorded);
    showDevice({});
}

void DeviceDetailPanel::attachView(QAbstractItemView *view)
{
    m_view = view;
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showDevice(current.isValid() ? current.data(models::DeviceTableModel::MacRole).toByteArray()
                                             : QByteArray());
            });
}

void DeviceDetailPanel::showDevice(const QByteArray &mac)
{
    const std::optional<devices::Device> device = mac.isEmpty() ? std::nullopt : m_bench->devices()->find(mac);
    m_mac = device ? mac : QByteArray();
    m_key = device ? device->key() : QString();
    m_events.clear();
    m_packets->clear();
    if (!device) {
        m_title->setText(tr("Select a device to see its timeline and packets."));
        m_identity->clear();
        m_timeline->clear();
        return;
    }

    // Events still queued for the writer thread are not in the database yet.
    if (auto *writer = m_bench->historyWriter(); writer && writer->pendingCount() > 0)
        writer->waitForWritten(std::chrono::milliseconds(500));
    if (m_bench->history())
        m_events = m_bench->history()->events(m_key, MaxEvents);
    for (const storage::HistoryEvent &event : std::as_const(m_events))
        m_packets->addEvent(event);
    if (m_packets->exchangeCount() > 0)
        m_packets->selectExchange(m_packets->exchangeCount() - 1);
    refreshRecord();
}

void DeviceDetailPanel::refreshRecord()
{
    const std::optional<devices::Device> device = m_bench->devices()->find(m_mac);
    if (!device)
        return;

    QStringList title {device->key()};
    for (const QString &part : {device->hostname, device->serial, device->model})
        if (!part.isEmpty())
            title.append(part);
    title.append(models::stateText(device->state));
    m_title->setText(title.join(QStringLiteral("  ·  ")));

    fillIdentity(*device);
    fillTimeline(*device);
}

void DeviceDetailPanel::fillIdentity(const devices::Device &device)
{
    m_identity->clear();
    QList<devices::Identifier> identifiers = device.identifiers;
    std::stable_sort(identifiers.begin(), identifiers.end(),
                     [](const devices::Identifier &a, const devices::Identifier &b) { return a.kind < b.kind; });
    for (const devices::Identifier &identifier : std::as_const(identifiers)) {
        auto *item = new QTreeWidgetItem(m_identity, {kindText(identifier.kind), identifier.value,
                                                      sourceText(identifier.evidence.source),
                                                      identifier.evidence.detail,
                                                      QString::number(identifier.sightings)});
        item->setToolTip(3, tr("Last seen %1").arg(timeText(identifier.evidence.time)));
    }

    // Assignments are not identifiers, but the technician looks for them in the same place.
    const auto addAssignment = [this](const QString &name, const QString &value) {
        if (!value.isEmpty())
            new QTreeWidgetItem(m_identity, {name, value, tr("Assignment")});
    };
    addAssignment(tr("Profile"), device.profile);
    addAssignment(tr("Template"), device.templateName);
    addAssignment(tr("Image"), device.image);
}

void DeviceDetailPanel::fillTimeline(const devices::Device &device)
{
    // The record's entries and the history's events are merged by time. At equal times the
    // record's entry goes first, because it is the state change that the event caused.
    struct Row
    {
        QDateTime time;
        std::optional<devices::DeviceState> state;
        QString text;
        QString kind;
    };
    QList<Row> rows;
    for (const devices::TimelineEntry &entry : device.timeline)
        rows.append({entry.time, entry.state, entry.summary, QString()});
    for (const storage::HistoryEvent &event : std::as_const(m_events))
        rows.append({event.time, std::nullopt, event.summary, event.kind});
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.time < b.time; });

    m_timeline->clear();
    for (const Row &row : std::as_const(rows))
        addTimelineRow(row.time, row.state, row.text, row.kind);
    m_timeline->scrollToBottom();
}

void DeviceDetailPanel::addTimelineRow(const QDateTime &time, std::optional<devices::DeviceState> state,
                                       const QString &text, const QString &kind)
{
    auto *item = new QTreeWidgetItem(m_timeline, {timeText(time), state ? models::stateText(*state) : QString(), text});
    item->setToolTip(0, QLocale().toString(time.toLocalTime(), QLocale::LongFormat));
    item->setToolTip(2, kind.isEmpty() ? text : QStringLiteral("%1: %2").arg(kind, text));
    if (state)
        item->setIcon(1, models::stateIcon(*state));
}

void DeviceDetailPanel::onEventRecorded(const storage::HistoryEvent &event)
{
    if (m_key.isEmpty() || event.deviceKey != m_key)
        return;
    m_events.append(event);
    if (m_events.size() > MaxEvents)
        m_events.removeFirst();
    addTimelineRow(event.time, std::nullopt, event.summary, event.kind);
    m_packets->addEvent(event);
}

} // namespace ztp::ui
