// The server certificate dialog shows the same SHA-256 fingerprint as OpenSSL computes from the
// workspace's certificate, and copies it to the clipboard. Runs on the offscreen platform.
#include "bench/benchservice.h"
#include "mainwindow.h"
#include "pki/localca.h"
#include "servercertificatedialog.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ztp;

class ServerCertificateDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void fingerprintMatchesOpenssl();
    void actionDisabledWhileStopped();
};

void ServerCertificateDialogTest::fingerprintMatchesOpenssl()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl command is not installed");

    QTemporaryDir workspace;
    const QString pkiDirectory = workspace.filePath(QStringLiteral("pki"));
    const auto credentials
        = pki::ensureServerCredentials(pkiDirectory, QHostAddress(QStringLiteral("10.0.0.1")));
    QVERIFY2(credentials.ok(), qPrintable(credentials.errorString()));

    QProcess process;
    process.start(openssl,
        {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
            QStringLiteral("-sha256"), QStringLiteral("-in"),
            pkiDirectory + QStringLiteral("/server.crt")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    // "sha256 Fingerprint=AB:CD:..." (OpenSSL 3) or "SHA256 Fingerprint=..." (1.1).
    const QString output = QString::fromLatin1(process.readAllStandardOutput()).trimmed();
    const QString expected = output.section(QLatin1Char('='), 1);
    QCOMPARE(expected.size(), 32 * 3 - 1);

    ui::ServerCertificateDialog dialog(*credentials);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.fingerprintField()->text(), expected);
    QVERIFY(dialog.publicKeyPinField()->text().startsWith(QStringLiteral("sha256//")));

    QApplication::clipboard()->clear();
    QTest::mouseClick(dialog.copyFingerprintButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), expected);
}

void ServerCertificateDialogTest::actionDisabledWhileStopped()
{
    QTemporaryDir directory;
    QVERIFY(workspace::Workspace::init(directory.path()).ok());
    bench::BenchService bench;
    QVERIFY(bench.openWorkspace(directory.path()).ok());

    ui::MainWindow window(&bench);
    window.show();
    // No HTTPS server runs, so there is no certificate to show yet.
    QVERIFY(!window.certificateAction()->isEnabled());
}

QTEST_MAIN(ServerCertificateDialogTest)
#include "tst_servercertificatedialog.moc"
