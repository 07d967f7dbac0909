#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `ztpw export`, `evidence`, `verify-report` and `history` run as a technician runs them, on a
// workspace whose history is the version-1 fixture.
class ReportCliTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exportEveryFormat_data();
    void exportEveryFormat();
    void exportFiltersBySite();
    void exportRejectsBadInput_data();
    void exportRejectsBadInput();
    void evidencePackVerifiesAndNamesChangedFile();
    void verifyNeedsTrustedKey();
    void evidencePackMasksMarkedSecrets();
    void verifyAcceptsRelativePath();
    void exportRefusesWorkspaceFiles();
    void historyBackupAndPurge();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run ztpw(const QStringList &arguments, const QString &workingDirectory = QString());
    QString workspace() const { return m_dir->filePath(QStringLiteral("bench")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

ReportCliTest::Run ReportCliTest::ztpw(const QStringList &arguments, const QString &workingDirectory)
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(ZTPW_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        run.err = QStringLiteral("ztpw did not finish within 30 s");
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void ReportCliTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const Run created = ztpw({QStringLiteral("init"), workspace()});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QString history = QDir(workspace()).filePath(QStringLiteral("history.sqlite"));
    QFile::remove(history);
    QVERIFY(QFile::copy(QStringLiteral(ZTPW_TEST_DATA_DIR "/storage/history-v1.sqlite"), history));
    QFile::setPermissions(history, QFile::ReadOwner | QFile::WriteOwner);
}

void ReportCliTest::exportEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("csv") << QStringLiteral("csv") << QByteArray("mac,serial,hostname,ip,template");
    QTest::newRow("json") << QStringLiteral("JSON") << QByteArray("{");
    QTest::newRow("html") << QStringLiteral("html") << QByteArray("<!DOCTYPE html>");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-1.4");
}

void ReportCliTest::exportEveryFormat()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, start);
    const QString output = m_dir->filePath(QStringLiteral("report.") + format.toLower());
    const Run run = ztpw({QStringLiteral("export"), QStringLiteral("--workspace"), workspace(),
                          QStringLiteral("--format"), format, QStringLiteral("--output"), output});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith(start));
    if (format != QLatin1String("pdf"))
        QVERIFY(content.contains("FOC0002"));
}

void ReportCliTest::exportFiltersBySite()
{
    const Run run = ztpw({QStringLiteral("export"), QStringLiteral("-w"), workspace(), QStringLiteral("-f"),
                          QStringLiteral("json"), QStringLiteral("-o"), QStringLiteral("-"),
                          QStringLiteral("--site"), QStringLiteral("Hall 3"), QStringLiteral("--from"),
                          QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-01")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray devices = root.value(QStringLiteral("devices")).toArray();
    QCOMPARE(devices.size(), 1);
    QCOMPARE(devices.first().toObject().value(QStringLiteral("serial")).toString(), QStringLiteral("FOC0001"));
    QCOMPARE(root.value(QStringLiteral("report")).toObject().value(QStringLiteral("filter")).toString(),
             QStringLiteral("site Hall 3; from 2026-03-01T00:00:00Z; to 2026-03-02T00:00:00Z"));
}

void ReportCliTest::exportRejectsBadInput_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("format") << QStringList {QStringLiteral("--format"), QStringLiteral("xlsx")} << QStringLiteral("'xlsx'");
    QTest::newRow("date") << QStringList {QStringLiteral("--from"), QStringLiteral("yesterday")} << QStringLiteral("'yesterday'");
    QTest::newRow("range") << QStringList {QStringLiteral("--from"), QStringLiteral("2026-03-02"), QStringLiteral("--to"), QStringLiteral("2026-03-01")} << QStringLiteral("range");
}

void ReportCliTest::exportRejectsBadInput()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    const Run run = ztpw(QStringList {QStringLiteral("export"), QStringLiteral("-w"), workspace(),
                                      QStringLiteral("-o"), m_dir->filePath(QStringLiteral("x"))}
                         + extra);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x"))));
}

void ReportCliTest::evidencePackVerifiesAndNamesChangedFile()
{
    const QString pack = m_dir->filePath(QStringLiteral("pack"));
    const Run written = ztpw({QStringLiteral("evidence"), QStringLiteral("-w"), workspace(),
                              QStringLiteral("-o"), pack, QStringLiteral("--technician"), QStringLiteral("Ana")});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QVERIFY(QFile::exists(QDir(pack).filePath(QStringLiteral("report.pdf"))));
    // Device 1 used default.j2, which the workspace has, so its configuration is in the pack.
    QVERIFY(QFile::exists(QDir(pack).filePath(QStringLiteral("configs/00-1c-73-00-00-01.cfg"))));

    const Run intact = ztpw({QStringLiteral("verify-report"), pack, QStringLiteral("-w"), workspace()});
    QVERIFY2(intact.exitCode == 0, qPrintable(intact.out + intact.err));
    QVERIFY(intact.out.contains(QStringLiteral("OK: the pack is intact")));

    QFile csv(QDir(pack).filePath(QStringLiteral("report.csv")));
    QVERIFY(csv.open(QIODevice::Append));
    csv.write("00:1c:73:00:00:09,FAKE\r\n");
    csv.close();
    const Run changed = ztpw({QStringLiteral("verify-report"), pack, QStringLiteral("-w"), workspace()});
    QCOMPARE(changed.exitCode, 1);
    QVERIFY2(changed.out.contains(QStringLiteral("changed: report.csv")), qPrintable(changed.out));
    QVERIFY(changed.out.contains(QStringLiteral("signature: valid")));
    QVERIFY(changed.out.contains(QStringLiteral("FAILED")));
}

