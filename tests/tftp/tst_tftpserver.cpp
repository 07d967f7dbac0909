// Protocol behaviour of the server, driven packet by packet from raw UDP sockets on
// 127.0.0.1 in the same process: option negotiation, retransmission, duplicate ACKs, stray
// ports, block-number wrap, uploads and many transfers at once.

#include "hexfixtures.h"
#include "tftp/netascii.h"
#include "tftp/tftppacket.h"
#include "tftp/tftpserver.h"
#include "tftptestsupport.h"

#include <QDir>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QDirIterator>
#include <QScopeGuard>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif
#include <QUdpSocket>
#include <QtTest>

using namespace ztp::tftp;
using namespace Qt::StringLiterals;

namespace {

// A client socket that waits for datagrams by running the event loop, so the server in the
// same thread keeps working.
class RawClient
{
public:
    RawClient() { m_socket.bind(QHostAddress::LocalHost, 0); }

    void send(const QByteArray &datagram, quint16 port)
    {
        m_socket.writeDatagram(datagram, QHostAddress::LocalHost, port);
    }

    std::optional<QNetworkDatagram> receive(int timeoutMs = 2000)
    {
        QElapsedTimer clock;
        clock.start();
        while (true) {
            if (m_socket.hasPendingDatagrams())
                return m_socket.receiveDatagram();
            if (clock.elapsed() >= timeoutMs)
                return std::nullopt;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
    }

    // Waits in the socket alone, so no event of this thread is processed meanwhile.
    std::optional<QNetworkDatagram> receiveWithoutEventLoop(int timeoutMs = 2000)
    {
        if (!m_socket.hasPendingDatagrams() && !m_socket.waitForReadyRead(timeoutMs))
            return std::nullopt;
        return m_socket.receiveDatagram();
    }

    bool hasPendingDatagrams() const { return m_socket.hasPendingDatagrams(); }
    QNetworkDatagram receiveNow() { return m_socket.receiveDatagram(); }
    quint16 port() const { return m_socket.localPort(); }

private:
    QUdpSocket m_socket;
};

QByteArray readRequest(const QString &name, const OptionList &options = {},
                       TransferMode mode = TransferMode::Octet)
{
    return encodeRequest(Request{Opcode::Rrq, name, mode, options});
}

// Resends after 100 ms and gives up after two, so failing transfers end quickly.
void fastRetries(TftpServerSettings &settings)
{
    settings.defaultTimeout = std::chrono::milliseconds(100);
    settings.maxRetries = 2;
}

// Formats an option list as "name=value,..." for readable comparisons.
QString formatOptions(const OptionList &options)
{
    QStringList parts;
    for (const auto &[name, value] : options)
        parts.append(name + QLatin1Char('=') + value);
    return parts.join(QLatin1Char(','));
}

} // namespace

class TftpServerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void referenceOack();
    void negotiatedOptions_data();
    void negotiatedOptions();
    void error8AfterOackEndsQuietly();
    void duplicateAckDoesNotResend();
    void strayPortPacket_data();
    void strayPortPacket();
    void retransmitsThenFails();
    void unansweredRequestKeepsServerTimeout();
    void retransmitsOnInjectedClock();
    void blockNumberWrap_data();
    void blockNumberWrap();
    void windowResendsFromAck();
    void rejectedRequests_data();
    void rejectedRequests();
    void repeatedRequestIgnored();
    void floodingClientGetsBusy();
    void rejectionLogIsRateLimited();
    void stopAbortsTransfers();
    void progressReported();
    void transferPortRange();
    void simultaneousTransfers_data();
    void simultaneousTransfers();
    void transferRunsWhileServerThreadBlocked();
    void sharedDigestFollowsFileVersion();
    void fileChangedDuringTransfer();
    void uploadNetasciiAcrossBlocks();
    void uploadWindowAndDuplicates();
    void concurrentUploadsShareQuota();
    void uploadLongNameRejected();
    void startFailures();
    void startRaisesDescriptorLimit();

private:
    std::unique_ptr<TftpServer> startServer(const std::function<void(TftpServerSettings &)> &adjust = {});
    QString writeFile(const QString &name, const QByteArray &content);
    // Downloads name lock-step with ACKs; returns the data, or a null array on failure.
    QByteArray download(RawClient &client, quint16 serverPort, const QString &name,
                        const OptionList &options, QList<quint16> *blockNumbers = nullptr);

    QTemporaryDir m_dir;
};

void TftpServerTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(u"files"_s)));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"uploads"_s)));
}

void TftpServerTest::cleanup()
{
    QDir(m_dir.filePath(u"uploads"_s)).removeRecursively();
    QDir().mkpath(m_dir.filePath(u"uploads"_s));
}

std::unique_ptr<TftpServer> TftpServerTest::startServer(const std::function<void(TftpServerSettings &)> &adjust)
{
    TftpServerSettings settings;
    settings.address = QHostAddress::LocalHost;
    settings.port = 0;
    settings.rootDirectory = m_dir.filePath(u"files"_s);
    settings.uploadDirectory = m_dir.filePath(u"uploads"_s);
    if (adjust)
        adjust(settings);

    auto server = std::make_unique<TftpServer>(settings);
    const ztp::Status status = server->start();
    if (!status)
        qWarning("server start failed: %s", qPrintable(status.errorString()));
    return server;
}

