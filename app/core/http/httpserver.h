#pragma once

#include "common/result.h"
#include "http/httprequest.h"
#include "http/httpresponse.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <chrono>
#include <functional>

namespace ztp::http {

class HttpConnection;

struct HttpServerSettings
{
    QString interfaceName; // connections are accepted from this interface only; empty in tests
    QHostAddress address; // the interface's IPv4 address
    quint16 port = 80;
    // TLS when both are set: the workspace's server certificate (app/core/pki) and its key.
    QList<QSslCertificate> certificateChain;
    QSslKey privateKey;
    ParseLimits limits;
    int maxConnections = 256;
    // A request must arrive complete this long after its first octet, else 408 (slow clients).
    std::chrono::milliseconds requestTimeout {10000};
    // An idle keep-alive connection is closed after this long.
    std::chrono::milliseconds idleTimeout {30000};

    bool isTls() const { return !certificateChain.isEmpty() && !privateKey.isNull(); }
};

// The client of one request.
struct HttpClient
{
    QHostAddress address;
    quint16 port = 0;
    bool tls = false;
};

// One finished response, for the history: what was sent and whether it went out whole.
struct HttpTransferRecord
{
    QHostAddress client;
    QByteArray method;
    QString path;
    int status = 0;
    qint64 bytesSent = 0; // body octets written to the socket
    qint64 bodyLength = 0; // body octets the response announced
    bool complete = false; // false when the client went away first
    QString deviceKey;
    QString contentSha256; // set for rendered configurations, see HttpResponse
    QString templateName;   // as in HttpResponse
    QString templateSha256;
    QDateTime started;
    QDateTime finished;
};

using RequestHandler = std::function<HttpResponse(const HttpRequest &, const HttpClient &)>;

// An HTTP/1.1 server for ZTP agents: GET, HEAD and POST, keep-alive, one byte range, files
// streamed from disk with a bounded buffer, optional TLS. Lives in one thread.
//
// Why not Qt HttpServer 6.4 (the version Debian 12 ships)? bench/http/qhttpserver-probe.sh
// showed that it responds to "Range: bytes=0-99" with 200 and the whole file, and that it
// streams a QIODevice in 512-octet chunks: 2 GiB took 18 s on loopback (about 113 MiB/s),
// while this server sent 100 MiB over a veth pair at about 1,300 MiB/s on the same 2-core
// machine. For HEAD it tried to write a body, and it has neither a limit on the request
// header nor a timeout for slow clients. Ranges would need a wrapper device with its own
// Content-Length, and its parser is internal, so the fuzzer could not reach it. This server
// is therefore a QTcpServer with the pure parser of httprequest.h.
class HttpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit HttpServer(HttpServerSettings settings, QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(RequestHandler handler) { m_handler = std::move(handler); }

    // Listens on address:port; the error names both and the fix.
    Status start();
    void stop();

    const HttpServerSettings &settings() const { return m_settings; }
    quint16 serverPort() const { return QTcpServer::serverPort(); }
    int connectionCount() const { return int(m_connections.size()); }

signals:
    void transferFinished(const ztp::http::HttpTransferRecord &record);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class HttpConnection;
    HttpResponse dispatch(const HttpRequest &request, const HttpClient &client);
    void connectionClosed(HttpConnection *connection);

    HttpServerSettings m_settings;
    RequestHandler m_handler;
    QList<HttpConnection *> m_connections;
};

} // namespace ztp::http

Q_DECLARE_METATYPE(ztp::http::HttpTransferRecord)
