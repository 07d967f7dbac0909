#pragma once

#include "http/httprequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <functional>

namespace ztp::http {

struct HttpResponse;
// Sends a deferred response. Call it once, in the server's thread.
using ResponseCallback = std::function<void(const HttpResponse &response)>;

// A handler's response: a status, headers and either a small in-memory body or a slice of a
// file that the connection streams from disk in fixed-size chunks. Content-Length, Date,
// Server and Connection are added by the connection.
struct HttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
    QString filePath; // when set, the body is [fileOffset, fileOffset + fileLength) of it
    qint64 fileOffset = 0;
    qint64 fileLength = 0;
    QString deviceKey; // device the response was for, for the transfer record
    QString contentSha256; // hex SHA-256 of a rendered configuration; empty for files
    QString templateName;   // for a rendered configuration: the template that rendered it
    QString templateSha256; // and the hex SHA-256 of that template revision
    bool closeAfter = false;
    // When set, the response is not ready yet: the connection calls this once with a callback
    // that sends the real response later, so slow work (hashing a boot image) runs off the
    // server thread while other connections are served. The callback may get another deferred
    // response.
    std::function<void(const ResponseCallback &reply)> deferred;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;
    qint64 contentLength() const { return filePath.isEmpty() ? body.size() : fileLength; }

    // A short text body, e.g. an error message that names the value and the fix.
    static HttpResponse text(int status, const QString &message);
    static HttpResponse bytes(int status, const QByteArray &body, const QByteArray &contentType);
};

// A 500 for the client with a short generic message and a request id. `detail` (a template
// path, a parser error) goes to the log under that id only, never into the response.
HttpResponse internalError(const QString &detail);

// Logs `detail` as a warning under a new request id and returns the id, for a handler that
// builds its own 500 body (RESTCONF errors are JSON).
QString logInternalError(const QString &detail);

// "Not Found" for 404, the RFC 9110 reason phrase of each status this server sends.
QByteArray reasonPhrase(int status);

// IMF-fixdate of RFC 9110 section 5.6.7, "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(const QDateTime &time);
QDateTime parseHttpDate(QByteArrayView text);

} // namespace ztp::http
