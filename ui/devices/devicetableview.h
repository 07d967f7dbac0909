#pragma once

#include <QPointer>
#include <QTableView>

#include <functional>

namespace ztp::bench {
class BenchService;
}
namespace ztp::devices {
struct Device;
}

namespace ztp::ui {

class InventoryImportDialog;

// The device table. A dropped CSV file, or spreadsheet rows pasted with Ctrl+V, open the
// inventory import dialog, and a template dropped on rows is assigned to them. The context menu
// carries the device actions, and the header's menu chooses and filters columns. Works on any
// proxy over a models::DeviceTableModel, because it finds devices through their MacRole.
class DeviceTableView : public QTableView
{
    Q_OBJECT

public:
    explicit DeviceTableView(bench::BenchService *bench, QWidget *parent = nullptr);

    // The dialog of the last drop or paste, while it is open.
    InventoryImportDialog *importDialog() const;
    // Opens the import dialog for CSV text; `source` names it in problems.
    void openImport(const QByteArray &data, const QString &source);
    // Assigns a template to devices by MAC and stores them.
    void assignTemplate(const QList<QByteArray> &macs, const QString &templateName);
    QList<QByteArray> selectedMacs() const;
    // Selects and shows the device with this serial or MAC, as a keyboard-wedge barcode scanner
    // types it followed by Enter. Returns false when no device matches.
    bool selectScanned(const QString &scanned);
    // Asks for confirmation, then removes the devices and their history through
    // BenchService::forgetDevice().
    void forgetDevices(const QList<QByteArray> &macs);

public slots:
    void editAssignmentRules();
    void editBenchPositions();

signals:
    // An action on devices failed; the text names the devices and the fix.
    void actionFailed(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    bool acceptsMime(const QMimeData *mime) const;
    void applyImport();
    void updateDevices(const QList<QByteArray> &macs, const std::function<void(ztp::devices::Device &)> &change);
    void showHeaderMenu(const QPoint &position);
    void chooseTemplate(const QList<QByteArray> &macs);
    void exportInventory();

    bench::BenchService *m_bench;
    QPointer<InventoryImportDialog> m_importDialog;
};

} // namespace ztp::ui
