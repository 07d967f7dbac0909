// Downloads through a lossy path: a network namespace of our own whose nftables input hook
// drops every 20th UDP packet (5 %), in both directions over its loopback. The server runs
// there as tftp-serve; curl, tftp-hpa and atftp run there through `ip netns exec`.
// Needs root (CAP_SYS_ADMIN for the namespace), and skips without it.
//
// Each recovered loss costs one retransmission timeout, so the file is small (41 blocks of
// 1468 octets, 118 of 512) and the timeouts are short. tftp-hpa and atftp get the server's
// own 100 ms. curl always negotiates the RFC 2349 timeout option, at best 1 s.

#include "tftptestsupport.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Every 20th UDP packet arriving at a socket in the namespace, data and ACKs alike, is
// dropped. A counter instead of a random draw guarantees losses in every download, however
// short. The rule is on the input hook because a drop on the output hook makes sendto()
// fail with EPERM, which curl and tftp-hpa treat as fatal. Real loss on a cable is silent to
// the sender.
const char LossRuleset[] = "table inet ztp_tftp_loss {\n"
                           "  chain input {\n"
                           "    type filter hook input priority 0; policy accept;\n"
                           "    meta l4proto udp numgen inc mod 20 == 0 counter drop\n"
                           "  }\n"
                           "}\n";

constexpr qint64 LossyFileSize = 60000;

ProcessOutcome runBlocking(const QString &program, const QStringList &arguments, int timeoutMs,
                           const QByteArray &input = {})
{
    ProcessOutcome outcome;
    QProcess process;
    process.start(program, arguments);
    outcome.started = process.waitForStarted(5000);
    if (!outcome.started)
        return outcome;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        outcome.timedOut = true;
        process.kill();
        process.waitForFinished(2000);
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.standardOutput = process.readAllStandardOutput();
    outcome.standardError = process.readAllStandardError();
    return outcome;
}

} // namespace

class TftpLossTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void downloadWithLoss_data();
    void downloadWithLoss();

private:
    QStringList inNamespace(const QString &program, const QStringList &arguments) const
    {
        return QStringList{u"netns"_s, u"exec"_s, m_namespace, program} + arguments;
    }

    // The nftables counter of dropped packets; -1 when it cannot be read.
    int droppedPackets() const;

    QString m_namespace;
    bool m_namespaceCreated = false;
    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
};

void TftpLossTest::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("Needs root to create a network namespace and nftables rules; run as root.");
    for (const QString &program : {u"ip"_s, u"nft"_s, u"curl"_s, u"tftp"_s, u"atftp"_s}) {
        if (!programAvailable(program))
            QSKIP(qPrintable(u"%1 is not installed"_s.arg(program)));
    }
    QVERIFY(m_dir.isValid());

    m_namespace = u"ztp-tftp-loss-%1"_s.arg(QCoreApplication::applicationPid());
    ProcessOutcome outcome = runBlocking(u"ip"_s, {u"netns"_s, u"add"_s, m_namespace}, 10000);
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));
    m_namespaceCreated = true;

    outcome = runBlocking(u"ip"_s, {u"-n"_s, m_namespace, u"link"_s, u"set"_s, u"lo"_s, u"up"_s}, 10000);
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));
    outcome = runBlocking(u"ip"_s, inNamespace(u"nft"_s, {u"-f"_s, u"-"_s}), 10000, LossRuleset);
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));

    const QString root = m_dir.filePath(u"files"_s);
    QVERIFY(QDir().mkpath(root));
    QVERIFY(writeTestFile(QDir(root).filePath(u"lossy.bin"_s), LossyFileSize, 5));

    // A short server timeout keeps the test quick; the clients keep their own defaults.
    m_server.setProcessChannelMode(QProcess::SeparateChannels);
    m_server.start(u"ip"_s, inNamespace(QStringLiteral(ZTP_TFTP_SERVE_BINARY),
                                        {u"--root"_s, root, u"--address"_s, u"127.0.0.1"_s,
                                         u"--port"_s, u"0"_s, u"--timeout-ms"_s, u"100"_s,
                                         u"--retries"_s, u"30"_s}));
    QVERIFY(m_server.waitForStarted(5000));
    QElapsedTimer clock;
    clock.start();
    QByteArray banner;
    while (!banner.contains('\n') && clock.elapsed() < 10000) {
        m_server.waitForReadyRead(500);
        banner += m_server.readAllStandardOutput();
    }
    const QRegularExpressionMatch match =
        QRegularExpression(u"listening (\\d+)"_s).match(QString::fromLatin1(banner));
    QVERIFY2(match.hasMatch(), m_server.readAllStandardError().constData());
    m_port = quint16(match.captured(1).toUInt());
}

