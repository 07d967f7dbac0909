#include "http/httpconnection.h"

#include "common/logging.h"
#include "common/version.h"
#include "platform/netplatform.h"

#include <QPointer>
#include <QSocketNotifier>
#include <QSslSocket>
#include <QTcpSocket>

namespace ztp::http {

namespace {

// Octets of a file read per write on the buffered (TLS) path. 256 KiB keeps syscalls few and
// memory flat; the socket's buffer contains at most kHighWater more than the kernel took.
constexpr qint64 kChunkSize = 256 * 1024;
constexpr qint64 kHighWater = 1024 * 1024;
// sendfile(2) calls per wake-up, so one fast client cannot starve the other sockets of the
// thread. Each call fills what the kernel's send buffer has room for.
constexpr int kSendFileCallsPerWakeUp = 16;
// How long a connection closed after an error response keeps discarding the client's input.
constexpr std::chrono::milliseconds kLingerTime {2000};

} // namespace

HttpConnection::HttpConnection(HttpServer *server, QTcpSocket *socket)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
{
    m_socket->setParent(this);
    m_client.address = m_socket->peerAddress();
    m_client.port = m_socket->peerPort();
    m_client.tls = qobject_cast<QSslSocket *>(m_socket) != nullptr;

    // Bounds what a client can make the server buffer while a response is being written.
    const ParseLimits &limits = m_server->settings().limits;
    m_socket->setReadBufferSize(limits.maxHeaderBytes + limits.maxBodyBytes + 4096);

    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(m_server->settings().requestTimeout);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_server->settings().idleTimeout);
    connect(&m_requestTimer, &QTimer::timeout, this, &HttpConnection::onRequestTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        qCDebug(lcHttpRequest).noquote()
            << "closing idle connection of" << m_client.address.toString();
        close();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket)) {
        connect(tls, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                qCInfo(lcHttp).noquote() << "TLS error with" << m_client.address.toString() << ":"
                                         << error.errorString();
        });
        connect(tls, &QSslSocket::peerVerifyError, this, [this](const QSslError &error) {
            qCDebug(lcHttp).noquote() << "TLS peer verification of" << m_client.address.toString()
                                      << ":" << error.errorString();
        });
    }
    // A TLS handshake that never finishes is a slow client too.
    m_requestTimer.start();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::close()
{
    if (m_closed) {
        // Already finishing (a "Connection: close" response); the server is stopping it now.
        m_socket->abort();
        m_server->connectionClosed(this);
        return;
    }
    m_closed = true;
    m_requestTimer.stop();
    m_idleTimer.stop();
    if (m_sending) {
        m_record.finished = QDateTime::currentDateTimeUtc();
        m_record.bytesSent = m_queuedBodyBytes - qMax<qint64>(0, m_socket->bytesToWrite());
        m_record.complete = false;
        m_sending = false;
        emit m_server->transferFinished(m_record);
    }
    m_file.reset();
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
    m_socket->abort();
    m_server->connectionClosed(this);
}

void HttpConnection::onReadyRead()
{
    if (m_closed) {
        // Lingering after the last response: the rest of the request is discarded.
        m_socket->readAll();
        return;
    }
    m_buffer.append(m_socket->readAll());
    if (!m_sending && !m_awaitingDeferred)
        processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_sending && !m_awaitingDeferred && !m_closed && !m_buffer.isEmpty()) {
        m_idleTimer.stop();
        if (!m_requestTimer.isActive())
            m_requestTimer.start();

        ParseResult parsed = parseRequest(m_buffer, m_server->settings().limits);
        if (parsed.state == ParseState::Incomplete) {
            if (parsed.expectsContinue && !m_continueSent) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                m_continueSent = true;
            }
            return;
        }
        m_continueSent = false;
        if (parsed.state == ParseState::Malformed) {
            qCInfo(lcHttp).noquote() << "rejected a request from" << m_client.address.toString()
                                     << "with" << parsed.status << ":" << parsed.error;
            m_buffer.clear();
            sendError(parsed.status, parsed.error);
            return;
        }

        m_requestTimer.stop();
        m_buffer.remove(0, parsed.consumed);
        handle(parsed.request);
    }
    if (!m_sending && !m_awaitingDeferred && !m_closed && m_buffer.isEmpty())
        m_idleTimer.start();
}

