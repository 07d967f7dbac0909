#include "bench/benchservice.h"
#include "dhcp/optionexportdialog.h"
#include "dhcp/rogueserverbanner.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace ztp;

// The export dialog and the rogue DHCP server banner of the main window, on the offscreen
// platform. rogueBannerNamesRealServer needs a network namespace with dnsmasq on the segment and
// runs only under rogue_banner_e2e.sh, which sets ZTPW_ROGUE_INTERFACE and the expected values.
class DhcpWidgetsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportDialogShowsSnippet();
    void exportDialogRejectsBadAddress();
    void bannerShowsReportedServer();
    void rogueBannerNamesRealServer();

private:
    ui::OptionExportDialog *openExportDialog(ui::MainWindow &window);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<bench::BenchService> m_bench;
};

void DhcpWidgetsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(workspace::Workspace::init(m_dir->path()).ok());
    m_bench = std::make_unique<bench::BenchService>();
    QVERIFY(m_bench->openWorkspace(m_dir->path()).ok());
}

void DhcpWidgetsTest::cleanup()
{
    m_bench.reset();
    m_dir.reset();
}

ui::OptionExportDialog *DhcpWidgetsTest::openExportDialog(ui::MainWindow &window)
{
    window.dhcpExportAction()->trigger();
    return window.findChild<ui::OptionExportDialog *>();
}

void DhcpWidgetsTest::exportDialogShowsSnippet()
{
    ui::MainWindow window(m_bench.get());
    window.show();
    ui::OptionExportDialog *dialog = openExportDialog(window);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Long profile titles must not stretch the dialog past a laptop screen.
    QVERIFY2(dialog->minimumSizeHint().width() < 1000, qPrintable(QString::number(dialog->minimumSizeHint().width())));

    dialog->serverField()->setText(QStringLiteral("192.0.2.1"));
    dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(QStringLiteral("kea")));
    dialog->profileBox()->setCurrentIndex(dialog->profileBox()->findData(QStringLiteral("juniper")));

    // The same text as `ztpw dhcp export --format kea --profile juniper --server 192.0.2.1`.
    QFile golden(QStringLiteral(ZTPW_TEST_DATA_DIR "/dhcp_export/juniper.kea.json"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QCOMPARE(dialog->exportedText(), QString::fromUtf8(golden.readAll()));
    QVERIFY(dialog->message().isEmpty());

    auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyButton"));
    QVERIFY(copy);
    QVERIFY(copy->isEnabled());
    QApplication::clipboard()->clear();
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), dialog->exportedText());
}

void DhcpWidgetsTest::exportDialogRejectsBadAddress()
{
    ui::MainWindow window(m_bench.get());
    ui::OptionExportDialog *dialog = openExportDialog(window);
    QVERIFY(dialog);

    dialog->serverField()->setText(QStringLiteral("bench.local"));
    QVERIFY(dialog->exportedText().isEmpty());
    QVERIFY2(dialog->message().contains(QStringLiteral("'bench.local' is not an IPv4 address")),
             qPrintable(dialog->message()));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("copyButton"))->isEnabled());
}

void DhcpWidgetsTest::bannerShowsReportedServer()
{
    ui::MainWindow window(m_bench.get());
    window.show();
    ui::RogueServerBanner *banner = window.rogueServerBanner();
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    emit m_bench->rogueServerDetected(QStringLiteral("eth1"), QHostAddress(QStringLiteral("192.168.1.1")),
                                      QByteArray::fromHex("001122334455"),
                                      QHostAddress(QStringLiteral("192.168.1.50")));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("192.168.1.1 (MAC 00:11:22:33:44:55) answers on eth1 and offered 192.168.1.50")),
             qPrintable(banner->text()));

    // A second report of the same server updates its line instead of adding one.
    emit m_bench->rogueServerDetected(QStringLiteral("eth1"), QHostAddress(QStringLiteral("192.168.1.1")),
                                      QByteArray::fromHex("001122334455"),
                                      QHostAddress(QStringLiteral("192.168.1.51")));
    QCOMPARE(banner->text().count(QStringLiteral("192.168.1.1 (MAC")), 1);
    QVERIFY(banner->text().contains(QStringLiteral("offered 192.168.1.51")));

    banner->findChild<QAbstractButton *>(QStringLiteral("rogueServerDismiss"))->click();
    QVERIFY(!banner->isVisible());
}

void DhcpWidgetsTest::rogueBannerNamesRealServer()
{
    const QString interfaceName = qEnvironmentVariable("ZTPW_ROGUE_INTERFACE");
    if (interfaceName.isEmpty())
        QSKIP("needs a namespace with a second DHCP server; run by rogue_banner_e2e.sh");
    const QString server = qEnvironmentVariable("ZTPW_ROGUE_SERVER");
    const QString mac = qEnvironmentVariable("ZTPW_ROGUE_MAC");
    const QString pool = qEnvironmentVariable("ZTPW_ROGUE_POOL"); // "first-last" of the bench

    QFile settings(m_bench->workspace()->settingsPath());
    QVERIFY(settings.open(QIODevice::WriteOnly | QIODevice::Truncate));
    settings.write(QStringLiteral("{ \"dhcp\": { \"poolFirst\": \"%1\", \"poolLast\": \"%2\", "
                                  "\"rogueProbeSeconds\": 1 },"
                                  " \"http\": { \"port\": 0, \"httpsPort\": 0 }, \"syslog\": { \"port\": 0 } }")
                       .arg(pool.section(QLatin1Char('-'), 0, 0), pool.section(QLatin1Char('-'), 1, 1))
                       .toUtf8());
    settings.close();
    QVERIFY(m_bench->openWorkspace(m_dir->path()).ok());

    ui::MainWindow window(m_bench.get());
    window.show();
    QVERIFY(window.selectInterface(interfaceName));
    window.toggleServices();
    QVERIFY(m_bench->isRunning());

    ui::RogueServerBanner *banner = window.rogueServerBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    const QString text = banner->text();
    QVERIFY2(text.contains(QStringLiteral("%1 (MAC %2) answers on %3").arg(server, mac, interfaceName)),
             qPrintable(text));
    m_bench->stop();
}

QTEST_MAIN(DhcpWidgetsTest)
#include "tst_dhcpwidgets.moc"
