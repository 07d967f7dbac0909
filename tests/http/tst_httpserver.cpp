// HttpServer over loopback with raw sockets: keep-alive, pipelining, HEAD, limits, chunked
// request bodies, deferred responses, slow and vanishing clients, and that the server keeps
// serving after each of them.
#include "http/fileresponder.h"
#include "http/httpserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ztp::http;

namespace {

// One response as read off the wire.
struct WireResponse
{
    int status = 0;
    QByteArray headers;
    QByteArray body;
};

// Splits complete responses off the front of `buffer`. `headRequests` tells how many of the
// next responses answer HEAD and so carry no body despite their Content-Length.
QList<WireResponse> takeResponses(QByteArray &buffer, int headRequests = 0)
{
    QList<WireResponse> responses;
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return responses;
        WireResponse response;
        response.headers = buffer.left(end + 2);
        response.status = buffer.mid(9, 3).toInt();
        qint64 length = 0;
        for (const QByteArray &line : response.headers.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (headRequests > 0) {
            --headRequests;
            length = 0;
        }
        if (buffer.size() < end + 4 + length)
            return responses;
        response.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        responses.append(response);
    }
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keepAliveTwoRequests();
    void pipelinedRequests();
    void headHasNoBody();
    void oversizedHeaderRejected();
    void slowClientGets408();
    void idleConnectionClosed();
    void vanishingClientRecorded();
    void connectionLimit();
    void unknownMethod();
    void invalidRangeGetsWholeFile();
    void chunkedPostDecoded();
    void malformedChunks_data();
    void malformedChunks();
    void expectContinue();
    void deferredResponseKeepsOrder();
    void errorResponseSurvivesLateInput();

private:
    std::unique_ptr<QTcpSocket> connectClient();
    QList<WireResponse> exchange(
        QTcpSocket &socket, const QByteArray &requests, int count, int headRequests = 0);
    void verifyServerStillAnswers();

    QTemporaryDir m_root;
    std::unique_ptr<HttpServer> m_server;
};

void TestHttpServer::init()
{
    QFile file(m_root.filePath(QStringLiteral("image.bin")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray data(4 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char(i % 251);
    file.write(data);
    file.close();

    HttpServerSettings settings;
    settings.address = QHostAddress::LocalHost;
    settings.port = 0;
    settings.requestTimeout = std::chrono::milliseconds(300);
    settings.idleTimeout = std::chrono::milliseconds(400);
    settings.maxConnections = 4;
    settings.limits.maxHeaderBytes = 4096;
    m_server = std::make_unique<HttpServer>(settings);
    const QString root = m_root.path();
    m_server->setHandler([root](const HttpRequest &request, const HttpClient &) {
        // POST echoes the decoded body, and /deferred responds 50 ms later from the event loop.
        if (request.method == "POST")
            return HttpResponse::bytes(200, request.body, "application/octet-stream");
        if (request.path == QLatin1String("/deferred")) {
            HttpResponse response;
            response.deferred = [](const ResponseCallback &reply) {
                QTimer::singleShot(
                    50, [reply] { reply(HttpResponse::text(200, QStringLiteral("late"))); });
            };
            return response;
        }
        return serveFile(request, root, request.path);
    });
    QVERIFY2(m_server->start(), "the server did not start on 127.0.0.1");
}

void TestHttpServer::cleanup()
{
    m_server.reset();
}

std::unique_ptr<QTcpSocket> TestHttpServer::connectClient()
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    return socket;
}

QList<WireResponse> TestHttpServer::exchange(
    QTcpSocket &socket, const QByteArray &requests, int count, int headRequests)
{
    QByteArray buffer;
    QList<WireResponse> responses;
    socket.write(requests);
    const bool arrived = QTest::qWaitFor(
        [&] {
            buffer += socket.readAll();
            responses += takeResponses(buffer, headRequests - int(responses.size()));
            return responses.size() >= count;
        },
        5000);
    if (!arrived)
        qWarning("only %d of %d responses arrived within 5 s", int(responses.size()), count);
    return responses;
}

void TestHttpServer::verifyServerStillAnswers()
{
    auto socket = connectClient();
    const auto responses
        = exchange(*socket, "GET /image.bin HTTP/1.1\r\nHost: t\r\nRange: bytes=0-2\r\n\r\n", 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.at(0).status, 206);
    QCOMPARE(responses.at(0).body, QByteArray::fromHex("000102"));
}

void TestHttpServer::keepAliveTwoRequests()
{
    auto socket = connectClient();
    QSignalSpy disconnected(socket.get(), &QTcpSocket::disconnected);

    auto first = exchange(*socket, "GET /image.bin HTTP/1.1\r\nHost: t\r\n\r\n", 1);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.at(0).status, 200);
    QCOMPARE(first.at(0).body.size(), 4 * 1024 * 1024);
    QVERIFY(first.at(0).headers.contains("Connection: keep-alive"));

    auto second
        = exchange(*socket, "GET /image.bin HTTP/1.1\r\nHost: t\r\nRange: bytes=-1\r\n\r\n", 1);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.at(0).status, 206);
    QCOMPARE(second.at(0).body, QByteArray(1, char((4 * 1024 * 1024 - 1) % 251)));
    QCOMPARE(disconnected.count(), 0);
}

void TestHttpServer::pipelinedRequests()
{
    auto socket = connectClient();
    const QByteArray requests
        = "GET /image.bin HTTP/1.1\r\nHost: t\r\nRange: bytes=0-0\r\n\r\n"
          "GET /missing HTTP/1.1\r\nHost: t\r\n\r\n"
          "GET /image.bin HTTP/1.1\r\nHost: t\r\nRange: bytes=1-1\r\nConnection: close\r\n\r\n";
    const auto responses = exchange(*socket, requests, 3);
    QCOMPARE(responses.size(), 3);
    QCOMPARE(responses.at(0).status, 206);
    QCOMPARE(responses.at(1).status, 404);
    QCOMPARE(responses.at(2).status, 206);
    QCOMPARE(responses.at(2).body, QByteArray(1, '\1'));
    QVERIFY(responses.at(2).headers.contains("Connection: close"));
    QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
}

void TestHttpServer::headHasNoBody()
{
    auto socket = connectClient();
    const auto responses = exchange(*socket,
        "HEAD /image.bin HTTP/1.1\r\nHost: t\r\n\r\n"
        "GET /image.bin HTTP/1.1\r\nHost: t\r\nRange: bytes=0-0\r\n\r\n",
        2, 1);
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses.at(0).status, 200);
    QVERIFY(responses.at(0).headers.contains("Content-Length: 4194304"));
    QVERIFY(responses.at(0).body.isEmpty());
    // The GET's status line follows the HEAD's header directly: no body was sent in between.
    QCOMPARE(responses.at(1).status, 206);
}

