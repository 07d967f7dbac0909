#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ztp;

// Runs the built `ztpw render` and `ztpw lint` on a workspace in a temporary folder.
class RenderCommandTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rendersByKey_data();
    void rendersByKey();
    void templateOptionOverrides();
    void redactHidesSecrets();
    void renderErrorNamesPosition();
    void unknownDeviceFails();
    void lintListsProblems();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run ztpw(const QStringList &arguments);
    void write(const QString &relativePath, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
};

RenderCommandTest::Run RenderCommandTest::ztpw(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(ZTPW_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void RenderCommandTest::write(const QString &relativePath, const QByteArray &content)
{
    const QString path = QDir(m_dir->path()).filePath(relativePath);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

void RenderCommandTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(workspace::Workspace::init(m_dir->path()).ok());
    write(QStringLiteral("inventory.csv"),
          "mac,serial,hostname,role\n"
          "00:1c:73:00:00:01,FOC001,leaf1,leaf\n"
          "00:1c:73:00:00:02,FOC002,spine1,spine\n");
    write(QStringLiteral("variables.json"), R"({"enable": "s3cr3t", "$secrets": ["enable"]})");
    write(QStringLiteral("templates/leaf.j2"),
          "hostname {{ hostname }}\nenable secret {{ enable }}\n! {{ role }} {{ mac }}\n");
    write(QStringLiteral("templates/broken.j2"), "hostname {{ hostname }}\nip {{ ip | nosuch }}\n");
}

void RenderCommandTest::rendersByKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("serial") << QStringLiteral("FOC001");
    QTest::newRow("serial, lower case") << QStringLiteral("foc001");
    QTest::newRow("mac with colons") << QStringLiteral("00:1c:73:00:00:01");
    QTest::newRow("mac with hyphens") << QStringLiteral("00-1C-73-00-00-01");
}

void RenderCommandTest::rendersByKey()
{
    QFETCH(QString, key);
    // The output ends without the template's final newline, as Jinja2 renders by default.
    write(QStringLiteral("templates/default.j2"),
          "hostname {{ hostname }}\nenable secret {{ enable }}\n! {{ role }} {{ mac }}\n");

    const Run run = ztpw({QStringLiteral("render"), QStringLiteral("--workspace"), m_dir->path(),
                          QStringLiteral("--device"), key});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("hostname leaf1\nenable secret s3cr3t\n! leaf 00:1c:73:00:00:01"));
}

void RenderCommandTest::templateOptionOverrides()
{
    const Run run = ztpw({QStringLiteral("render"), QStringLiteral("--workspace"), m_dir->path(),
                          QStringLiteral("--device"), QStringLiteral("FOC002"),
                          QStringLiteral("--template"), QStringLiteral("leaf.j2")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("hostname spine1\nenable secret s3cr3t\n! spine 00:1c:73:00:00:02"));
}

void RenderCommandTest::redactHidesSecrets()
{
    const Run run = ztpw({QStringLiteral("render"), QStringLiteral("--workspace"), m_dir->path(),
                          QStringLiteral("--device"), QStringLiteral("FOC002"),
                          QStringLiteral("--template"), QStringLiteral("leaf.j2"),
                          QStringLiteral("--redact")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.out.contains("s3cr3t"));
    QVERIFY(run.out.contains("enable secret <secret:enable>\n"));
}

void RenderCommandTest::renderErrorNamesPosition()
{
    const Run run = ztpw({QStringLiteral("render"), QStringLiteral("--workspace"), m_dir->path(),
                          QStringLiteral("--device"), QStringLiteral("FOC001"),
                          QStringLiteral("--template"), QStringLiteral("broken.j2")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("broken.j2:2:"), run.err.constData());
    QVERIFY2(run.err.contains("nosuch"), run.err.constData());
}

void RenderCommandTest::unknownDeviceFails()
{
    const Run run = ztpw({QStringLiteral("render"), QStringLiteral("--workspace"), m_dir->path(),
                          QStringLiteral("--device"), QStringLiteral("FOC404")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("FOC404"), run.err.constData());

    const Run noDevice = ztpw({QStringLiteral("render"), QStringLiteral("--workspace"), m_dir->path()});
    QCOMPARE(noDevice.exitCode, 2);
    QVERIFY2(noDevice.err.contains("--device"), noDevice.err.constData());
}

void RenderCommandTest::lintListsProblems()
{
    write(QStringLiteral("templates/default.j2"), "hostname {{ hostname }}\n{{ uplink }}\n");
    write(QStringLiteral("variables/FOC001.json"), R"({"uplink": "Gi1/0/48"})");

    const Run run = ztpw({QStringLiteral("lint"), QStringLiteral("--workspace"), m_dir->path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.out.contains("00:1c:73:00:00:01"), run.out.constData());
    QVERIFY2(run.out.contains("00:1c:73:00:00:02\tdefault.j2\tmissing variables: uplink\n"),
             run.out.constData());

    write(QStringLiteral("variables/FOC002.json"), R"({"uplink": "Gi1/0/1"})");
    const Run clean = ztpw({QStringLiteral("lint"), QStringLiteral("--workspace"), m_dir->path()});
    QCOMPARE(clean.exitCode, 0);
    QVERIFY(clean.out.isEmpty());
}

QTEST_MAIN(RenderCommandTest)
#include "tst_rendercommand.moc"