void HttpConnection::handle(const HttpRequest &request)
{
    qCDebug(lcHttpRequest).noquote()
        << m_client.address.toString() << request.method << QString::fromLatin1(request.target);

    HttpResponse response;
    if (request.method != "GET" && request.method != "HEAD" && request.method != "POST") {
        response = HttpResponse::text(405,
            QStringLiteral("Method %1 is not allowed; use GET, HEAD or POST.")
                .arg(QString::fromLatin1(request.method)));
        response.setHeader("Allow", "GET, HEAD, POST");
    } else {
        response = m_server->dispatch(request, m_client);
    }
    respond(response, request);
}

void HttpConnection::respond(const HttpResponse &response, const HttpRequest &request)
{
    if (!response.deferred) {
        m_awaitingDeferred = false;
        sendResponse(response, request);
        return;
    }

    // Later requests on this connection wait, so responses keep their order (RFC 9112
    // section 9.3.2). The connection may be gone when the reply comes.
    m_awaitingDeferred = true;
    QPointer<HttpConnection> self(this);
    response.deferred([self, request](const HttpResponse &ready) {
        if (!self || self->m_closed || !self->m_awaitingDeferred)
            return;
        self->respond(ready, request);
    });
}

QByteArray HttpConnection::headerBlock(
    const HttpResponse &response, qint64 contentLength, bool keepAlive) const
{
    QByteArray block = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    block += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    block += "Server: ztp-workbench/" + applicationVersion().toLatin1() + "\r\n";
    for (const auto &[name, value] : response.headers)
        block += name + ": " + value + "\r\n";
    // RFC 9110 section 8.6: a 304 carries no Content-Length of its own representation here.
    if (response.status != 304 && response.status != 204)
        block += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    block += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    block += "\r\n";
    return block;
}

void HttpConnection::sendResponse(const HttpResponse &response, const HttpRequest &request)
{
    const bool keepAlive = request.keepAlive() && !response.closeAfter;
    const bool withBody
        = request.method != "HEAD" && response.status != 304 && response.status != 204;
    const qint64 contentLength = response.contentLength();

    m_sending = true;
    m_closeAfterResponse = !keepAlive;
    m_record = {};
    m_record.client = m_client.address;
    m_record.method = request.method;
    m_record.path = request.path;
    m_record.status = response.status;
    m_record.bodyLength = withBody ? contentLength : 0;
    m_record.deviceKey = response.deviceKey;
    m_record.contentSha256 = response.contentSha256;
    m_record.templateName = response.templateName;
    m_record.templateSha256 = response.templateSha256;
    m_record.started = QDateTime::currentDateTimeUtc();
    m_queuedBodyBytes = 0;

    m_socket->write(headerBlock(response, contentLength, keepAlive));
    if (!withBody) {
        onBytesWritten();
        return;
    }

    if (response.filePath.isEmpty()) {
        m_socket->write(response.body);
        m_queuedBodyBytes = response.body.size();
        return;
    }

    m_file = std::make_unique<QFile>(response.filePath);
    if (!m_file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)
        || !m_file->seek(response.fileOffset)) {
        // The header is out already, so the only honest signal left is closing early.
        qCWarning(lcHttp).noquote() << "cannot read" << response.filePath << "for"
                                    << m_client.address.toString() << ":" << m_file->errorString();
        close();
        return;
    }
    m_fileOffset = response.fileOffset;
    m_fileRemaining = response.fileLength;
    m_useSendFile = !m_client.tls && platform::hasSendFile();
    pumpFile();
}

void HttpConnection::pumpFile()
{
    if (m_useSendFile)
        pumpFileWithSendFile();
    else
        pumpFileThroughBuffer();
}

