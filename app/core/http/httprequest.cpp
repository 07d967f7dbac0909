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

// Validates framing headers: Host for HTTP/1.1 (RFC 9112 section 3.2), one Content-Length,
// and no Transfer-Encoding. Returns the body length.
std::optional<qint64> checkFraming(
    const HttpRequest &request, const ParseLimits &limits, ParseResult *failure)
{
    int hostCount = 0;
    std::optional<qint64> contentLength;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Host", Qt::CaseInsensitive) == 0)
            ++hostCount;
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            // TODO: decode chunked request bodies once a device is seen sending them.
            *failure = malformed(501,
                QStringLiteral("Transfer-Encoding in requests is not supported; "
                               "send the body with Content-Length"));
            return std::nullopt;
        }
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
    const qint64 length = contentLength.value_or(0);
    if (length > limits.maxBodyBytes) {
        *failure = malformed(413,
            QStringLiteral("the body of %1 bytes exceeds the limit of %2 bytes")
                .arg(length)
                .arg(limits.maxBodyBytes));
        return std::nullopt;
    }
    return length;
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
    const auto bodyLength = checkFraming(request, limits, &failure);
    if (!bodyLength)
        return failure;

    if (bytes.size() - position < *bodyLength)
        return {};
    request.body = bytes.sliced(position, *bodyLength).toByteArray();

    ParseResult result;
    result.state = ParseState::Complete;
    result.request = std::move(request);
    result.consumed = position + *bodyLength;
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
