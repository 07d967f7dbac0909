#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

namespace ztp::models {

// Sorts a DeviceTableModel by its raw values (addresses numerically, states in provisioning
// order) and filters it by a search text over all columns plus one text per column. Every
// filter is a case-insensitive substring match; all must match.
class DeviceFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DeviceFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // An empty text removes the column's filter.
    void setColumnFilter(int column, const QString &text);
    QString columnFilter(int column) const { return m_columnFilters.value(column); }
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    QHash<int, QString> m_columnFilters;
};

} // namespace ztp::models
