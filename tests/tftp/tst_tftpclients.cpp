// The server against real clients over 127.0.0.1: curl 7.88, tftp-hpa 5.2 and atftp 0.8 as
// Debian 12 ships them. Every download is compared by SHA-256 with the file on disk and with
// the hash in the TransferRecord.

#include "tftp/netascii.h"
#include "tftp/tftpserver.h"
#include "tftptestsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ztp::tftp;
using namespace Qt::StringLiterals;

namespace {

constexpr int ClientTimeoutMs = 60000;

// A text file that exercises every netascii rule: LF, bare CR, CR LF, and a CR as the last
// octet of the first 512-octet block, so its encoding spans two blocks.
QByteArray netasciiSample()
{
    QByteArray text = "hostname sw1\ninterface Gi1/0/1\r\n description uplink\rno shutdown\n";
    while (text.size() < 511)
        text.append('x');
    text.append('\r');
    text.append("\nend\n");
    return text;
}

} // namespace

class TftpClientsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void curlDownload_data();
    void curlDownload();
    void tftpHpaDownload_data();
    void tftpHpaDownload();
    void atftpDownload_data();
    void atftpDownload();
    void rolloverAt512_data();
    void rolloverAt512();

    void netasciiTftpHpa();
    void netasciiCurlRaw();
    void traversalRejected_data();
    void traversalRejected();
    void backslashAndCase();
    void dynamicContentCurl();
    void uploadTftpHpa();
    void uploadAtftpVersioned();

private:
    void startServer(bool uploads = false);
    QString fetchDirectory() const { return m_dir.filePath(u"fetched"_s); }
    QString rootDirectory() const { return m_dir.filePath(u"files"_s); }
    QString createFile(const QString &name, qint64 size);
    // Waits for the server to report the transfer, which may trail the client's exit by a
    // few event-loop turns.
    TransferRecord waitForRecord(QSignalSpy &spy);

    QTemporaryDir m_dir;
    std::unique_ptr<TftpServer> m_server;
    quint16 m_port = 0;
};

void TftpClientsTest::initTestCase()
{
    for (const QString &program : {u"curl"_s, u"tftp"_s, u"atftp"_s}) {
        if (!programAvailable(program))
            QSKIP(qPrintable(u"%1 is not installed; apt-get install curl tftp-hpa atftp"_s.arg(program)));
    }
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(rootDirectory()));
    QVERIFY(QDir().mkpath(fetchDirectory()));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"uploads"_s)));
}

void TftpClientsTest::init()
{
    startServer();
}

void TftpClientsTest::cleanup()
{
    m_server.reset();
    QDir(fetchDirectory()).removeRecursively();
    QDir().mkpath(fetchDirectory());
}

void TftpClientsTest::startServer(bool uploads)
{
    TftpServerSettings settings;
    settings.address = QHostAddress::LocalHost;
    settings.port = 0;
    settings.rootDirectory = rootDirectory();
    settings.mtu = 65535; // loopback; lets blksize reach its RFC 2348 maximum
    settings.allowUploads = uploads;
    settings.uploadDirectory = m_dir.filePath(u"uploads"_s);
    settings.uploadQuota = 1024 * 1024;

    m_server = std::make_unique<TftpServer>(settings);
    const ztp::Status status = m_server->start();
    QVERIFY2(status.ok(), qPrintable(status.errorString()));
    m_port = m_server->serverPort();
    QVERIFY(m_port != 0);
}

QString TftpClientsTest::createFile(const QString &name, qint64 size)
{
    const QString path = QDir(rootDirectory()).filePath(name);
    if (QFileInfo(path).size() != size || !QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!writeTestFile(path, size, quint32(size)))
            qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

TransferRecord TftpClientsTest::waitForRecord(QSignalSpy &spy)
{
    if (spy.isEmpty())
        spy.wait(5000);
    if (spy.isEmpty())
        return {};
    return spy.takeFirst().at(0).value<TransferRecord>();
}

void TftpClientsTest::curlDownload_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("blockSize"); // 0: curl's default, no blksize option

    const QList<qint64> sizes{0, 1, 511, 512, 513, 1024, 1025, 512 * 7, 100000};
    for (const qint64 size : sizes)
        QTest::addRow("%lld octets", size) << size << 0;
    QTest::newRow("blksize 8") << qint64(4000) << 8;
    QTest::newRow("blksize 1468 exact multiple") << qint64(1468 * 3) << 1468;
    QTest::newRow("blksize 8192") << qint64(300000) << 8192;
    QTest::newRow("blksize 65464") << qint64(65464 * 2 + 5) << 65464;
}

