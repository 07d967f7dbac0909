// The paced push against the simulated device CLI (devicesim.py) behind a socat pty pair: a
// 2,000-line configuration with and without pacing, a rejected line, pagers, confirmations,
// login, a slow command, the serial-number check, BREAK, DTR/RTS, reconnection and baud-rate
// detection.

#include "serial/bauddetector.h"
#include "serial/consoleport.h"
#include "serial/consoleprofile.h"
#include "serial/consolepush.h"
#include "serialtestsupport.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>
#include <optional>

using namespace ztp::serial;
using namespace std::chrono_literals;
using namespace serialtest;

namespace {

constexpr int PushTimeoutMs = 90000;

QStringList recordedLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The record as written, blank lines included.
QByteArray recordedBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList configurationLines(const QByteArray &configuration)
{
    return QString::fromLatin1(configuration).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// What a finished push leaves in the simulator's record: the configuration, then the 'end'
// that takes the console out of configuration mode.
QStringList pushedLines(const QByteArray &configuration)
{
    return configurationLines(configuration) << QStringLiteral("end");
}

QByteArray transcriptBytes(const ConsoleTranscript &transcript, ConsoleTranscript::Direction direction)
{
    QByteArray bytes;
    for (const ConsoleTranscript::Chunk &chunk : transcript.chunks()) {
        if (chunk.direction == direction)
            bytes += chunk.data;
    }
    return bytes;
}

} // namespace

class ConsolePushTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pacedPushArrivesIntact();
    void unpacedPasteLosesCharacters();
    void rejectedLineStopsPush();
    void pagerAndSerialNumber();
    void confirmationsAnswered();
    void loginStepsUseCredentials();
    void loginRejectedNamed();
    void leftInConfigurationMode();
    void missingPasswordNamed();
    void wrongSerialStopsBeforeConfiguring();
    void slowLineTimesOut();
    void bannerTextSentWithoutPrompts();
    void eosBannerEndsAtEof();
    void unclosedBannerRejectedBeforeSending();
    void textBlockWithPromptStops();
    void abortInsideBannerClosesIt();
    void abortFromProgressStops();
    void utf8BannerEchoMatches();
    void characterDelayStillArrives();
    void abortStopsPush();
    void breakHeldForDuration();
    void modemLinesOnPty();
    void reconnectsWhenPortReturns();
    void pushResumesWhenPortReturns();
    void bannerResumesFromOpeningLine();
    void bannerResumesOnDeviceInTextEntry();
    void partialLineErasedOnResume();
    void pushStopsOnOtherDevice();
    void pushFailsWhenPortStaysAway();
    void baudRateDetected();
    void openMissingPortNamed();

private:
    // Starts socat and the simulator with `arguments`, then opens the app's end.
    void startDevice(const QStringList &arguments);
    PushResult push(const QByteArray &configuration, const PushOptions &options);
    // Starts a device that keeps its state while only the adapter comes and goes: the simulator
    // on a pseudo-terminal of its own, and socat as the USB adapter between it and the app's path.
    void startStatefulDevice(QProcess &adapter);
    bool plugAdapter(QProcess &adapter);
    // Pushes, and `delay` after `unplugAfter` lines are acknowledged runs `unplug`, then `replug`
    // 300 ms later.
    PushResult pushWithDropout(const QByteArray &configuration, const PushOptions &options, int unplugAfter,
                               std::chrono::milliseconds delay, const std::function<void()> &unplug,
                               const std::function<void()> &replug);
    // Pushes through the stateful device's adapter, which is pulled `delay` after `unplugAfter`
    // lines are acknowledged and plugged back 300 ms later.
    PushResult pushThroughAdapterDrop(QProcess &adapter, const QByteArray &configuration, const PushOptions &options,
                                      int unplugAfter, std::chrono::milliseconds delay);
    // Pushes, pulls the cable once `unplugAfter` lines are acknowledged and, unless `returning`
    // is empty, plugs a device started with those arguments back in 300 ms later.
    PushResult pushWithUnplug(const QByteArray &configuration, const PushOptions &options, int unplugAfter,
                              const std::optional<QStringList> &returning);

    ConsoleProfile m_profile;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<PtyPair> m_pty;
    std::unique_ptr<DeviceSimulator> m_device;
    std::unique_ptr<ConsolePort> m_port;
    QString m_recordPath;
};

