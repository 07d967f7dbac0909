// The device table on Qt's offscreen platform: a CSV file's URL dropped on it opens the
// inventory import dialog, and a template dropped on rows is assigned to them.

#include "bench/benchservice.h"
#include "devicefilterproxymodel.h"
#include "devices/devicetableview.h"
#include "devices/inventoryimportdialog.h"
#include "devicetablemodel.h"
#include "editor/editormimetypes.h"
#include "platform/netplatform.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ztp;

namespace {

void drop(QWidget *viewport, const QPoint &position, QMimeData *mime)
{
    QDragEnterEvent enter(position, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    QDropEvent dropped(QPointF(position), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &dropped);
}

QPushButton *importButton(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    for (QAbstractButton *button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

} // namespace

class DeviceTableViewTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dropCsvUrlImportsInventory();
    void dropCsvWithProblemsImportsNothing();
    void dropTemplateOnRows();
    void scanSelectsDevice();

private:
    void writeFile(const QString &name, const QByteArray &content);

    QTemporaryDir *m_directory = nullptr;
    bench::BenchService *m_bench = nullptr;
    models::DeviceTableModel *m_model = nullptr;
    models::DeviceFilterProxyModel *m_proxy = nullptr;
    ui::DeviceTableView *m_view = nullptr;
};

void DeviceTableViewTest::init()
{
    m_directory = new QTemporaryDir;
    QVERIFY(workspace::Workspace::init(m_directory->path()).ok());
    // init writes a sample inventory; start from an empty one.
    writeFile(QStringLiteral("inventory.csv"), "mac,serial,hostname\n");
    m_bench = new bench::BenchService;
    QVERIFY(m_bench->openWorkspace(m_directory->path()).ok());
    m_model = new models::DeviceTableModel(m_bench->devices());
    m_proxy = new models::DeviceFilterProxyModel;
    m_proxy->setSourceModel(m_model);
    m_view = new ui::DeviceTableView(m_bench);
    m_view->setModel(m_proxy);
    m_view->resize(900, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void DeviceTableViewTest::cleanup()
{
    delete m_view;
    delete m_proxy;
    delete m_model;
    delete m_bench;
    delete m_directory;
}

void DeviceTableViewTest::writeFile(const QString &name, const QByteArray &content)
{
    QFile file(m_directory->filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

void DeviceTableViewTest::dropCsvUrlImportsInventory()
{
    writeFile(QStringLiteral("rack.csv"), "\xef\xbb\xbfSerial Number;Host Name;site\r\nFOC1;leaf1;\"Hall 3; B\"\r\nFOC2;leaf2;A\r\n");
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(m_directory->filePath(QStringLiteral("rack.csv")))});
    drop(m_view->viewport(), QPoint(20, 20), mime);

    ui::InventoryImportDialog *dialog = m_view->importDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // The first preview row contains the mapping boxes, then come the data rows.
    QCOMPARE(dialog->preview()->columnCount(), 3);
    QCOMPARE(dialog->preview()->rowCount(), 3);
    QCOMPARE(dialog->preview()->item(1, 2)->text(), QStringLiteral("Hall 3; B"));
    QCOMPARE(dialog->problemList()->count(), 0);
    QVERIFY(importButton(dialog)->isEnabled());

    importButton(dialog)->click();
    const workspace::Inventory &inventory = m_bench->workspace()->inventory();
    QCOMPARE(inventory.entries().size(), 2);
    QCOMPARE(inventory.findBySerial(QStringLiteral("FOC2"))->hostname, QStringLiteral("leaf2"));
    QCOMPARE(inventory.findBySerial(QStringLiteral("FOC1"))->variables.value(QStringLiteral("site")).toString(),
             QStringLiteral("Hall 3; B"));
    delete mime;
}

void DeviceTableViewTest::dropCsvWithProblemsImportsNothing()
{
    writeFile(QStringLiteral("bad.csv"), "mac,hostname\n00:1c:73:00:00:01,a\nnot-a-mac,b\n00:1c:73:00:00:01,c\n");
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(m_directory->filePath(QStringLiteral("bad.csv")))});
    drop(m_view->viewport(), QPoint(20, 20), mime);

    ui::InventoryImportDialog *dialog = m_view->importDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->problemList()->count(), 2);
    QVERIFY(dialog->problemList()->item(0)->text().contains(QLatin1String("line 3, column 'mac'")));
    QVERIFY(dialog->problemList()->item(1)->text().contains(QLatin1String("line 4, column 'mac'")));
    QVERIFY(!importButton(dialog)->isEnabled());

    // Mapping the MAC column away leaves no key column: still a problem, still nothing imported.
    dialog->setColumnMapping(0, {workspace::InventoryField::Ignore, {}});
    QVERIFY(dialog->problemList()->item(0)->text().contains(QLatin1String("neither a 'mac' nor a 'serial'")));
    QVERIFY(!importButton(dialog)->isEnabled());
    QCOMPARE(m_bench->workspace()->inventory().entries().size(), 0);
    delete mime;
}

void DeviceTableViewTest::dropTemplateOnRows()
{
    for (int i = 1; i <= 3; ++i) {
        devices::Device device;
        device.mac = QByteArray::fromHex("001c73000000");
        device.mac[5] = char(i);
        device.hostname = QStringLiteral("sw-%1").arg(i);
        m_bench->devices()->upsert(device);
    }
    m_view->sortByColumn(models::DeviceTableModel::MacColumn, Qt::AscendingOrder);
    QCOMPARE(m_proxy->rowCount(), 3);
    writeFile(QStringLiteral("templates/leaf.j2"), "hostname {{ hostname }}\n");
    writeFile(QStringLiteral("templates/spine.j2"), "hostname {{ hostname }}\n");

    m_view->selectionModel()->select(m_proxy->index(0, 0),
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_view->selectionModel()->select(m_proxy->index(1, 0),
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);

    // Dropped on a selected row: every selected row gets the template.
    auto *mime = new QMimeData;
    mime->setData(ui::editor::templateMimeType, "leaf.j2");
    drop(m_view->viewport(), m_view->visualRect(m_proxy->index(0, 1)).center(), mime);
    QCOMPARE(m_bench->devices()->at(0).templateName, QStringLiteral("leaf.j2"));
    QCOMPARE(m_bench->devices()->at(1).templateName, QStringLiteral("leaf.j2"));
    QVERIFY(m_bench->devices()->at(2).templateName.isEmpty());

    // Dropped on an unselected row: that row only.
    mime->setData(ui::editor::templateMimeType, "spine.j2");
    drop(m_view->viewport(), m_view->visualRect(m_proxy->index(2, 1)).center(), mime);
    QCOMPARE(m_bench->devices()->at(2).templateName, QStringLiteral("spine.j2"));
    QCOMPARE(m_bench->devices()->at(0).templateName, QStringLiteral("leaf.j2"));

    // A template that is not in the workspace is rejected with a message naming it.
    QSignalSpy failed(m_view, &ui::DeviceTableView::actionFailed);
    mime->setData(ui::editor::templateMimeType, "missing.j2");
    drop(m_view->viewport(), m_view->visualRect(m_proxy->index(2, 1)).center(), mime);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QLatin1String("missing.j2")));
    QCOMPARE(m_bench->devices()->at(2).templateName, QStringLiteral("spine.j2"));
    delete mime;
}

void DeviceTableViewTest::scanSelectsDevice()
{
    for (int i = 1; i <= 2; ++i) {
        devices::Device device;
        device.mac = QByteArray::fromHex("001c73000000");
        device.mac[5] = char(i);
        device.serial = QStringLiteral("FOC%1").arg(i);
        m_bench->devices()->upsert(device);
    }

    QVERIFY(m_view->selectScanned(QStringLiteral(" foc2\r")));
    QCOMPARE(m_view->selectedMacs(), QList<QByteArray>({QByteArray::fromHex("001c73000002")}));
    QCOMPARE(m_view->currentIndex().data(models::DeviceTableModel::MacRole).toByteArray(),
             QByteArray::fromHex("001c73000002"));
    QVERIFY(m_view->selectScanned(QStringLiteral("001C.7300.0001")));
    QCOMPARE(m_view->selectedMacs(), QList<QByteArray>({QByteArray::fromHex("001c73000001")}));
    QVERIFY(!m_view->selectScanned(QStringLiteral("FOC9")));
    QVERIFY(!m_view->selectScanned(QString()));
}

QTEST_MAIN(DeviceTableViewTest)
#include "tst_devicetableview.moc"
