#pragma once

#include "http/httpserver.h"

#include <QFile>
#include <QObject>
#include <QTimer>
#include <memory>

class QSocketNotifier;
class QTcpSocket;

namespace ztp::http {

// One client connection of HttpServer: reads requests, hands each to the server's handler and
// writes the response. A file body goes over plain TCP with sendfile(2) where the platform has
// it, and otherwise (TLS) through the socket's buffer at most kHighWater octets ahead of what
// the kernel took.
// Owned by the server; deletes itself through the server when the socket closes.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(HttpServer *server, QTcpSocket *socket);
    ~HttpConnection() override;

    void close();

private:
    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();
    void onRequestTimeout();
    void processBuffer();
    void handle(const HttpRequest &request);
    void respond(const HttpResponse &response, const HttpRequest &request);
    void sendResponse(const HttpResponse &response, const HttpRequest &request);
    void sendError(int status, const QString &message);
    void pumpFile();
    void pumpFileThroughBuffer();
    void pumpFileWithSendFile();
    void finishResponse();
    void closeAfterLinger();
    QByteArray headerBlock(
        const HttpResponse &response, qint64 contentLength, bool keepAlive) const;

    HttpServer *m_server;
    QTcpSocket *m_socket;
    HttpClient m_client;
    QByteArray m_buffer;
    QTimer m_requestTimer; // from the first octet of a request to its end
    QTimer m_idleTimer; // between requests on a kept-alive connection
    bool m_sending = false;
    bool m_awaitingDeferred = false; // a handler deferred its response (HttpResponse::deferred)
    bool m_continueSent = false; // "100 Continue" went out for the request being read
    bool m_closeAfterResponse = false;
    bool m_closed = false;
    std::unique_ptr<QFile> m_file;
    qint64 m_fileOffset = 0; // next octet of the file to send
    qint64 m_fileRemaining = 0;
    bool m_useSendFile = false;
    // Wakes the sendfile(2) loop when the kernel's send buffer has room again. Qt's own write
    // notifier is idle then, because nothing is queued in the socket's buffer.
    QSocketNotifier *m_writeNotifier = nullptr;
    HttpTransferRecord m_record;
    qint64 m_queuedBodyBytes = 0; // body octets handed to the socket
};

} // namespace ztp::http
