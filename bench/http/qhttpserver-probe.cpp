// Probe of Qt HttpServer 6.4 for the three things the bench file server needs: byte ranges,
// streaming a large file with constant memory, and keep-alive. Built and run by
// qhttpserver-probe.sh; the findings are recorded next to HttpServer in app/core/http.
#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QHttpServerRequest>
#include <QHostAddress>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        qFatal("usage: qhttpserver-probe FILE PORT");
    const QString path = QString::fromLocal8Bit(argv[1]);

    QHttpServer server;
    // The 6.4 streaming call: QHttpServerResponder::write(QIODevice *) with the file.
    server.route(QStringLiteral("/file"), [path](const QHttpServerRequest &request,
                                                 QHttpServerResponder &&responder) {
        Q_UNUSED(request);
        auto *file = new QFile(path);
        file->open(QIODevice::ReadOnly);
        responder.write(file, "application/octet-stream");
    });
    if (server.listen(QHostAddress::LocalHost, quint16(QByteArray(argv[2]).toUInt())) == 0)
        qFatal("cannot listen");
    return app.exec();
}
