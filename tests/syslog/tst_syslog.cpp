// Syslog parsing of both RFC formats, ZTP progress recognition, the rate limit per source, and
// the UDP receiver with real util-linux logger datagrams over loopback.
#include "common/sourceratelimiter.h"
#include "syslog/syslogmessage.h"
#include "syslog/syslogserver.h"
#include "syslog/ztpprogress.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace ztp::syslog;
using ztp::SourceRateLimiter;

Q_DECLARE_METATYPE(ztp::syslog::SyslogFormat)
Q_DECLARE_METATYPE(ztp::syslog::ZtpProgress)

class TestSyslog : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseTimestamps();
    void classify_data();
    void classify();
    void loggerBothFormats_data();
    void loggerBothFormats();
    void rateLimiterBuckets();
    void loggerFloodSuppressed();
};

void TestSyslog::parse_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<SyslogFormat>("format");
    QTest::addColumn<int>("facility");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QString>("appName");
    QTest::addColumn<QString>("message");

    QTest::newRow("RFC 5424 full") << QByteArray(
        R"(<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut="3" eventSource="Application"] An application event)")
                                   << SyslogFormat::Rfc5424 << 20 << 5 << "mymachine.example.com"
                                   << "evntslog"
                                   << "An application event";
    QTest::newRow("RFC 5424 nil SD with BOM") << QByteArray(
        "<34>1 2003-10-11T22:14:15.003Z mymachine su - ID47 - \xef\xbb\xbf'su root' failed")
                                              << SyslogFormat::Rfc5424 << 4 << 2 << "mymachine"
                                              << "su"
                                              << "'su root' failed";
    QTest::newRow("RFC 5424 escaped bracket")
        << QByteArray(R"(<13>1 - host app 12 - [a@1 k="x\]y"] text)") << SyslogFormat::Rfc5424 << 1
        << 5 << "host"
        << "app"
        << "text";
    QTest::newRow("RFC 5424 no message")
        << QByteArray("<13>1 - - - - - -") << SyslogFormat::Rfc5424 << 1 << 5 << ""
        << ""
        << "";
    QTest::newRow("RFC 3164 full") << QByteArray(
        "<34>Oct 11 22:14:15 mymachine su[230]: 'su root' failed for lonvick on /dev/pts/8")
                                   << SyslogFormat::Rfc3164 << 4 << 2 << "mymachine"
                                   << "su"
                                   << "'su root' failed for lonvick on /dev/pts/8";
    QTest::newRow("RFC 3164 without host")
        << QByteArray("<13>Feb  5 17:32:18 sonic-ztp: ZTP service is active")
        << SyslogFormat::Rfc3164 << 1 << 5 << ""
        << "sonic-ztp"
        << "ZTP service is active";
    QTest::newRow("Cisco IOS sequence number")
        << QByteArray("<189>123: *Mar  1 00:01:02.123: %PNP-6-PNP_CONFIG_UPGRADE_DONE: done")
        << SyslogFormat::Rfc3164 << 23 << 5 << ""
        << "123"
        << "*Mar  1 00:01:02.123: %PNP-6-PNP_CONFIG_UPGRADE_DONE: done";
    QTest::newRow("no priority") << QByteArray("plain text line\n") << SyslogFormat::Rfc3164 << 1
                                 << 5 << ""
                                 << ""
                                 << "plain text line";
    QTest::newRow("priority out of range")
        << QByteArray("<999>text") << SyslogFormat::Rfc3164 << 1 << 5 << ""
        << ""
        << "<999>text";
    QTest::newRow("empty") << QByteArray() << SyslogFormat::Rfc3164 << 1 << 5 << ""
                           << ""
                           << "";
}

void TestSyslog::parse()
{
    QFETCH(QByteArray, datagram);
    QFETCH(SyslogFormat, format);
    QFETCH(int, facility);
    QFETCH(int, severity);
    QFETCH(QString, hostname);
    QFETCH(QString, appName);
    QFETCH(QString, message);

    const SyslogMessage parsed
        = parseSyslogMessage(datagram, QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC));
    QCOMPARE(parsed.format, format);
    QCOMPARE(parsed.facility, facility);
    QCOMPARE(parsed.severity, severity);
    QCOMPARE(parsed.hostname, hostname);
    QCOMPARE(parsed.appName, appName);
    QCOMPARE(parsed.message, message);
}