void HttpConnection::pumpFileWithSendFile()
{
    // The header goes through Qt's buffer first, and bytesWritten() calls back when it is out.
    if (!m_file || m_socket->bytesToWrite() > 0)
        return;
    if (!m_writeNotifier) {
        m_writeNotifier
            = new QSocketNotifier(m_socket->socketDescriptor(), QSocketNotifier::Write, this);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, [this] {
            m_writeNotifier->setEnabled(false);
            pumpFile();
        });
    }
    m_writeNotifier->setEnabled(false);

    for (int call = 0; call < kSendFileCallsPerWakeUp && m_fileRemaining > 0; ++call) {
        const Result<platform::SendFileResult> sent = platform::sendFile(
            m_socket->socketDescriptor(), m_file->handle(), m_fileOffset, m_fileRemaining);
        if (!sent) {
            qCInfo(lcHttp).noquote()
                << "sending" << m_file->fileName() << "to" << m_client.address.toString()
                << "failed:" << sent.errorString();
            close();
            return;
        }
        if (sent->wouldBlock) {
            m_writeNotifier->setEnabled(true);
            return;
        }
        if (sent->sent == 0) {
            qCWarning(lcHttp).noquote()
                << "file" << m_file->fileName() << "ended" << m_fileRemaining
                << "bytes early while sending to" << m_client.address.toString();
            close();
            return;
        }
        m_fileOffset += sent->sent;
        m_fileRemaining -= sent->sent;
        m_queuedBodyBytes += sent->sent;
    }

    if (m_fileRemaining > 0) {
        // Back to the event loop. The notifier fires at once while the socket has room.
        m_writeNotifier->setEnabled(true);
        return;
    }
    finishResponse();
}

void HttpConnection::pumpFileThroughBuffer()
{
    while (m_file && m_fileRemaining > 0 && m_socket->bytesToWrite() < kHighWater) {
        const QByteArray chunk = m_file->read(qMin(kChunkSize, m_fileRemaining));
        if (chunk.isEmpty()) {
            qCWarning(lcHttp).noquote()
                << "file" << m_file->fileName() << "ended" << m_fileRemaining
                << "bytes early while sending to" << m_client.address.toString();
            close();
            return;
        }
        m_socket->write(chunk);
        m_fileOffset += chunk.size();
        m_fileRemaining -= chunk.size();
        m_queuedBodyBytes += chunk.size();
    }
}

void HttpConnection::onBytesWritten()
{
    if (!m_sending || m_closed)
        return;
    if (m_fileRemaining > 0) {
        pumpFile();
        return;
    }
    if (m_socket->bytesToWrite() == 0)
        finishResponse();
}

void HttpConnection::finishResponse()
{
    m_file.reset();
    m_useSendFile = false;
    m_sending = false;
    m_record.finished = QDateTime::currentDateTimeUtc();
    m_record.bytesSent = m_queuedBodyBytes;
    m_record.complete = true;
    emit m_server->transferFinished(m_record);

    if (m_closeAfterResponse) {
        m_closed = true;
        m_requestTimer.stop();
        m_idleTimer.stop();
        closeAfterLinger();
        return;
    }
    processBuffer();
}

// RFC 9112 section 9.6: closing a socket that still has unread request octets makes the kernel
// send a reset. A reset can destroy the response before the client reads it, and a rejected
// request is often not read to its end. So the server half-closes first, discards what still
// arrives, and closes when the client does or after kLingerTime. Over TLS the socket may still
// hold encrypted response octets, so it closes as before.
void HttpConnection::closeAfterLinger()
{
    if (m_client.tls) {
        m_socket->disconnectFromHost();
        return;
    }
    m_buffer.clear();
    m_socket->readAll();
    if (const Status halfClosed = platform::shutdownSending(m_socket->socketDescriptor());
        !halfClosed) {
        qCDebug(lcHttpRequest).noquote()
            << "cannot half-close the connection of" << m_client.address.toString() << ":"
            << halfClosed.errorString();
        m_socket->disconnectFromHost();
        return;
    }
    QTimer::singleShot(kLingerTime, this, [this] {
        m_socket->abort();
        m_server->connectionClosed(this);
    });
}

void HttpConnection::sendError(int status, const QString &message)
{
    HttpRequest request;
    request.method = "GET";
    request.headers.append(qMakePair(QByteArray("Connection"), QByteArray("close")));
    HttpResponse response = HttpResponse::text(status, message);
    response.closeAfter = true;
    sendResponse(response, request);
}

void HttpConnection::onRequestTimeout()
{
    if (m_sending || m_closed)
        return;
    qCInfo(lcHttp).noquote() << "request from" << m_client.address.toString() << "incomplete after"
                             << m_requestTimer.interval() << "ms; answering 408";
    m_buffer.clear();
    sendError(408,
        QStringLiteral("The request did not arrive complete within %1 ms.")
            .arg(m_requestTimer.interval()));
}

void HttpConnection::onDisconnected()
{
    if (m_closed) {
        m_server->connectionClosed(this);
        return;
    }
    close();
}

} // namespace ztp::http
