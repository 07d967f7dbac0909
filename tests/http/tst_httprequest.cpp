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
    void parseChunkedBody();
    void parseChunkedPrefixes();
    void parseChunkedLimits();
    void expectContinue();
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
    const QByteArray chunkedHeader
        = "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
    QTest::newRow("chunked body") << chunkedHeader + "5\r\nhello\r\n0\r\n\r\n"
                                  << ParseState::Complete << 0 << QStringLiteral("/a");
    QTest::newRow("chunked, no chunk yet")
        << chunkedHeader << ParseState::Incomplete << 0 << QString();
    QTest::newRow("chunked, no trailer end") << chunkedHeader + "5\r\nhello\r\n0\r\n"
                                             << ParseState::Incomplete << 0 << QString();
    QTest::newRow("chunked, upper-case hex") << chunkedHeader + "A\r\n0123456789\r\n0\r\n\r\n"
                                             << ParseState::Complete << 0 << QStringLiteral("/a");
    QTest::newRow("chunk size not hex") << chunkedHeader + "zz\r\nhello\r\n0\r\n\r\n"
                                        << ParseState::Malformed << 400 << QString();
    QTest::newRow("chunk size negative") << chunkedHeader + "-5\r\nhello\r\n0\r\n\r\n"
                                         << ParseState::Malformed << 400 << QString();
    QTest::newRow("chunk size empty") << chunkedHeader + "\r\nhello\r\n0\r\n\r\n"
                                      << ParseState::Malformed << 400 << QString();
    QTest::newRow("chunk size with space before") << chunkedHeader + " 5\r\nhello\r\n0\r\n\r\n"
                                                  << ParseState::Malformed << 400 << QString();
    QTest::newRow("chunk data without CRLF") << chunkedHeader + "5\r\nhelloXY0\r\n\r\n"
                                             << ParseState::Malformed << 400 << QString();
    QTest::newRow("chunk data longer than its size") << chunkedHeader + "3\r\nhello\r\n0\r\n\r\n"
                                                     << ParseState::Malformed << 400 << QString();
    QTest::newRow("chunk line with bare LF") << chunkedHeader + "5\nhello\r\n0\r\n\r\n"
                                             << ParseState::Malformed << 400 << QString();
    QTest::newRow("chunk line too long") << chunkedHeader + "5;" + QByteArray(2000, 'e')
                                         << ParseState::Malformed << 400 << QString();
    QTest::newRow("chunk extension with control character")
        << chunkedHeader + "5;a=\x01\r\nhello\r\n0\r\n\r\n"
        << ParseState::Malformed << 400 << QString();
    QTest::newRow("chunk larger than the body limit") << chunkedHeader + "200000\r\n"
                                                      << ParseState::Malformed << 413 << QString();
    QTest::newRow("chunk size overflow") << chunkedHeader + "ffffffffffffffffffffffff\r\n"
                                         << ParseState::Malformed << 413 << QString();
    QTest::newRow("trailer not a field") << chunkedHeader + "0\r\nnot a field\r\n\r\n"
                                         << ParseState::Malformed << 400 << QString();
    QTest::newRow("gzip then chunked")
        << QByteArray("POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
        << ParseState::Malformed << 501 << QString();
    QTest::newRow("chunked not last")
        << QByteArray("POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n")
        << ParseState::Malformed << 400 << QString();
    QTest::newRow("gzip alone") << QByteArray(
        "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n")
                                << ParseState::Malformed << 400 << QString();
    QTest::newRow("chunked twice") << QByteArray("POST /a HTTP/1.1\r\nHost: x\r\n"
                                                 "Transfer-Encoding: chunked\r\n"
                                                 "Transfer-Encoding: chunked\r\n\r\n")
                                   << ParseState::Malformed << 400 << QString();
    QTest::newRow("chunked and Content-Length")
        << QByteArray("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
        << ParseState::Malformed << 400 << QString();
    QTest::newRow("chunked on HTTP/1.0")
        << QByteArray("POST /a HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        << ParseState::Malformed << 400 << QString();
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

void TestHttpRequest::parseChunkedBody()
{
    const QByteArray request = "POST /pnp/WORK-REQUEST HTTP/1.1\r\nHost: x\r\n"
                               "Transfer-Encoding: Chunked\r\n\r\n"
                               "6;name=value\r\nhello \r\n"
                               "05 ; other\r\nworld\r\n"
                               "0\r\nX-Checksum: 1234\r\n\r\n";
    const QByteArray next = "GET /next HTTP/1.1\r\nHost: x\r\n\r\n";
    const ParseResult result = parseRequest(request + next);
    QCOMPARE(result.state, ParseState::Complete);
    QCOMPARE(result.request.body, QByteArray("hello world"));
    QCOMPARE(result.consumed, request.size());
    // Trailer fields are ignored, not merged into the header.
    QVERIFY(!result.request.hasHeader("X-Checksum"));

    const ParseResult second = parseRequest(QByteArrayView(request + next).sliced(result.consumed));
    QCOMPARE(second.state, ParseState::Complete);
    QCOMPARE(second.request.path, QStringLiteral("/next"));

    const ParseResult empty = parseRequest(
        "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    QCOMPARE(empty.state, ParseState::Complete);
    QVERIFY(empty.request.body.isEmpty());
}

void TestHttpRequest::parseChunkedPrefixes()
{
    const QByteArray request = "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                               "3\r\nabc\r\n1;x=y\r\nd\r\n0\r\nT: 1\r\n\r\n";
    for (qsizetype length = 0; length < request.size(); ++length) {
        const ParseResult prefix = parseRequest(QByteArrayView(request).first(length));
        QVERIFY2(prefix.state == ParseState::Incomplete,
            qPrintable(QStringLiteral("prefix of %1 bytes: %2").arg(length).arg(prefix.error)));
    }
    const ParseResult whole = parseRequest(request);
    QCOMPARE(whole.state, ParseState::Complete);
    QCOMPARE(whole.request.body, QByteArray("abcd"));
}

void TestHttpRequest::parseChunkedLimits()
{
    ParseLimits limits;
    limits.maxBodyBytes = 10;
    limits.maxHeaderBytes = 1024;
    const QByteArray header = "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";

    // Two chunks that each fit, but not together.
    const ParseResult tooLarge = parseRequest(header + "6\r\nabcdef\r\n6\r\nghijkl\r\n", limits);
    QCOMPARE(tooLarge.state, ParseState::Malformed);
    QCOMPARE(tooLarge.status, 413);

    const ParseResult exact = parseRequest(header + "a\r\n0123456789\r\n0\r\n\r\n", limits);
    QCOMPARE(exact.state, ParseState::Complete);
    QCOMPARE(exact.request.body.size(), 10);

    // Extensions inflate the encoding without adding body octets; the encoded size is bounded.
    QByteArray padded = header;
    for (int i = 0; i < 4; ++i)
        padded += "1;" + QByteArray(1000, 'e') + "\r\nx\r\n";
    const ParseResult inflated = parseRequest(padded, limits);
    QCOMPARE(inflated.state, ParseState::Malformed);
    QCOMPARE(inflated.status, 413);

    // A trailer line, or a trailer section of many lines, larger than the header limit.
    const QByteArray trailer = header + "0\r\nX-Big: " + QByteArray(2000, 't') + "\r\n\r\n";
    QCOMPARE(parseRequest(trailer, limits).state, ParseState::Malformed);
    QByteArray manyTrailers = header + "0\r\n";
    for (int i = 0; i < 100; ++i)
        manyTrailers += "X-T: " + QByteArray(20, 't') + "\r\n";
    const ParseResult tooManyTrailers = parseRequest(manyTrailers + "\r\n", limits);
    QCOMPARE(tooManyTrailers.state, ParseState::Malformed);
    QCOMPARE(tooManyTrailers.status, 431);
}

void TestHttpRequest::expectContinue()
{
    const QByteArray header = "POST /a HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n";
    const ParseResult waiting = parseRequest(header + "Content-Length: 5\r\n\r\n");
    QCOMPARE(waiting.state, ParseState::Incomplete);
    QVERIFY(waiting.expectsContinue);

    const ParseResult chunked = parseRequest(header + "Transfer-Encoding: chunked\r\n\r\n");
    QCOMPARE(chunked.state, ParseState::Incomplete);
    QVERIFY(chunked.expectsContinue);

    // Not before the header is complete, and not without the Expect field.
    QVERIFY(!parseRequest(header).expectsContinue);
    QVERIFY(
        !parseRequest("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n").expectsContinue);
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
    QTest::newRow("huge first") << QByteArray("bytes=99999999999999999999-") << qint64(1000)
                                << unsatisfiable << qint64(0) << qint64(-1);
    QTest::newRow("huge last") << QByteArray("bytes=10-99999999999999999999") << qint64(1000)
                               << partial << qint64(10) << qint64(999);
    QTest::newRow("huge suffix") << QByteArray("bytes=-99999999999999999999") << qint64(1000)
                                 << partial << qint64(0) << qint64(999);
    // RFC 9110 section 14.1.1: these are invalid, so the header is ignored (200, everything).
    QTest::newRow("reversed") << QByteArray("bytes=4-2") << qint64(1000) << full << qint64(0)
                              << qint64(-1);
    QTest::newRow("reversed past end")
        << QByteArray("bytes=5000-3000") << qint64(1000) << full << qint64(0) << qint64(-1);
    QTest::newRow("garbage") << QByteArray("bytes=abc") << qint64(1000) << full << qint64(0)
                             << qint64(-1);
    QTest::newRow("empty set") << QByteArray("bytes=") << qint64(1000) << full << qint64(0)
                               << qint64(-1);
    QTest::newRow("no dash") << QByteArray("bytes=5") << qint64(1000) << full << qint64(0)
                             << qint64(-1);
    QTest::newRow("lone dash") << QByteArray("bytes=-") << qint64(1000) << full << qint64(0)
                               << qint64(-1);
    QTest::newRow("negative first")
        << QByteArray("bytes=--5") << qint64(1000) << full << qint64(0) << qint64(-1);
    QTest::newRow("hex digits") << QByteArray("bytes=0x10-0x20") << qint64(1000) << full
                                << qint64(0) << qint64(-1);
    QTest::newRow("sign") << QByteArray("bytes=+1-2") << qint64(1000) << full << qint64(0)
                          << qint64(-1);
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

    const HttpResponse reversed = serveFile(
        get("/image.bin", {{"Range", "bytes=4-2"}}), root.path(), QStringLiteral("/image.bin"));
    QCOMPARE(reversed.status, 200);
    QCOMPARE(reversed.fileOffset, 0);
    QCOMPARE(reversed.fileLength, 1000);
    QVERIFY(reversed.header("Content-Range").isEmpty());

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