void TftpClientsTest::curlDownload()
{
    QFETCH(qint64, size);
    QFETCH(int, blockSize);

    const QString name = u"curl-%1.bin"_s.arg(size);
    const QString source = createFile(name, size);
    const QString target = QDir(fetchDirectory()).filePath(name);
    QSignalSpy finished(m_server.get(), &TftpServer::transferFinished);

    QStringList arguments{u"-sS"_s, u"-o"_s, target};
    if (blockSize > 0)
        arguments << u"--tftp-blksize"_s << QString::number(blockSize);
    arguments << u"tftp://127.0.0.1:%1/%2"_s.arg(m_port).arg(name);
    const ProcessOutcome outcome = runProcess(u"curl"_s, arguments, fetchDirectory(), ClientTimeoutMs);
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));

    QCOMPARE(QFileInfo(target).size(), size);
    QCOMPARE(fileSha256(target).toHex(), fileSha256(source).toHex());

    const TransferRecord record = waitForRecord(finished);
    QVERIFY2(record.success, qPrintable(record.error));
    QCOMPARE(record.bytesSent, size);
    QCOMPARE(record.totalBytes, size);
    QCOMPARE(record.sha256.toHex(), fileSha256(source).toHex());
    QCOMPARE(record.fileName, name);
    QVERIFY(!record.dynamic);
}

void TftpClientsTest::tftpHpaDownload_data()
{
    QTest::addColumn<qint64>("size");

    for (const qint64 size : {0, 511, 512, 513, 512 * 4, 70000})
        QTest::addRow("%lld octets", size) << size;
}

void TftpClientsTest::tftpHpaDownload()
{
    QFETCH(qint64, size);

    const QString name = u"hpa-%1.bin"_s.arg(size);
    const QString source = createFile(name, size);
    QSignalSpy finished(m_server.get(), &TftpServer::transferFinished);

    // tftp-hpa sends no options, so this covers the plain RFC 1350 path without OACK.
    const ProcessOutcome outcome = runProcess(
        u"tftp"_s, {u"-m"_s, u"octet"_s, u"127.0.0.1"_s, QString::number(m_port), u"-c"_s, u"get"_s, name},
        fetchDirectory(), ClientTimeoutMs);
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));

    const QString target = QDir(fetchDirectory()).filePath(name);
    QCOMPARE(QFileInfo(target).size(), size);
    QCOMPARE(fileSha256(target).toHex(), fileSha256(source).toHex());
    const TransferRecord record = waitForRecord(finished);
    QVERIFY2(record.success, qPrintable(record.error));
    QCOMPARE(record.sha256.toHex(), fileSha256(source).toHex());
}

void TftpClientsTest::atftpDownload_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QStringList>("options");

    QTest::newRow("no options") << qint64(5000) << QStringList{};
    QTest::newRow("blksize 1428 tsize") << qint64(1428 * 10)
                                        << QStringList{u"blksize 1428"_s, u"tsize 0"_s};
    QTest::newRow("windowsize 4") << qint64(200000)
                                  << QStringList{u"blksize 1428"_s, u"windowsize 4"_s};
    QTest::newRow("windowsize 16 exact multiple") << qint64(1024 * 64)
                                                  << QStringList{u"blksize 1024"_s, u"windowsize 16"_s};
    QTest::newRow("windowsize 64 capped to 32") << qint64(1000000)
                                                << QStringList{u"blksize 1468"_s, u"windowsize 64"_s};
}

void TftpClientsTest::atftpDownload()
{
    QFETCH(qint64, size);
    QFETCH(QStringList, options);

    const QString name = u"atftp-%1.bin"_s.arg(size);
    const QString source = createFile(name, size);
    const QString target = QDir(fetchDirectory()).filePath(name);
    QSignalSpy finished(m_server.get(), &TftpServer::transferFinished);

    QStringList arguments;
    for (const QString &option : options)
        arguments << u"--option"_s << option;
    arguments << u"-g"_s << u"-r"_s << name << u"-l"_s << target << u"127.0.0.1"_s
              << QString::number(m_port);
    const ProcessOutcome outcome = runProcess(u"atftp"_s, arguments, fetchDirectory(), ClientTimeoutMs);
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));

    QCOMPARE(fileSha256(target).toHex(), fileSha256(source).toHex());
    const TransferRecord record = waitForRecord(finished);
    QVERIFY2(record.success, qPrintable(record.error));
    QCOMPARE(record.bytesSent, size);
}

