#pragma once

#include "http/httprequest.h"
#include "http/httpresponse.h"

#include <QDateTime>

namespace ztp::http {

// Answers GET and HEAD for a file under `rootDirectory` (the workspace's files/ folder) with
// ETag, Last-Modified, conditional requests (RFC 9110 section 13) and one byte range (RFC 9110
// section 14). `relativePath` is the decoded path below the root, "/images/eos.swi". A path
// with a ".." component, or one that resolves outside the root through a symbolic link, gets
// 403; a missing file or a folder gets 404.
HttpResponse serveFile(
    const HttpRequest &request, const QString &rootDirectory, const QString &relativePath);

// The same for content generated in memory (a rendered configuration), with a strong ETag
// from its SHA-256.
HttpResponse serveBytes(const HttpRequest &request, const QByteArray &content,
    const QByteArray &contentType, const QDateTime &lastModified);

// True when the path has a "..", "." or empty segment after decoding, or a backslash or NUL.
bool isUnsafePath(const QString &relativePath);

} // namespace ztp::http
