#include "http/httprequest.h"

#include <optional>

namespace ztp::http {

namespace {

// tchar of RFC 9110 section 5.6.2, the characters of methods and header names.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Field values may hold visible characters, spaces, tabs and obs-text, never CR, LF or NUL.
bool isFieldValue(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

ParseResult malformed(int status, const QString &error)
{
    ParseResult result;
    result.state = ParseState::Malformed;
    result.status = status;
    result.error = error;
    return result;
}

// Finds the end of the line starting at `from`: returns the index of its LF and sets *length
// to the line's length without CR LF. RFC 9112 section 2.2 lets a recipient accept a bare LF.
std::optional<qsizetype> findLineEnd(QByteArrayView bytes, qsizetype from, qsizetype *length)
{
    const qsizetype lf = bytes.indexOf('\n', from);
    if (lf < 0)
        return std::nullopt;
    *length = lf - from;
    if (*length > 0 && bytes[lf - 1] == '\r')
        --*length;
    return lf;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::optional<qint64> parseContentLength(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 15)
        return std::nullopt;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

struct RequestLine
{
    QByteArray method;
    QByteArray target;
    int minorVersion = 1;
};

std::optional<RequestLine> parseRequestLine(QByteArrayView line, ParseResult *failure)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace == firstSpace) {
        *failure
            = malformed(400, QStringLiteral("the request line is not 'METHOD TARGET HTTP/1.1'"));
        return std::nullopt;
    }

    RequestLine result;
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    if (!isToken(method)) {
        *failure = malformed(400, QStringLiteral("the method is not a token"));
        return std::nullopt;
    }
    if (target.isEmpty() || target.contains(' ')) {
        *failure
            = malformed(400, QStringLiteral("the request target is empty or contains a space"));
        return std::nullopt;
    }
    if (version == "HTTP/1.1") {
        result.minorVersion = 1;
    } else if (version == "HTTP/1.0") {
        result.minorVersion = 0;
    } else if (version.startsWith("HTTP/") && version.size() == 8) {
        *failure = malformed(505,
            QStringLiteral("HTTP version %1 is not supported; use HTTP/1.1")
                .arg(QString::fromLatin1(version.toByteArray())));
        return std::nullopt;
    } else {
        *failure
            = malformed(400, QStringLiteral("the request line does not end with an HTTP version"));
        return std::nullopt;
    }
    result.method = method.toByteArray();
    result.target = target.toByteArray();
    return result;
}

// Splits an origin-form ("/a?b") or absolute-form ("http://host/a?b") target (RFC 9112
// section 3.2) into decoded path and raw query.
bool splitTarget(HttpRequest *request, ParseResult *failure)
{
    QByteArrayView target = request->target;
    if (target == "*" && request->method == "OPTIONS") {
        request->path = QStringLiteral("*");
        return true;
    }
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype authorityStart = target.indexOf("//") + 2;
        const qsizetype pathStart = target.indexOf('/', authorityStart);
        target = pathStart < 0 ? QByteArrayView("/") : target.sliced(pathStart);
    }
    if (!target.startsWith('/')) {
        *failure = malformed(400, QStringLiteral("the request target must start with '/'"));
        return false;
    }

    const qsizetype question = target.indexOf('?');
    const QByteArrayView rawPath = question < 0 ? target : target.first(question);
    if (question >= 0)
        request->query = target.sliced(question + 1).toByteArray();

    bool ok = false;
    request->path = decodePath(rawPath, &ok);
    if (!ok) {
        *failure = malformed(
            400, QStringLiteral("the path has an invalid percent escape or an encoded NUL"));
        return false;
    }
    return true;
}

struct BodyFraming
{
    bool chunked = false;
    qint64 contentLength = 0; // when not chunked
};

// The transfer codings of every Transfer-Encoding field, in order, lower-case.
QList<QByteArray> transferCodings(const HttpRequest &request)
{
    QList<QByteArray> codings;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &coding : value.split(','))
            codings.append(coding.trimmed().toLower());
    }
    return codings;
}

