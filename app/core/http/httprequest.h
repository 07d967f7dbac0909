#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace ztp::http {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP/1.x request as received (RFC 9112). Header names keep the case the client sent;
// lookups ignore case.
struct HttpRequest
{
    QByteArray method; // "GET", "HEAD", "POST"; case-sensitive (RFC 9110 section 9.1)
    QByteArray target; // request-target as sent, "/files/a%20b.bin?x=1"
    QString path; // percent-decoded path of the target, always starting with '/'
    QByteArray query; // raw query without '?', empty when absent
    int minorVersion = 1; // HTTP/1.0 or HTTP/1.1
    HeaderList headers;
    QByteArray body;

    // The first value of a header, or an empty array when it is absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // HTTP/1.1 keeps the connection unless "Connection: close"; HTTP/1.0 only with keep-alive.
    bool keepAlive() const;
};

enum class ParseState
{
    Complete, // a whole request is at the start of the bytes
    Incomplete, // a prefix of a valid request; read more
    Malformed, // reject with ParseResult::status and close the connection
};

// Bounds that keep a hostile or broken client from growing the server's memory.
struct ParseLimits
{
    qsizetype maxRequestLineBytes = 8 * 1024;
    qsizetype maxHeaderBytes = 32 * 1024; // request line and header fields together
    int maxHeaderCount = 100;
    qsizetype maxBodyBytes = 1024 * 1024; // PnP and RESTCONF bodies are a few KiB, decoded
};

struct ParseResult
{
    ParseState state = ParseState::Incomplete;
    HttpRequest request; // valid when Complete
    qsizetype consumed = 0; // octets of the input the request took, when Complete
    int status = 0; // HTTP status to send back when Malformed: 400, 413, 414, 431, 501, 505
    QString error; // why, for the log and the response body
    // Incomplete with the whole header read and "Expect: 100-continue" (RFC 9110 section
    // 10.1.1): the client waits for "100 Continue" before it sends the body.
    bool expectsContinue = false;
};

// Parses the first request at the start of `bytes`. Pure: no state between calls, so the caller
// passes its whole receive buffer again after more octets arrive. A body is framed by
// Content-Length or by "Transfer-Encoding: chunked" (RFC 9112 section 7.1), which is decoded
// into HttpRequest::body with chunk extensions and trailer fields ignored. Any other transfer
// coding gets 501.
ParseResult parseRequest(QByteArrayView bytes, const ParseLimits &limits = {});

// Decodes the %XX escapes of a path as UTF-8. Sets *ok to false, and returns an empty string,
// on a truncated or non-hex escape and on an encoded NUL.
QString decodePath(QByteArrayView encoded, bool *ok);

} // namespace ztp::http
