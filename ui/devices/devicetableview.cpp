#include "devices/devicetableview.h"

#include "bench/benchservice.h"
#include "common/logging.h"
#include "devicefilterproxymodel.h"
#include "devices/deviceactions.h"
#include "devices/assignmentrulesdialog.h"
#include "devices/benchpositionsdialog.h"
#include "devices/inventoryimportdialog.h"
#include "devices/transferprogressdelegate.h"
#include "devicetablemodel.h"
#include "editor/editormimetypes.h"
#include "platform/netplatform.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>

namespace ztp::ui {

namespace {

QList<QString> csvFiles(const QMimeData *mime)
{
    QList<QString> files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

DeviceTableView::DeviceTableView(bench::BenchService *bench, QWidget *parent)
    : QTableView(parent)
    , m_bench(bench)
{
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &DeviceTableView::showHeaderMenu);
    setItemDelegateForColumn(models::DeviceTableModel::ProgressColumn, new TransferProgressDelegate(this));
}

InventoryImportDialog *DeviceTableView::importDialog() const
{
    return m_importDialog;
}

bool DeviceTableView::acceptsMime(const QMimeData *mime) const
{
    return !csvFiles(mime).isEmpty() || mime->hasFormat(editor::templateMimeType);
}

void DeviceTableView::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptsMime(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DeviceTableView::dragMoveEvent(QDragMoveEvent *event)
{
    if (acceptsMime(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DeviceTableView::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QList<QString> files = csvFiles(mime);
    if (!files.isEmpty()) {
        QFile file(files.first());
        if (!file.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(this, tr("Import inventory"),
                                 tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return;
        }
        openImport(file.readAll(), QFileInfo(file).fileName());
        event->acceptProposedAction();
        return;
    }

    if (mime->hasFormat(editor::templateMimeType)) {
        const QString templateName = QString::fromUtf8(mime->data(editor::templateMimeType));
        // Dropped on a selected row: every selected row; on another row: that row only.
        const QModelIndex target = indexAt(event->position().toPoint());
        QList<QByteArray> macs;
        if (target.isValid() && !selectionModel()->isRowSelected(target.row(), target.parent()))
            macs = {target.data(models::DeviceTableModel::MacRole).toByteArray()};
        else
            macs = selectedMacs();
        assignTemplate(macs, templateName);
        event->acceptProposedAction();
        return;
    }
    event->ignore();
}

void DeviceTableView::keyPressEvent(QKeyEvent *event)
{
    // Rows copied from a spreadsheet arrive as tab-separated text.
    if (event->matches(QKeySequence::Paste)) {
        const QString text = QApplication::clipboard()->text();
        if (!text.isEmpty()) {
            openImport(text.toUtf8(), tr("pasted rows"));
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void DeviceTableView::openImport(const QByteArray &data, const QString &source)
{
    if (m_importDialog)
        m_importDialog->deleteLater();
    m_importDialog = new InventoryImportDialog(data, source, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &QDialog::accepted, this, &DeviceTableView::applyImport);
    m_importDialog->open();
}

void DeviceTableView::applyImport()
{
    if (!m_importDialog || !m_bench || !m_bench->workspace())
        return;
    const workspace::InventoryImport &import = m_importDialog->import();
    if (!import.ok())
        return;

    workspace::Workspace *workspace = m_bench->workspace();
    workspace::Inventory inventory = workspace->inventory();
    const int replaced = inventory.merge(import.entries);
    Status status = inventory.save(workspace->inventoryPath());
    if (status)
        status = workspace->reloadInventory();
    if (!status) {
        qCWarning(lcWorkspace).noquote() << "inventory import failed:" << status.errorString();
        QMessageBox::warning(this, tr("Import inventory"), status.errorString());
        return;
    }
    qCInfo(lcWorkspace).noquote() << "imported" << import.entries.size() << "inventory rows," << replaced
                                  << "replaced";
}

bool DeviceTableView::selectScanned(const QString &scanned)
{
    const QString text = scanned.trimmed();
    if (!m_bench || text.isEmpty())
        return false;

    QList<int> rows = m_bench->devices()->rowsWith(ztp::devices::IdentifierKind::Serial, text);
    if (rows.isEmpty())
        rows = m_bench->devices()->rowsWith(ztp::devices::IdentifierKind::Mac, platform::formatMac(platform::parseMac(text)));
    if (rows.isEmpty())
        return false;

    const QByteArray mac = m_bench->devices()->at(rows.first()).mac;
    const QModelIndexList found = model()->match(model()->index(0, 0), models::DeviceTableModel::MacRole, mac, 1,
                                                 Qt::MatchExactly);
    if (found.isEmpty())
        return false; // hidden by a filter
    // The current row, not only the selection, moves: the template preview and the detail panel
    // follow the current row.
    selectionModel()->setCurrentIndex(found.first(),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(found.first());
    return true;
}

QList<QByteArray> DeviceTableView::selectedMacs() const
{
    QList<QByteArray> macs;
    for (const QModelIndex &index : selectionModel()->selectedRows()) {
        const QByteArray mac = index.data(models::DeviceTableModel::MacRole).toByteArray();
        if (!mac.isEmpty() && !macs.contains(mac))
            macs.append(mac);
    }
    return macs;
}

void DeviceTableView::updateDevices(const QList<QByteArray> &macs,
                                    const std::function<void(ztp::devices::Device &)> &change)
{
    if (!m_bench)
        return;
    for (const QByteArray &mac : macs) {
        auto device = m_bench->devices()->find(mac);
        if (!device)
            continue;
        change(*device);
        m_bench->devices()->upsert(*device);
        if (m_bench->historyWriter())
            m_bench->historyWriter()->saveDevice(*device);
    }
}

void DeviceTableView::assignTemplate(const QList<QByteArray> &macs, const QString &templateName)
{
    if (!m_bench)
        return;

    // BenchService checks that the template exists, stores the device and records the event.
    QStringList errors;
    for (const QByteArray &mac : macs) {
        if (Status status = m_bench->assignTemplate(mac, templateName); !status)
            errors.append(status.errorString());
    }
    if (errors.isEmpty())
        return;
    qCWarning(lcBench).noquote() << "template" << templateName << "not assigned:" << errors.join(QLatin1Char(' '));
    emit actionFailed(errors.join(QLatin1Char('\n')));
}

void DeviceTableView::chooseTemplate(const QList<QByteArray> &macs)
{
    if (!m_bench || !m_bench->workspace())
        return;
    const QStringList templates = QDir(m_bench->workspace()->templatesPath()).entryList({QStringLiteral("*.j2")}, QDir::Files);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Assign template"), tr("Template:"), templates, 0,
                                                 false, &ok);
    if (ok)
        assignTemplate(macs, chosen);
}

void DeviceTableView::contextMenuEvent(QContextMenuEvent *event)
{
    const QList<QByteArray> macs = selectedMacs();
    QMenu menu(this);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QAction *reprovision = menu.addAction(tr("Re-provision"), this, [this, macs, now] {
        updateDevices(macs, [&](ztp::devices::Device &device) { ztp::devices::reprovision(device, now); });
    });
    QAction *markDone = menu.addAction(tr("Mark done"), this, [this, macs, now] {
        updateDevices(macs, [&](ztp::devices::Device &device) { ztp::devices::markDone(device, now); });
    });
    QAction *assign = menu.addAction(tr("Assign template..."), this, [this, macs] { chooseTemplate(macs); });
    menu.addSeparator();
    QAction *forget = menu.addAction(tr("Forget"), this, [this, macs] { forgetDevices(macs); });
    menu.addSeparator();
    menu.addAction(tr("Assignment rules..."), this, &DeviceTableView::editAssignmentRules);
    menu.addAction(tr("Bench positions..."), this, &DeviceTableView::editBenchPositions);
    menu.addAction(tr("Export inventory (CSV)..."), this, &DeviceTableView::exportInventory);

    for (QAction *action : {reprovision, markDone, assign, forget})
        action->setEnabled(!macs.isEmpty() && m_bench);
    menu.exec(event->globalPos());
}

void DeviceTableView::forgetDevices(const QList<QByteArray> &macs)
{
    if (!m_bench || macs.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Forget devices"),
        //: %n is the number of devices
        tr("Forget %n device(s)? Their records and their events in the history are deleted; a "
           "device that sends a request again starts as a new one.",
           nullptr, int(macs.size())));
    if (answer != QMessageBox::Yes)
        return;
    for (const QByteArray &mac : macs)
        m_bench->forgetDevice(mac);
}

void DeviceTableView::editAssignmentRules()
{
    if (!m_bench || !m_bench->workspace())
        return;
    AssignmentRulesDialog dialog(m_bench, this);
    dialog.exec();
}

void DeviceTableView::editBenchPositions()
{
    if (!m_bench || !m_bench->workspace())
        return;
    BenchPositionsDialog dialog(m_bench, this);
    dialog.exec();
}

void DeviceTableView::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    const int clicked = horizontalHeader()->logicalIndexAt(position);
    if (auto *proxy = qobject_cast<models::DeviceFilterProxyModel *>(model()); proxy && clicked >= 0) {
        const QString name = model()->headerData(clicked, Qt::Horizontal).toString();
        menu.addAction(tr("Filter '%1'...").arg(name), this, [this, proxy, clicked, name] {
            bool ok = false;
            const QString text = QInputDialog::getText(this, tr("Filter column"), tr("Show rows whose %1 contains:").arg(name),
                                                       QLineEdit::Normal, proxy->columnFilter(clicked), &ok);
            if (ok)
                proxy->setColumnFilter(clicked, text);
        });
        menu.addAction(tr("Clear all filters"), proxy, &models::DeviceFilterProxyModel::clearFilters);
        menu.addSeparator();
    }

    // Column chooser: one checkable entry per column; the last visible one cannot be hidden.
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction *action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool visible) {
            const int visibleColumns = model()->columnCount() - horizontalHeader()->hiddenSectionCount();
            if (!visible && visibleColumns <= 1)
                return;
            setColumnHidden(column, !visible);
        });
    }
    menu.exec(horizontalHeader()->mapToGlobal(position));
}

void DeviceTableView::exportInventory()
{
    if (!m_bench || !m_bench->workspace())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export inventory"), QStringLiteral("inventory.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status status = m_bench->workspace()->inventory().save(path); !status)
        QMessageBox::warning(this, tr("Export inventory"), status.errorString());
}

} // namespace ztp::ui