void ConsolePushTest::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty())
        QSKIP("socat is not installed (Debian package socat)");

    const auto profile = ConsoleProfile::load(QStringLiteral("cisco-ios"));
    QVERIFY2(profile.ok(), qPrintable(profile.errorString()));
    m_profile = *profile;
}

void ConsolePushTest::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    m_recordPath = m_directory->filePath(QStringLiteral("received.txt"));
    m_pty = std::make_unique<PtyPair>(m_directory->path());
    m_device = std::make_unique<DeviceSimulator>();
    m_port = std::make_unique<ConsolePort>();
}

void ConsolePushTest::cleanup()
{
    m_port.reset();
    m_device.reset();
    m_pty.reset();
    m_directory.reset();
}

void ConsolePushTest::startDevice(const QStringList &arguments)
{
    QVERIFY(m_pty->start());
    QVERIFY(m_device->start(QStringList {QStringLiteral("--tty"), m_pty->devicePath(),
                                         QStringLiteral("--record"), m_recordPath}
                            + arguments));
    const ztp::Status opened = m_port->open(m_pty->appPath(), m_profile.line);
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
}

PushResult ConsolePushTest::push(const QByteArray &configuration, const PushOptions &options)
{
    ConsolePushSession session(m_port.get(), m_profile, options);
    QSignalSpy finished(&session, &ConsolePushSession::finished);
    session.start(configuration);
    // A configuration rejected before anything is sent finishes within start().
    if (finished.isEmpty() && !finished.wait(PushTimeoutMs))
        session.abort();
    return session.result();
}

void ConsolePushTest::startStatefulDevice(QProcess &adapter)
{
    QVERIFY(m_device->start({QStringLiteral("--own-pty"), m_directory->filePath(QStringLiteral("device-pty")),
                             QStringLiteral("--record"), m_recordPath}));
    QVERIFY(waitForPath(m_directory->filePath(QStringLiteral("device-pty"))));
    adapter.setStandardErrorFile(QProcess::nullDevice());
    QVERIFY(plugAdapter(adapter));
    QVERIFY(m_port->open(m_pty->appPath(), m_profile.line).ok());
    m_port->setReconnectInterval(100ms);
}

PushResult ConsolePushTest::pushThroughAdapterDrop(QProcess &adapter, const QByteArray &configuration,
                                                   const PushOptions &options, int unplugAfter,
                                                   std::chrono::milliseconds delay)
{
    const auto unplug = [&adapter] {
        adapter.terminate();
        adapter.waitForFinished(3000);
    };
    const PushResult result = pushWithDropout(configuration, options, unplugAfter, delay, unplug,
                                              [this, &adapter] { QVERIFY(plugAdapter(adapter)); });
    unplug();
    return result;
}

bool ConsolePushTest::plugAdapter(QProcess &adapter)
{
    adapter.start(QStringLiteral("socat"),
                  {QStringLiteral("pty,raw,echo=0,link=%1").arg(m_pty->appPath()),
                   QStringLiteral("file:%1,raw,echo=0,b9600").arg(m_directory->filePath(QStringLiteral("device-pty")))});
    return adapter.waitForStarted(5000) && waitForPath(m_pty->appPath());
}

PushResult ConsolePushTest::pushWithUnplug(const QByteArray &configuration, const PushOptions &options,
                                           int unplugAfter, const std::optional<QStringList> &returning)
{
    const auto unplug = [this] {
        m_device->stop();
        m_pty->stop();
    };
    const auto replug = [this, returning] {
        if (!returning)
            return;
        QVERIFY(m_pty->start());
        QVERIFY(m_device->start(QStringList {QStringLiteral("--tty"), m_pty->devicePath(),
                                             QStringLiteral("--record"), m_recordPath}
                                + *returning));
    };
    return pushWithDropout(configuration, options, unplugAfter, 0ms, unplug, replug);
}

