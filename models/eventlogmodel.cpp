#include "eventlogmodel.h"

#include <QColor>
#include <QLocale>

namespace ztp::models {

EventLogModel::EventLogModel(QObject *parent, int capacity)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{
}

void EventLogModel::append(const storage::HistoryEvent &event)
{
    if (m_events.size() >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_events.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_events.size());
    beginInsertRows({}, row, row);
    m_events.append(event);
    endInsertRows();
}

void EventLogModel::setEvents(const QList<storage::HistoryEvent> &events)
{
    beginResetModel();
    m_events = events.mid(qMax<qsizetype>(0, events.size() - m_capacity));
    endResetModel();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::HistoryEvent &event = m_events.at(index.row());

    if (role == Qt::ForegroundRole) {
        const bool failed = event.kind.endsWith(QLatin1String(".error"))
            || event.details.value(QStringLiteral("result")).toString() == QLatin1String("failed")
            || event.details.value(QStringLiteral("reply")).toString() == QLatin1String("NAK");
        return failed ? QVariant(QColor(0xd1, 0x34, 0x38)) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};

    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(event.time.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz"));
    case DeviceColumn:
        return event.deviceKey;
    case KindColumn:
        return event.kind;
    case SummaryColumn:
        return event.summary;
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DeviceColumn:
        return tr("Device");
    case KindColumn:
        //: Column header: the kind of event (lease, TFTP transfer, syslog message...).
        return tr("Event");
    case SummaryColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace ztp::models
