// The bench side of a console push. It covers finding the device by serial number or MAC,
// storing the push with its transcript in a real history.sqlite and updating the device record.
// It also runs the headless `ztpw console push` against the simulated device CLI behind a socat
// pty pair.

#include "bench/benchservice.h"
#include "serial/consolebench.h"
#include "serial/consoleport.h"
#include "serial/consolepush.h"
#include "serialtestsupport.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ztp;
using namespace ztp::serial;
using namespace serialtest;

namespace {

const QString SwitchMac = QStringLiteral("00:1c:73:1a:2b:3c");
const QString SwitchSerial = QStringLiteral("FOC1234X0YZ");

// 1 hostname line and 2 lines for each of 150 VLANs: 301 lines in configuration mode.
const char Template[] = "hostname {{ hostname }}\n"
                        "{% for vlan in range(100, 250) %}"
                        "vlan {{ vlan }}\n"
                        " name {{ site }}-{{ vlan }}\n"
                        "{% endfor %}";

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

class ConsoleBenchTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void deviceFound_data();
    void deviceFound();
    void unknownDeviceNamed();
    void pushStoredInHistory();
    void cliPushSucceeds();
    void cliPushReportsRejectedLine();
    void cliPushMissingOptionNamed();

private:
    void startDevice(const QStringList &arguments);
    int runZtpw(const QStringList &arguments, QString *output, QString *errors);

    std::unique_ptr<QTemporaryDir> m_directory;
    QString m_workspace;
    std::unique_ptr<PtyPair> m_pty;
    std::unique_ptr<DeviceSimulator> m_device;
};

void ConsoleBenchTest::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty())
        QSKIP("socat is not installed (Debian package socat)");
}

void ConsoleBenchTest::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    m_workspace = m_directory->filePath(QStringLiteral("bench"));
    const auto workspace = workspace::Workspace::init(m_workspace);
    QVERIFY2(workspace.ok(), qPrintable(workspace.errorString()));
    QVERIFY(writeFile(workspace->templatesPath() + QStringLiteral("/default.j2"), Template));
    QVERIFY(writeFile(workspace->inventoryPath(),
                      "mac,serial,hostname,site\n"
                      "00:1c:73:1a:2b:3c,FOC1234X0YZ,sw1,lab\n"
                      ",FOC5555A1BC,sw2,lab\n"
                      "00:1c:73:00:00:09,,sw3,lab\n"));
    m_pty = std::make_unique<PtyPair>(m_directory->path());
    m_device = std::make_unique<DeviceSimulator>();
}

void ConsoleBenchTest::cleanup()
{
    m_device.reset();
    m_pty.reset();
    m_directory.reset();
}

void ConsoleBenchTest::startDevice(const QStringList &arguments)
{
    QVERIFY(m_pty->start());
    QVERIFY(m_device->start(QStringList {QStringLiteral("--tty"), m_pty->devicePath(),
                                         QStringLiteral("--serial"), SwitchSerial}
                            + arguments));
}

int ConsoleBenchTest::runZtpw(const QStringList &arguments, QString *output, QString *errors)
{
    QProcess ztpw;
    ztpw.start(QStringLiteral(ZTPW_CLI_PATH), arguments);
    if (!ztpw.waitForFinished(60000)) {
        ztpw.kill();
        ztpw.waitForFinished(3000);
        return -1;
    }
    *output = QString::fromUtf8(ztpw.readAllStandardOutput());
    *errors = QString::fromUtf8(ztpw.readAllStandardError());
    return ztpw.exitCode();
}

void ConsoleBenchTest::deviceFound_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("historyKey");
    QTest::addColumn<QString>("hostname");

    QTest::newRow("mac") << SwitchMac << SwitchMac << "sw1";
    QTest::newRow("cisco dotted mac") << "001c.731a.2b3c" << SwitchMac << "sw1";
    QTest::newRow("dashed upper-case mac") << "00-1C-73-1A-2B-3C" << SwitchMac << "sw1";
    QTest::newRow("serial") << SwitchSerial << SwitchMac << "sw1";
    QTest::newRow("serial in lower case") << "foc1234x0yz" << SwitchMac << "sw1";
    QTest::newRow("serial without mac") << "FOC5555A1BC" << "FOC5555A1BC" << "sw2";
    QTest::newRow("mac without serial") << "00:1c:73:00:00:09" << "00:1c:73:00:00:09" << "sw3";
}

void ConsoleBenchTest::deviceFound()
{
    QFETCH(QString, key);
    QFETCH(QString, historyKey);
    QFETCH(QString, hostname);

    bench::BenchService bench;
    QVERIFY(bench.openWorkspace(m_workspace).ok());
    const auto device = findConsoleDevice(bench, key);

    QVERIFY2(device.ok(), qPrintable(device.errorString()));
    QCOMPARE(device->historyKey, historyKey);
    QCOMPARE(device->device.hostname, hostname);
    QVERIFY(!device->inRegistry);
}

void ConsoleBenchTest::unknownDeviceNamed()
{
    bench::BenchService bench;
    QVERIFY(bench.openWorkspace(m_workspace).ok());

    const auto device = findConsoleDevice(bench, QStringLiteral("JAE0000XXXX"));

    QVERIFY(!device.ok());
    QVERIFY2(device.errorString().contains(QStringLiteral("JAE0000XXXX")), qPrintable(device.errorString()));
    QVERIFY(!findConsoleDevice(bench, QStringLiteral("  ")).ok());
}

