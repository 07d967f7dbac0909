#pragma once

#include "storage/historyevent.h"

#include <QAbstractTableModel>
#include <QList>

namespace ztp::models {

// The newest bench events, oldest first, capped so a long run does not grow without bound (the
// full history stays in the database).
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, DeviceColumn, KindColumn, SummaryColumn, ColumnCount };

    explicit EventLogModel(QObject *parent = nullptr, int capacity = 5000);

    void append(const storage::HistoryEvent &event);
    void setEvents(const QList<storage::HistoryEvent> &events);
    const storage::HistoryEvent &eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<storage::HistoryEvent> m_events;
    int m_capacity;
};

} // namespace ztp::models