QString TftpServerTest::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = QDir(m_dir.filePath(u"files"_s)).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray TftpServerTest::download(RawClient &client, quint16 serverPort, const QString &name,
                                    const OptionList &options, QList<quint16> *blockNumbers)
{
    client.send(readRequest(name, options), serverPort);

    int blockSize = DefaultBlockSize;
    QByteArray data;
    std::optional<QNetworkDatagram> reply = client.receive();
    while (reply) {
        const QByteArray bytes = reply->data();
        const quint16 tid = quint16(reply->senderPort());
        if (peekOpcode(bytes) == Opcode::Oack) {
            const ztp::Result<OptionList> acknowledged = parseOack(bytes);
            if (!acknowledged)
                return {};
            for (const auto &[option, value] : *acknowledged) {
                if (option == u"blksize"_s)
                    blockSize = value.toInt();
            }
            client.send(encodeAck(0), tid);
        } else if (peekOpcode(bytes) == Opcode::Data) {
            const DataPacket packet = *parseData(bytes);
            if (blockNumbers)
                blockNumbers->append(packet.block);
            data.append(packet.payload);
            client.send(encodeAck(packet.block), tid);
            if (packet.payload.size() < blockSize)
                return data.isNull() ? QByteArray("") : data;
        } else {
            return {};
        }
        reply = client.receive();
    }
    return {};
}

void TftpServerTest::referenceOack()
{
    // The RRQ and OACK of the reference vectors, for a 2345-octet network-confg.
    const QHash<QString, QByteArray> fixtures = loadHexFixtures(u"packets.hex"_s);
    writeFile(u"network-confg"_s, QByteArray(2345, 'c'));
    auto server = startServer();
    QVERIFY(server->isRunning());

    RawClient client;
    client.send(fixtures.value(u"rrq-network-confg-options"_s), server->serverPort());
    const std::optional<QNetworkDatagram> reply = client.receive();
    QVERIFY(reply);
    QCOMPARE(reply->data().toHex(' '), fixtures.value(u"oack-reference"_s).toHex(' '));
    QVERIFY(reply->senderPort() != server->serverPort());
}

void TftpServerTest::negotiatedOptions_data()
{
    QTest::addColumn<QString>("requested"); // name=value,... as sent
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("expected");  // OACK contents; empty: DATA 1 comes first

    const int octet = int(TransferMode::Octet);
    QTest::newRow("blksize above MTU capped") << u"blksize=9000"_s << octet << u"blksize=1468"_s;
    QTest::newRow("blksize at minimum") << u"blksize=8"_s << octet << u"blksize=8"_s;
    QTest::newRow("blksize below minimum ignored") << u"blksize=7"_s << octet << QString();
    QTest::newRow("blksize not a number ignored") << u"blksize=1k"_s << octet << QString();
    QTest::newRow("blksize negative ignored") << u"blksize=-512"_s << octet << QString();
    QTest::newRow("blksize empty ignored") << u"blksize="_s << octet << QString();
    QTest::newRow("blksize above 65464 ignored") << u"blksize=65465"_s << octet << QString();
    QTest::newRow("blksize 70000 ignored") << u"blksize=70000"_s << octet << QString();
    QTest::newRow("timeout 1") << u"timeout=1"_s << octet << u"timeout=1"_s;
    QTest::newRow("timeout 255") << u"timeout=255"_s << octet << u"timeout=255"_s;
    QTest::newRow("timeout 0 ignored") << u"timeout=0"_s << octet << QString();
    QTest::newRow("timeout 256 ignored") << u"timeout=256"_s << octet << QString();
    QTest::newRow("tsize answered") << u"tsize=0"_s << octet << u"tsize=1000"_s;
    QTest::newRow("tsize invalid ignored") << u"tsize=x"_s << octet << QString();
    QTest::newRow("tsize netascii counts CR LF") << u"tsize=0"_s << int(TransferMode::Netascii)
                                                 << u"tsize=1010"_s;
    QTest::newRow("windowsize 8") << u"windowsize=8"_s << octet << u"windowsize=8"_s;
    QTest::newRow("windowsize capped at 32") << u"windowsize=65535"_s << octet << u"windowsize=32"_s;
    QTest::newRow("windowsize 0 ignored") << u"windowsize=0"_s << octet << QString();
    QTest::newRow("windowsize netascii ignored") << u"windowsize=4"_s << int(TransferMode::Netascii)
                                                 << QString();
    QTest::newRow("unknown option ignored") << u"multicast=,utimeout=5000"_s << octet << QString();
    QTest::newRow("upper case names") << u"BLKSIZE=1024,TSize=0"_s << octet
                                      << u"blksize=1024,tsize=1000"_s;
    QTest::newRow("repeated option first wins") << u"blksize=1024,blksize=512"_s << octet
                                                << u"blksize=1024"_s;
    QTest::newRow("mixed valid and invalid") << u"blksize=0,tsize=0,timeout=999,windowsize=2"_s
                                             << octet << u"tsize=1000,windowsize=2"_s;
}

void TftpServerTest::negotiatedOptions()
{
    QFETCH(QString, requested);
    QFETCH(int, mode);
    QFETCH(QString, expected);

    // 1000 octets with ten LF: 1010 octets in netascii.
    QByteArray content(990, 'a');
    content.append(QByteArray(10, '\n'));
    writeFile(u"options.bin"_s, content);
    auto server = startServer();

    OptionList options;
    for (const QString &pair : requested.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        options.append({pair.left(equals), pair.mid(equals + 1)});
    }

    RawClient client;
    client.send(readRequest(u"options.bin"_s, options, TransferMode(mode)), server->serverPort());
    const std::optional<QNetworkDatagram> reply = client.receive();
    QVERIFY(reply);

    if (expected.isEmpty()) {
        QCOMPARE(peekOpcode(reply->data()), std::optional(Opcode::Data));
        QCOMPARE(parseData(reply->data())->block, quint16(1));
        return;
    }
    QCOMPARE(peekOpcode(reply->data()), std::optional(Opcode::Oack));
    const QByteArray oack = reply->data();
    QVERIFY2(!oack.contains(QByteArray("\0\0", 2)), "an OACK value is empty");
    QCOMPARE(formatOptions(*parseOack(oack)), expected);
}

