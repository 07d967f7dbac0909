#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `ztpw dhcp export` run as a process on a workspace made by `ztpw init`, compared with the
// golden files in tests/data/dhcp_export. With ZTPW_UPDATE_GOLDEN=1 the test rewrites them.
class DhcpExportCliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesGoldenFile_data();
    void matchesGoldenFile();
    void keaSnippetLoads();
    void dnsmasqSnippetLoads();
    void invalidArgumentsFail_data();
    void invalidArgumentsFail();
    void helpNamesCommand();

private:
    QByteArray run(const QStringList &arguments, int *exitCode, QByteArray *errors = nullptr) const;
    QTemporaryDir m_dir;
    QString m_workspace;
};

void DhcpExportCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("bench"));
    int exitCode = -1;
    run({QStringLiteral("init"), m_workspace}, &exitCode);
    QCOMPARE(exitCode, 0);
}

QByteArray DhcpExportCliTest::run(const QStringList &arguments, int *exitCode,
                                  QByteArray *errors) const
{
    QProcess process;
    process.start(QStringLiteral(ZTPW_BINARY), arguments);
    if (!process.waitForFinished(30000)) {
        *exitCode = -1;
        return {};
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (errors)
        *errors = process.readAllStandardError();
    return process.readAllStandardOutput();
}

void DhcpExportCliTest::matchesGoldenFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("golden");

    QTest::newRow("isc juniper") << "isc" << "juniper" << "juniper.isc.conf";
    QTest::newRow("kea juniper") << "kea" << "juniper" << "juniper.kea.json";
    QTest::newRow("dnsmasq juniper") << "dnsmasq" << "juniper" << "juniper.dnsmasq.conf";
    QTest::newRow("ios juniper") << "ios" << "juniper" << "juniper.ios.txt";
    QTest::newRow("ios cisco-autoinstall") << "ios" << "cisco-autoinstall" << "cisco-autoinstall.ios.txt";
    QTest::newRow("isc every profile") << "isc" << "" << "all.isc.conf";
    QTest::newRow("kea every profile") << "kea" << "" << "all.kea.json";
    QTest::newRow("dnsmasq every profile") << "dnsmasq" << "" << "all.dnsmasq.conf";
}

void DhcpExportCliTest::matchesGoldenFile()
{
    QFETCH(QString, format);
    QFETCH(QString, profile);
    QFETCH(QString, golden);

    QStringList arguments {QStringLiteral("dhcp"), QStringLiteral("export"),
                           QStringLiteral("--workspace"), m_workspace,
                           QStringLiteral("--format"), format,
                           QStringLiteral("--server"), QStringLiteral("192.0.2.1")};
    if (!profile.isEmpty())
        arguments << QStringLiteral("--profile") << profile;
    int exitCode = -1;
    QByteArray errors;
    const QByteArray output = run(arguments, &exitCode, &errors);
    QVERIFY2(exitCode == 0, errors.constData());

    const QString path = QStringLiteral(ZTPW_TEST_DATA_DIR "/dhcp_export/") + golden;
    if (qEnvironmentVariableIntValue("ZTPW_UPDATE_GOLDEN") == 1) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(output);
        return;
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(output, file.readAll());
}