void ReportCliTest::evidencePackMasksMarkedSecrets()
{
    // "banner_word" does not look like a credential, so only its "$secrets" marking hides it.
    QFile variables(QDir(workspace()).filePath(QStringLiteral("variables.json")));
    QVERIFY(variables.open(QIODevice::WriteOnly));
    variables.write(R"({"banner_word": "Zebra-Quartz-91", "$secrets": ["banner_word"]})");
    variables.close();
    QFile templateFile(QDir(workspace()).filePath(QStringLiteral("templates/default.j2")));
    QVERIFY(templateFile.open(QIODevice::WriteOnly));
    templateFile.write("hostname {{ hostname }}\nbanner motd {{ banner_word }}\n");
    templateFile.close();

    const QString pack = m_dir->filePath(QStringLiteral("secret-pack"));
    const Run written = ztpw({QStringLiteral("evidence"), QStringLiteral("-w"), workspace(),
                              QStringLiteral("-o"), pack});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));

    QFile config(QDir(pack).filePath(QStringLiteral("configs/00-1c-73-00-00-01.cfg")));
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QByteArray text = config.readAll();
    QVERIFY2(text.contains("banner motd"), text.constData());
    QVERIFY2(!text.contains("Zebra-Quartz-91"), text.constData());
}

void ReportCliTest::verifyAcceptsRelativePath()
{
    const Run written = ztpw({QStringLiteral("evidence"), QStringLiteral("-w"), workspace(),
                              QStringLiteral("-o"), m_dir->filePath(QStringLiteral("packs/p1"))});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));

    const Run relative = ztpw({QStringLiteral("verify-report"), QStringLiteral("packs/p1"),
                               QStringLiteral("-w"), workspace()},
                              m_dir->path());
    QVERIFY2(relative.exitCode == 0, qPrintable(relative.out + relative.err));
    QVERIFY(relative.out.contains(QStringLiteral("OK: the pack is intact")));
}

void ReportCliTest::exportRefusesWorkspaceFiles()
{
    // A first export migrates the version-1 fixture, so later reads compare like with like.
    QCOMPARE(ztpw({QStringLiteral("export"), QStringLiteral("-w"), workspace(),
                   QStringLiteral("-o"), QStringLiteral("-")}).exitCode, 0);
    const QString history = QDir(workspace()).filePath(QStringLiteral("history.sqlite"));
    QFile before(history);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray original = before.readAll();
    before.close();

    for (const QString &target : {history, QDir(workspace()).filePath(QStringLiteral("inventory.csv")),
                                  QDir(workspace()).filePath(QStringLiteral("templates/default.j2"))}) {
        const Run run = ztpw({QStringLiteral("export"), QStringLiteral("-w"), workspace(),
                              QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("-o"), target});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Refusing to write the report over")), qPrintable(run.err));
    }

    QFile after(history);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), original);
}

void ReportCliTest::verifyNeedsTrustedKey()
{
    const Run run = ztpw({QStringLiteral("verify-report"), m_dir->filePath(QStringLiteral("pack"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--public-key")), qPrintable(run.err));
}

void ReportCliTest::historyBackupAndPurge()
{
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    const Run backedUp = ztpw({QStringLiteral("history"), QStringLiteral("backup"), QStringLiteral("-w"),
                               workspace(), QStringLiteral("-o"), backup});
    QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
    QVERIFY(QFile::exists(backup));

    const Run again = ztpw({QStringLiteral("history"), QStringLiteral("backup"), QStringLiteral("-w"),
                            workspace(), QStringLiteral("-o"), backup});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));

    // The fixture's events are from March 2026; a purge of all older than 0 days removes them.
    const Run purged = ztpw({QStringLiteral("history"), QStringLiteral("purge"), QStringLiteral("-w"),
                             workspace(), QStringLiteral("--older-than"), QStringLiteral("0")});
    QVERIFY2(purged.exitCode == 0, qPrintable(purged.err));
    QVERIFY2(purged.out.contains(QStringLiteral("Deleted 4 events and 2 devices")), qPrintable(purged.out));

    const Run invalid = ztpw({QStringLiteral("history"), QStringLiteral("purge"), QStringLiteral("-w"),
                              workspace(), QStringLiteral("--older-than"), QStringLiteral("ten")});
    QCOMPARE(invalid.exitCode, 2);
    QVERIFY2(invalid.err.contains(QStringLiteral("'ten'")), qPrintable(invalid.err));
}

QTEST_GUILESS_MAIN(ReportCliTest)
#include "tst_reportcli.moc"