void TftpClientsTest::rolloverAt512_data()
{
    QTest::addColumn<QString>("client");

    QTest::newRow("curl") << u"curl"_s;
    QTest::newRow("tftp-hpa") << u"tftp"_s;
    QTest::newRow("atftp") << u"atftp"_s;
}

void TftpClientsTest::rolloverAt512()
{
    QFETCH(QString, client);

    // 40 MiB in 512-octet blocks is 81,920 blocks, past block number 65535.
    const qint64 size = 40 * 1024 * 1024;
    const QString name = u"rollover.bin"_s;
    const QString source = createFile(name, size);
    const QString target = QDir(fetchDirectory()).filePath(name);
    QSignalSpy finished(m_server.get(), &TftpServer::transferFinished);

    QStringList arguments;
    if (client == u"curl"_s)
        arguments = {u"-sS"_s, u"-o"_s, target, u"tftp://127.0.0.1:%1/%2"_s.arg(m_port).arg(name)};
    else if (client == u"tftp"_s)
        arguments = {u"-m"_s, u"octet"_s, u"127.0.0.1"_s, QString::number(m_port), u"-c"_s, u"get"_s, name};
    else
        arguments = {u"--option"_s, u"blksize 512"_s, u"-g"_s, u"-r"_s, name, u"-l"_s, target,
                     u"127.0.0.1"_s, QString::number(m_port)};
    const ProcessOutcome outcome = runProcess(client, arguments, fetchDirectory(), 240000);
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));

    QCOMPARE(QFileInfo(target).size(), size);
    QCOMPARE(fileSha256(target).toHex(), fileSha256(source).toHex());
    const TransferRecord record = waitForRecord(finished);
    QVERIFY2(record.success, qPrintable(record.error));
    QCOMPARE(record.sha256.toHex(), fileSha256(source).toHex());
}

void TftpClientsTest::netasciiTftpHpa()
{
    const QByteArray text = netasciiSample();
    const QString source = QDir(rootDirectory()).filePath(u"ascii.cfg"_s);
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    QSignalSpy finished(m_server.get(), &TftpServer::transferFinished);

    // tftp-hpa decodes netascii back to Unix line ends, so the file must come back unchanged.
    const ProcessOutcome outcome = runProcess(
        u"tftp"_s, {u"-m"_s, u"ascii"_s, u"127.0.0.1"_s, QString::number(m_port), u"-c"_s, u"get"_s, u"ascii.cfg"_s},
        fetchDirectory(), ClientTimeoutMs);
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));

    QFile fetched(QDir(fetchDirectory()).filePath(u"ascii.cfg"_s));
    QVERIFY(fetched.open(QIODevice::ReadOnly));
    QCOMPARE(fetched.readAll(), text);

    const TransferRecord record = waitForRecord(finished);
    QVERIFY2(record.success, qPrintable(record.error));
    QCOMPARE(record.bytesSent, qint64(encodeNetascii(text).size()));
}

void TftpClientsTest::netasciiCurlRaw()
{
    const QByteArray text = netasciiSample();
    const QString source = QDir(rootDirectory()).filePath(u"ascii-raw.cfg"_s);
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    // curl requests netascii with ";mode=netascii" but stores the octets as received, so the
    // file shows the encoding on the wire.
    const QString target = QDir(fetchDirectory()).filePath(u"ascii-raw.cfg"_s);
    const ProcessOutcome outcome = runProcess(
        u"curl"_s, {u"-sS"_s, u"-o"_s, target, u"tftp://127.0.0.1:%1/ascii-raw.cfg;mode=netascii"_s.arg(m_port)},
        fetchDirectory(), ClientTimeoutMs);
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));

    QFile fetched(target);
    QVERIFY(fetched.open(QIODevice::ReadOnly));
    const QByteArray wire = fetched.readAll();
    QCOMPARE(wire, encodeNetascii(text));
    QVERIFY(wire.contains(QByteArray("sw1\r\ninterface", 14)));
    QVERIFY(wire.contains(QByteArray("uplink\r\0no", 10)));
}

void TftpClientsTest::traversalRejected_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("expectedError"); // as tftp-hpa prints it

    QTest::newRow("dot dot") << u"../secret.txt"_s << u"Error code 2"_s;
    QTest::newRow("dot dot inside") << u"sub/../../secret.txt"_s << u"Error code 2"_s;
    QTest::newRow("backslash dot dot") << u"..\\secret.txt"_s << u"Error code 2"_s;
    QTest::newRow("symbolic link out") << u"escape/secret.txt"_s << u"Error code 2"_s;
    QTest::newRow("symbolic link to file") << u"secret-link.txt"_s << u"Error code 2"_s;
    QTest::newRow("absolute path outside") << u"/etc/passwd"_s << u"Error code 1"_s;
    QTest::newRow("directory") << u"sub"_s << u"Error code 2"_s;
    QTest::newRow("missing") << u"no-such-file"_s << u"Error code 1"_s;
}

