#include "bench/benchservice.h"
#include "editor/codeeditor.h"
#include "editor/confighighlighter.h"
#include "editor/findreplacebar.h"
#include "editor/templateeditorwidget.h"
#include "editor/templatelistwidget.h"
#include "editor/variablepalette.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace ztp;

// The template editor docked in the main window, on the offscreen platform, with a real
// workspace and history.sqlite in a temporary folder.
class TemplateEditorTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void droppedVariableInsertsText();
    void previewFollowsSelectedDevice();
    void previewDiffsLastSent();
    void templateDroppedOnRowsAssigns();
    void outsideChangeReloads();
    void saveStoresRevision();
    void lintTableListsMissing();
    void replaceAllReplaces();
    void highlighterMarksJinja();

private:
    void write(const QString &relativePath, const QByteArray &content);
    void addDevice(const QByteArray &mac, const QString &hostname, const QString &configSha256 = {});
    int rowOf(ui::MainWindow &window, const QString &key) const;
    static void drop(QWidget *target, const QPoint &position, QMimeData *data);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<bench::BenchService> m_bench;
};

void TemplateEditorTest::write(const QString &relativePath, const QByteArray &content)
{
    const QString path = QDir(m_dir->path()).filePath(relativePath);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

void TemplateEditorTest::addDevice(const QByteArray &mac, const QString &hostname,
                                   const QString &configSha256)
{
    devices::Device device;
    device.mac = mac;
    device.hostname = hostname;
    device.configSha256 = configSha256;
    device.firstSeen = device.lastSeen = QDateTime::currentDateTimeUtc();
    m_bench->history()->saveDevice(device);
}

int TemplateEditorTest::rowOf(ui::MainWindow &window, const QString &key) const
{
    QAbstractItemModel *model = window.deviceView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == key)
            return row;
    }
    return -1;
}

