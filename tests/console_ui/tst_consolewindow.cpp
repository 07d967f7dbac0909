// The console window's parts: the VT100 screen model, the hex dump, and the window itself
// driving the simulated device CLI over a socat pty pair, down to the history it stores.

#include "bench/benchservice.h"
#include "console/consolewindow.h"
#include "console/hexview.h"
#include "console/terminalscreen.h"
#include "console/terminalwidget.h"
#include "mainwindow.h"
#include "serialtestsupport.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace ztp;
using namespace ztp::ui;

namespace {

// The expected screen lines of a data row, separated by '|'.
QStringList rows(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char('|'));
}

} // namespace

class ConsoleWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void screenText_data();
    void screenText();
    void screenColours();
    void screenScrollback();
    void hexDumpLine();
    void menuOpensWindow();
    void terminalSessionStored();
};

void ConsoleWindowTest::screenText_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QPoint>("cursor");

    QTest::newRow("plain") << QByteArray("Switch>") << rows("Switch>") << QPoint(7, 0);
    QTest::newRow("crlf") << QByteArray("a\r\nb") << rows("a|b") << QPoint(1, 1);
    QTest::newRow("backspace overwrite") << QByteArray("abc\b\bX") << rows("aXc") << QPoint(2, 0);
    QTest::newRow("pager erase") << QByteArray(" --More-- \b\b\b\b\b\b\b\b\b\b          \b\b\b\b\b\b\b\b\b\bnext")
                                 << rows("next") << QPoint(4, 0);
    QTest::newRow("cursor position") << QByteArray("\x1b[2;3Hx") << rows("|  x") << QPoint(3, 1);
    QTest::newRow("cursor moves") << QByteArray("abcd\x1b[2D\x1b[BZ") << rows("abcd|  Z") << QPoint(3, 1);
    QTest::newRow("erase line right") << QByteArray("abcdef\x1b[3D\x1b[K") << rows("abc") << QPoint(3, 0);
    QTest::newRow("erase display") << QByteArray("one\r\ntwo\x1b[2J") << rows("|") << QPoint(3, 1);
    QTest::newRow("tab") << QByteArray("a\tb") << rows("a       b") << QPoint(9, 0);
    QTest::newRow("wrap") << QByteArray("0123456789AB") << rows("0123456789|AB") << QPoint(2, 1);
    QTest::newRow("save restore") << QByteArray("ab\x1b" "7\r\nxyz\x1b" "8c") << rows("abc|xyz") << QPoint(3, 0);
    QTest::newRow("private mode ignored") << QByteArray("\x1b[?25lok") << rows("ok") << QPoint(2, 0);
}

void ConsoleWindowTest::screenText()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, lines);
    QFETCH(QPoint, cursor);

    TerminalScreen screen(10, 4);
    screen.feed(input);

    for (int index = 0; index < lines.size(); ++index)
        QCOMPARE(screen.lineText(index), lines.at(index));
    QCOMPARE(screen.cursor(), cursor);
}

void ConsoleWindowTest::screenColours()
{
    TerminalScreen screen(20, 4);
    screen.feed("\x1b[1;31mE\x1b[0mn\x1b[44;92mG");

    QCOMPARE(screen.line(0).at(0).foreground, quint8(1));
    QVERIFY(screen.line(0).at(0).bold);
    QCOMPARE(screen.line(0).at(1).foreground, TerminalCell::DefaultColor);
    QVERIFY(!screen.line(0).at(1).bold);
    QCOMPARE(screen.line(0).at(2).background, quint8(4));
    QCOMPARE(screen.line(0).at(2).foreground, quint8(10));
}

void ConsoleWindowTest::screenScrollback()
{
    TerminalScreen screen(20, 3, 5);
    for (int line = 0; line < 12; ++line)
        screen.feed(QByteArray("line ") + QByteArray::number(line) + "\r\n");

    QCOMPARE(screen.scrollbackSize(), 5);
    QCOMPARE(screen.lineCount(), 8);
    QCOMPARE(screen.lineText(0), QStringLiteral("line 5"));
    QCOMPARE(screen.lineText(6), QStringLiteral("line 11"));
}

void ConsoleWindowTest::hexDumpLine()
{
    const QDateTime time(QDate(2026, 1, 2), QTime(3, 4, 5, 678));
    const QStringList lines = HexView::formatChunk(time, true, QByteArray("enable\r\n0123456789ABCDEF"));

    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("03:04:05.678 TX 0000  65 6e 61 62 6c 65 0d 0a 30 31 32 33 34 35 36 37  enable..01234567"));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("03:04:05.678 TX 0010  38 39 41 42")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("  89ABCDEF")));
}

