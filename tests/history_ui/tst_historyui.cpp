#include "bench/benchservice.h"
#include "history/exportdialog.h"
#include "history/historyactions.h"
#include "history/historydialog.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ztp;

// The history window, the export dialog and the backup and purge actions on the offscreen
// platform, over a workspace whose history is the version-1 fixture (two devices, four events).
class HistoryUiTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void searchFiltersEvents();
    void searchByTimeRange();
    void selectingEventShowsTimeline();
    void exportWritesPdfWithProgress();
    void exportSelectedDevicesOnly();
    void exportEvidencePack();
    void exportWithoutOutputFails();
    void backupAndPurgeActions();
    void mainWindowHasHistoryMenu();
    void lockedHistoryShowsWarning();

private:
    QStringList csvMacs(const QString &path) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<bench::BenchService> m_bench;
};

void HistoryUiTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(workspace::Workspace::init(m_dir->path()).ok());
    const QString history = m_dir->filePath(QStringLiteral("history.sqlite"));
    QFile::remove(history);
    QVERIFY(QFile::copy(QStringLiteral(ZTPW_TEST_DATA_DIR "/storage/history-v1.sqlite"), history));
    QFile::setPermissions(history, QFile::ReadOwner | QFile::WriteOwner);
    m_bench = std::make_unique<bench::BenchService>();
    const Status opened = m_bench->openWorkspace(m_dir->path());
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
}

void HistoryUiTest::cleanup()
{
    m_bench.reset();
    m_dir.reset();
}

QStringList HistoryUiTest::csvMacs(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList macs;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            macs.append(QString::fromLatin1(lines.at(i).split(',').first()));
    }
    return macs;
}

void HistoryUiTest::searchFiltersEvents()
{
    ui::HistoryDialog dialog(m_bench.get());
    dialog.show();
    QAbstractItemModel *model = dialog.eventView()->model();
    QCOMPARE(model->rowCount(), 4);

    dialog.deviceField()->setText(QStringLiteral("00-1C-73-00-00-02"));
    dialog.search();
    QCOMPARE(model->rowCount(), 1);

    dialog.deviceField()->clear();
    const int kindIndex = dialog.kindBox()->findData(QStringLiteral("tftp.transfer"));
    QVERIFY(kindIndex > 0);
    dialog.kindBox()->setCurrentIndex(kindIndex);
    QCOMPARE(model->rowCount(), 1);

    dialog.kindBox()->setCurrentIndex(0);
    dialog.textField()->setText(QStringLiteral("ACK"));
    dialog.search();
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, 3).data().toString().contains(QStringLiteral("ACK")));
}

void HistoryUiTest::searchByTimeRange()
{
    ui::HistoryDialog dialog(m_bench.get());
    dialog.fromCheck()->setChecked(true);
    dialog.fromEdit()->setDateTime(QDateTime(QDate(2026, 3, 1), QTime(8, 0, 1), Qt::UTC));
    dialog.toCheck()->setChecked(true);
    dialog.toEdit()->setDateTime(QDateTime(QDate(2026, 3, 1), QTime(8, 4), Qt::UTC));
    dialog.search();
    // The 08:00:01 request (the start is inclusive) and the 08:01:00 discover; 08:00:00 and
    // 08:05:00 are outside.
    QCOMPARE(dialog.eventView()->model()->rowCount(), 2);
}

void HistoryUiTest::selectingEventShowsTimeline()
{
    ui::HistoryDialog dialog(m_bench.get());
    dialog.show();
    dialog.eventView()->selectRow(0);
    QCOMPARE(dialog.timeline()->topLevelItemCount(), 3);
    QCOMPARE(dialog.timeline()->topLevelItem(0)->text(1), QStringLiteral("+00:00:00"));
    QCOMPARE(dialog.timeline()->topLevelItem(2)->text(1), QStringLiteral("+00:05:00"));
    QCOMPARE(dialog.timeline()->topLevelItem(2)->text(2), QStringLiteral("tftp.transfer"));
}