PushResult ConsolePushTest::pushWithDropout(const QByteArray &configuration, const PushOptions &options,
                                            int unplugAfter, std::chrono::milliseconds delay,
                                            const std::function<void()> &unplug,
                                            const std::function<void()> &replug)
{
    m_port->setReconnectInterval(100ms);
    ConsolePushSession session(m_port.get(), m_profile, options);
    QSignalSpy finished(&session, &ConsolePushSession::finished);

    // The progress signal comes before the next line is written: without a delay, that line
    // meets a dead port, and with one it is cut off part way.
    bool unplugged = false;
    const auto dropOut = [&] {
        unplug();
        QTimer::singleShot(300ms, &session, replug);
    };
    QObject::connect(&session, &ConsolePushSession::progress, &session, [&](int sent, int) {
        if (unplugged || sent != unplugAfter)
            return;
        unplugged = true;
        if (delay.count() == 0)
            dropOut();
        else
            QTimer::singleShot(delay, &session, dropOut);
    });

    session.start(configuration);
    if (finished.isEmpty() && !finished.wait(PushTimeoutMs))
        session.abort();
    return session.result();
}

void ConsolePushTest::pacedPushArrivesIntact()
{
    startDevice({QStringLiteral("--buffer"), QStringLiteral("64")});
    const QByteArray configuration = generatedConfiguration(2000);

    const PushResult result = push(configuration, PushOptions());

    QVERIFY2(result.success, qPrintable(result.error));
    QCOMPARE(result.linesTotal, 2000);
    QCOMPARE(result.linesSent, 2000);
    QCOMPARE(result.serialNumber, QStringLiteral("FOC1234X0YZ"));
    QCOMPARE(recordedLines(m_recordPath), pushedLines(configuration));
    QVERIFY(m_port->transcript().toText().contains(QStringLiteral("Switch(config-if)#")));
}

// The same configuration written at once, as a terminal paste does, overruns the device's
// 64-byte input FIFO while it executes a line: this is what pacing prevents, and it shows
// that the intact-arrival check above can fail.
void ConsolePushTest::unpacedPasteLosesCharacters()
{
    startDevice({QStringLiteral("--buffer"), QStringLiteral("64")});
    const QByteArray configuration = generatedConfiguration(2000);
    PushOptions options;
    options.paced = false;
    options.quietPeriod = 1500ms;

    push(configuration, options);

    const QStringList received = recordedLines(m_recordPath);
    QVERIFY(!received.isEmpty());
    QVERIFY(received != configurationLines(configuration));
    QVERIFY2(received.size() < 1000, qPrintable(QString::number(received.size())));
}

void ConsolePushTest::rejectedLineStopsPush()
{
    startDevice({QStringLiteral("--error-line"), QStringLiteral("60")});
    const QByteArray configuration = generatedConfiguration(200);
    const QStringList lines = configurationLines(configuration);

    const PushResult result = push(configuration, PushOptions());

    QVERIFY(!result.success);
    QCOMPARE(result.failedLineNumber, 60);
    QCOMPARE(result.failedLine, lines.at(59));
    QCOMPARE(result.linesSent, 59);
    QVERIFY2(result.deviceError.startsWith(QStringLiteral("Switch(config-vlan)#") + lines.at(59) + u'\n'),
             qPrintable(result.deviceError));
    QVERIFY2(result.deviceError.contains(QStringLiteral("^\n% Invalid input detected at '^' marker.")),
             qPrintable(result.deviceError));
    QVERIFY2(result.error.contains(QStringLiteral("line 60")), qPrintable(result.error));
    QCOMPARE(recordedLines(m_recordPath).size(), 60);
}

// With paging left on, 'show version' stops at --More--; the push sends a space and still reads
// the serial number from the second page.
void ConsolePushTest::pagerAndSerialNumber()
{
    m_profile.pagingOffCommand.clear();
    startDevice({QStringLiteral("--serial"), QStringLiteral("FOC9999Z1AB")});

    ConsolePushSession session(m_port.get(), m_profile, PushOptions());
    QSignalSpy serial(&session, &ConsolePushSession::serialNumberRead);
    QSignalSpy finished(&session, &ConsolePushSession::finished);
    session.start("hostname sw-paged\n");
    QVERIFY(finished.wait(PushTimeoutMs));

    QVERIFY2(session.result().success, qPrintable(session.result().error));
    QCOMPARE(serial.size(), 1);
    QCOMPARE(serial.at(0).at(0).toString(), QStringLiteral("FOC9999Z1AB"));
    QVERIFY(transcriptBytes(m_port->transcript(), ConsoleTranscript::Direction::Received).contains("--More--"));
}