void ConsoleWindowTest::menuOpensWindow()
{
    bench::BenchService bench;
    MainWindow window(&bench);

    QAction *consoleAction = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Console cable..."))
            consoleAction = action;
    }
    QVERIFY(consoleAction);
    consoleAction->trigger();

    auto *console = window.findChild<ConsoleWindow *>();
    QVERIFY(console);
    QVERIFY(console->isVisible());
    QVERIFY(console->profileBox()->findText(QStringLiteral("cisco-ios")) >= 0);
    QVERIFY(!console->pushButton()->isEnabled());
}

// Types at the simulated switch through the terminal, reads its serial number from a typed
// 'show version', pushes the device's configuration with the button, and checks what the
// window stored in history.sqlite.
void ConsoleWindowTest::terminalSessionStored()
{
    if (QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty())
        QSKIP("socat is not installed (Debian package socat)");

    QTemporaryDir directory;
    const QString root = directory.filePath(QStringLiteral("bench"));
    const auto workspace = workspace::Workspace::init(root);
    QVERIFY(workspace.ok());
    QFile inventory(workspace->inventoryPath());
    QVERIFY(inventory.open(QIODevice::WriteOnly | QIODevice::Truncate));
    inventory.write("mac,serial,hostname,site\n00:1c:73:1a:2b:3c,FOC1234X0YZ,sw1,lab\n");
    inventory.close();
    bench::BenchService bench;
    QVERIFY(bench.openWorkspace(root).ok());

    serialtest::PtyPair pty(directory.path());
    QVERIFY(pty.start());
    serialtest::DeviceSimulator device;
    QVERIFY(device.start({QStringLiteral("--tty"), pty.devicePath()}));

    auto *window = new ConsoleWindow(&bench);
    window->show();
    window->portBox()->setCurrentText(pty.appPath());
    window->profileBox()->setCurrentText(QStringLiteral("cisco-ios"));
    window->connectButton()->click();
    QVERIFY2(window->port()->isOpen(), qPrintable(window->statusLabel()->text()));

    // Wait for the simulator's prompt first: characters typed before it reads the pty are lost,
    // as on a real console, and a loaded CI machine can take seconds to start it.
    // The simulator may flush its input when it opens the pty, so press Return until it answers.
    bool prompted = false;
    for (int attempt = 0; attempt < 20 && !prompted; ++attempt) {
        QTest::keyClick(window->terminal(), Qt::Key_Return);
        prompted = QTest::qWaitFor(
            [&] { return window->terminal()->selectedText().contains(QStringLiteral("Switch>")); }, 1000);
    }
    QVERIFY2(prompted, qPrintable(window->terminal()->selectedText().right(400)));
    QTest::keyClicks(window->terminal(), QStringLiteral("enable"));
    QTest::keyClick(window->terminal(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window->terminal()->selectedText().contains(QStringLiteral("Switch#")), 15000);
    QTest::keyClicks(window->terminal(), QStringLiteral("terminal length 0"));
    QTest::keyClick(window->terminal(), Qt::Key_Return);
    QTest::keyClicks(window->terminal(), QStringLiteral("show version"));
    QTest::keyClick(window->terminal(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window->deviceField()->text(), QStringLiteral("FOC1234X0YZ"), 5000);

    QVERIFY(window->pushButton()->isEnabled());
    window->pushButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(window->statusLabel()->text().startsWith(QStringLiteral("Pushed")), 30000);

    window->close();
    delete window;

    const QList<storage::HistoryEvent> events = bench.history()->events(QStringLiteral("00:1c:73:1a:2b:3c"));
    QStringList kinds;
    for (const storage::HistoryEvent &event : events)
        kinds.append(event.kind);
    QVERIFY2(kinds.contains(QStringLiteral("console.push")), qPrintable(kinds.join(u',')));
    QVERIFY2(kinds.contains(QStringLiteral("console.session")), qPrintable(kinds.join(u',')));
    for (const storage::HistoryEvent &event : events) {
        if (event.kind == QStringLiteral("console.session"))
            QVERIFY(event.details.value(QStringLiteral("transcript")).toString().contains(QStringLiteral("Switch#show version")));
    }
}

QTEST_MAIN(ConsoleWindowTest)
#include "tst_consolewindow.moc"