void TftpServerTest::error8AfterOackEndsQuietly()
{
    writeFile(u"refused.bin"_s, QByteArray(3000, 'r'));
    auto server = startServer([](TftpServerSettings &s) { s.defaultTimeout = std::chrono::milliseconds(100); });
    QSignalSpy finished(server.get(), &TftpServer::transferFinished);

    RawClient client;
    client.send(readRequest(u"refused.bin"_s, {{u"blksize"_s, u"1024"_s}}), server->serverPort());
    const std::optional<QNetworkDatagram> oack = client.receive();
    QVERIFY(oack);
    QCOMPARE(peekOpcode(oack->data()), std::optional(Opcode::Oack));

    client.send(encodeError(ErrorCode::OptionNegotiationFailed, u"blksize refused"_s),
                quint16(oack->senderPort()));
    QTRY_COMPARE(finished.size(), 1);
    const TransferRecord record = finished.at(0).at(0).value<TransferRecord>();
    QVERIFY(!record.success);
    QVERIFY2(record.error.contains(u"ERROR 8"_s), qPrintable(record.error));

    // Neither an ERROR reply nor a resent OACK follows, even after several timeouts.
    QVERIFY(!client.receive(500));
    QCOMPARE(server->activeTransferCount(), 0);
}

void TftpServerTest::duplicateAckDoesNotResend()
{
    writeFile(u"three-blocks.bin"_s, QByteArray(1200, 'd'));
    auto server = startServer([](TftpServerSettings &s) { s.defaultTimeout = std::chrono::milliseconds(2000); });

    RawClient client;
    client.send(readRequest(u"three-blocks.bin"_s), server->serverPort());
    std::optional<QNetworkDatagram> packet = client.receive();
    QVERIFY(packet);
    const quint16 tid = quint16(packet->senderPort());
    QCOMPARE(parseData(packet->data())->block, quint16(1));

    client.send(encodeAck(1), tid);
    packet = client.receive();
    QVERIFY(packet);
    QCOMPARE(parseData(packet->data())->block, quint16(2));

    // A delayed duplicate of ACK 1 must not resend block 2 (Sorcerer's Apprentice).
    client.send(encodeAck(1), tid);
    QVERIFY(!client.receive(300));

    client.send(encodeAck(2), tid);
    packet = client.receive();
    QVERIFY(packet);
    QCOMPARE(parseData(packet->data())->block, quint16(3));
    QCOMPARE(parseData(packet->data())->payload.size(), 176);
    QVERIFY(!client.hasPendingDatagrams());
}

void TftpServerTest::strayPortPacket_data()
{
    QTest::addColumn<QByteArray>("packet");
    QTest::addColumn<bool>("answered");

    QTest::newRow("ACK gets ERROR 5") << encodeAck(1) << true;
    // ERROR packets are never answered, so two transfers, or one spoofed to itself, cannot keep
    // sending each other ERROR 5.
    QTest::newRow("ERROR gets nothing") << encodeError(ErrorCode::UnknownTransferId, u"Unknown transfer ID"_s)
                                        << false;
}

// A packet from a stray port leaves the transfer alone.
void TftpServerTest::strayPortPacket()
{
    QFETCH(QByteArray, packet);
    QFETCH(bool, answered);

    writeFile(u"stray.bin"_s, QByteArray(700, 's'));
    auto server = startServer();
    QSignalSpy finished(server.get(), &TftpServer::transferFinished);

    RawClient client;
    RawClient stranger;
    client.send(readRequest(u"stray.bin"_s), server->serverPort());
    std::optional<QNetworkDatagram> data = client.receive();
    QVERIFY(data);
    const quint16 tid = quint16(data->senderPort());

    stranger.send(packet, tid);
    const std::optional<QNetworkDatagram> reply = stranger.receive(answered ? 2000 : 300);
    QCOMPARE(reply.has_value(), answered);
    if (answered)
        QCOMPARE(parseError(reply->data())->code, ErrorCode::UnknownTransferId);

    client.send(encodeAck(1), tid);
    data = client.receive();
    QVERIFY(data);
    QCOMPARE(parseData(data->data())->block, quint16(2));
    client.send(encodeAck(2), tid);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).value<TransferRecord>().success);
}

// A request for timeout 255 that its sender never acknowledges ends on the server's own timeout
// and retries, not after 6 x 255 s.
void TftpServerTest::unansweredRequestKeepsServerTimeout()
{
    writeFile(u"unanswered.bin"_s, QByteArray(3000, 'w'));
    auto server = startServer(fastRetries);
    QSignalSpy finished(server.get(), &TftpServer::transferFinished);

    RawClient client;
    client.send(readRequest(u"unanswered.bin"_s, {{u"timeout"_s, u"255"_s}}), server->serverPort());
    const std::optional<QNetworkDatagram> oack = client.receive();
    QVERIFY(oack);
    QCOMPARE(formatOptions(*parseOack(oack->data())), u"timeout=255"_s);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 3000);
    QVERIFY(!finished.at(0).at(0).value<TransferRecord>().success);
    QCOMPARE(server->activeTransferCount(), 0);
}

void TftpServerTest::retransmitsThenFails()
{
    writeFile(u"lost.bin"_s, QByteArray(2000, 'l'));
    auto server = startServer(fastRetries);
    QSignalSpy finished(server.get(), &TftpServer::transferFinished);

    RawClient client;
    client.send(readRequest(u"lost.bin"_s), server->serverPort());

    // Block 1 is sent once and resent twice; then the transfer fails.
    int copies = 0;
    while (const std::optional<QNetworkDatagram> packet = client.receive(400)) {
        QCOMPARE(parseData(packet->data())->block, quint16(1));
        ++copies;
    }
    QCOMPARE(copies, 3);
    QTRY_COMPARE(finished.size(), 1);
    const TransferRecord record = finished.at(0).at(0).value<TransferRecord>();
    QVERIFY(!record.success);
    QVERIFY2(record.error.contains(u"Timed out"_s), qPrintable(record.error));
    QCOMPARE(server->activeTransferCount(), 0);
}