void ConsolePushTest::confirmationsAnswered()
{
    startDevice({QStringLiteral("--factory-dialog")});
    const QByteArray configuration = "hostname sw-keys\n"
                                     "ip domain-name example.net\n"
                                     "crypto key generate rsa modulus 2048\n"
                                     "ip ssh version 2\n";
    PushOptions options;
    options.save = true;

    const PushResult result = push(configuration, options);

    QVERIFY2(result.success, qPrintable(result.error));
    QCOMPARE(result.linesSent, 4);
    const QString transcript = m_port->transcript().toText();
    QVERIFY(transcript.contains(QStringLiteral("Generating 2048 bit RSA keys")));
    QVERIFY(transcript.contains(QStringLiteral("Building configuration...")));
    QCOMPARE(recordedLines(m_recordPath), pushedLines(configuration));
}

void ConsolePushTest::loginStepsUseCredentials()
{
    startDevice({QStringLiteral("--login"), QStringLiteral("admin:s3cret")});
    PushOptions options;
    options.username = QStringLiteral("admin");
    options.password = QStringLiteral("s3cret");

    const PushResult result = push("hostname sw-login\n", options);

    QVERIFY2(result.success, qPrintable(result.error));
    QCOMPARE(recordedLines(m_recordPath), pushedLines("hostname sw-login\n"));
    QVERIFY(!m_port->transcript().toText().contains(QStringLiteral("s3cret")));
}

void ConsolePushTest::loginRejectedNamed()
{
    startDevice({QStringLiteral("--login"), QStringLiteral("admin:s3cret")});
    PushOptions options;
    options.username = QStringLiteral("admin");
    options.password = QStringLiteral("wrong");

    const PushResult result = push("hostname sw-login\n", options);

    QVERIFY(!result.success);
    QVERIFY2(result.error.contains(QStringLiteral("rejected the login of user 'admin'")), qPrintable(result.error));
    QVERIFY(recordedLines(m_recordPath).isEmpty());
}

// A console left in configuration mode is taken back to privileged mode with the profile's
// abandon command before the push starts over from there.
void ConsolePushTest::leftInConfigurationMode()
{
    startDevice({QStringLiteral("--start-mode"), QStringLiteral("config")});

    const PushResult result = push("hostname sw-stale\n", PushOptions());

    QVERIFY2(result.success, qPrintable(result.error));
    QCOMPARE(result.serialNumber, QStringLiteral("FOC1234X0YZ"));
    QCOMPARE(recordedLines(m_recordPath), QStringList {QStringLiteral("end")} + pushedLines("hostname sw-stale\n"));
}

void ConsolePushTest::missingPasswordNamed()
{
    startDevice({QStringLiteral("--login"), QStringLiteral("admin:s3cret")});
    PushOptions options;
    options.username = QStringLiteral("admin");

    const PushResult result = push("hostname sw-login\n", options);

    QVERIFY(!result.success);
    QVERIFY2(result.error.contains(QStringLiteral("ZTPW_CONSOLE_PASSWORD")), qPrintable(result.error));
    QVERIFY(recordedLines(m_recordPath).isEmpty());
}

void ConsolePushTest::wrongSerialStopsBeforeConfiguring()
{
    startDevice({QStringLiteral("--serial"), QStringLiteral("FOC1111A1AA")});
    PushOptions options;
    options.expectedSerial = QStringLiteral("FOC2222B2BB");

    const PushResult result = push(generatedConfiguration(20), options);

    QVERIFY(!result.success);
    QCOMPARE(result.serialNumber, QStringLiteral("FOC1111A1AA"));
    QVERIFY2(result.error.contains(QStringLiteral("FOC2222B2BB")), qPrintable(result.error));
    QCOMPARE(result.linesSent, 0);
    QVERIFY(recordedLines(m_recordPath).isEmpty());
}

