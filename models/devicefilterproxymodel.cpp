#include "devicefilterproxymodel.h"

#include "devicetablemodel.h"

namespace ztp::models {

DeviceFilterProxyModel::DeviceFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DeviceTableModel::RawValueRole);
    setDynamicSortFilter(true);
}

void DeviceFilterProxyModel::setSearchText(const QString &text)
{
    if (text.trimmed() == m_searchText)
        return;
    m_searchText = text.trimmed();
    invalidateRowsFilter();
}

void DeviceFilterProxyModel::setColumnFilter(int column, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_columnFilters.value(column) == trimmed)
        return;
    if (trimmed.isEmpty())
        m_columnFilters.remove(column);
    else
        m_columnFilters.insert(column, trimmed);
    invalidateRowsFilter();
}

void DeviceFilterProxyModel::clearFilters()
{
    m_searchText.clear();
    m_columnFilters.clear();
    invalidateRowsFilter();
}

bool DeviceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // The base class's filter (setFilterFixedString and the like) still applies.
    if (!QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return false;

    const QAbstractItemModel *model = sourceModel();
    const auto text = [&](int column) {
        return model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
    };

    for (auto it = m_columnFilters.cbegin(); it != m_columnFilters.cend(); ++it) {
        if (!text(it.key()).contains(it.value(), Qt::CaseInsensitive))
            return false;
    }
    if (m_searchText.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (text(column).contains(m_searchText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace ztp::models