void TftpServerTest::retransmitsOnInjectedClock()
{
    writeFile(u"clocked.bin"_s, QByteArray(2000, 'c'));
    auto fakeNow = std::make_shared<std::chrono::steady_clock::time_point>();
    auto server = startServer([fakeNow](TftpServerSettings &s) {
        // An hour of real time never passes in this test: only the injected clock moves.
        s.defaultTimeout = std::chrono::hours(1);
        s.maxRetries = 2;
        s.clock = [fakeNow] { return *fakeNow; };
    });
    QSignalSpy finished(server.get(), &TftpServer::transferFinished);

    RawClient client;
    client.send(readRequest(u"clocked.bin"_s), server->serverPort());
    std::optional<QNetworkDatagram> packet = client.receive();
    QVERIFY(packet);
    QCOMPARE(parseData(packet->data())->block, quint16(1));

    // Just before the deadline nothing is resent.
    *fakeNow += std::chrono::hours(1) - std::chrono::milliseconds(1);
    server->checkTimeouts();
    QVERIFY(!client.receive(100));

    // At the deadline block 1 is resent, and again one timeout later.
    for (int retry = 1; retry <= 2; ++retry) {
        *fakeNow += std::chrono::milliseconds(1) + (retry == 1 ? std::chrono::hours(0) : std::chrono::hours(1));
        server->checkTimeouts();
        packet = client.receive(1000);
        QVERIFY2(packet, qPrintable(u"retry %1 not sent"_s.arg(retry)));
        QCOMPARE(parseData(packet->data())->block, quint16(1));
    }

    // The third timeout exceeds maxRetries and ends the transfer.
    *fakeNow += std::chrono::hours(1);
    server->checkTimeouts();
    QCOMPARE(finished.size(), 1);
    const TransferRecord record = finished.at(0).at(0).value<TransferRecord>();
    QVERIFY(!record.success);
    QVERIFY2(record.error.contains(u"Timed out"_s), qPrintable(record.error));
    QVERIFY(!client.receive(100));
}

void TftpServerTest::blockNumberWrap_data()
{
    QTest::addColumn<bool>("rolloverToZero");
    QTest::addColumn<int>("blockAfterWrap");

    QTest::newRow("wrap to 0") << true << 0;
    QTest::newRow("wrap to 1") << false << 1;
}

void TftpServerTest::blockNumberWrap()
{
    QFETCH(bool, rolloverToZero);
    QFETCH(int, blockAfterWrap);

    // 65537 blocks of 8 octets: the last two come after block 65535.
    QByteArray content(8 * 65536 + 3, '\0');
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char(i * 7);
    writeFile(u"wrap.bin"_s, content);
    auto server = startServer([rolloverToZero](TftpServerSettings &s) { s.rolloverToZero = rolloverToZero; });
    QSignalSpy finished(server.get(), &TftpServer::transferFinished);

    RawClient client;
    QList<quint16> blocks;
    const QByteArray data = download(client, server->serverPort(), u"wrap.bin"_s,
                                     {{u"blksize"_s, u"8"_s}}, &blocks);
    QCOMPARE(data.size(), content.size());
    QCOMPARE(data, content);
    QCOMPARE(blocks.size(), 65537);
    QCOMPARE(blocks.at(65534), quint16(65535));
    QCOMPARE(int(blocks.at(65535)), blockAfterWrap);
    QCOMPARE(int(blocks.at(65536)), blockAfterWrap + 1);

    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).value<TransferRecord>().success);
}

void TftpServerTest::windowResendsFromAck()
{
    writeFile(u"window.bin"_s, QByteArray(512 * 10, 'w'));
    auto server = startServer();

    RawClient client;
    client.send(readRequest(u"window.bin"_s, {{u"windowsize"_s, u"4"_s}}), server->serverPort());
    std::optional<QNetworkDatagram> packet = client.receive();
    QVERIFY(packet);
    QCOMPARE(formatOptions(*parseOack(packet->data())), u"windowsize=4"_s);
    const quint16 tid = quint16(packet->senderPort());

    auto receiveBlocks = [&client](int count) {
        QList<quint16> blocks;
        for (int i = 0; i < count; ++i) {
            const std::optional<QNetworkDatagram> data = client.receive();
            if (!data)
                break;
            blocks.append(parseData(data->data())->block);
        }
        return blocks;
    };

    client.send(encodeAck(0), tid);
    QCOMPARE(receiveBlocks(4), (QList<quint16>{1, 2, 3, 4}));

    // RFC 7440: an ACK inside the window means block 3 was lost; the next window starts at 3.
    client.send(encodeAck(2), tid);
    QCOMPARE(receiveBlocks(4), (QList<quint16>{3, 4, 5, 6}));

    client.send(encodeAck(6), tid);
    QCOMPARE(receiveBlocks(4), (QList<quint16>{7, 8, 9, 10}));
    client.send(encodeAck(10), tid);
    // 5120 octets end with an empty block 11.
    const std::optional<QNetworkDatagram> last = client.receive();
    QVERIFY(last);
    QCOMPARE(parseData(last->data())->block, quint16(11));
    QVERIFY(parseData(last->data())->payload.isEmpty());
}

void TftpServerTest::rejectedRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("errorCode");

    QTest::newRow("mail mode") << readRequest(u"root"_s, {}, TransferMode::Mail) << 4;
    QTest::newRow("unknown mode") << QByteArray("\0\1file\0binary\0", 14) << 4;
    QTest::newRow("no mode") << QByteArray("\0\1file\0", 7) << 4;
    QTest::newRow("missing file") << readRequest(u"missing.bin"_s) << 1;
    QTest::newRow("traversal") << readRequest(u"../../etc/passwd"_s) << 2;
    QTest::newRow("backslash traversal") << readRequest(u"cfg\\..\\..\\secret"_s) << 2;
    QTest::newRow("only slashes") << readRequest(u"//"_s) << 2;
    QTest::newRow("upload when off") << encodeRequest(Request{Opcode::Wrq, u"x.cfg"_s, TransferMode::Octet, {}}) << 2;
}

