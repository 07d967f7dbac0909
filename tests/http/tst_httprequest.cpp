// The request parser, byte ranges and file responses, without sockets.
#include "http/byterange.h"
#include "http/fileresponder.h"
#include "http/httprequest.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ztp::http;

Q_DECLARE_METATYPE(ztp::http::ParseState)

class TestHttpRequest : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseIncompletePrefixes();
    void parsePipelined();
    void parseBody();
    void parseLimits();
    void range_data();
    void range();
    void fileResponses();
    void conditionalRequests();
    void traversal_data();
    void traversal();
};

void TestHttpRequest::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ParseState>("state");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("path");

    QTest::newRow("simple GET") << QByteArray("GET /a.bin HTTP/1.1\r\nHost: x\r\n\r\n")
                                << ParseState::Complete << 0 << QStringLiteral("/a.bin");
    QTest::newRow("bare LF") << QByteArray("GET /a HTTP/1.1\nHost: x\n\n") << ParseState::Complete
                             << 0 << QStringLiteral("/a");
    QTest::newRow("leading CRLF") << QByteArray("\r\nGET /a HTTP/1.1\r\nHost: x\r\n\r\n")
                                  << ParseState::Complete << 0 << QStringLiteral("/a");
    QTest::newRow("HTTP/1.0 without Host") << QByteArray("GET /a HTTP/1.0\r\n\r\n")
                                           << ParseState::Complete << 0 << QStringLiteral("/a");
    QTest::newRow("percent decoded")
        << QByteArray("GET /a%20b/c%2Fd?x=1 HTTP/1.1\r\nHost: x\r\n\r\n") << ParseState::Complete
        << 0 << QStringLiteral("/a b/c/d");
    QTest::newRow("absolute form")
        << QByteArray("GET http://10.0.0.1:80/x?y HTTP/1.1\r\nHost: x\r\n\r\n")
        << ParseState::Complete << 0 << QStringLiteral("/x");
    QTest::newRow("no request yet")
        << QByteArray("GET /a HT") << ParseState::Incomplete << 0 << QString();
    QTest::newRow("headers unfinished")
        << QByteArray("GET /a HTTP/1.1\r\nHost: x\r\n") << ParseState::Incomplete << 0 << QString();
    QTest::newRow("HTTP/1.1 without Host")
        << QByteArray("GET /a HTTP/1.1\r\n\r\n") << ParseState::Malformed << 400 << QString();
    QTest::newRow("two Host headers") << QByteArray("GET /a HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n")
                                      << ParseState::Malformed << 400 << QString();
    QTest::newRow("HTTP/2.0") << QByteArray("GET /a HTTP/2.0\r\nHost: x\r\n\r\n")
                              << ParseState::Malformed << 505 << QString();
    QTest::newRow("garbage version")
        << QByteArray("GET /a FOO\r\nHost: x\r\n\r\n") << ParseState::Malformed << 400 << QString();
    QTest::newRow("no target") << QByteArray("GET HTTP/1.1\r\nHost: x\r\n\r\n")
                               << ParseState::Malformed << 400 << QString();
    QTest::newRow("relative target") << QByteArray("GET a HTTP/1.1\r\nHost: x\r\n\r\n")
                                     << ParseState::Malformed << 400 << QString();
    QTest::newRow("space before colon") << QByteArray("GET /a HTTP/1.1\r\nHost : x\r\n\r\n")
                                        << ParseState::Malformed << 400 << QString();
    QTest::newRow("folded header") << QByteArray("GET /a HTTP/1.1\r\nHost: x\r\n continued\r\n\r\n")
                                   << ParseState::Malformed << 400 << QString();
    QTest::newRow("control character") << QByteArray("GET /a HTTP/1.1\r\nHost: x\x01y\r\n\r\n")
                                       << ParseState::Malformed << 400 << QString();
    QTest::newRow("encoded NUL") << QByteArray("GET /a%00b HTTP/1.1\r\nHost: x\r\n\r\n")
                                 << ParseState::Malformed << 400 << QString();
    QTest::newRow("bad escape") << QByteArray("GET /a%zz HTTP/1.1\r\nHost: x\r\n\r\n")
                                << ParseState::Malformed << 400 << QString();
    QTest::newRow("truncated escape") << QByteArray("GET /a%2 HTTP/1.1\r\nHost: x\r\n\r\n")
                                      << ParseState::Malformed << 400 << QString();
    QTest::newRow("chunked body") << QByteArray(
        "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
                                  << ParseState::Malformed << 501 << QString();
    QTest::newRow("conflicting lengths") << QByteArray(
        "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
                                         << ParseState::Malformed << 400 << QString();
    QTest::newRow("negative length")
        << QByteArray("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n")
        << ParseState::Malformed << 400 << QString();
    QTest::newRow("body too large")
        << QByteArray("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 9999999\r\n\r\n")
        << ParseState::Malformed << 413 << QString();
}

void TestHttpRequest::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(ParseState, state);
    QFETCH(int, status);
    QFETCH(QString, path);

    const ParseResult result = parseRequest(input);
    QCOMPARE(result.state, state);
    QCOMPARE(result.status, status);
    if (state == ParseState::Complete) {
        QCOMPARE(result.request.path, path);
        QCOMPARE(result.consumed, input.size());
    }
    if (state == ParseState::Malformed)
        QVERIFY(!result.error.isEmpty());
}