void TestSyslog::parseTimestamps()
{
    const QDateTime now(QDate(2026, 1, 2), QTime(8, 0), Qt::UTC);
    const SyslogMessage rfc5424
        = parseSyslogMessage("<13>1 2026-01-02T09:30:00.5+01:00 h a - - - m", now);
    QCOMPARE(rfc5424.timestamp, QDateTime(QDate(2026, 1, 2), QTime(8, 30, 0, 500), Qt::UTC));
    QCOMPARE(rfc5424.structuredData, QString());

    // RFC 3164 has no year: a December line received in January is from last year.
    const SyslogMessage december = parseSyslogMessage("<13>Dec 31 23:59:59 host tag: m", now);
    QCOMPARE(december.timestamp, QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59), Qt::UTC));

    const SyslogMessage structured
        = parseSyslogMessage(R"(<13>1 - h a - - [x@1 a="1"][y@2] m)", now);
    QCOMPARE(structured.structuredData, QStringLiteral(R"([x@1 a="1"][y@2])"));
    QVERIFY(!structured.timestamp.isValid());
}

void TestSyslog::classify_data()
{
    QTest::addColumn<QString>("appName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<ZtpProgress>("progress");

    QTest::newRow("SONiC active") << "sonic-ztp"
                                  << "ZTP service is active" << ZtpProgress::Progress;
    QTest::newRow("SONiC done") << "sonic-ztp"
                                << "ZTP successfully completed" << ZtpProgress::Completed;
    QTest::newRow("SONiC failed") << "sonic-ztp"
                                  << "ZTP failed" << ZtpProgress::Failed;
    QTest::newRow("Arista") << "ZeroTouch"
                            << "%ZTP-6-SUCCESS: Configuration complete" << ZtpProgress::Completed;
    QTest::newRow("Cisco PnP done")
        << ""
        << "%PNP-6-PNP_CONFIG_UPGRADE_DONE: Config upgrade done" << ZtpProgress::Completed;
    QTest::newRow("Cisco PnP failure code")
        << ""
        << "%PNP-3-PNP_CONFIG_UPGRADE_FAIL: copy failed" << ZtpProgress::Failed;
    QTest::newRow("Cumulus") << "ztp"
                             << "Script returned failure" << ZtpProgress::Failed;
    QTest::newRow("ONIE") << "onie-exec"
                          << "Installer completed" << ZtpProgress::Completed;
    QTest::newRow("failure wins") << "ztp"
                                  << "step done with errors" << ZtpProgress::Failed;
    QTest::newRow("interface error") << "kernel"
                                     << "eth0: link error" << ZtpProgress::None;
    QTest::newRow("word inside another") << "app"
                                         << "the httpnpx module completed" << ZtpProgress::None;
}

void TestSyslog::classify()
{
    QFETCH(QString, appName);
    QFETCH(QString, text);
    QFETCH(ZtpProgress, progress);
    QCOMPARE(classifyZtpMessage(appName, text), progress);
}

void TestSyslog::loggerBothFormats_data()
{
    QTest::addColumn<QString>("formatOption");
    QTest::addColumn<SyslogFormat>("format");
    QTest::newRow("RFC 3164") << "--rfc3164" << SyslogFormat::Rfc3164;
    QTest::newRow("RFC 5424") << "--rfc5424" << SyslogFormat::Rfc5424;
}

void TestSyslog::loggerBothFormats()
{
    QFETCH(QString, formatOption);
    QFETCH(SyslogFormat, format);

    const QString logger = QStandardPaths::findExecutable(QStringLiteral("logger"));
    if (logger.isEmpty())
        QSKIP("util-linux logger is not installed");

    SyslogServer server({QString(), QHostAddress::LocalHost, 0});
    QVERIFY(server.start());
    QSignalSpy received(&server, &SyslogServer::messageReceived);

    QProcess process;
    process.start(logger,
        {QStringLiteral("--server"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
            QString::number(server.serverPort()), QStringLiteral("--udp"), formatOption,
            QStringLiteral("--tag"), QStringLiteral("sonic-ztp"), QStringLiteral("--priority"),
            QStringLiteral("local0.err"), QStringLiteral("ZTP failed: config_db.json not found")});
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);

    QTRY_COMPARE(received.count(), 1);
    const SyslogMessage message = received.at(0).at(0).value<SyslogMessage>();
    QCOMPARE(message.format, format);
    QCOMPARE(message.facility, 16);
    QCOMPARE(message.severity, 3);
    QCOMPARE(message.appName, QStringLiteral("sonic-ztp"));
    QCOMPARE(message.message, QStringLiteral("ZTP failed: config_db.json not found"));
    QVERIFY(message.timestamp.isValid());
    QCOMPARE(classifyZtpMessage(message.appName, message.message), ZtpProgress::Failed);
    QCOMPARE(received.at(0).at(1).value<QHostAddress>(), QHostAddress(QHostAddress::LocalHost));
}

void TestSyslog::rateLimiterBuckets()
{
    using namespace std::chrono_literals;
    SourceRateLimiter limiter(3, 2.0);
    const QHostAddress chatty(QStringLiteral("10.0.0.20"));
    const QHostAddress quiet(QStringLiteral("10.0.0.21"));
    const auto start = SourceRateLimiter::Clock::time_point {} + 1h;

    // The burst passes, the fourth message at the same instant does not.
    for (int i = 0; i < 3; ++i)
        QVERIFY(limiter.admit(chatty, start));
    QVERIFY(!limiter.admit(chatty, start));
    QVERIFY(!limiter.admit(chatty, start + 100ms));
    // Another source has its own bucket.
    QVERIFY(limiter.admit(quiet, start));
    // 2 per second: one token after 500 ms.
    QVERIFY(limiter.admit(chatty, start + 500ms));
    QVERIFY(!limiter.admit(chatty, start + 600ms));

    const auto suppressed = limiter.takeSuppressed(start + 700ms);
    QCOMPARE(suppressed.size(), 1);
    QCOMPARE(suppressed.at(0).source, chatty);
    QCOMPARE(suppressed.at(0).count, quint64(3));
    QVERIFY(limiter.takeSuppressed(start + 800ms).isEmpty());

    // Sources whose buckets have refilled are forgotten, and the burst is available again.
    QVERIFY(limiter.takeSuppressed(start + 10s).isEmpty());
    QCOMPARE(limiter.sourceCount(), 0);
    for (int i = 0; i < 3; ++i)
        QVERIFY(limiter.admit(chatty, start + 10s));
}

void TestSyslog::loggerFloodSuppressed()
{
    const QString logger = QStandardPaths::findExecutable(QStringLiteral("logger"));
    if (logger.isEmpty())
        QSKIP("util-linux logger is not installed");

    SyslogServerSettings settings {QString(), QHostAddress::LocalHost, 0};
    settings.burst = 10;
    settings.ratePerSecond = 0.5;
    settings.summaryInterval = std::chrono::milliseconds(200);
    SyslogServer server(settings);
    QVERIFY(server.start());
    QSignalSpy received(&server, &SyslogServer::messageReceived);
    QSignalSpy suppressed(&server, &SyslogServer::messagesSuppressed);

    // One logger process sends one datagram per line: 120 messages, as a looping script would.
    constexpr int kMessages = 120;
    QTemporaryFile lines;
    QVERIFY(lines.open());
    for (int i = 0; i < kMessages; ++i)
        lines.write(QByteArray("interface flapping, repeat ") + QByteArray::number(i) + '\n');
    lines.flush();

    QProcess process;
    process.start(logger,
        {QStringLiteral("--server"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
            QString::number(server.serverPort()), QStringLiteral("--udp"),
            QStringLiteral("--rfc5424"), QStringLiteral("--tag"), QStringLiteral("flood"),
            QStringLiteral("-f"), lines.fileName()});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);

    // Every datagram is either passed on or counted in a summary.
    const auto suppressedTotal = [&] {
        quint64 total = 0;
        for (const QList<QVariant> &arguments : std::as_const(suppressed))
            total += arguments.at(1).toULongLong();
        return total;
    };
    QTRY_COMPARE_WITH_TIMEOUT(
        quint64(received.count()) + suppressedTotal(), quint64(kMessages), 5000);
    // The burst, plus at most a token or two refilled while logger ran on a busy machine.
    QVERIFY2(received.count() >= 10 && received.count() <= 12,
        qPrintable(QStringLiteral("%1 messages passed").arg(received.count())));
    QCOMPARE(suppressed.at(0).at(0).value<QHostAddress>(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(received.at(0).at(0).value<SyslogMessage>().message,
        QStringLiteral("interface flapping, repeat 0"));
}

QTEST_GUILESS_MAIN(TestSyslog)
#include "tst_syslog.moc"
