// The workspace CA: files and modes, reuse, re-issue on a new address, and a real TLS
// handshake that verifies the server certificate against the CA alone.
#include "http/fileresponder.h"
#include "http/httpserver.h"
#include "pki/localca.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ztp;

class TestLocalCa : public QObject
{
    Q_OBJECT

private slots:
    void createsFilesWithPrivateModes();
    void reusesAndReissues();
    void rejectsCorruptKey();
    void tlsHandshakeVerifies();
};

void TestLocalCa::createsFilesWithPrivateModes()
{
    QTemporaryDir workspace;
    const QString pki = workspace.filePath(QStringLiteral("pki"));
    const auto credentials
        = pki::ensureServerCredentials(pki, QHostAddress(QStringLiteral("10.0.0.1")));
    QVERIFY2(credentials.ok(), qPrintable(credentials.errorString()));

    for (const char *name : {"ca.key", "server.key"}) {
        const QFile::Permissions permissions
            = QFile::permissions(pki + QLatin1Char('/') + QLatin1String(name));
        QCOMPARE(permissions
                & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
    }
    QVERIFY(QFile::exists(pki + QStringLiteral("/ca.crt")));
    QCOMPARE(credentials->caCertificatePath, pki + QStringLiteral("/ca.crt"));
    QCOMPARE(credentials->chain.size(), 2);
    QCOMPARE(credentials->chain.at(0).subjectAlternativeNames().values(QSsl::IpAddressEntry),
        QStringList {QStringLiteral("10.0.0.1")});
    QCOMPARE(
        credentials->chain.at(0).issuerDisplayName(), QStringLiteral("ZTP Workbench local CA"));
    QCOMPARE(credentials->certificateSha256,
        pki::colonHex(credentials->chain.at(0).digest(QCryptographicHash::Sha256)));
    QVERIFY(credentials->publicKeyPin.startsWith(QStringLiteral("sha256//")));
    QCOMPARE(credentials->publicKeyPin.size(), 8 + 44);
}

void TestLocalCa::reusesAndReissues()
{
    QTemporaryDir workspace;
    const QString pki = workspace.filePath(QStringLiteral("pki"));
    const auto first = pki::ensureServerCredentials(pki, QHostAddress(QStringLiteral("10.0.0.1")));
    const auto again = pki::ensureServerCredentials(pki, QHostAddress(QStringLiteral("10.0.0.1")));
    QVERIFY(first.ok() && again.ok());
    QCOMPARE(again->certificateSha256, first->certificateSha256);

    // A new bench address needs a certificate that names it. The keys and the CA stay, so a
    // pinned public key and a CA installed on devices keep working.
    const auto moved
        = pki::ensureServerCredentials(pki, QHostAddress(QStringLiteral("192.168.50.1")));
    QVERIFY(moved.ok());
    QVERIFY(moved->certificateSha256 != first->certificateSha256);
    QCOMPARE(moved->publicKeyPin, first->publicKeyPin);
    QCOMPARE(moved->caCertificateSha256, first->caCertificateSha256);
    QCOMPARE(moved->chain.at(0).subjectAlternativeNames().values(QSsl::IpAddressEntry),
        QStringList {QStringLiteral("192.168.50.1")});
}

void TestLocalCa::rejectsCorruptKey()
{
    QTemporaryDir workspace;
    const QString pki = workspace.filePath(QStringLiteral("pki"));
    QVERIFY(QDir().mkpath(pki));
    QFile key(pki + QStringLiteral("/ca.key"));
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write("not a key");
    key.close();

    const auto credentials
        = pki::ensureServerCredentials(pki, QHostAddress(QStringLiteral("10.0.0.1")));
    QVERIFY(!credentials.ok());
    QVERIFY(credentials.errorString().contains(QStringLiteral("ca.key")));
    QCOMPARE(pki::ensureServerCredentials(pki, QHostAddress(QStringLiteral("::1"))).ok(), false);
}

void TestLocalCa::tlsHandshakeVerifies()
{
    QTemporaryDir workspace;
    QFile file(workspace.filePath(QStringLiteral("hello.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello over TLS");
    file.close();
    const auto credentials = pki::ensureServerCredentials(
        workspace.filePath(QStringLiteral("pki")), QHostAddress::LocalHost);
    QVERIFY(credentials.ok());

    http::HttpServerSettings settings;
    settings.address = QHostAddress::LocalHost;
    settings.port = 0;
    settings.certificateChain = credentials->chain;
    settings.privateKey = credentials->privateKey;
    http::HttpServer server(settings);
    const QString root = workspace.path();
    server.setHandler([root](const http::HttpRequest &request, const http::HttpClient &client) {
        http::HttpResponse response = http::serveFile(request, root, request.path);
        response.setHeader("X-Client-Tls", client.tls ? "yes" : "no");
        return response;
    });
    QVERIFY(server.start());

    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(credentials->caCertificatePath));
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(configuration);
    QSignalSpy errors(&socket, &QSslSocket::sslErrors);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    QTRY_VERIFY(socket.isEncrypted());
    QCOMPARE(errors.count(), 0);
    QCOMPARE(socket.peerCertificate(), credentials->chain.at(0));

    socket.write("GET /hello.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray response;
    QTRY_VERIFY((response += socket.readAll(), response.endsWith("hello over TLS")));
    QVERIFY(response.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(response.contains("X-Client-Tls: yes"));
}

QTEST_GUILESS_MAIN(TestLocalCa)
#include "tst_localca.moc"
