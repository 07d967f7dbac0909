#include "editor/devicedrophandler.h"

#include "bench/benchservice.h"
#include "devicetablemodel.h"
#include "editor/editormimetypes.h"
#include "platform/netplatform.h"

#include <QDropEvent>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QTableView>

namespace ztp::ui::editor {

DeviceDropHandler::DeviceDropHandler(bench::BenchService *bench, QTableView *view)
    : QObject(view)
    , m_bench(bench)
    , m_view(view)
{
    m_view->setAcceptDrops(true);
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
}

bool DeviceDropHandler::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return false;

    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!drag->mimeData()->hasFormat(templateMimeType))
            return false;
        const bool onRow = !targetKeys(drag->position().toPoint()).isEmpty();
        if (onRow)
            drag->acceptProposedAction();
        else
            drag->ignore();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!drop->mimeData()->hasFormat(templateMimeType))
            return false;
        const QString templateName = QString::fromUtf8(drop->mimeData()->data(templateMimeType));
        const QStringList keys = targetKeys(drop->position().toPoint());
        if (keys.isEmpty()) {
            drop->ignore();
            return true;
        }
        drop->acceptProposedAction();
        assign(templateName, keys);
        return true;
    }
    default:
        return false;
    }
}

QStringList DeviceDropHandler::targetKeys(const QPoint &position) const
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return {};

    QStringList keys;
    const QModelIndexList selected =
        m_view->selectionModel()->selectedRows(models::DeviceTableModel::MacColumn);
    const bool onSelection = m_view->selectionModel()->isRowSelected(index.row(), index.parent());
    if (onSelection) {
        for (const QModelIndex &row : selected)
            keys.append(row.data().toString());
    } else {
        keys.append(index.siblingAtColumn(models::DeviceTableModel::MacColumn).data().toString());
    }
    return keys;
}

void DeviceDropHandler::assign(const QString &templateName, const QStringList &deviceKeys)
{
    QStringList assigned;
    QStringList errors;
    for (const QString &key : deviceKeys) {
        const Status status = m_bench->assignTemplate(platform::parseMac(key), templateName);
        if (status)
            assigned.append(key);
        else
            errors.append(status.errorString());
    }
    emit templateAssigned(templateName, assigned, errors);
}

} // namespace ztp::ui::editor