void TftpLossTest::cleanupTestCase()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(3000)) {
            m_server.kill();
            m_server.waitForFinished(2000);
        }
    }
    if (m_namespaceCreated)
        runBlocking(u"ip"_s, {u"netns"_s, u"del"_s, m_namespace}, 10000);
}

void TftpLossTest::downloadWithLoss_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QStringList>("arguments"); // %PORT% and %OUT% are filled in

    // curl 7.88 sends as "timeout" a retry time it derives from the connect timeout: 6 s for
    // the default 300 s, and 1 s, the smallest, for 3 s. The server honours it, so each
    // recovered loss costs 1 s.
    QTest::newRow("curl blksize 1468") << u"curl"_s
                                       << QStringList{u"-sS"_s, u"--connect-timeout"_s, u"3"_s,
                                                      u"--tftp-blksize"_s, u"1468"_s, u"-o"_s, u"%OUT%"_s,
                                                      u"tftp://127.0.0.1:%PORT%/lossy.bin"_s};
    QTest::newRow("tftp-hpa") << u"tftp"_s
                              << QStringList{u"-m"_s, u"octet"_s, u"127.0.0.1"_s, u"%PORT%"_s, u"-c"_s,
                                             u"get"_s, u"lossy.bin"_s, u"%OUT%"_s};
    QTest::newRow("atftp windowsize 8") << u"atftp"_s
                                        << QStringList{u"--option"_s, u"blksize 1468"_s, u"--option"_s,
                                                       u"windowsize 8"_s, u"-g"_s, u"-r"_s, u"lossy.bin"_s,
                                                       u"-l"_s, u"%OUT%"_s, u"127.0.0.1"_s, u"%PORT%"_s};
}

void TftpLossTest::downloadWithLoss()
{
    QFETCH(QString, client);
    QFETCH(QStringList, arguments);

    const QString target = m_dir.filePath(u"fetched-%1.bin"_s.arg(client));
    for (QString &argument : arguments) {
        argument.replace(u"%PORT%"_s, QString::number(m_port));
        argument.replace(u"%OUT%"_s, target);
    }

    const int droppedBefore = droppedPackets();
    QElapsedTimer clock;
    clock.start();
    const ProcessOutcome outcome = runBlocking(u"ip"_s, inNamespace(client, arguments), 60000);
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));
    QCOMPARE(fileSha256(target).toHex(),
             fileSha256(m_dir.filePath(u"files/lossy.bin"_s)).toHex());

    // The rule must really have dropped packets of this download, or this row proved nothing.
    const int dropped = droppedPackets() - droppedBefore;
    QVERIFY2(dropped > 0, qPrintable(u"no packet dropped during the download"_s));
    qInfo("%s: %d packets dropped, %lld ms", qPrintable(client), dropped, clock.elapsed());
}

int TftpLossTest::droppedPackets() const
{
    const ProcessOutcome counters = runBlocking(
        u"ip"_s, inNamespace(u"nft"_s, {u"list"_s, u"table"_s, u"inet"_s, u"ztp_tftp_loss"_s}), 10000);
    const QRegularExpressionMatch match = QRegularExpression(u"counter packets (\\d+)"_s)
                                              .match(QString::fromLatin1(counters.standardOutput));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QTEST_GUILESS_MAIN(TftpLossTest)
#include "tst_tftploss.moc"
