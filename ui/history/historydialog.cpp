#include "history/historydialog.h"

#include "bench/benchservice.h"
#include "eventlogmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ztp::ui {

namespace {

using namespace std::chrono_literals;

// Rows shown per search; the history may hold millions of events.
constexpr int MaxResults = 5000;

QString elapsed(qint64 seconds)
{
    return QStringLiteral("+%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

HistoryDialog::HistoryDialog(bench::BenchService *bench, QWidget *parent)
    : QDialog(parent)
    , m_bench(bench)
{
    setWindowTitle(tr("History"));
    resize(1100, 700);

    createWidgets();
    connectSignals();
    reloadKinds();
    search();
}

void HistoryDialog::createWidgets()
{
    m_deviceField = new QLineEdit;
    m_deviceField->setPlaceholderText(tr("MAC, e.g. 00:1c:73:1a:2b:3c"));
    m_kindBox = new QComboBox;
    m_textField = new QLineEdit;
    m_textField->setPlaceholderText(tr("Text in the summary or details"));
    m_textField->setClearButtonEnabled(true);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_fromCheck = new QCheckBox(tr("From (UTC)"));
    m_fromEdit = new QDateTimeEdit(now.addDays(-1));
    m_toCheck = new QCheckBox(tr("To (UTC)"));
    m_toEdit = new QDateTimeEdit(now.addSecs(3600));
    for (QDateTimeEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }

    auto *searchButton = new QPushButton(tr("Search"));
    searchButton->setObjectName(QStringLiteral("searchButton"));
    searchButton->setDefault(true);
    connect(searchButton, &QPushButton::clicked, this, &HistoryDialog::search);

    auto *filters = new QFormLayout;
    filters->addRow(tr("Device"), m_deviceField);
    //: Filter label: the kind of history event (lease, transfer, console session...).
    filters->addRow(tr("Kind"), m_kindBox);
    //: Filter label: text searched for in the events.
    filters->addRow(tr("Text"), m_textField);
    auto *range = new QHBoxLayout;
    range->addWidget(m_fromCheck);
    range->addWidget(m_fromEdit);
    range->addWidget(m_toCheck);
    range->addWidget(m_toEdit);
    range->addStretch();
    range->addWidget(searchButton);
    filters->addRow(tr("Time"), range);

    m_model = new models::EventLogModel(this, MaxResults);
    m_eventView = new QTableView;
    m_eventView->setObjectName(QStringLiteral("historyEventView"));
    m_eventView->setModel(m_model);
    m_eventView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_eventView->verticalHeader()->hide();
    m_eventView->horizontalHeader()->setStretchLastSection(true);
    m_eventView->setWordWrap(false);

    m_timelineTitle = new QLabel(tr("Select an event to see its device's timeline."));
    m_timeline = new QTreeWidget;
    m_timeline->setObjectName(QStringLiteral("deviceTimeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("Time (UTC)"), tr("Since first event"), tr("Kind"), tr("Summary")});

    auto *timelinePane = new QWidget;
    auto *timelineLayout = new QVBoxLayout(timelinePane);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(m_timelineTitle);
    timelineLayout->addWidget(m_timeline);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_eventView);
    splitter->addWidget(timelinePane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_countLabel = new QLabel;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_countLabel, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
}

void HistoryDialog::connectSignals()
{
    connect(m_textField, &QLineEdit::returnPressed, this, &HistoryDialog::search);
    connect(m_deviceField, &QLineEdit::returnPressed, this, &HistoryDialog::search);
    connect(m_kindBox, &QComboBox::currentIndexChanged, this, &HistoryDialog::search);
    connect(m_eventView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showTimeline(m_model->eventAt(current.row()).deviceKey);
            });
}

void HistoryDialog::reloadKinds()
{
    const QSignalBlocker blocker(m_kindBox);
    m_kindBox->clear();
    m_kindBox->addItem(tr("All kinds"), QString());
    if (auto *history = m_bench->history()) {
        for (const QString &kind : history->eventKinds())
            m_kindBox->addItem(kind, kind);
    }
}

void HistoryDialog::search()
{
    storage::HistoryDatabase *history = m_bench->history();
    if (!history)
        return;
    if (auto *writer = m_bench->historyWriter())
        writer->waitForWritten(2s);

    storage::EventFilter filter;
    filter.deviceKey = m_deviceField->text().trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char(':'));
    const QString kind = m_kindBox->currentData().toString();
    if (!kind.isEmpty())
        filter.kinds = {kind};
    if (m_fromCheck->isChecked())
        filter.from = m_fromEdit->dateTime().toUTC();
    if (m_toCheck->isChecked())
        filter.to = m_toEdit->dateTime().toUTC();
    filter.text = m_textField->text().trimmed();
    filter.limit = MaxResults;

    const QList<storage::HistoryEvent> events = history->findEvents(filter);
    m_model->setEvents(events);
    m_countLabel->setText(events.size() >= MaxResults
                              ? tr("The first %1 events; narrow the search to see the rest.").arg(MaxResults)
                              : tr("%n event(s)", nullptr, int(events.size())));
}

void HistoryDialog::showTimeline(const QString &deviceKey)
{
    m_timeline->clear();
    if (deviceKey.isEmpty()) {
        m_timelineTitle->setText(tr("This event belongs to the bench, not to one device."));
        return;
    }
    const QList<storage::HistoryEvent> events = m_bench->history()->events(deviceKey);
    m_timelineTitle->setText(tr("Timeline of %1: %n event(s)", nullptr, int(events.size())).arg(deviceKey));
    if (events.isEmpty())
        return;

    const QDateTime first = events.first().time;
    for (const storage::HistoryEvent &event : events) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, event.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setText(1, elapsed(first.secsTo(event.time)));
        item->setText(2, event.kind);
        item->setText(3, event.summary);
    }
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
    m_timeline->resizeColumnToContents(2);
}

} // namespace ztp::ui