void HistoryUiTest::exportWritesPdfWithProgress()
{
    ui::ExportDialog dialog(m_bench.get(), {});
    QSignalSpy finished(&dialog, &ui::ExportDialog::exportFinished);
    const QString output = m_dir->filePath(QStringLiteral("out.pdf"));
    dialog.outputField()->setText(output);
    dialog.startExport();
    QVERIFY(dialog.progressDialog());
    QCOMPARE(dialog.progressDialog()->maximum(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-1.4"));
}

void HistoryUiTest::exportSelectedDevicesOnly()
{
    ui::ExportDialog dialog(m_bench.get(), {QStringLiteral("00:1c:73:00:00:02")});
    QVERIFY(dialog.selectedOnlyCheck()->isChecked());
    QSignalSpy finished(&dialog, &ui::ExportDialog::exportFinished);
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(ui::ExportDialog::CsvReport));
    const QString output = m_dir->filePath(QStringLiteral("selected.csv"));
    dialog.outputField()->setText(output);
    dialog.startExport();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(finished.first().at(0).toBool());
    QCOMPARE(csvMacs(output), QStringList {QStringLiteral("00:1c:73:00:00:02")});

    // Unticked, the site filter applies instead.
    dialog.selectedOnlyCheck()->setChecked(false);
    dialog.siteField()->setText(QStringLiteral("Hall 3"));
    const QString bySite = m_dir->filePath(QStringLiteral("site.csv"));
    dialog.outputField()->setText(bySite);
    dialog.startExport();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QCOMPARE(csvMacs(bySite), QStringList {QStringLiteral("00:1c:73:00:00:01")});
}

void HistoryUiTest::exportEvidencePack()
{
    ui::ExportDialog dialog(m_bench.get(), {});
    QSignalSpy finished(&dialog, &ui::ExportDialog::exportFinished);
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(ui::ExportDialog::EvidencePack));
    const QString pack = m_dir->filePath(QStringLiteral("pack"));
    dialog.outputField()->setText(pack);
    dialog.startExport();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    for (const char *name : {"report.pdf", "SHA256SUMS", "SHA256SUMS.sig", "configs/00-1c-73-00-00-01.cfg"})
        QVERIFY2(QFile::exists(QDir(pack).filePath(QLatin1String(name))), name);
}

void HistoryUiTest::exportWithoutOutputFails()
{
    ui::ExportDialog dialog(m_bench.get(), {});
    QSignalSpy finished(&dialog, &ui::ExportDialog::exportFinished);
    dialog.startExport();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("Choose where")));
}

void HistoryUiTest::backupAndPurgeActions()
{
    QWidget window;
    ui::HistoryActions actions(m_bench.get(), &window, {});
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    const Status status = actions.backupTo(backup);
    QVERIFY2(status.ok(), qPrintable(status.errorString()));
    QVERIFY(QFile::exists(backup));

    const auto purged = actions.purgeOlderThan(0);
    QVERIFY2(purged.ok(), qPrintable(purged.errorString()));
    QCOMPARE(*purged, QStringLiteral("Deleted 4 events and 2 devices older than 0 days."));
    QCOMPARE(m_bench->history()->events().size(), 0);
}

void HistoryUiTest::mainWindowHasHistoryMenu()
{
    ui::MainWindow window(m_bench.get());
    QVERIFY(window.historyActions());
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QVERIFY2(menus.contains(QStringLiteral("&History")), qPrintable(menus.join(QLatin1Char(' '))));
    QVERIFY(window.historyActions()->searchAction()->isEnabled());
}

void HistoryUiTest::lockedHistoryShowsWarning()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("sqlite3 is not installed (installer/debian-packages.txt lists it)");
    ui::MainWindow window(m_bench.get());
    QSignalSpy warnings(window.historyActions(), &ui::HistoryActions::historyWarningChanged);

    // A database browser keeps the write lock while the bench records a DHCP exchange.
    QProcess shell;
    shell.start(sqlite3, {m_dir->filePath(QStringLiteral("history.sqlite"))});
    QVERIFY(shell.waitForStarted());
    shell.write("BEGIN EXCLUSIVE;\nSELECT 'holding';\n");
    QVERIFY(shell.waitForReadyRead(5000));

    dhcp::DhcpExchange exchange;
    exchange.time = QDateTime::currentDateTimeUtc();
    exchange.requestType = dhcp::MessageType::Discover;
    exchange.replyType = dhcp::MessageType::Offer;
    exchange.mac = QByteArray::fromHex("001c731a2b3c");
    m_bench->applyExchange(exchange);

    QTRY_COMPARE_WITH_TIMEOUT(warnings.size(), 1, 5000);
    QVERIFY(warnings.first().first().toString().contains(QStringLiteral("locked by another program")));
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Warning:")));

    shell.write("COMMIT;\n.quit\n");
    shell.closeWriteChannel();
    QVERIFY(shell.waitForFinished(5000));
    QTRY_COMPARE_WITH_TIMEOUT(warnings.size(), 2, 10000);
    QVERIFY(warnings.last().first().toString().isEmpty());
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
    QVERIFY(m_bench->historyWriter()->waitForWritten(std::chrono::seconds(5)));
    QCOMPARE(m_bench->history()->events(QStringLiteral("00:1c:73:1a:2b:3c")).size(), 1);
}

QTEST_MAIN(HistoryUiTest)
#include "tst_historyui.moc"