void TftpClientsTest::traversalRejected()
{
    QFETCH(QString, requested);
    QFETCH(QString, expectedError);

    // A secret next to the served folder, reachable only by leaving it.
    const QString secret = m_dir.filePath(u"secret.txt"_s);
    if (!QFileInfo::exists(secret)) {
        QFile file(secret);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("secret\n");
        QVERIFY(QDir().mkpath(QDir(rootDirectory()).filePath(u"sub"_s)));
        QVERIFY(QFile::link(m_dir.path(), QDir(rootDirectory()).filePath(u"escape"_s)));
        QVERIFY(QFile::link(secret, QDir(rootDirectory()).filePath(u"secret-link.txt"_s)));
    }

    // -l (literal) keeps tftp-hpa from reading "host:file" syntax into the name.
    const ProcessOutcome outcome = runProcess(
        u"tftp"_s, {u"-l"_s, u"-m"_s, u"octet"_s, u"127.0.0.1"_s, QString::number(m_port), u"-c"_s, u"get"_s, requested, u"out.bin"_s},
        fetchDirectory(), ClientTimeoutMs);
    const QString printed = QString::fromLocal8Bit(outcome.standardOutput + outcome.standardError);
    QVERIFY2(printed.contains(expectedError), qPrintable(outcome.describe()));

    QFile fetched(QDir(fetchDirectory()).filePath(u"out.bin"_s));
    if (fetched.open(QIODevice::ReadOnly))
        QVERIFY(!fetched.readAll().contains("secret"));
}

void TftpClientsTest::backslashAndCase()
{
    createFile(u"cfg/Network-Confg"_s, 700);
    const QByteArray expected = fileSha256(QDir(rootDirectory()).filePath(u"cfg/Network-Confg"_s));

    // Windows-style separators and a name in another case both find the file.
    for (const QString &requested : {u"cfg\\Network-Confg"_s, u"/CFG/network-confg"_s}) {
        const ProcessOutcome outcome = runProcess(
            u"tftp"_s, {u"-l"_s, u"-m"_s, u"octet"_s, u"127.0.0.1"_s, QString::number(m_port), u"-c"_s, u"get"_s, requested, u"out.bin"_s},
            fetchDirectory(), ClientTimeoutMs);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));
        QCOMPARE(fileSha256(QDir(fetchDirectory()).filePath(u"out.bin"_s)).toHex(), expected.toHex());
        QFile::remove(QDir(fetchDirectory()).filePath(u"out.bin"_s));
    }
}

void TftpClientsTest::dynamicContentCurl()
{
    const QByteArray rendered = "hostname sw-lab-01\nip domain-name bench.example\n";
    QString seenName;
    m_server->setContentProvider(
        [&](const QString &fileName, const QHostAddress &, QString *error) -> std::optional<DynamicContent> {
            seenName = fileName;
            if (fileName == u"refused.cfg"_s) {
                *error = u"No template for this device"_s;
                return std::nullopt;
            }
            if (fileName != u"configs/sw-lab-01.cfg"_s)
                return std::nullopt;
            return DynamicContent{rendered, u"SN1234"_s};
        });
    QSignalSpy finished(m_server.get(), &TftpServer::transferFinished);

    const QString target = QDir(fetchDirectory()).filePath(u"dynamic.cfg"_s);
    ProcessOutcome outcome = runProcess(
        u"curl"_s, {u"-sS"_s, u"-o"_s, target, u"tftp://127.0.0.1:%1/configs/sw-lab-01.cfg"_s.arg(m_port)},
        fetchDirectory(), ClientTimeoutMs);
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));
    QCOMPARE(seenName, u"configs/sw-lab-01.cfg"_s);

    QFile fetched(target);
    QVERIFY(fetched.open(QIODevice::ReadOnly));
    QCOMPARE(fetched.readAll(), rendered);

    const TransferRecord record = waitForRecord(finished);
    QVERIFY(record.success);
    QVERIFY(record.dynamic);
    QCOMPARE(record.deviceKey, u"SN1234"_s);
    QCOMPARE(record.sha256, QCryptographicHash::hash(rendered, QCryptographicHash::Sha256));

    // A provider error reaches the client as ERROR 1 with the provider's message.
    outcome = runProcess(u"tftp"_s, {u"-m"_s, u"octet"_s, u"127.0.0.1"_s, QString::number(m_port), u"-c"_s, u"get"_s, u"refused.cfg"_s},
                         fetchDirectory(), ClientTimeoutMs);
    const QString printed = QString::fromLocal8Bit(outcome.standardOutput + outcome.standardError);
    QVERIFY2(printed.contains(u"Error code 1: No template for this device"_s), qPrintable(outcome.describe()));
}