void TftpServerTest::rejectedRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, errorCode);

    auto server = startServer();
    RawClient client;
    client.send(request, server->serverPort());
    const std::optional<QNetworkDatagram> reply = client.receive();
    QVERIFY(reply);
    const ztp::Result<ErrorPacket> error = parseError(reply->data());
    QVERIFY2(error.ok(), reply->data().toHex(' ').constData());
    QCOMPARE(int(error->code), errorCode);
    QVERIFY(!error->message.isEmpty());
    QCOMPARE(server->activeTransferCount(), 0);
}

void TftpServerTest::repeatedRequestIgnored()
{
    writeFile(u"repeat.bin"_s, QByteArray(100, 'r'));
    auto server = startServer();
    QSignalSpy started(server.get(), &TftpServer::transferStarted);

    // A client that resends its RRQ before the first DATA arrives gets one transfer.
    RawClient client;
    client.send(readRequest(u"repeat.bin"_s), server->serverPort());
    client.send(readRequest(u"repeat.bin"_s), server->serverPort());
    QVERIFY(client.receive());
    QVERIFY(!client.receive(200));
    QCOMPARE(started.size(), 1);
}

void TftpServerTest::floodingClientGetsBusy()
{
    writeFile(u"flood.bin"_s, QByteArray(5000, 'f'));
    auto server = startServer([](TftpServerSettings &s) { s.maxTransfersPerClient = 2; });

    // Two transfers from one address are served; the third, from a new port, is refused.
    RawClient first, second, third;
    first.send(readRequest(u"flood.bin"_s), server->serverPort());
    QVERIFY(first.receive());
    second.send(readRequest(u"flood.bin"_s), server->serverPort());
    QVERIFY(second.receive());
    third.send(readRequest(u"flood.bin"_s), server->serverPort());
    const std::optional<QNetworkDatagram> reply = third.receive();
    QVERIFY(reply);
    const ztp::Result<ErrorPacket> error = parseError(reply->data());
    QVERIFY2(error.ok(), reply->data().toHex(' ').constData());
    QCOMPARE(error->code, ErrorCode::NotDefined);
    QVERIFY(error->message.contains(u"busy"_s));
    QCOMPARE(server->activeTransferCount(), 2);
}

namespace {
int g_rejectionLines = 0;
QtMessageHandler g_previousHandler = nullptr;

void countRejections(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"rejected request from"_s))
        ++g_rejectionLines;
    g_previousHandler(type, context, message);
}
} // namespace

// A client that floods malformed requests gets an answer to each, but only the first 20 reach
// the log; the rest are counted in one line later.
void TftpServerTest::rejectionLogIsRateLimited()
{
    auto server = startServer();
    g_rejectionLines = 0;
    g_previousHandler = qInstallMessageHandler(countRejections);
    const auto restore = qScopeGuard([] { qInstallMessageHandler(g_previousHandler); });

    RawClient client;
    for (int i = 0; i < 100; ++i) {
        client.send(QByteArray("\0\1file\0binary\0", 14), server->serverPort());
        QVERIFY(client.receive());
    }

    QVERIFY2(g_rejectionLines >= 20 && g_rejectionLines <= 22, qPrintable(QString::number(g_rejectionLines)));
}

void TftpServerTest::stopAbortsTransfers()
{
    writeFile(u"abort.bin"_s, QByteArray(5000, 'a'));
    auto server = startServer();
    QSignalSpy finished(server.get(), &TftpServer::transferFinished);

    RawClient client;
    client.send(readRequest(u"abort.bin"_s), server->serverPort());
    QVERIFY(client.receive());

    server->stop();
    QVERIFY(!server->isRunning());
    const std::optional<QNetworkDatagram> error = client.receive();
    QVERIFY(error);
    QCOMPARE(parseError(error->data())->code, ErrorCode::NotDefined);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.at(0).at(0).value<TransferRecord>().success);
    QCOMPARE(server->activeTransferCount(), 0);
}

void TftpServerTest::progressReported()
{
    writeFile(u"progress.bin"_s, QByteArray(20000, 'p'));
    auto server = startServer();
    QSignalSpy progress(server.get(), &TftpServer::transferProgress);
    QSignalSpy finished(server.get(), &TftpServer::transferFinished);

    RawClient client;
    QCOMPARE(download(client, server->serverPort(), u"progress.bin"_s, {{u"tsize"_s, u"0"_s}}).size(), 20000);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!progress.isEmpty());
    const QList<QVariant> last = progress.last();
    QCOMPARE(last.at(1).toLongLong(), 20000);
    QCOMPARE(last.at(2).toLongLong(), 20000);
    QVERIFY(last.at(3).toDouble() > 0);
}

void TftpServerTest::transferPortRange()
{
    writeFile(u"range.bin"_s, QByteArray(2000, 'g'));

    // Find three free consecutive ports above the ephemeral range's usual start.
    quint16 first = 0;
    for (quint16 candidate = 47000; candidate < 47600 && first == 0; candidate += 7) {
        QUdpSocket a, b, c;
        if (a.bind(QHostAddress::LocalHost, candidate) && b.bind(QHostAddress::LocalHost, candidate + 1)
            && c.bind(QHostAddress::LocalHost, candidate + 2))
            first = candidate;
    }
    QVERIFY(first != 0);
    auto server = startServer([first](TftpServerSettings &s) {
        s.transferPortFirst = first;
        s.transferPortLast = quint16(first + 2);
    });

    // Four transfers at once: three get a port from the range, the fourth ERROR 0.
    QList<std::shared_ptr<RawClient>> clients;
    QSet<quint16> ports;
    for (int i = 0; i < 3; ++i) {
        auto client = std::make_shared<RawClient>();
        client->send(readRequest(u"range.bin"_s), server->serverPort());
        const std::optional<QNetworkDatagram> packet = client->receive();
        QVERIFY(packet);
        QCOMPARE(peekOpcode(packet->data()), std::optional(Opcode::Data));
        const quint16 port = quint16(packet->senderPort());
        QVERIFY2(port >= first && port <= first + 2, qPrintable(QString::number(port)));
        ports.insert(port);
        clients.append(client);
    }
    QCOMPARE(ports.size(), 3);

    RawClient fourth;
    fourth.send(readRequest(u"range.bin"_s), server->serverPort());
    const std::optional<QNetworkDatagram> refused = fourth.receive();
    QVERIFY(refused);
    QCOMPARE(parseError(refused->data())->code, ErrorCode::NotDefined);
}