void ConsolePushTest::slowLineTimesOut()
{
    startDevice({QStringLiteral("--slow"), QStringLiteral("spanning-tree"), QStringLiteral("--slow-ms"),
                 QStringLiteral("1500")});
    PushOptions options;
    options.lineTimeout = 500ms;

    const PushResult result = push("hostname sw-slow\nspanning-tree mode rapid-pvst\nvlan 10\n", options);

    QVERIFY(!result.success);
    QCOMPARE(result.failedLineNumber, 2);
    QCOMPARE(result.failedLine, QStringLiteral("spanning-tree mode rapid-pvst"));
    QVERIFY2(result.error.contains(QStringLiteral("500 ms")), qPrintable(result.error));
}

// IOS reads banner text without a prompt until the delimiter; blank and '!' lines inside are
// text and go out as well. A push that waited for a prompt after 'banner motd ^C' timed out.
void ConsolePushTest::bannerTextSentWithoutPrompts()
{
    startDevice({});
    PushOptions options;
    options.lineTimeout = 2000ms;
    const QByteArray banner = "banner motd ^C\n"
                              "Authorized access only.\n"
                              "\n"
                              "! Disconnect now if you are not.\n"
                              "   indented\n"
                              "Router#\n"
                              "^C\n";
    const QByteArray configuration = "hostname sw-banner\n" + banner
        + "banner login #One line.#\n! a comment outside the banner\n\nvlan 20\n";

    const PushResult result = push(configuration, options);

    QVERIFY2(result.success, qPrintable(result.error));
    QCOMPARE(result.linesTotal, 10);
    QCOMPARE(result.linesSent, 10);
    QCOMPARE(recordedBytes(m_recordPath),
             "hostname sw-banner\n" + banner + "banner login #One line.#\nvlan 20\nend\n");
}

// EOS reads 'banner login' text up to a line 'EOF'; a line that only contains "EOF" among
// other words is text.
void ConsolePushTest::eosBannerEndsAtEof()
{
    startDevice({QStringLiteral("--eos-banners")});
    const auto restore = qScopeGuard([this, saved = m_profile] { m_profile = saved; });
    const auto eos = ConsoleProfile::load(QStringLiteral("arista-eos"));
    QVERIFY2(eos.ok(), qPrintable(eos.errorString()));
    m_profile = *eos;
    PushOptions options;
    options.lineTimeout = 2000ms;
    const QByteArray configuration = "hostname leaf-1\nbanner login\nLab switch.\n\nNot EOF yet.\nEOF\nvlan 40\n";

    const PushResult result = push(configuration, options);

    QVERIFY2(result.success, qPrintable(result.error));
    QCOMPARE(result.linesSent, 7);
    QCOMPARE(recordedBytes(m_recordPath), configuration + "end\n");
}

// The device would take every line after an unclosed banner as text, the rest of the
// configuration included, so nothing is sent.
void ConsolePushTest::unclosedBannerRejectedBeforeSending()
{
    startDevice({});

    const PushResult result = push("hostname sw-open\nbanner exec %\nWelcome.\nvlan 30\n", PushOptions());

    QVERIFY(!result.success);
    QCOMPARE(result.linesSent, 0);
    QVERIFY2(result.error.contains(QStringLiteral("Line 2 'banner exec %'")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("'%'")), qPrintable(result.error));
    QCOMPARE(m_port->transcript().sentBytes(), 0);
    QVERIFY(recordedLines(m_recordPath).isEmpty());
}

// A profile that expects text after a command to which the device replies with its prompt:
// the lines meant as text are not run as commands.
void ConsolePushTest::textBlockWithPromptStops()
{
    startDevice({});
    const auto restore = qScopeGuard([this, saved = m_profile] { m_profile = saved; });
    m_profile.textBlocks = {{QRegularExpression(QStringLiteral("^snmp-server contact$")),
                             QRegularExpression(QStringLiteral("^EOF$")),
                             QRegularExpression(QStringLiteral("Enter TEXT"))}};

    const PushResult result = push("hostname sw-text\nsnmp-server contact\nreload\nEOF\n", PushOptions());

    QVERIFY(!result.success);
    QCOMPARE(result.failedLineNumber, 2);
    QVERIFY2(result.error.contains(QStringLiteral("prompt again")), qPrintable(result.error));
    QCOMPARE(recordedLines(m_recordPath), QStringList({QStringLiteral("hostname sw-text"),
                                                       QStringLiteral("snmp-server contact")}));
}

