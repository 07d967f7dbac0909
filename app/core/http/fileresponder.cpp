#include "http/fileresponder.h"

#include "http/byterange.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>

namespace ztp::http {

namespace {

struct Representation
{
    qint64 size = 0;
    QByteArray etag; // with quotes
    QDateTime lastModified;
    QByteArray contentType;
};

bool etagListMatches(QByteArrayView list, QByteArrayView etag, bool weak)
{
    if (list.trimmed() == "*")
        return true;
    auto opaque = [weak](QByteArrayView tag) {
        tag = tag.trimmed();
        if (weak && tag.startsWith("W/"))
            tag = tag.sliced(2);
        return tag;
    };
    for (const QByteArray &candidate : list.toByteArray().split(',')) {
        if (!weak && QByteArrayView(candidate).trimmed().startsWith("W/"))
            continue;
        if (opaque(candidate) == opaque(etag))
            return true;
    }
    return false;
}

// RFC 9110 section 13.2.2: If-None-Match wins over If-Modified-Since; only GET and HEAD get 304.
bool isNotModified(const HttpRequest &request, const Representation &representation)
{
    if (request.hasHeader("If-None-Match"))
        return etagListMatches(request.header("If-None-Match"), representation.etag, true);
    const QDateTime since = parseHttpDate(request.header("If-Modified-Since"));
    if (!since.isValid() || !representation.lastModified.isValid())
        return false;
    return representation.lastModified.toSecsSinceEpoch() <= since.toSecsSinceEpoch();
}

// RFC 9110 section 13.1.5: a range applies only while the representation is the one the
// client has, named by a strong ETag or by its exact Last-Modified date.
bool ifRangeAllows(const HttpRequest &request, const Representation &representation)
{
    const QByteArray value = request.header("If-Range").trimmed();
    if (value.isEmpty())
        return true;
    if (value.startsWith('"'))
        return value == representation.etag;
    const QDateTime date = parseHttpDate(value);
    return date.isValid() && representation.lastModified.isValid()
        && date.toSecsSinceEpoch() == representation.lastModified.toSecsSinceEpoch();
}

// Everything but the body: status, validators and the range. Sets *range to what to send.
HttpResponse describe(
    const HttpRequest &request, const Representation &representation, ByteRange *range)
{
    HttpResponse response;
    response.setHeader("ETag", representation.etag);
    if (representation.lastModified.isValid())
        response.setHeader("Last-Modified", httpDate(representation.lastModified));
    response.setHeader("Accept-Ranges", "bytes");
    *range = {0, representation.size - 1};

    if (isNotModified(request, representation)) {
        response.status = 304;
        *range = {0, -1};
        return response;
    }

    response.setHeader("Content-Type", representation.contentType);
    const QByteArray rangeHeader = request.header("Range");
    if (rangeHeader.isEmpty() || !ifRangeAllows(request, representation))
        return response;

    const RangeDecision decision = evaluateRange(rangeHeader, representation.size);
    switch (decision.outcome) {
    case RangeOutcome::Full:
        break;
    case RangeOutcome::Partial:
        response.status = 206;
        *range = decision.range;
        response.setHeader("Content-Range",
            QByteArray("bytes ") + QByteArray::number(range->first) + '-'
                + QByteArray::number(range->last) + '/' + QByteArray::number(representation.size));
        break;
    case RangeOutcome::Unsatisfiable:
        response = HttpResponse::text(416,
            QStringLiteral("Range '%1' is outside the %2 bytes of this file.")
                .arg(QString::fromLatin1(rangeHeader))
                .arg(representation.size));
        response.setHeader("Content-Range", "bytes */" + QByteArray::number(representation.size));
        *range = {0, -1};
        break;
    }
    return response;
}

QByteArray contentTypeFor(const QString &path)
{
    // Scripts and configurations are text to every ZTP agent; images and installers are binary.
    static const QMimeDatabase database;
    const QMimeType type = database.mimeTypeForFile(path, QMimeDatabase::MatchExtension);
    if (type.isDefault())
        return "application/octet-stream";
    if (type.inherits(QStringLiteral("text/plain")))
        return type.name().toLatin1() + "; charset=utf-8";
    return type.name().toLatin1();
}

} // namespace

bool isUnsafePath(const QString &relativePath)
{
    if (relativePath.contains(QLatin1Char('\\')) || relativePath.contains(QChar(0)))
        return true;
    const QStringList segments = relativePath.split(QLatin1Char('/'));
    for (qsizetype i = 1; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        if (segment == QLatin1String("..") || segment == QLatin1String(".")
            || (segment.isEmpty() && i + 1 < segments.size()))
            return true;
    }
    return false;
}

HttpResponse serveFile(
    const HttpRequest &request, const QString &rootDirectory, const QString &relativePath)
{
    if (isUnsafePath(relativePath))
        return HttpResponse::text(
            403, QStringLiteral("The path '%1' leaves the files folder.").arg(relativePath));

    const QString root = QFileInfo(rootDirectory).canonicalFilePath();
    const QFileInfo info(QDir(rootDirectory).filePath(relativePath.mid(1)));
    const QString canonical = info.canonicalFilePath();
    if (!info.exists() || canonical.isEmpty() || info.isDir())
        return HttpResponse::text(
            404, QStringLiteral("No file '%1' in the files folder.").arg(relativePath));
    if (root.isEmpty() || !canonical.startsWith(root + QLatin1Char('/')))
        return HttpResponse::text(
            403, QStringLiteral("The path '%1' leaves the files folder.").arg(relativePath));
    if (!info.isReadable())
        return HttpResponse::text(
            403, QStringLiteral("The file '%1' is not readable by the server.").arg(relativePath));

    Representation representation;
    representation.size = info.size();
    representation.lastModified = info.lastModified().toUTC();
    // Size and modification time, like most static servers; changes when the file is replaced.
    representation.etag = '"' + QByteArray::number(representation.size, 16) + '-'
        + QByteArray::number(info.lastModified().toMSecsSinceEpoch(), 16) + '"';
    representation.contentType = contentTypeFor(canonical);

    ByteRange range;
    HttpResponse response = describe(request, representation, &range);
    if (response.status == 200 || response.status == 206) {
        response.filePath = canonical;
        response.fileOffset = range.first;
        response.fileLength = range.length();
    }
    return response;
}

HttpResponse serveBytes(const HttpRequest &request, const QByteArray &content,
    const QByteArray &contentType, const QDateTime &lastModified)
{
    Representation representation;
    representation.size = content.size();
    representation.lastModified = lastModified;
    representation.etag = '"'
        + QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex().left(32) + '"';
    representation.contentType = contentType;

    ByteRange range;
    HttpResponse response = describe(request, representation, &range);
    if (response.status == 200 || response.status == 206)
        response.body = content.mid(range.first, range.length());
    return response;
}

} // namespace ztp::http