void TftpServerTest::simultaneousTransfers_data()
{
    QTest::addColumn<int>("transfersPerThread");

    QTest::newRow("default pool") << TftpServerSettings().transfersPerThread;
    QTest::newRow("thread per transfer") << 1;
    QTest::newRow("one thread for all") << 1000;
}

void TftpServerTest::simultaneousTransfers()
{
    QFETCH(int, transfersPerThread);

    constexpr int clientCount = 200;
    QByteArray content(10000, '\0');
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char(i % 251);
    writeFile(u"many.bin"_s, content);
    auto server = startServer([transfersPerThread](TftpServerSettings &s) {
        s.transfersPerThread = transfersPerThread;
    });
    QSignalSpy finished(server.get(), &TftpServer::transferFinished);

    std::vector<std::unique_ptr<RawClient>> clients;
    std::vector<QByteArray> received(clientCount);
    std::vector<bool> done(clientCount, false);
    for (int i = 0; i < clientCount; ++i) {
        clients.push_back(std::make_unique<RawClient>());
        clients.back()->send(readRequest(u"many.bin"_s, {{u"blksize"_s, u"512"_s}}), server->serverPort());
    }

    // All clients acknowledge in one loop, so all transfers are open at once.
    int maxActive = 0;
    int completed = 0;
    QElapsedTimer clock;
    clock.start();
    while (completed < clientCount && clock.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        maxActive = std::max(maxActive, server->activeTransferCount());
        for (int i = 0; i < clientCount; ++i) {
            while (clients[i]->hasPendingDatagrams()) {
                const QNetworkDatagram datagram = clients[i]->receiveNow();
                const quint16 tid = quint16(datagram.senderPort());
                if (peekOpcode(datagram.data()) == Opcode::Oack) {
                    clients[i]->send(encodeAck(0), tid);
                    continue;
                }
                const ztp::Result<DataPacket> packet = parseData(datagram.data());
                if (!packet)
                    continue;
                if (received[i].size() == (packet->block - 1) * 512)
                    received[i].append(packet->payload);
                clients[i]->send(encodeAck(packet->block), tid);
                if (packet->payload.size() < 512 && !done[i]) {
                    done[i] = true;
                    ++completed;
                }
            }
        }
    }

    QCOMPARE(completed, clientCount);
    for (int i = 0; i < clientCount; ++i)
        QCOMPARE(received[i], content);
    QTRY_COMPARE(finished.size(), clientCount);
    for (const QList<QVariant> &arguments : finished)
        QVERIFY(arguments.at(0).value<TransferRecord>().success);
    QCOMPARE(maxActive, clientCount);
}

void TftpServerTest::transferRunsWhileServerThreadBlocked()
{
    // Worker threads carry the data path, so a download goes on while the thread that owns
    // the server (here the test's) processes no events, as when a GUI thread is busy.
    QByteArray content(512 * 40 + 7, '\0');
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char(i * 13);
    writeFile(u"blocked.bin"_s, content);
    auto server = startServer();
    QSignalSpy finished(server.get(), &TftpServer::transferFinished);

    // The request port is read on the server's thread, so the first reply needs its events.
    RawClient client;
    client.send(readRequest(u"blocked.bin"_s), server->serverPort());
    std::optional<QNetworkDatagram> packet = client.receive();
    QVERIFY(packet);
    const quint16 tid = quint16(packet->senderPort());

    QByteArray data;
    for (quint16 expected = 1;; ++expected) {
        const ztp::Result<DataPacket> block = parseData(packet->data());
        QVERIFY2(block.ok(), packet->data().toHex(' ').constData());
        QCOMPARE(block->block, expected);
        data.append(block->payload);
        client.send(encodeAck(block->block), tid);
        if (block->payload.size() < DefaultBlockSize)
            break;
        packet = client.receiveWithoutEventLoop();
        QVERIFY2(packet, qPrintable(u"no DATA %1 while the server's thread was blocked"_s.arg(expected + 1)));
    }
    QCOMPARE(data, content);

    // The outcome reaches the server's thread once it processes events again.
    QTRY_COMPARE(finished.size(), 1);
    const TransferRecord record = finished.at(0).at(0).value<TransferRecord>();
    QVERIFY2(record.success, qPrintable(record.error));
    QCOMPARE(record.bytesSent, content.size());
    QCOMPARE(record.sha256, QCryptographicHash::hash(content, QCryptographicHash::Sha256));
    QCOMPARE(server->activeTransferCount(), 0);
}