// Checks Transfer-Encoding against RFC 9112 section 6.1: chunked must be the final coding and
// appear once, Content-Length must be absent (a request with both is a smuggling attempt or a
// broken client), and HTTP/1.0 has no transfer codings.
bool checkTransferCodings(
    const HttpRequest &request, const QList<QByteArray> &codings, ParseResult *failure)
{
    if (request.minorVersion == 0) {
        *failure = malformed(400, QStringLiteral("HTTP/1.0 requests cannot use Transfer-Encoding"));
        return false;
    }
    if (request.hasHeader("Content-Length")) {
        *failure = malformed(
            400, QStringLiteral("a request cannot have both Transfer-Encoding and Content-Length"));
        return false;
    }
    if (codings.count("chunked") != 1 || codings.constLast() != "chunked") {
        *failure = malformed(400,
            QStringLiteral("Transfer-Encoding '%1' does not end with one 'chunked'")
                .arg(QString::fromLatin1(codings.join(", "))));
        return false;
    }
    if (codings.size() > 1) {
        *failure = malformed(501,
            QStringLiteral("transfer coding '%1' is not supported; send the body with "
                           "Content-Length or 'Transfer-Encoding: chunked' alone")
                .arg(QString::fromLatin1(codings.constFirst())));
        return false;
    }
    return true;
}

// Validates framing headers: Host for HTTP/1.1 (RFC 9112 section 3.2), one Content-Length or
// chunked transfer coding (RFC 9112 section 6).
std::optional<BodyFraming> checkFraming(
    const HttpRequest &request, const ParseLimits &limits, ParseResult *failure)
{
    int hostCount = 0;
    std::optional<qint64> contentLength;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Host", Qt::CaseInsensitive) == 0)
            ++hostCount;
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            const auto length = parseContentLength(value);
            if (!length || (contentLength && *contentLength != *length)) {
                *failure = malformed(400,
                    QStringLiteral("invalid or conflicting Content-Length '%1'")
                        .arg(QString::fromLatin1(value)));
                return std::nullopt;
            }
            contentLength = length;
        }
    }

    if (request.minorVersion == 1 && hostCount != 1) {
        *failure = malformed(400,
            QStringLiteral("an HTTP/1.1 request needs exactly one Host header, not %1")
                .arg(hostCount));
        return std::nullopt;
    }

    const QList<QByteArray> codings = transferCodings(request);
    if (!codings.isEmpty()) {
        if (!checkTransferCodings(request, codings, failure))
            return std::nullopt;
        return BodyFraming {true, 0};
    }

    const qint64 length = contentLength.value_or(0);
    if (length > limits.maxBodyBytes) {
        *failure = malformed(413,
            QStringLiteral("the body of %1 bytes exceeds the limit of %2 bytes")
                .arg(length)
                .arg(limits.maxBodyBytes));
        return std::nullopt;
    }
    return BodyFraming {false, length};
}

// A chunk-size line, "1a2b", "1a2b;name=value" or "0" (RFC 9112 section 7.1), without CRLF.
// Returns the size, or sets *failure. Extensions are ignored but must not contain control
// characters.
std::optional<qint64> parseChunkSize(
    QByteArrayView line, const ParseLimits &limits, qint64 decodedSoFar, ParseResult *failure)
{
    const qsizetype semicolon = line.indexOf(';');
    const QByteArrayView extensions = semicolon < 0 ? QByteArrayView() : line.sliced(semicolon);
    QByteArrayView sizeText = semicolon < 0 ? line : line.first(semicolon);
    // BWS: optional whitespace before the ';' of an extension.
    while (!sizeText.isEmpty() && (sizeText.back() == ' ' || sizeText.back() == '\t'))
        sizeText.chop(1);

    if (sizeText.isEmpty() || !isFieldValue(extensions)) {
        *failure = malformed(400,
            QStringLiteral("invalid chunk-size line '%1'")
                .arg(QString::fromLatin1(
                    line.first(qMin<qsizetype>(40, line.size())).toByteArray())));
        return std::nullopt;
    }
    qint64 size = 0;
    for (char c : sizeText) {
        const int digit = hexValue(c);
        if (digit < 0) {
            *failure = malformed(400,
                QStringLiteral("the chunk size '%1' is not hexadecimal")
                    .arg(QString::fromLatin1(
                        sizeText.first(qMin<qsizetype>(40, sizeText.size())).toByteArray())));
            return std::nullopt;
        }
        size = size * 16 + digit;
        // Checked on every digit, so a long run of digits cannot overflow.
        if (decodedSoFar + size > limits.maxBodyBytes) {
            *failure = malformed(413,
                QStringLiteral("the chunked body exceeds the limit of %1 bytes")
                    .arg(limits.maxBodyBytes));
            return std::nullopt;
        }
    }
    return size;
}

