#include "http/httpserver.h"

#include "platform/netplatform.h"

#include "common/logging.h"
#include "http/httpconnection.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace ztp::http {

HttpServer::HttpServer(HttpServerSettings settings, QObject *parent)
    : QTcpServer(parent)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<HttpTransferRecord>();
}

HttpServer::~HttpServer()
{
    stop();
}

Status HttpServer::start()
{
    if (m_settings.isTls() && !QSslSocket::supportsSsl())
        return Error {tr("HTTPS on port %1 needs TLS, but Qt found no TLS backend; install "
                         "libssl3 or set the HTTPS port to 0.")
                          .arg(m_settings.port)};
    if (!listen(m_settings.address, m_settings.port))
        return Error {
            tr("Cannot listen on TCP %1:%2 for %3: %4. Stop the other server on that "
               "port, choose another port in workbench.json, or run with the "
               "privilege to bind ports below 1024.")
                .arg(m_settings.address.toString())
                .arg(m_settings.port)
                .arg(m_settings.isTls() ? QStringLiteral("HTTPS") : QStringLiteral("HTTP"))
                .arg(errorString())};
    // Listening on the interface's address alone still accepts a connection that reaches that
    // address through another interface; binding the socket to the device refuses it.
    if (!m_settings.interfaceName.isEmpty()) {
        const Status bound = platform::bindSocketToInterface(socketDescriptor(),
                                                             m_settings.interfaceName);
        if (!bound) {
            close();
            return bound;
        }
    }
    qCInfo(lcHttp).noquote() << (m_settings.isTls() ? "HTTPS" : "HTTP") << "server listening on"
                             << m_settings.address.toString() << "port" << serverPort();
    return Status::success();
}

void HttpServer::stop()
{
    if (!isListening() && m_connections.isEmpty())
        return;
    const quint16 port = serverPort();
    close();
    // close() on a connection removes it from the list.
    while (!m_connections.isEmpty())
        m_connections.constFirst()->close();
    qCInfo(lcHttp).noquote() << "server on" << m_settings.address.toString() << "port" << port
                             << "stopped";
}

void HttpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_settings.isTls()) {
        auto *tls = new QSslSocket;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(m_settings.certificateChain);
        configuration.setPrivateKey(m_settings.privateKey);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls->setSslConfiguration(configuration);
        socket = tls;
    } else {
        socket = new QTcpSocket;
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcHttp).noquote()
            << "cannot adopt an accepted connection:" << socket->errorString();
        delete socket;
        return;
    }

    if (m_connections.size() >= m_settings.maxConnections) {
        qCWarning(lcHttp).noquote() << "refusing" << socket->peerAddress().toString() << ": already"
                                    << m_connections.size() << "connections";
        if (!m_settings.isTls())
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: "
                          "close\r\n\r\n");
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }

    auto *connection = new HttpConnection(this, socket);
    m_connections.append(connection);
    if (auto *tls = qobject_cast<QSslSocket *>(socket))
        tls->startServerEncryption();
}

HttpResponse HttpServer::dispatch(const HttpRequest &request, const HttpClient &client)
{
    if (!m_handler)
        return HttpResponse::text(503, tr("The server has no handler yet."));
    return m_handler(request, client);
}

void HttpServer::connectionClosed(HttpConnection *connection)
{
    if (m_connections.removeOne(connection))
        connection->deleteLater();
}

} // namespace ztp::http