// Downloads of a file of 1 MiB or more take its SHA-256 from one hash of the file once that
// is ready. The record must still name the bytes sent, also after the file is rewritten with
// other bytes of the same size.
void TftpServerTest::sharedDigestFollowsFileVersion()
{
    QByteArray first(2 * 1024 * 1024 + 100, '\0');
    for (qsizetype i = 0; i < first.size(); ++i)
        first[i] = char(i * 7 + i / 4096);
    QByteArray second = first;
    for (qsizetype i = 0; i < second.size(); i += 1000)
        second[i] = char(~second[i]);
    writeFile(u"image.bin"_s, first);

    auto server = startServer();
    QSignalSpy finished(server.get(), &TftpServer::transferFinished);
    RawClient client;
    const OptionList options {{u"blksize"_s, u"1400"_s}};
    const auto fetch = [&](const QByteArray &expected) {
        const int before = int(finished.size());
        QCOMPARE(download(client, server->serverPort(), u"image.bin"_s, options), expected);
        QTRY_COMPARE(finished.size(), before + 1);
        const TransferRecord record = finished.last().at(0).value<TransferRecord>();
        QVERIFY2(record.success, qPrintable(record.error));
        QCOMPARE(record.sha256.toHex(), QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex());
    };

    // The first download starts the shared hash; the second finds it ready.
    fetch(first);
    QTest::qWait(200);
    fetch(first);

    // Rewritten in place: a new version, whose downloads must not take the old digest.
    QTest::qWait(20);
    writeFile(u"image.bin"_s, second);
    fetch(second);
    QTest::qWait(200);
    fetch(second);
}

// A file rewritten in place while a download that took over the shared digest sends it: that
// digest no longer names the bytes sent, so the record carries none.
void TftpServerTest::fileChangedDuringTransfer()
{
    const QByteArray content(2 * 1024 * 1024, 'c');
    writeFile(u"changing.bin"_s, content);
    auto server = startServer();
    QSignalSpy finished(server.get(), &TftpServer::transferFinished);
    RawClient client;
    const OptionList options {{u"blksize"_s, u"1400"_s}};
    QCOMPARE(download(client, server->serverPort(), u"changing.bin"_s, options), content);
    QTest::qWait(200); // the shared digest is ready now

    client.send(readRequest(u"changing.bin"_s, options), server->serverPort());
    std::optional<QNetworkDatagram> packet = client.receive();
    QVERIFY(packet);
    const quint16 tid = quint16(packet->senderPort());
    quint16 acknowledged = 0;
    for (int received = 0; received < 4000; ++received) {
        client.send(encodeAck(acknowledged), tid);
        packet = client.receive();
        QVERIFY(packet);
        const ztp::Result<DataPacket> data = parseData(packet->data());
        QVERIFY(data.ok());
        acknowledged = data->block;
        if (acknowledged == 3) {
            QFile file(m_dir.filePath(u"files/changing.bin"_s));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(1024 * 1024));
            QCOMPARE(file.write("changed"), qint64(7));
        }
        if (data->payload.size() < 1400)
            break;
    }
    client.send(encodeAck(acknowledged), tid);

    QTRY_COMPARE(finished.size(), 2);
    const TransferRecord record = finished.last().at(0).value<TransferRecord>();
    QVERIFY2(record.success, qPrintable(record.error));
    QVERIFY2(record.sha256.isEmpty(), record.sha256.toHex().constData());
}

void TftpServerTest::uploadNetasciiAcrossBlocks()
{
    auto server = startServer([](TftpServerSettings &s) { s.allowUploads = true; });
    QSignalSpy finished(server.get(), &TftpServer::transferFinished);

    // The CR of a CR LF is the last octet of block 1 and its LF the first of block 2; a CR NUL
    // is split the same way between blocks 2 and 3.
    QByteArray original = QByteArray(511, 'a') + "\nline two" + QByteArray(502, 'b') + "\rtail\n";
    const QByteArray wire = encodeNetascii(original);
    QCOMPARE(wire.at(511), '\r');
    QCOMPARE(wire.at(512), '\n');
    QCOMPARE(wire.at(1023), '\r');
    QCOMPARE(wire.at(1024), '\0');

    RawClient client;
    client.send(encodeRequest(Request{Opcode::Wrq, u"ascii.cfg"_s, TransferMode::Netascii, {}}),
                server->serverPort());
    std::optional<QNetworkDatagram> reply = client.receive();
    QVERIFY(reply);
    QCOMPARE(*parseAck(reply->data()), quint16(0));
    const quint16 tid = quint16(reply->senderPort());

    for (quint16 block = 1; (block - 1) * 512 <= wire.size(); ++block) {
        client.send(encodeData(block, wire.mid((block - 1) * 512, 512)), tid);
        reply = client.receive();
        QVERIFY(reply);
        QCOMPARE(*parseAck(reply->data()), block);
    }

    QTRY_COMPARE(finished.size(), 1);
    const TransferRecord record = finished.at(0).at(0).value<TransferRecord>();
    QVERIFY2(record.success, qPrintable(record.error));
    QFile stored(record.localPath);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), original);
}

void TftpServerTest::uploadWindowAndDuplicates()
{
    auto server = startServer([](TftpServerSettings &s) { s.allowUploads = true; });
    QSignalSpy finished(server.get(), &TftpServer::transferFinished);
    const QByteArray content(512 * 5 + 100, 'u');

    RawClient client;
    client.send(encodeRequest(Request{Opcode::Wrq, u"dir\\window.bin"_s, TransferMode::Octet,
                                      {{u"windowsize"_s, u"2"_s}, {u"tsize"_s, u"2660"_s}}}),
                server->serverPort());
    std::optional<QNetworkDatagram> reply = client.receive();
    QVERIFY(reply);
    QCOMPARE(formatOptions(*parseOack(reply->data())), u"windowsize=2,tsize=2660"_s);
    const quint16 tid = quint16(reply->senderPort());

    auto sendBlock = [&](quint16 block) {
        client.send(encodeData(block, content.mid((block - 1) * 512, 512)), tid);
    };

    // A window of two blocks gets one ACK.
    sendBlock(1);
    QVERIFY(!client.receive(100));
    sendBlock(2);
    reply = client.receive();
    QVERIFY(reply);
    QCOMPARE(*parseAck(reply->data()), quint16(2));

    // Block 4 before block 3: the server acknowledges the last block received in order.
    sendBlock(4);
    reply = client.receive();
    QVERIFY(reply);
    QCOMPARE(*parseAck(reply->data()), quint16(2));

    sendBlock(3);
    sendBlock(4);
    reply = client.receive();
    QVERIFY(reply);
    QCOMPARE(*parseAck(reply->data()), quint16(4));
    sendBlock(5);
    sendBlock(6);
    reply = client.receive();
    QVERIFY(reply);
    QCOMPARE(*parseAck(reply->data()), quint16(6));

    // The final ACK was "lost": while dallying, the resent last block is acknowledged again.
    sendBlock(6);
    reply = client.receive();
    QVERIFY(reply);
    QCOMPARE(*parseAck(reply->data()), quint16(6));

    QTRY_COMPARE(finished.size(), 1);
    const TransferRecord record = finished.at(0).at(0).value<TransferRecord>();
    QVERIFY2(record.success, qPrintable(record.error));
    QCOMPARE(QFileInfo(record.localPath).fileName(), u"window.bin"_s);
    QFile stored(record.localPath);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), content);
    QCOMPARE(record.totalBytes, qint64(2660));
}