void TftpClientsTest::uploadTftpHpa()
{
    // Uploads are off by default.
    const QString local = QDir(fetchDirectory()).filePath(u"running.cfg"_s);
    QVERIFY(writeTestFile(local, 3000, 7));
    ProcessOutcome outcome = runProcess(
        u"tftp"_s, {u"-m"_s, u"octet"_s, u"127.0.0.1"_s, QString::number(m_port), u"-c"_s, u"put"_s, u"running.cfg"_s},
        fetchDirectory(), ClientTimeoutMs);
    QString printed = QString::fromLocal8Bit(outcome.standardOutput + outcome.standardError);
    QVERIFY2(printed.contains(u"Error code 2"_s), qPrintable(outcome.describe()));

    startServer(true);
    QSignalSpy finished(m_server.get(), &TftpServer::transferFinished);
    outcome = runProcess(u"tftp"_s, {u"-m"_s, u"octet"_s, u"127.0.0.1"_s, QString::number(m_port), u"-c"_s, u"put"_s, u"running.cfg"_s},
                         fetchDirectory(), ClientTimeoutMs);
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));

    const TransferRecord record = waitForRecord(finished);
    QVERIFY2(record.success, qPrintable(record.error));
    QVERIFY(record.upload);
    QCOMPARE(record.deviceKey, u"127.0.0.1"_s);
    QCOMPARE(QFileInfo(record.localPath).absolutePath(),
             QDir(m_dir.filePath(u"uploads/127.0.0.1"_s)).absolutePath());
    QCOMPARE(fileSha256(record.localPath).toHex(), fileSha256(local).toHex());
    QCOMPARE(record.sha256.toHex(), fileSha256(local).toHex());

    // The quota (1 MiB here) rejects a larger upload with ERROR 3 and keeps no partial file.
    const QString large = QDir(fetchDirectory()).filePath(u"large.bin"_s);
    QVERIFY(writeTestFile(large, 2 * 1024 * 1024, 8));
    outcome = runProcess(u"tftp"_s, {u"-m"_s, u"octet"_s, u"127.0.0.1"_s, QString::number(m_port), u"-c"_s, u"put"_s, u"large.bin"_s},
                         fetchDirectory(), ClientTimeoutMs);
    printed = QString::fromLocal8Bit(outcome.standardOutput + outcome.standardError);
    QVERIFY2(printed.contains(u"Error code 3"_s), qPrintable(outcome.describe()));
    QTRY_COMPARE(QDir(m_dir.filePath(u"uploads/127.0.0.1"_s)).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TftpClientsTest::uploadAtftpVersioned()
{
    startServer(true);
    const QString folder = m_dir.filePath(u"uploads/127.0.0.1"_s);
    QDir(folder).removeRecursively();

    // Two uploads of the same name: the second is stored beside the first, never over it.
    const QString local = QDir(fetchDirectory()).filePath(u"backup.cfg"_s);
    for (quint32 seed : {21u, 22u}) {
        QVERIFY(writeTestFile(local, 5000 + seed, seed));
        QSignalSpy finished(m_server.get(), &TftpServer::transferFinished);
        const ProcessOutcome outcome = runProcess(
            u"atftp"_s, {u"--option"_s, u"blksize 1024"_s, u"--option"_s, u"tsize 0"_s, u"-p"_s, u"-l"_s, local, u"-r"_s, u"backup.cfg"_s, u"127.0.0.1"_s, QString::number(m_port)},
            fetchDirectory(), ClientTimeoutMs);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));
        const TransferRecord record = waitForRecord(finished);
        QVERIFY2(record.success, qPrintable(record.error));
        QCOMPARE(fileSha256(record.localPath).toHex(), fileSha256(local).toHex());
    }

    QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name),
             (QStringList{u"backup-1.cfg"_s, u"backup.cfg"_s}));
    QCOMPARE(QFileInfo(QDir(folder).filePath(u"backup.cfg"_s)).size(), qint64(5021));
    QCOMPARE(QFileInfo(QDir(folder).filePath(u"backup-1.cfg"_s)).size(), qint64(5022));
}

QTEST_GUILESS_MAIN(TftpClientsTest)
#include "tst_tftpclients.moc"