void TestHttpRequest::parseIncompletePrefixes()
{
    const QByteArray request
        = "POST /pnp/WORK-REQUEST HTTP/1.1\r\nHost: 10.0.0.1\r\nContent-Length: 5\r\n\r\nhello";
    for (qsizetype length = 0; length < request.size(); ++length)
        QCOMPARE(parseRequest(QByteArrayView(request).first(length)).state, ParseState::Incomplete);
    QCOMPARE(parseRequest(request).state, ParseState::Complete);
}

void TestHttpRequest::parsePipelined()
{
    const QByteArray first = "GET /one HTTP/1.1\r\nHost: x\r\n\r\n";
    const QByteArray second = "HEAD /two HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    const ParseResult one = parseRequest(first + second);
    QCOMPARE(one.state, ParseState::Complete);
    QCOMPARE(one.consumed, first.size());
    QVERIFY(one.request.keepAlive());

    const ParseResult two = parseRequest(QByteArrayView(first + second).sliced(one.consumed));
    QCOMPARE(two.state, ParseState::Complete);
    QCOMPARE(two.request.method, QByteArray("HEAD"));
    QVERIFY(!two.request.keepAlive());
}

void TestHttpRequest::parseBody()
{
    const ParseResult result
        = parseRequest("POST /ztp/status HTTP/1.1\r\nHOST: x\r\ncontent-length: "
                       "4\r\nX-Arista-Serial:  JPE1 \r\n\r\nbodyEXTRA");
    QCOMPARE(result.state, ParseState::Complete);
    QCOMPARE(result.request.body, QByteArray("body"));
    QCOMPARE(result.request.header("x-arista-serial"), QByteArray("JPE1"));
    QCOMPARE(result.consumed, qsizetype(result.consumed));
}

