#include "bench/benchservice.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ztp;

// Runs on the offscreen platform (QT_QPA_PLATFORM=offscreen, set by CTest).
class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startNeedsChosenInterface();
    void dhcpEventAddsRow();
    void storedDevicesShowOnOpen();
    void secondClaimOfWorkspaceIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<bench::BenchService> m_bench;
};

void MainWindowTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(workspace::Workspace::init(m_dir->path()).ok());
    m_bench = std::make_unique<bench::BenchService>();
    QVERIFY(m_bench->openWorkspace(m_dir->path()).ok());
}

void MainWindowTest::cleanup()
{
    m_bench.reset();
    m_dir.reset();
}

void MainWindowTest::startNeedsChosenInterface()
{
    ui::MainWindow window(m_bench.get());
    window.show();

    // Nothing is preselected in a new workspace, so the services cannot start by accident.
    QCOMPARE(window.interfaceBox()->currentIndex(), 0);
    QVERIFY(window.interfaceBox()->currentData().toString().isEmpty());
    QVERIFY(!window.startStopAction()->isEnabled());
    QVERIFY(!m_bench->isRunning());
}

void MainWindowTest::dhcpEventAddsRow()
{
    ui::MainWindow window(m_bench.get());
    window.show();
    QAbstractItemModel *model = window.deviceView()->model();
    QCOMPARE(model->rowCount(), 0);

    // The path a DISCOVER takes: the DHCP server reports the exchange to the bench.
    dhcp::DhcpExchange exchange;
    exchange.time = QDateTime::currentDateTimeUtc();
    exchange.requestType = dhcp::MessageType::Discover;
    exchange.replyType = dhcp::MessageType::Offer;
    exchange.mac = QByteArray::fromHex("001c731a2b3c");
    exchange.vendorClass = QStringLiteral("ciscopnp");
    exchange.address = QHostAddress(QStringLiteral("10.0.0.23"));
    m_bench->applyExchange(exchange);

    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("00:1c:73:1a:2b:3c"));
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("ciscopnp"));
}

void MainWindowTest::storedDevicesShowOnOpen()
{
    devices::Device device;
    device.mac = QByteArray::fromHex("001c73000099");
    device.hostname = QStringLiteral("stored-switch");
    device.firstSeen = device.lastSeen = QDateTime::currentDateTimeUtc();
    m_bench->history()->saveDevice(device);
    QVERIFY(m_bench->openWorkspace(m_dir->path()).ok());

    ui::MainWindow window(m_bench.get());
    QCOMPARE(window.deviceView()->model()->rowCount(), 1);
    QCOMPARE(window.deviceView()->model()->index(0, 2).data().toString(), QStringLiteral("stored-switch"));
}

void MainWindowTest::secondClaimOfWorkspaceIsRefused()
{
    QVERIFY(m_bench->claimWorkspace().ok());

    // A second application on the same workspace: it may read, but not claim it.
    bench::BenchService second;
    QVERIFY(second.openWorkspace(m_dir->path()).ok());
    const Status refused = second.claimWorkspace();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorString().contains(QStringLiteral("in use by another ZTP Workbench")),
             qPrintable(refused.errorString()));
    QVERIFY2(refused.errorString().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(refused.errorString()));

    // Stopping the services keeps the claim; opening another workspace gives it up.
    m_bench->stop();
    QVERIFY(!second.claimWorkspace().ok());
    QTemporaryDir other;
    QVERIFY(workspace::Workspace::init(other.path()).ok());
    QVERIFY(m_bench->openWorkspace(other.path()).ok());
    QVERIFY(second.claimWorkspace().ok());
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