// A push aborted inside a banner sends the closing line, so the device is at its prompt again
// and the next push on the same console succeeds.
void ConsolePushTest::abortInsideBannerClosesIt()
{
    startDevice({});
    const QByteArray configuration = "hostname sw-abort\nbanner motd #\nLine one.\nLine two.\n#\nvlan 60\n";

    ConsolePushSession aborted(m_port.get(), m_profile, PushOptions());
    QSignalSpy abortedFinished(&aborted, &ConsolePushSession::finished);
    QObject::connect(&aborted, &ConsolePushSession::progress, &aborted, [&aborted](int sent, int) {
        if (sent == 3)
            aborted.abort();
    });
    aborted.start(configuration);
    QVERIFY(abortedFinished.wait(PushTimeoutMs));
    QVERIFY(aborted.result().aborted);

    const PushResult result = push(configuration, PushOptions());

    QVERIFY2(result.success, qPrintable(result.error));
    QVERIFY(recordedBytes(m_recordPath).endsWith(configuration + "end\n"));
}

// Aborting from a progress receiver stops before the next line goes out, and finishes once.
void ConsolePushTest::abortFromProgressStops()
{
    startDevice({});
    ConsolePushSession session(m_port.get(), m_profile, PushOptions());
    QSignalSpy finished(&session, &ConsolePushSession::finished);
    QObject::connect(&session, &ConsolePushSession::progress, &session, [&session](int sent, int) {
        if (sent == 2)
            session.abort();
    });

    session.start(generatedConfiguration(10));
    QVERIFY(finished.wait(PushTimeoutMs));
    QTest::qWait(300);

    QCOMPARE(finished.size(), 1);
    QCOMPARE(recordedLines(m_recordPath).size(), 2);
}

// The echo is compared in bytes, so text outside ASCII does not look damaged.
void ConsolePushTest::utf8BannerEchoMatches()
{
    startDevice({});
    const QByteArray configuration = "banner login #\nZugriff nur f\xc3\xbcr Befugte.\n#\n";

    const PushResult result = push(configuration, PushOptions());

    QVERIFY2(result.success, qPrintable(result.error));
    QCOMPARE(recordedBytes(m_recordPath), configuration + "end\n");
}

void ConsolePushTest::characterDelayStillArrives()
{
    startDevice({QStringLiteral("--slow"), QStringLiteral("spanning-tree"), QStringLiteral("--slow-ms"),
                 QStringLiteral("400")});
    PushOptions options;
    options.characterDelay = 2ms;
    const QByteArray configuration = "hostname sw-delay\nspanning-tree mode rapid-pvst\nvlan 10\n name v10\n";

    const PushResult result = push(configuration, options);

    QVERIFY2(result.success, qPrintable(result.error));
    QCOMPARE(recordedLines(m_recordPath), pushedLines(configuration));
}

void ConsolePushTest::abortStopsPush()
{
    startDevice({});
    ConsolePushSession session(m_port.get(), m_profile, PushOptions());
    QSignalSpy progress(&session, &ConsolePushSession::progress);
    QSignalSpy finished(&session, &ConsolePushSession::finished);
    connect(&session, &ConsolePushSession::progress, &session, [&session](int sent) {
        if (sent == 10)
            session.abort();
    });

    session.start(generatedConfiguration(500));
    QVERIFY(finished.wait(PushTimeoutMs) || finished.size() == 1);

    QVERIFY(!session.result().success);
    QVERIFY(session.result().aborted);
    QCOMPARE(session.result().linesSent, 10);
    QVERIFY(recordedLines(m_recordPath).size() <= 11);
}

void ConsolePushTest::breakHeldForDuration()
{
    startDevice({});
    QSignalSpy released(m_port.get(), &ConsolePort::breakFinished);
    QElapsedTimer clock;
    clock.start();

    const ztp::Status status = m_port->sendBreak(250ms);

    QVERIFY2(status.ok(), qPrintable(status.errorString()));
    QVERIFY(m_port->isBreakActive());
    QVERIFY(released.wait(5000));
    QVERIFY(clock.elapsed() >= 240);
    QVERIFY(!m_port->isBreakActive());
    QVERIFY(!m_port->sendBreak(0ms).ok());
    QVERIFY(!m_port->sendBreak(20s).ok());
}