void DhcpExportCliTest::keaSnippetLoads()
{
    const QString kea = QStandardPaths::findExecutable(QStringLiteral("kea-dhcp4"),
                                                       {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (kea.isEmpty())
        QSKIP("kea-dhcp4 is not installed (Debian package kea-dhcp4-server)");

    int exitCode = -1;
    const QByteArray classes = run({QStringLiteral("dhcp"), QStringLiteral("export"),
                                    QStringLiteral("--workspace"), m_workspace,
                                    QStringLiteral("--format"), QStringLiteral("kea"),
                                    QStringLiteral("--server"), QStringLiteral("192.0.2.1")},
                                   &exitCode);
    QCOMPARE(exitCode, 0);

    // The snippet is one "client-classes" key, which Kea checks inside a whole Dhcp4 map.
    const QByteArray body = classes.trimmed().mid(1).chopped(1);
    const QByteArray config = "{ \"Dhcp4\": { \"interfaces-config\": { \"interfaces\": [] },\n"
                              "  \"lease-database\": { \"type\": \"memfile\", \"persist\": false },\n"
                              "  \"subnet4\": [ { \"id\": 1, \"subnet\": \"192.0.2.0/24\" } ],\n"
                              + body + "\n} }\n";
    const QString path = m_dir.filePath(QStringLiteral("kea.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config);
    file.close();

    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(kea, {QStringLiteral("-t"), path});
    QVERIFY(check.waitForFinished(30000));
    QVERIFY2(check.exitCode() == 0, (check.readAll() + "\n" + config).constData());
}

void DhcpExportCliTest::dnsmasqSnippetLoads()
{
    const QString dnsmasq = QStandardPaths::findExecutable(QStringLiteral("dnsmasq"),
                                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (dnsmasq.isEmpty())
        QSKIP("dnsmasq is not installed (Debian package dnsmasq-base)");

    int exitCode = -1;
    const QByteArray snippet = run({QStringLiteral("dhcp"), QStringLiteral("export"),
                                    QStringLiteral("--workspace"), m_workspace,
                                    QStringLiteral("--format"), QStringLiteral("dnsmasq"),
                                    QStringLiteral("--server"), QStringLiteral("192.0.2.1")},
                                   &exitCode);
    QCOMPARE(exitCode, 0);
    const QString path = m_dir.filePath(QStringLiteral("dnsmasq.conf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(snippet);
    file.close();

    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(dnsmasq, {QStringLiteral("--test"), QStringLiteral("-C"), path});
    QVERIFY(check.waitForFinished(30000));
    QVERIFY2(check.exitCode() == 0, (check.readAll() + "\n" + snippet).constData());
}

void DhcpExportCliTest::invalidArgumentsFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown format") << QStringList {QStringLiteral("--format"), QStringLiteral("bind"), QStringLiteral("--server"), QStringLiteral("192.0.2.1")}
                                    << "Invalid --format 'bind'";
    QTest::newRow("unknown profile") << QStringList {QStringLiteral("--format"), QStringLiteral("isc"), QStringLiteral("--server"), QStringLiteral("192.0.2.1"), QStringLiteral("--profile"), QStringLiteral("nokia")}
                                     << "Profile 'nokia' not found";
    QTest::newRow("no server address") << QStringList {QStringLiteral("--format"), QStringLiteral("isc")}
                                       << "--server ADDRESS";
    QTest::newRow("invalid server address") << QStringList {QStringLiteral("--format"), QStringLiteral("isc"), QStringLiteral("--server"), QStringLiteral("bench.local")}
                                            << "'bench.local' is not an IPv4 address";
    QTest::newRow("format missing") << QStringList {QStringLiteral("--server"), QStringLiteral("192.0.2.1")}
                                    << "Missing --format";
}

void DhcpExportCliTest::invalidArgumentsFail()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    arguments.prepend(m_workspace);
    arguments.prepend(QStringLiteral("--workspace"));
    arguments.prepend(QStringLiteral("export"));
    arguments.prepend(QStringLiteral("dhcp"));
    int exitCode = -1;
    QByteArray errors;
    const QByteArray output = run(arguments, &exitCode, &errors);
    QCOMPARE(exitCode, 2);
    QVERIFY(output.isEmpty());
    QVERIFY2(errors.contains(message.toUtf8()), errors.constData());
}

// The usage line names the subcommand, not the path of the binary.
void DhcpExportCliTest::helpNamesCommand()
{
    int exitCode = -1;
    const QByteArray output = run({QStringLiteral("dhcp"), QStringLiteral("export"),
                                   QStringLiteral("--help")},
                                  &exitCode);

    QCOMPARE(exitCode, 0);
    QVERIFY2(output.startsWith("Usage: ztpw dhcp export [options]"), output.left(80).constData());
}

QTEST_GUILESS_MAIN(DhcpExportCliTest)
#include "tst_dhcpexportcli.moc"
