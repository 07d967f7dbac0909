#include "http/httpresponse.h"

#include "common/logging.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

namespace ztp::http {

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResponse HttpResponse::text(int status, const QString &message)
{
    return bytes(status, message.toUtf8() + '\n', "text/plain; charset=utf-8");
}

HttpResponse HttpResponse::bytes(int status, const QByteArray &body, const QByteArray &contentType)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.setHeader("Content-Type", contentType);
    return response;
}

QString logInternalError(const QString &detail)
{
    const QString requestId
        = QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
    qCWarning(lcHttp).noquote() << "internal error, request id" << requestId << ":" << detail;
    return requestId;
}

HttpResponse internalError(const QString &detail)
{
    const QString requestId = logInternalError(detail);
    return HttpResponse::text(500,
        QStringLiteral("Internal server error (request id %1). The bench log has the details.")
            .arg(requestId));
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

QByteArray httpDate(const QDateTime &time)
{
    // The C locale, so day and month names are English whatever the user's locale is.
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QDateTime parseHttpDate(QByteArrayView text)
{
    QDateTime time = QLocale::c().toDateTime(QString::fromLatin1(text.toByteArray()).trimmed(),
        QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!time.isValid())
        return {};
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace ztp::http