// A pseudo-terminal has no modem control lines. Where the driver rejects the call, the error
// must name the line; on a closed port the call always fails.
void ConsolePushTest::modemLinesOnPty()
{
    startDevice({});

    const ztp::Status dtr = m_port->setDataTerminalReady(true);
    const ztp::Status rts = m_port->setRequestToSend(false);

    if (dtr.ok()) {
        QVERIFY(rts.ok());
    } else {
        QVERIFY2(dtr.errorString().contains(QStringLiteral("DTR")), qPrintable(dtr.errorString()));
        QVERIFY2(rts.errorString().contains(QStringLiteral("RTS")), qPrintable(rts.errorString()));
    }

    m_port->close();
    QVERIFY(!m_port->setDataTerminalReady(true).ok());
}

void ConsolePushTest::reconnectsWhenPortReturns()
{
    startDevice({});
    m_port->setReconnectInterval(100ms);
    QSignalSpy disconnected(m_port.get(), &ConsolePort::disconnected);
    QSignalSpy reconnected(m_port.get(), &ConsolePort::reconnected);

    m_device->stop();
    m_pty->stop();
    QVERIFY(disconnected.wait(5000));
    QVERIFY(m_port->isReconnecting());

    QVERIFY(m_pty->start());
    QVERIFY(m_device->start({QStringLiteral("--tty"), m_pty->devicePath(), QStringLiteral("--record"),
                             m_recordPath}));
    QVERIFY(reconnected.wait(5000));
    QVERIFY(m_port->isOpen());

    const PushResult result = push("hostname sw-back\n", PushOptions());
    QVERIFY2(result.success, qPrintable(result.error));
}

// A cable pulled mid-push and plugged back in: the push wakes the console again, enters
// configuration mode and resends from the last top-level prompt, here the 'vlan' line that opens
// the sub-mode of the line that met the dead port.
void ConsolePushTest::pushResumesWhenPortReturns()
{
    startDevice({});
    const QByteArray configuration = generatedConfiguration(120);
    const QStringList lines = configurationLines(configuration);
    const qsizetype resume = lines.lastIndexOf(QStringLiteral("exit"), 39) + 1;
    QCOMPARE(lines.at(resume), QStringLiteral("vlan 105"));

    const PushResult result = pushWithUnplug(configuration, PushOptions(), 40, QStringList());

    QVERIFY2(result.success, qPrintable(result.error));
    QCOMPARE(result.reconnects, 1);
    QCOMPARE(result.linesSent, 120);
    QCOMPARE(recordedLines(m_recordPath), lines.mid(0, 40) + lines.mid(resume) << QStringLiteral("end"));
}

// Unplugged inside a banner, the push closes the text entry and sends the banner again from its
// opening line.
void ConsolePushTest::bannerResumesFromOpeningLine()
{
    startDevice({});
    const QByteArray configuration = "hostname sw-resume\nbanner motd ^C\nLine one.\nLine two.\n"
                                     "Line three.\n^C\nvlan 50\n";

    const PushResult result = pushWithUnplug(configuration, PushOptions(), 3, QStringList());

    QVERIFY2(result.success, qPrintable(result.error));
    QCOMPARE(result.reconnects, 1);
    QCOMPARE(recordedBytes(m_recordPath), QByteArray("hostname sw-resume\nbanner motd ^C\nLine one.\n")
                                              + configuration.mid(configuration.indexOf("banner"))
                                              + "end\n");
    // Waking after the reconnect erased any partial line with Ctrl-U before Enter.
    QVERIFY(transcriptBytes(m_port->transcript(), ConsoleTranscript::Direction::Sent).contains("\x15\r"));
}

// The switch keeps reading banner text while only its USB adapter is away. Enter alone shows
// no prompt there, so the next wake-up sends the closing line, and the banner is sent again.
void ConsolePushTest::bannerResumesOnDeviceInTextEntry()
{
    QProcess adapter;
    startStatefulDevice(adapter);
    const QByteArray configuration = "hostname sw-text\nbanner motd ^C\nLine one.\nLine two.\n^C\nvlan 70\n";

    const PushResult result = pushThroughAdapterDrop(adapter, configuration, PushOptions(), 3, 0ms);

    QVERIFY2(result.success, qPrintable(result.error));
    QCOMPARE(result.reconnects, 1);
    const QByteArray record = recordedBytes(m_recordPath);
    QVERIFY2(record.contains("Line one.\n\n^C\nend\n"), record.constData());
    QVERIFY2(record.endsWith(configuration.mid(configuration.indexOf("banner")) + "end\n"), record.constData());
}