// The end of a CRLF-terminated line that starts at `from`: the index after its LF, or nullopt
// when the line is not complete yet. Sets *failure, and returns nullopt, when the line is
// longer than `maxLength` or ends in a bare LF.
std::optional<qsizetype> findCrlfLine(QByteArrayView bytes, qsizetype from, qsizetype maxLength,
    qsizetype *length, ParseResult *failure, const QString &what)
{
    const qsizetype lf = bytes.indexOf('\n', from);
    if (lf < 0 || lf - from > maxLength + 1) {
        if (bytes.size() - from > maxLength + 1) {
            *failure
                = malformed(400, QStringLiteral("%1 exceeds %2 bytes").arg(what).arg(maxLength));
            return std::nullopt;
        }
        return std::nullopt;
    }
    if (lf == from || bytes[lf - 1] != '\r') {
        *failure = malformed(400, QStringLiteral("%1 does not end with CRLF").arg(what));
        return std::nullopt;
    }
    *length = lf - 1 - from;
    return lf + 1;
}

struct ChunkedBody
{
    QByteArray body;
    qsizetype consumed = 0; // encoded octets, from the first chunk-size to the final CRLF
};

// Decodes a chunked body (RFC 9112 section 7.1) at the start of `bytes`. Returns nullopt with
// failure->state Incomplete while more octets are needed, or Malformed on a framing error.
// The encoded size is bounded too, so chunk extensions or one-octet chunks cannot make the
// caller buffer much more than the decoded limit.
std::optional<ChunkedBody> decodeChunkedBody(
    QByteArrayView bytes, const ParseLimits &limits, ParseResult *failure)
{
    // Size, extensions and CRLF of one chunk line. Real clients send a few hex digits.
    constexpr qsizetype kMaxChunkLine = 1024;
    const qsizetype maxEncoded = 2 * limits.maxBodyBytes + limits.maxHeaderBytes;
    *failure = {};

    ChunkedBody result;
    qsizetype position = 0;
    for (;;) {
        if (position > maxEncoded) {
            *failure = malformed(
                413, QStringLiteral("the chunked body exceeds %1 encoded bytes").arg(maxEncoded));
            return std::nullopt;
        }
        qsizetype lineLength = 0;
        const auto next = findCrlfLine(bytes, position, kMaxChunkLine, &lineLength, failure,
            QStringLiteral("a chunk-size line"));
        if (!next)
            return std::nullopt;
        const auto size = parseChunkSize(
            bytes.sliced(position, lineLength), limits, result.body.size(), failure);
        if (!size)
            return std::nullopt;
        position = *next;
        if (*size == 0)
            break;

        // chunk-data CRLF
        const qsizetype available = bytes.size() - position;
        if (available < *size + 2) {
            const bool endsBadly = (available == *size + 1 && bytes[position + *size] != '\r');
            if (endsBadly) {
                *failure = malformed(400,
                    QStringLiteral("chunk data of %1 bytes is not followed by CRLF").arg(*size));
                return std::nullopt;
            }
            return std::nullopt;
        }
        if (bytes[position + *size] != '\r' || bytes[position + *size + 1] != '\n') {
            *failure = malformed(
                400, QStringLiteral("chunk data of %1 bytes is not followed by CRLF").arg(*size));
            return std::nullopt;
        }
        result.body.append(bytes.sliced(position, *size));
        position += *size + 2;
    }

    // The trailer section: fields up to an empty line, ignored (RFC 9112 section 7.1.2 lets a
    // recipient discard them).
    const qsizetype trailerStart = position;
    for (;;) {
        if (position - trailerStart > limits.maxHeaderBytes) {
            *failure = malformed(431,
                QStringLiteral("the trailer section exceeds %1 bytes").arg(limits.maxHeaderBytes));
            return std::nullopt;
        }
        qsizetype lineLength = 0;
        const auto next = findCrlfLine(bytes, position, limits.maxHeaderBytes, &lineLength,
            failure, QStringLiteral("a trailer line"));
        if (!next)
            return std::nullopt;
        const QByteArrayView line = bytes.sliced(position, lineLength);
        position = *next;
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)) || !isFieldValue(line.sliced(colon + 1))) {
            *failure = malformed(400, QStringLiteral("a trailer line is not 'Name: value'"));
            return std::nullopt;
        }
    }
    result.consumed = position;
    return result;
}

} // namespace