void ConsoleBenchTest::pushStoredInHistory()
{
    startDevice({});
    bench::BenchService bench;
    QVERIFY(bench.openWorkspace(m_workspace).ok());
    auto device = findConsoleDevice(bench, SwitchSerial);
    QVERIFY(device.ok());
    const auto configuration = bench.renderConfiguration(device->device);
    QVERIFY2(configuration.ok(), qPrintable(configuration.errorString()));

    const auto profile = ConsoleProfile::load(QStringLiteral("cisco-ios"));
    ConsolePort port;
    QVERIFY(port.open(m_pty->appPath(), profile->line).ok());
    PushOptions options;
    options.expectedSerial = device->device.serial;
    ConsolePushSession session(&port, *profile, options);
    QSignalSpy finished(&session, &ConsolePushSession::finished);
    session.start(configuration->text);
    QVERIFY(finished.wait(60000));
    QVERIFY2(session.result().success, qPrintable(session.result().error));
    QCOMPARE(session.result().linesSent, 301);

    const ConsolePushRecord record {port.portName(), profile->name, profile->line.toString(),
                                    configuration->templateName, configuration->sha256,
                                    port.transcript().toText()};
    const auto id = recordConsolePush(bench, device.value(), session.result(), record);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));

    // A second bench on the same workspace reads what the first one stored in history.sqlite.
    bench::BenchService reopened;
    QVERIFY(reopened.openWorkspace(m_workspace).ok());
    const QList<storage::HistoryEvent> events = reopened.history()->events(SwitchMac);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).kind, QStringLiteral("console.push"));
    QCOMPARE(events.at(0).details.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
    QCOMPARE(events.at(0).details.value(QStringLiteral("serialNumber")).toString(), SwitchSerial);
    QCOMPARE(events.at(0).details.value(QStringLiteral("sha256")).toString(), configuration->sha256);
    const QString transcript = events.at(0).details.value(QStringLiteral("transcript")).toString();
    QVERIFY(transcript.contains(QStringLiteral("Switch(config-vlan)#vlan 249")));
    QVERIFY(transcript.contains(QStringLiteral("Processor board ID FOC1234X0YZ")));

    const auto stored = reopened.devices()->find(platform::parseMac(SwitchMac));
    QVERIFY(stored.has_value());
    QCOMPARE(stored->state, devices::DeviceState::ConfigurationSent);
    QCOMPARE(stored->configSha256, configuration->sha256);
    QCOMPARE(stored->serial, SwitchSerial);
}

void ConsoleBenchTest::cliPushSucceeds()
{
    startDevice({});
    QString output;
    QString errors;

    const int exitCode = runZtpw({QStringLiteral("console"), QStringLiteral("push"), QStringLiteral("--workspace"),
                                  m_workspace, QStringLiteral("--port"), m_pty->appPath(),
                                  QStringLiteral("--device"), SwitchMac, QStringLiteral("--profile"),
                                  QStringLiteral("cisco-ios")},
                                 &output, &errors);

    QVERIFY2(exitCode == 0, qPrintable(errors));
    QVERIFY2(output.contains(QStringLiteral("Pushed 301 lines")), qPrintable(output));
    QVERIFY2(output.contains(SwitchSerial), qPrintable(output));
    bench::BenchService bench;
    QVERIFY(bench.openWorkspace(m_workspace).ok());
    const QList<storage::HistoryEvent> events = bench.history()->events(SwitchMac);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).kind, QStringLiteral("console.push"));
}

void ConsoleBenchTest::cliPushReportsRejectedLine()
{
    startDevice({QStringLiteral("--error-line"), QStringLiteral("4")});
    QString output;
    QString errors;

    const int exitCode = runZtpw({QStringLiteral("console"), QStringLiteral("push"), QStringLiteral("--workspace"),
                                  m_workspace, QStringLiteral("--port"), m_pty->appPath(),
                                  QStringLiteral("--device"), SwitchSerial},
                                 &output, &errors);

    QCOMPARE(exitCode, 1);
    QVERIFY2(errors.contains(QStringLiteral("Rejected line 4: vlan 101")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("Switch(config-vlan)#vlan 101\n")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("  ^\n% Invalid input detected at '^' marker.")), qPrintable(errors));
    bench::BenchService bench;
    QVERIFY(bench.openWorkspace(m_workspace).ok());
    const QList<storage::HistoryEvent> events = bench.history()->events(SwitchMac);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).details.value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
    QCOMPARE(events.at(0).details.value(QStringLiteral("failedLineNumber")).toInt(), 4);
    QCOMPARE(bench.devices()->find(platform::parseMac(SwitchMac))->state, devices::DeviceState::Failed);
}

void ConsoleBenchTest::cliPushMissingOptionNamed()
{
    QString output;
    QString errors;

    const int exitCode = runZtpw({QStringLiteral("console"), QStringLiteral("push"), QStringLiteral("--workspace"),
                                  m_workspace, QStringLiteral("--device"), SwitchMac},
                                 &output, &errors);

    QCOMPARE(exitCode, 2);
    QVERIFY2(errors.contains(QStringLiteral("--port")), qPrintable(errors));
}

QTEST_GUILESS_MAIN(ConsoleBenchTest)
#include "tst_consolebench.moc"