// The cable goes back onto another switch of the rack: its serial number stops the push before
// any line reaches it.
void ConsolePushTest::pushStopsOnOtherDevice()
{
    startDevice({});
    const QByteArray configuration = generatedConfiguration(60);

    const PushResult result = pushWithUnplug(configuration, PushOptions(), 20,
                                             QStringList {QStringLiteral("--serial"), QStringLiteral("FOC9999Z1AB")});

    QVERIFY(!result.success);
    QVERIFY2(result.error.contains(QStringLiteral("FOC9999Z1AB")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("FOC1234X0YZ")), qPrintable(result.error));
    QCOMPARE(recordedLines(m_recordPath), configurationLines(configuration).mid(0, 20));
}

void ConsolePushTest::pushFailsWhenPortStaysAway()
{
    startDevice({});
    PushOptions options;
    options.reconnectTimeout = 1000ms;

    const PushResult result = pushWithUnplug(generatedConfiguration(60), options, 20, std::nullopt);

    QVERIFY(!result.success);
    QCOMPARE(result.linesSent, 20);
    QVERIFY2(result.error.contains(QStringLiteral("did not come back within 1 s")), qPrintable(result.error));
}

// The adapter drops out while a line is half typed: the device must not run that half when the
// push wakes it again, so Ctrl-U erases it before Enter.
void ConsolePushTest::partialLineErasedOnResume()
{
    QProcess adapter;
    startStatefulDevice(adapter);
    PushOptions options;
    options.characterDelay = 20ms;
    const QByteArray configuration = "hostname sw-half\nno interface Vlan100\nvlan 80\n";

    // About five characters of the second line are out 100 ms after the first is acknowledged.
    const PushResult result = pushThroughAdapterDrop(adapter, configuration, options, 1, 100ms);

    // The console was still in configuration mode: 'end' leaves it before the push starts over
    // at the interrupted line, and no half line ran in between.
    QVERIFY2(result.success, qPrintable(result.error));
    QCOMPARE(result.reconnects, 1);
    QCOMPARE(recordedLines(m_recordPath),
             QStringList({QStringLiteral("hostname sw-half"), QStringLiteral("end"), QStringLiteral("no interface Vlan100"),
                          QStringLiteral("vlan 80"), QStringLiteral("end")}));
}

// The simulator with a pseudo-terminal of its own reads the rate the port was set to and prints
// garbage unless it is 19200.
void ConsolePushTest::baudRateDetected()
{
    const QString link = m_directory->filePath(QStringLiteral("own-console"));
    QVERIFY(m_device->start({QStringLiteral("--own-pty"), link, QStringLiteral("--baud"),
                             QStringLiteral("19200")}));
    QVERIFY(waitForPath(link));
    QVERIFY(m_port->open(link, m_profile.line).ok());

    BaudDetector detector(m_port.get(), m_profile.lineEnding);
    detector.setListenTime(300ms);
    QSignalSpy tried(&detector, &BaudDetector::rateTried);
    QSignalSpy finished(&detector, &BaudDetector::finished);
    detector.start();
    QVERIFY(finished.wait(20000));

    QCOMPARE(finished.at(0).at(0).toInt(), 19200);
    QCOMPARE(m_port->settings().baudRate, 19200);
    QVERIFY(tried.size() >= 3);
    QCOMPARE(tried.at(0).at(0).toInt(), 9600);
    QVERIFY(tried.at(0).at(1).toDouble() < BaudDetector::AcceptScore);
}

void ConsolePushTest::openMissingPortNamed()
{
    const ztp::Status status = m_port->open(QStringLiteral("/dev/ttyZTPW-missing"), m_profile.line);

    QVERIFY(!status.ok());
    QVERIFY2(status.errorString().contains(QStringLiteral("/dev/ttyZTPW-missing")),
             qPrintable(status.errorString()));
}

QTEST_GUILESS_MAIN(ConsolePushTest)
#include "tst_consolepush.moc"