// Delivers a drag enter, move and drop at one point, as a mouse drag would end there.
void TemplateEditorTest::drop(QWidget *target, const QPoint &position, QMimeData *data)
{
    QDragEnterEvent enter(position, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDragMoveEvent move(position, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    QDropEvent dropEvent(QPointF(position), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
}

void TemplateEditorTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(workspace::Workspace::init(m_dir->path()).ok());
    write(QStringLiteral("templates/default.j2"), "hostname {{ hostname }}\n");
    write(QStringLiteral("templates/leaf.j2"), "hostname {{ hostname }}\ninterface {{ uplink }}\n");
    m_bench = std::make_unique<bench::BenchService>();
    QVERIFY(m_bench->openWorkspace(m_dir->path()).ok());
}

void TemplateEditorTest::cleanup()
{
    m_bench.reset();
    m_dir.reset();
}

void TemplateEditorTest::droppedVariableInsertsText()
{
    ui::MainWindow window(m_bench.get());
    window.show();
    ui::editor::TemplateEditorWidget *editor = window.templateEditor();
    QCOMPARE(editor->currentTemplateName(), QStringLiteral("default.j2"));
    editor->editor()->setPlainText(QStringLiteral("hostname \nend\n"));

    ui::editor::VariablePalette *palette = editor->variablePalette();
    QVERIFY(palette->names().contains(QStringLiteral("serial")));
    const QList<QListWidgetItem *> items = palette->findItems(QStringLiteral("serial"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QMimeData *data = palette->model()->mimeData({palette->indexFromItem(items.first())});
    QVERIFY(data);

    // Drop just after "hostname " on the first line.
    QTextCursor at(editor->editor()->document());
    at.setPosition(9);
    const QPoint point = editor->editor()->cursorRect(at).center();
    drop(editor->editor()->viewport(), point, data);
    delete data;

    QCOMPARE(editor->editor()->toPlainText(), QStringLiteral("hostname {{ serial }}\nend\n"));
}

void TemplateEditorTest::previewFollowsSelectedDevice()
{
    addDevice(QByteArray::fromHex("001c73000001"), QStringLiteral("leaf-one"));
    addDevice(QByteArray::fromHex("001c73000002"), QStringLiteral("leaf-two"));
    QVERIFY(m_bench->openWorkspace(m_dir->path()).ok());
    ui::MainWindow window(m_bench.get());
    window.show();
    ui::editor::TemplateEditorWidget *editor = window.templateEditor();
    QTableView *view = window.deviceView();

    view->selectionModel()->setCurrentIndex(view->model()->index(rowOf(window, QStringLiteral("00:1c:73:00:00:01")), 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(editor->previewDeviceKey(), QStringLiteral("00:1c:73:00:00:01"));
    QCOMPARE(editor->previewView()->toPlainText(), QStringLiteral("hostname leaf-one"));

    view->selectionModel()->setCurrentIndex(view->model()->index(rowOf(window, QStringLiteral("00:1c:73:00:00:02")), 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(editor->previewView()->toPlainText(), QStringLiteral("hostname leaf-two"));

    // Typing renders again after a short pause, without saving. Like Jinja2, the engine drops
    // the template's final newline.
    editor->editor()->moveCursor(QTextCursor::End);
    editor->editor()->insertPlainText(QStringLiteral("ip domain-name {{ mac }}\n"));
    QTRY_COMPARE(editor->previewView()->toPlainText(),
                 QStringLiteral("hostname leaf-two\nip domain-name 00:1c:73:00:00:02"));
}

void TemplateEditorTest::previewDiffsLastSent()
{
    const QByteArray sent = "hostname old-name\nntp server 10.0.0.1\n";
    const QString sentSha = QString::fromLatin1(QCryptographicHash::hash(sent, QCryptographicHash::Sha256).toHex());
    addDevice(QByteArray::fromHex("001c73000001"), QStringLiteral("leaf-one"), sentSha);
    QVERIFY(m_bench->revisions()->saveRenderedConfiguration(QStringLiteral("00:1c:73:00:00:01"),
                                                            QStringLiteral("default.j2"),
                                                            QStringLiteral("00"), sent).ok());
    QVERIFY(m_bench->openWorkspace(m_dir->path()).ok());
    ui::MainWindow window(m_bench.get());
    window.show();
    ui::editor::TemplateEditorWidget *editor = window.templateEditor();
    editor->editor()->setPlainText(QStringLiteral("hostname {{ hostname }}\nntp server 10.0.0.1\n"));

    QTableView *view = window.deviceView();
    view->selectionModel()->setCurrentIndex(view->model()->index(0, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(editor->diffView()->toPlainText(),
             QStringLiteral("- hostname old-name\n+ hostname leaf-one\n  ntp server 10.0.0.1\n"));
}

void TemplateEditorTest::templateDroppedOnRowsAssigns()
{
    addDevice(QByteArray::fromHex("001c73000001"), QStringLiteral("leaf-one"));
    addDevice(QByteArray::fromHex("001c73000002"), QStringLiteral("leaf-two"));
    addDevice(QByteArray::fromHex("001c73000003"), QStringLiteral("leaf-three"));
    QVERIFY(m_bench->openWorkspace(m_dir->path()).ok());
    ui::MainWindow window(m_bench.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::editor::TemplateListWidget *list = window.templateEditor()->templateList();
    QTableView *view = window.deviceView();
    const int first = rowOf(window, QStringLiteral("00:1c:73:00:00:01"));
    const int second = rowOf(window, QStringLiteral("00:1c:73:00:00:02"));
    const int third = rowOf(window, QStringLiteral("00:1c:73:00:00:03"));

    // Two rows selected, dropped on one of them: both get the template.
    view->selectionModel()->select(view->model()->index(first, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(second, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<QListWidgetItem *> leaf = list->findItems(QStringLiteral("leaf.j2"), Qt::MatchExactly);
    QCOMPARE(leaf.size(), 1);
    std::unique_ptr<QMimeData> data(list->model()->mimeData({list->indexFromItem(leaf.first())}));
    drop(view->viewport(), view->visualRect(view->model()->index(second, 1)).center(), data.get());

    QCOMPARE(m_bench->devices()->find(QByteArray::fromHex("001c73000001"))->templateName, QStringLiteral("leaf.j2"));
    QCOMPARE(m_bench->devices()->find(QByteArray::fromHex("001c73000002"))->templateName, QStringLiteral("leaf.j2"));
    QVERIFY(m_bench->devices()->find(QByteArray::fromHex("001c73000003"))->templateName.isEmpty());

    // Dropped on a row outside the selection: only that device.
    const QList<QListWidgetItem *> fallback = list->findItems(QStringLiteral("default.j2"), Qt::MatchExactly);
    std::unique_ptr<QMimeData> other(list->model()->mimeData({list->indexFromItem(fallback.first())}));
    drop(view->viewport(), view->visualRect(view->model()->index(third, 1)).center(), other.get());
    QCOMPARE(m_bench->devices()->find(QByteArray::fromHex("001c73000003"))->templateName, QStringLiteral("default.j2"));
    QCOMPARE(m_bench->devices()->find(QByteArray::fromHex("001c73000001"))->templateName, QStringLiteral("leaf.j2"));
}

void TemplateEditorTest::outsideChangeReloads()
{
    ui::MainWindow window(m_bench.get());
    ui::editor::TemplateEditorWidget *editor = window.templateEditor();
    QCOMPARE(editor->templateList()->templateNames(),
             (QStringList{QStringLiteral("default.j2"), QStringLiteral("leaf.j2")}));

    write(QStringLiteral("templates/spine.j2"), "hostname {{ hostname }}\n");
    QTRY_VERIFY(editor->templateList()->templateNames().contains(QStringLiteral("spine.j2")));

    write(QStringLiteral("templates/default.j2"), "hostname {{ hostname }}\nend\n");
    QTRY_COMPARE(editor->editor()->toPlainText(), QStringLiteral("hostname {{ hostname }}\nend\n"));
}

void TemplateEditorTest::saveStoresRevision()
{
    ui::MainWindow window(m_bench.get());
    ui::editor::TemplateEditorWidget *editor = window.templateEditor();
    editor->editor()->setPlainText(QStringLiteral("hostname {{ hostname }}\nntp server 10.0.0.1\n"));
    QVERIFY(editor->save().ok());

    QFile file(QDir(m_dir->path()).filePath(QStringLiteral("templates/default.j2")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QCOMPARE(saved, QByteArray("hostname {{ hostname }}\nntp server 10.0.0.1\n"));
    const auto revisions = m_bench->revisions()->revisions(QStringLiteral("default.j2"));
    QVERIFY(revisions.ok());
    QCOMPARE(revisions->size(), 1);
    QCOMPARE(revisions->first().sha256,
             QString::fromLatin1(QCryptographicHash::hash(saved, QCryptographicHash::Sha256).toHex()));
    QVERIFY(!editor->editor()->document()->isModified());
}

void TemplateEditorTest::lintTableListsMissing()
{
    addDevice(QByteArray::fromHex("001c73000001"), QStringLiteral("leaf-one"));
    QVERIFY(m_bench->openWorkspace(m_dir->path()).ok());
    QVERIFY(m_bench->assignTemplate(QByteArray::fromHex("001c73000001"), QStringLiteral("leaf.j2")).ok());
    ui::MainWindow window(m_bench.get());
    ui::editor::TemplateEditorWidget *editor = window.templateEditor();

    editor->runLint();
    QTableWidget *table = editor->lintTable();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("00:1c:73:00:00:01"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("leaf.j2"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("uplink"));

    write(QStringLiteral("templates/leaf.j2"), "hostname {{ hostname }\n");
    editor->runLint();
    QVERIFY2(table->item(0, 3)->text().startsWith(QStringLiteral("leaf.j2:1:")),
             qPrintable(table->item(0, 3)->text()));
}

void TemplateEditorTest::replaceAllReplaces()
{
    ui::MainWindow window(m_bench.get());
    ui::editor::TemplateEditorWidget *editor = window.templateEditor();
    editor->editor()->setPlainText(QStringLiteral("vlan 10\nvlan 20\nVLAN 30\n"));
    editor->findBar()->findField()->setText(QStringLiteral("vlan"));
    editor->findBar()->replaceField()->setText(QStringLiteral("no vlan"));

    QCOMPARE(editor->findBar()->replaceAll(), 3);
    QCOMPARE(editor->editor()->toPlainText(), QStringLiteral("no vlan 10\nno vlan 20\nno vlan 30\n"));
    editor->editor()->undo();
    QCOMPARE(editor->editor()->toPlainText(), QStringLiteral("vlan 10\nvlan 20\nVLAN 30\n"));
}

void TemplateEditorTest::highlighterMarksJinja()
{
    QTextDocument document;
    ui::editor::ConfigHighlighter highlighter(&document);
    document.setPlainText(QStringLiteral("interface {{ uplink }}\n{# note\nstill #}\n"));
    highlighter.rehighlight();

    const auto formatAt = [&document](int blockNumber, int column) {
        const QTextBlock block = document.findBlockByNumber(blockNumber);
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (column >= range.start && column < range.start + range.length)
                return range.format;
        }
        return QTextCharFormat();
    };
    QCOMPARE(formatAt(0, 0).foreground(), highlighter.keywordFormat().foreground());
    QCOMPARE(formatAt(0, 12).foreground(), highlighter.expressionFormat().foreground());
    QVERIFY(formatAt(2, 0).fontItalic()); // inside the comment that began on the line before
}

QTEST_MAIN(TemplateEditorTest)
#include "tst_templateeditor.moc"