QString decodePath(QByteArrayView encoded, bool *ok)
{
    QByteArray decoded;
    decoded.reserve(encoded.size());
    *ok = false;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c != '%') {
            decoded.append(c);
            continue;
        }
        if (i + 2 >= encoded.size())
            return {};
        const int high = hexValue(encoded[i + 1]);
        const int low = hexValue(encoded[i + 2]);
        if (high < 0 || low < 0 || (high == 0 && low == 0))
            return {};
        decoded.append(char(high * 16 + low));
        i += 2;
    }
    *ok = true;
    return QString::fromUtf8(decoded);
}

ParseResult parseRequest(QByteArrayView bytes, const ParseLimits &limits)
{
    // RFC 9112 section 2.2: ignore empty lines before the request line (left over from a
    // previous body's trailing CRLF on some clients).
    qsizetype start = 0;
    while (start < bytes.size() && (bytes[start] == '\r' || bytes[start] == '\n') && start < 4)
        ++start;

    qsizetype lineLength = 0;
    const auto requestLineEnd = findLineEnd(bytes, start, &lineLength);
    if (!requestLineEnd) {
        if (bytes.size() - start > limits.maxRequestLineBytes)
            return malformed(414,
                QStringLiteral("the request line exceeds %1 bytes")
                    .arg(limits.maxRequestLineBytes));
        return {};
    }
    if (lineLength > limits.maxRequestLineBytes)
        return malformed(414,
            QStringLiteral("the request line exceeds %1 bytes").arg(limits.maxRequestLineBytes));

    ParseResult failure;
    const auto requestLine = parseRequestLine(bytes.sliced(start, lineLength), &failure);
    if (!requestLine)
        return failure;

    HttpRequest request;
    request.method = requestLine->method;
    request.target = requestLine->target;
    request.minorVersion = requestLine->minorVersion;

    // Header fields, one per line, up to the empty line.
    qsizetype position = *requestLineEnd + 1;
    for (;;) {
        const auto lineEnd = findLineEnd(bytes, position, &lineLength);
        if (!lineEnd) {
            if (bytes.size() - start > limits.maxHeaderBytes)
                return malformed(431,
                    QStringLiteral("the request header exceeds %1 bytes")
                        .arg(limits.maxHeaderBytes));
            return {};
        }
        if (*lineEnd + 1 - start > limits.maxHeaderBytes)
            return malformed(431,
                QStringLiteral("the request header exceeds %1 bytes").arg(limits.maxHeaderBytes));

        const QByteArrayView line = bytes.sliced(position, lineLength);
        position = *lineEnd + 1;
        if (line.isEmpty())
            break;

        // RFC 9112 section 5.2: obsolete line folding is rejected with 400.
        if (line.front() == ' ' || line.front() == '\t')
            return malformed(400, QStringLiteral("folded header lines are not allowed"));
        const qsizetype colon = line.indexOf(':');
        // RFC 9112 section 5.1: no whitespace between the field name and the colon.
        if (colon <= 0 || !isToken(line.first(colon)))
            return malformed(400, QStringLiteral("a header line is not 'Name: value'"));
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return malformed(400, QStringLiteral("a header value contains a control character"));
        if (request.headers.size() >= limits.maxHeaderCount)
            return malformed(
                431, QStringLiteral("more than %1 header fields").arg(limits.maxHeaderCount));
        request.headers.append({line.first(colon).toByteArray(), value.toByteArray()});
    }

    if (!splitTarget(&request, &failure))
        return failure;
    const auto framing = checkFraming(request, limits, &failure);
    if (!framing)
        return failure;

    ParseResult result;
    const bool expectsContinue
        = request.header("Expect").trimmed().compare("100-continue", Qt::CaseInsensitive) == 0;
    if (framing->chunked) {
        const auto chunked = decodeChunkedBody(bytes.sliced(position), limits, &failure);
        if (!chunked) {
            failure.expectsContinue = failure.state == ParseState::Incomplete && expectsContinue;
            return failure;
        }
        request.body = chunked->body;
        result.consumed = position + chunked->consumed;
    } else {
        if (bytes.size() - position < framing->contentLength) {
            result.expectsContinue = expectsContinue;
            return result;
        }
        request.body = bytes.sliced(position, framing->contentLength).toByteArray();
        result.consumed = position + framing->contentLength;
    }

    result.state = ParseState::Complete;
    result.request = std::move(request);
    return result;
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("Connection").toLower();
    if (minorVersion == 0)
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

} // namespace ztp::http