// Two uploads of one device that start together share its quota: the one that would pass it
// fails, and what is stored stays within it.
void TftpServerTest::concurrentUploadsShareQuota()
{
    auto server = startServer([](TftpServerSettings &s) {
        s.allowUploads = true;
        s.uploadQuota = 1500;
    });
    QSignalSpy finished(server.get(), &TftpServer::transferFinished);

    RawClient first;
    RawClient second;
    first.send(encodeRequest(Request{Opcode::Wrq, u"a.cfg"_s, TransferMode::Octet, {}}), server->serverPort());
    second.send(encodeRequest(Request{Opcode::Wrq, u"b.cfg"_s, TransferMode::Octet, {}}), server->serverPort());
    const std::optional<QNetworkDatagram> firstAck = first.receive();
    const std::optional<QNetworkDatagram> secondAck = second.receive();
    QVERIFY(firstAck);
    QVERIFY(secondAck);
    const quint16 firstTid = quint16(firstAck->senderPort());
    const quint16 secondTid = quint16(secondAck->senderPort());

    first.send(encodeData(1, QByteArray(512, 'a')), firstTid);
    QVERIFY(first.receive());
    second.send(encodeData(1, QByteArray(512, 'b')), secondTid);
    QVERIFY(second.receive());

    // 1024 of 1500 octets are taken: the next 512 of the first upload do not fit.
    first.send(encodeData(2, QByteArray(512, 'a')), firstTid);
    const std::optional<QNetworkDatagram> refused = first.receive();
    QVERIFY(refused);
    QCOMPARE(parseError(refused->data())->code, ErrorCode::DiskFull);

    // The first upload's octets are free again, so the second one completes.
    second.send(encodeData(2, QByteArray(512, 'b')), secondTid);
    QVERIFY(second.receive());
    second.send(encodeData(3, QByteArray()), secondTid);
    QTRY_COMPARE(finished.size(), 2);

    qint64 stored = 0;
    QDirIterator files(m_dir.filePath(u"uploads"_s), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext())
        stored += QFileInfo(files.next()).size();
    QCOMPARE(stored, qint64(1024));
}

// A name near NAME_MAX leaves no room for a version suffix, so it is rejected before any data.
void TftpServerTest::uploadLongNameRejected()
{
    auto server = startServer([](TftpServerSettings &s) { s.allowUploads = true; });

    RawClient client;
    client.send(encodeRequest(Request{Opcode::Wrq, QString(201, QLatin1Char('n')), TransferMode::Octet, {}}),
                server->serverPort());
    const std::optional<QNetworkDatagram> reply = client.receive();
    QVERIFY(reply);
    QCOMPARE(parseError(reply->data())->code, ErrorCode::AccessViolation);
    QCOMPARE(server->activeTransferCount(), 0);
}

void TftpServerTest::startFailures()
{
    auto missingRoot = startServer([this](TftpServerSettings &s) {
        s.rootDirectory = m_dir.filePath(u"no-such-folder"_s);
    });
    QVERIFY(!missingRoot->isRunning());
    QVERIFY(missingRoot->start().errorString().contains(u"does not exist"_s));

    TftpServerSettings settings;
    settings.address = QHostAddress::LocalHost;
    settings.port = 0;
    settings.rootDirectory = m_dir.filePath(u"files"_s);
    settings.transferPortFirst = 5000;
    settings.transferPortLast = 4000;
    TftpServer badRange(settings);
    QVERIFY(badRange.start().errorString().contains(u"range"_s));

    settings.transferPortFirst = settings.transferPortLast = 0;
    settings.allowUploads = true;
    settings.uploadDirectory.clear();
    TftpServer noUploadFolder(settings);
    QVERIFY(noUploadFolder.start().errorString().contains(u"upload folder"_s));
}

// Each transfer keeps a socket and a file open, so starting raises the open file limit to what
// maxTransfers needs (1024 x 2 plus a reserve), as far as the hard limit allows.
void TftpServerTest::startRaisesDescriptorLimit()
{
#ifdef Q_OS_LINUX
    rlimit original {};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &original), 0);
    if (original.rlim_max != RLIM_INFINITY && original.rlim_max < 2304)
        QSKIP("the hard open file limit is below 2304");
    const auto restore = qScopeGuard([original] { ::setrlimit(RLIMIT_NOFILE, &original); });
    rlimit lowered = original;
    lowered.rlim_cur = 256;
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &lowered), 0);

    auto server = startServer();

    rlimit raised {};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &raised), 0);
    QVERIFY2(raised.rlim_cur >= 2304, qPrintable(QString::number(raised.rlim_cur)));
#else
    QSKIP("the open file limit is raised on Linux only");
#endif
}

QTEST_GUILESS_MAIN(TftpServerTest)
#include "tst_tftpserver.moc"