void TestHttpServer::oversizedHeaderRejected()
{
    auto socket = connectClient();
    const QByteArray request
        = "GET /image.bin HTTP/1.1\r\nHost: t\r\nX-Filler: " + QByteArray(8000, 'a') + "\r\n\r\n";
    const auto responses = exchange(*socket, request, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.at(0).status, 431);
    QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    verifyServerStillAnswers();
}

void TestHttpServer::slowClientGets408()
{
    auto socket = connectClient();
    socket->write("GET /image.bin HTTP/1.1\r\nHo");
    QByteArray buffer;
    QList<WireResponse> responses;
    QTRY_VERIFY_WITH_TIMEOUT(
        (buffer += socket->readAll(), responses += takeResponses(buffer), !responses.isEmpty()),
        3000);
    QCOMPARE(responses.at(0).status, 408);
    QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    verifyServerStillAnswers();
}

void TestHttpServer::idleConnectionClosed()
{
    auto socket = connectClient();
    const auto responses
        = exchange(*socket, "GET /image.bin HTTP/1.1\r\nHost: t\r\nRange: bytes=0-0\r\n\r\n", 1);
    QCOMPARE(responses.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 3000);
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestHttpServer::vanishingClientRecorded()
{
    QSignalSpy finished(m_server.get(), &HttpServer::transferFinished);
    auto socket = connectClient();
    socket->setReadBufferSize(1024);
    socket->write("GET /image.bin HTTP/1.1\r\nHost: t\r\n\r\n");
    QTRY_VERIFY(socket->bytesAvailable() > 0);
    socket->abort();

    QTRY_COMPARE(finished.count(), 1);
    const auto record = finished.at(0).at(0).value<HttpTransferRecord>();
    QCOMPARE(record.status, 200);
    QVERIFY(!record.complete);
    QVERIFY(record.bytesSent < record.bodyLength);
    QTRY_COMPARE(m_server->connectionCount(), 0);
    verifyServerStillAnswers();
}

void TestHttpServer::connectionLimit()
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 4; ++i) {
        sockets.push_back(connectClient());
        QVERIFY(sockets.back()->waitForConnected(2000));
    }
    QTRY_COMPARE(m_server->connectionCount(), 4);

    auto extra = connectClient();
    QByteArray buffer;
    QList<WireResponse> responses;
    QTRY_VERIFY(
        (buffer += extra->readAll(), responses += takeResponses(buffer), !responses.isEmpty()));
    QCOMPARE(responses.at(0).status, 503);

    sockets.clear();
    QTRY_COMPARE(m_server->connectionCount(), 0);
    verifyServerStillAnswers();
}

void TestHttpServer::unknownMethod()
{
    auto socket = connectClient();
    const auto responses = exchange(*socket, "DELETE /image.bin HTTP/1.1\r\nHost: t\r\n\r\n", 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.at(0).status, 405);
    QVERIFY(responses.at(0).headers.contains("Allow: GET, HEAD, POST"));
    QVERIFY(QFile::exists(m_root.filePath(QStringLiteral("image.bin"))));
}