void TestHttpRequest::parseLimits()
{
    ParseLimits limits;
    limits.maxHeaderBytes = 1024;
    limits.maxHeaderCount = 3;
    limits.maxRequestLineBytes = 64;

    const QByteArray bigHeader
        = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(2000, 'a') + "\r\n\r\n";
    QCOMPARE(parseRequest(bigHeader, limits).status, 431);
    // Without the end of the header in sight, the limit still applies.
    QCOMPARE(parseRequest(QByteArrayView(bigHeader).first(1500), limits).status, 431);

    const QByteArray manyHeaders = "GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n";
    QCOMPARE(parseRequest(manyHeaders, limits).status, 431);

    const QByteArray longTarget = "GET /" + QByteArray(100, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n";
    QCOMPARE(parseRequest(longTarget, limits).status, 414);
    QCOMPARE(parseRequest(QByteArrayView(longTarget).first(80), limits).status, 414);
}

void TestHttpRequest::range_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");

    const int full = int(RangeOutcome::Full), partial = int(RangeOutcome::Partial),
              unsatisfiable = int(RangeOutcome::Unsatisfiable);
    QTest::newRow("first bytes") << QByteArray("bytes=0-99") << qint64(1000) << partial << qint64(0)
                                 << qint64(99);
    QTest::newRow("middle") << QByteArray("bytes=500-599") << qint64(1000) << partial << qint64(500)
                            << qint64(599);
    QTest::newRow("open end") << QByteArray("bytes=900-") << qint64(1000) << partial << qint64(900)
                              << qint64(999);
    QTest::newRow("suffix") << QByteArray("bytes=-100") << qint64(1000) << partial << qint64(900)
                            << qint64(999);
    QTest::newRow("suffix longer than file")
        << QByteArray("bytes=-5000") << qint64(1000) << partial << qint64(0) << qint64(999);
    QTest::newRow("last clipped") << QByteArray("bytes=990-5000") << qint64(1000) << partial
                                  << qint64(990) << qint64(999);
    QTest::newRow("unit case") << QByteArray("BYTES=1-1") << qint64(1000) << partial << qint64(1)
                               << qint64(1);
    QTest::newRow("beyond 4 GiB") << QByteArray("bytes=5000000000-") << qint64(6000000000)
                                  << partial << qint64(5000000000) << qint64(5999999999);
    QTest::newRow("start past end")
        << QByteArray("bytes=1000-") << qint64(1000) << unsatisfiable << qint64(0) << qint64(-1);
    QTest::newRow("zero suffix") << QByteArray("bytes=-0") << qint64(1000) << unsatisfiable
                                 << qint64(0) << qint64(-1);
    QTest::newRow("empty file") << QByteArray("bytes=0-") << qint64(0) << unsatisfiable << qint64(0)
                                << qint64(-1);
    QTest::newRow("reversed") << QByteArray("bytes=5-3") << qint64(1000) << unsatisfiable
                              << qint64(0) << qint64(-1);
    QTest::newRow("garbage") << QByteArray("bytes=abc") << qint64(1000) << unsatisfiable
                             << qint64(0) << qint64(-1);
    QTest::newRow("overflow") << QByteArray("bytes=99999999999999999999-") << qint64(1000)
                              << unsatisfiable << qint64(0) << qint64(-1);
    QTest::newRow("other unit") << QByteArray("items=0-1") << qint64(1000) << full << qint64(0)
                                << qint64(-1);
    QTest::newRow("several ranges")
        << QByteArray("bytes=0-1,5-6") << qint64(1000) << full << qint64(0) << qint64(-1);
}

void TestHttpRequest::range()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, size);
    QFETCH(int, outcome);
    QFETCH(qint64, first);
    QFETCH(qint64, last);

    const RangeDecision decision = evaluateRange(header, size);
    QCOMPARE(int(decision.outcome), outcome);
    if (decision.outcome == RangeOutcome::Partial) {
        QCOMPARE(decision.range.first, first);
        QCOMPARE(decision.range.last, last);
    }
}

static HttpRequest get(const QByteArray &path, const HeaderList &headers = {})
{
    HttpRequest request;
    request.method = "GET";
    request.path = QString::fromLatin1(path);
    request.headers = headers;
    return request;
}

void TestHttpRequest::fileResponses()
{
    QTemporaryDir root;
    QFile file(root.filePath(QStringLiteral("image.bin")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(1000, 'x'));
    file.close();

    const HttpResponse whole
        = serveFile(get("/image.bin"), root.path(), QStringLiteral("/image.bin"));
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.fileOffset, 0);
    QCOMPARE(whole.fileLength, 1000);
    QVERIFY(whole.header("ETag").startsWith('"'));
    QVERIFY(!whole.header("Last-Modified").isEmpty());

    const HttpResponse part = serveFile(
        get("/image.bin", {{"Range", "bytes=-10"}}), root.path(), QStringLiteral("/image.bin"));
    QCOMPARE(part.status, 206);
    QCOMPARE(part.fileOffset, 990);
    QCOMPARE(part.fileLength, 10);
    QCOMPARE(part.header("Content-Range"), QByteArray("bytes 990-999/1000"));

    const HttpResponse refused = serveFile(
        get("/image.bin", {{"Range", "bytes=2000-"}}), root.path(), QStringLiteral("/image.bin"));
    QCOMPARE(refused.status, 416);
    QCOMPARE(refused.header("Content-Range"), QByteArray("bytes */1000"));
    QVERIFY(refused.filePath.isEmpty());

    // If-Range with another ETag: the file changed, so the whole file comes back.
    const HttpResponse changed
        = serveFile(get("/image.bin", {{"Range", "bytes=0-9"}, {"If-Range", "\"other\""}}),
            root.path(), QStringLiteral("/image.bin"));
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.fileLength, 1000);

    QCOMPARE(serveFile(get("/missing"), root.path(), QStringLiteral("/missing")).status, 404);
    QCOMPARE(serveFile(get("/"), root.path(), QStringLiteral("/")).status, 404);
}

void TestHttpRequest::conditionalRequests()
{
    QTemporaryDir root;
    QFile file(root.filePath(QStringLiteral("a.cfg")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hostname a\n");
    file.close();

    const HttpResponse first = serveFile(get("/a.cfg"), root.path(), QStringLiteral("/a.cfg"));
    const QByteArray etag = first.header("ETag");
    const QByteArray modified = first.header("Last-Modified");

    QCOMPARE(
        serveFile(get("/a.cfg", {{"If-None-Match", etag}}), root.path(), QStringLiteral("/a.cfg"))
            .status,
        304);
    QCOMPARE(serveFile(get("/a.cfg", {{"If-None-Match", "W/" + etag}}), root.path(),
                 QStringLiteral("/a.cfg"))
                 .status,
        304);
    QCOMPARE(serveFile(get("/a.cfg", {{"If-None-Match", "\"x\", " + etag}}), root.path(),
                 QStringLiteral("/a.cfg"))
                 .status,
        304);
    QCOMPARE(serveFile(
                 get("/a.cfg", {{"If-None-Match", "\"x\""}}), root.path(), QStringLiteral("/a.cfg"))
                 .status,
        200);
    QCOMPARE(serveFile(get("/a.cfg", {{"If-Modified-Since", modified}}), root.path(),
                 QStringLiteral("/a.cfg"))
                 .status,
        304);
    QCOMPARE(serveFile(get("/a.cfg", {{"If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT"}}),
                 root.path(), QStringLiteral("/a.cfg"))
                 .status,
        200);
    // If-None-Match wins over If-Modified-Since (RFC 9110 section 13.2.2).
    QCOMPARE(serveFile(get("/a.cfg", {{"If-None-Match", "\"x\""}, {"If-Modified-Since", modified}}),
                 root.path(), QStringLiteral("/a.cfg"))
                 .status,
        200);

    const HttpResponse rendered = serveBytes(
        get("/ztp/self/config"), "hostname b\n", "text/plain", QDateTime::currentDateTimeUtc());
    QCOMPARE(rendered.body, QByteArray("hostname b\n"));
    QCOMPARE(serveBytes(get("/x", {{"If-None-Match", rendered.header("ETag")}}), "hostname b\n",
                 "text/plain", {})
                 .status,
        304);
    QCOMPARE(serveBytes(get("/x", {{"Range", "bytes=0-7"}}), "hostname b\n", "text/plain", {}).body,
        QByteArray("hostname"));
}

void TestHttpRequest::traversal_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("parent") << QStringLiteral("/../workbench.json") << 403;
    QTest::newRow("nested parent") << QStringLiteral("/sub/../../workbench.json") << 403;
    QTest::newRow("dot") << QStringLiteral("/./inside.txt") << 403;
    QTest::newRow("backslash") << QStringLiteral("/..\\workbench.json") << 403;
    QTest::newRow("double slash") << QStringLiteral("//etc/passwd") << 403;
    QTest::newRow("symlink out") << QStringLiteral("/escape/workbench.json") << 403;
    QTest::newRow("inside") << QStringLiteral("/inside.txt") << 200;
}

void TestHttpRequest::traversal()
{
    QFETCH(QString, path);
    QFETCH(int, status);

    QTemporaryDir workspace;
    QDir(workspace.path()).mkdir(QStringLiteral("files"));
    QFile secret(workspace.filePath(QStringLiteral("workbench.json")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("{}");
    secret.close();
    QFile inside(workspace.filePath(QStringLiteral("files/inside.txt")));
    QVERIFY(inside.open(QIODevice::WriteOnly));
    inside.write("ok");
    inside.close();
    QVERIFY(QFile::link(workspace.path(), workspace.filePath(QStringLiteral("files/escape"))));

    QCOMPARE(
        serveFile(get(path.toUtf8()), workspace.filePath(QStringLiteral("files")), path).status,
        status);
}

QTEST_GUILESS_MAIN(TestHttpRequest)
#include "tst_httprequest.moc"