void TestHttpServer::invalidRangeGetsWholeFile()
{
    auto socket = connectClient();
    const auto responses = exchange(*socket,
        "GET /image.bin HTTP/1.1\r\nHost: t\r\nRange: bytes=4-2\r\n\r\n"
        "GET /image.bin HTTP/1.1\r\nHost: t\r\nRange: bytes=5000000-\r\n\r\n",
        2);
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses.at(0).status, 200);
    QCOMPARE(responses.at(0).body.size(), 4 * 1024 * 1024);
    QCOMPARE(responses.at(1).status, 416);
    QVERIFY(responses.at(1).headers.contains("Content-Range: bytes */4194304"));
}

void TestHttpServer::chunkedPostDecoded()
{
    auto socket = connectClient();
    // Chunks split across writes, as a streaming client sends them.
    socket->write("POST /pnp/WORK-REQUEST HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
                  "6\r\n<pnp");
    QVERIFY(socket->waitForBytesWritten(1000));
    QTest::qWait(50);
    const auto responses
        = exchange(*socket, "/>\r\n3;ext=1\r\nabc\r\n0\r\nX-Trailer: y\r\n\r\n", 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.at(0).status, 200);
    QCOMPARE(responses.at(0).body, QByteArray("<pnp/>abc"));
    QVERIFY(responses.at(0).headers.contains("Connection: keep-alive"));
    verifyServerStillAnswers();
}

void TestHttpServer::malformedChunks_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("size not hex") << QByteArray("xyz\r\nabc\r\n0\r\n\r\n") << 400;
    QTest::newRow("data without CRLF") << QByteArray("3\r\nabcX0\r\n\r\n") << 400;
    QTest::newRow("bare LF after size") << QByteArray("3\nabc\r\n0\r\n\r\n") << 400;
    QTest::newRow("over the body limit") << QByteArray("fffffff\r\n") << 413;
    QTest::newRow("endless size line") << QByteArray(5000, '1') << 400;
}

void TestHttpServer::malformedChunks()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);

    auto socket = connectClient();
    const auto responses = exchange(
        *socket, "POST /x HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n" + body, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.at(0).status, status);
    QVERIFY(responses.at(0).headers.contains("Connection: close"));
    QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    verifyServerStillAnswers();
}

void TestHttpServer::expectContinue()
{
    auto socket = connectClient();
    socket->write(
        "POST /x HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
    QByteArray interim;
    QTRY_VERIFY((interim += socket->readAll(), interim.contains("\r\n\r\n")));
    QCOMPARE(interim, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));

    const auto responses = exchange(*socket, "hello", 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.at(0).status, 200);
    QCOMPARE(responses.at(0).body, QByteArray("hello"));
}

void TestHttpServer::deferredResponseKeepsOrder()
{
    auto socket = connectClient();
    const auto responses = exchange(*socket,
        "GET /deferred HTTP/1.1\r\nHost: t\r\n\r\n"
        "GET /image.bin HTTP/1.1\r\nHost: t\r\nRange: bytes=0-0\r\n\r\n",
        2);
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses.at(0).status, 200);
    QCOMPARE(responses.at(0).body, QByteArray("late\n"));
    QCOMPARE(responses.at(1).status, 206);

    // A client that leaves before the deferred response is ready costs nothing.
    auto leaving = connectClient();
    leaving->write("GET /deferred HTTP/1.1\r\nHost: t\r\n\r\n");
    QVERIFY(leaving->waitForBytesWritten(1000));
    leaving->abort();
    QTest::qWait(100);
    verifyServerStillAnswers();
}

void TestHttpServer::errorResponseSurvivesLateInput()
{
    auto socket = connectClient();
    qint64 written = 0;
    connect(socket.get(), &QTcpSocket::bytesWritten, this,
        [&written](qint64 bytes) { written += bytes; });
    // Qt reads one octet and then stops, so it does not see the server's FIN and the socket
    // stays open for writing, as a client still sending its request does.
    socket->setReadBufferSize(1);
    const QByteArray request
        = "POST /x HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n";
    socket->write(request);
    QTest::qWait(200);

    // The rest of the rejected body arrives after the server has responded. A server that
    // closed at once responds to it with a reset, and the second write fails.
    const QByteArray rest(32 * 1024, 'x');
    socket->write(rest);
    QTest::qWait(200);
    socket->write(rest);
    QTest::qWait(200);
    QCOMPARE(socket->error(), QAbstractSocket::UnknownSocketError);
    QCOMPARE(written, request.size() + 2 * rest.size());

    socket->setReadBufferSize(0);
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT(
        (received += socket->readAll(), socket->state() == QAbstractSocket::UnconnectedState),
        5000);
    received += socket->readAll();
    QVERIFY2(received.startsWith("HTTP/1.1 400 "), received.left(40).constData());
    QVERIFY(received.contains("Connection: close"));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, 5000);
    verifyServerStillAnswers();
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
