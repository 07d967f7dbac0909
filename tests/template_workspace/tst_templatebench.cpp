#include "bench/benchservice.h"
#include "http/provisioningservices.h"
#include "reports/report.h"
#include "reports/reportformats.h"
#include "templates/linediff.h"
#include "templates/revisionstore.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ztp;

// The bench's use of variables, lint, revisions and template assignment, on a real workspace
// and history.sqlite in a temporary folder.
class TemplateBenchTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void renderUsesEverySource();
    void renderReportsRevision();
    void lintListsMissingVariables();
    void lintReportsSyntaxPosition();
    void assignTemplatePersists();
    void assignUnknownTemplateRejected();
    void revisionsDeduplicated();
    void renderedConfigurationsPruned();
    void diffAlignsChangedLines();
    void diffOfLargeInputsStaysBounded();
    void httpServeRecordsRevision();

private:
    void write(const QString &relativePath, const QByteArray &content);
    std::optional<devices::Device> expected(const QString &serial) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<bench::BenchService> m_bench;
};

void TemplateBenchTest::write(const QString &relativePath, const QByteArray &content)
{
    const QString path = QDir(m_dir->path()).filePath(relativePath);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

std::optional<devices::Device> TemplateBenchTest::expected(const QString &serial) const
{
    for (const devices::Device &device : m_bench->expectedDevices()) {
        if (device.serial == serial)
            return device;
    }
    return std::nullopt;
}

void TemplateBenchTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(workspace::Workspace::init(m_dir->path()).ok());
    write(QStringLiteral("inventory.csv"),
          "mac,serial,hostname,site\n"
          "00:1c:73:00:00:01,FOC001,leaf1,ams\n"
          "00:1c:73:00:00:02,FOC002,leaf2,\n");
    write(QStringLiteral("variables.json"), R"({"ntp": "10.0.0.1", "site": "default-site"})");
    write(QStringLiteral("variables/FOC001.json"), R"({"vlans": [10, 20]})");
    write(QStringLiteral("templates/leaf.j2"),
          "hostname {{ hostname }}\nntp server {{ ntp }}\n! {{ site }}\n"
          "{% for vlan in vlans %}vlan {{ vlan }}\n{% endfor %}");
    m_bench = std::make_unique<bench::BenchService>();
    QVERIFY(m_bench->openWorkspace(m_dir->path()).ok());
}

void TemplateBenchTest::cleanup()
{
    m_bench.reset();
    m_dir.reset();
}

void TemplateBenchTest::renderUsesEverySource()
{
    std::optional<devices::Device> device = expected(QStringLiteral("FOC001"));
    QVERIFY(device);
    device->templateName = QStringLiteral("leaf.j2");

    const auto rendered = m_bench->renderConfiguration(*device);
    QVERIFY2(rendered.ok(), qPrintable(rendered.errorString()));
    QCOMPARE(rendered->text, QByteArray("hostname leaf1\nntp server 10.0.0.1\n! ams\nvlan 10\nvlan 20\n"));
}

void TemplateBenchTest::renderReportsRevision()
{
    std::optional<devices::Device> device = expected(QStringLiteral("FOC001"));
    QVERIFY(device);
    device->templateName = QStringLiteral("leaf.j2");
    QFile file(QDir(m_dir->path()).filePath(QStringLiteral("templates/leaf.j2")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString fileSha256 = QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());

    const auto rendered = m_bench->renderConfiguration(*device);
    QVERIFY2(rendered.ok(), qPrintable(rendered.errorString()));
    QCOMPARE(rendered->templateSha256, fileSha256);
    QCOMPARE(rendered->templateName, QStringLiteral("leaf.j2"));
}

void TemplateBenchTest::lintListsMissingVariables()
{
    workspace::BenchSettings &settings = m_bench->workspace()->settings();
    settings.defaultTemplate = QStringLiteral("leaf.j2");

    const QList<templates::LintFinding> findings = m_bench->lintTemplates();
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).deviceKey, QStringLiteral("00:1c:73:00:00:01"));
    QVERIFY2(findings.at(0).isClean(), qPrintable(findings.at(0).error.toString()));
    QCOMPARE(findings.at(1).deviceKey, QStringLiteral("00:1c:73:00:00:02"));
    QCOMPARE(findings.at(1).missingVariables, QStringList{QStringLiteral("vlans")});
}

void TemplateBenchTest::lintReportsSyntaxPosition()
{
    write(QStringLiteral("templates/broken.j2"), "hostname {{ hostname }}\n{% if site %}\nx\n");
    m_bench->workspace()->settings().defaultTemplate = QStringLiteral("broken.j2");

    const QList<templates::LintFinding> findings = m_bench->lintTemplates();
    QCOMPARE(findings.size(), 2);
    const templates::TemplateError &error = findings.at(0).error;
    QCOMPARE(error.templateName, QStringLiteral("broken.j2"));
    QCOMPARE(error.line, 2);
    QCOMPARE(error.column, 4); // the "if" that opened the unclosed block
    QVERIFY(!error.message.isEmpty());
}

void TemplateBenchTest::assignTemplatePersists()
{
    devices::Device device;
    device.mac = QByteArray::fromHex("001c73000001");
    device.serial = QStringLiteral("FOC001");
    device.firstSeen = device.lastSeen = QDateTime::currentDateTimeUtc();
    m_bench->history()->saveDevice(device);
    QVERIFY(m_bench->openWorkspace(m_dir->path()).ok());

    QVERIFY(m_bench->assignTemplate(device.mac, QStringLiteral("leaf.j2")).ok());
    QCOMPARE(m_bench->devices()->find(device.mac)->templateName, QStringLiteral("leaf.j2"));

    // Reopening drains the history writer, so the record is read back from history.sqlite.
    m_bench = std::make_unique<bench::BenchService>();
    QVERIFY(m_bench->openWorkspace(m_dir->path()).ok());
    QCOMPARE(m_bench->devices()->find(device.mac)->templateName, QStringLiteral("leaf.j2"));
}

void TemplateBenchTest::assignUnknownTemplateRejected()
{
    const Status unknownDevice = m_bench->assignTemplate(QByteArray::fromHex("001c7300ffff"),
                                                         QStringLiteral("leaf.j2"));
    QVERIFY(!unknownDevice.ok());
    QVERIFY(unknownDevice.errorString().contains(QStringLiteral("00:1c:73:00:ff:ff")));

    devices::Device device;
    device.mac = QByteArray::fromHex("001c73000001");
    device.firstSeen = device.lastSeen = QDateTime::currentDateTimeUtc();
    m_bench->history()->saveDevice(device);
    QVERIFY(m_bench->openWorkspace(m_dir->path()).ok());
    const Status missing = m_bench->assignTemplate(device.mac, QStringLiteral("nope.j2"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.errorString().contains(QStringLiteral("nope.j2")));
    QVERIFY(m_bench->devices()->find(device.mac)->templateName.isEmpty());
}

void TemplateBenchTest::revisionsDeduplicated()
{
    templates::RevisionStore *store = m_bench->revisions();
    QVERIFY(store);

    const auto first = store->saveRevision(QStringLiteral("leaf.j2"), "hostname {{ hostname }}\n");
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    const auto again = store->saveRevision(QStringLiteral("leaf.j2"), "hostname {{ hostname }}\n");
    QVERIFY(again.ok());
    QCOMPARE(again->id, first->id);
    const auto second = store->saveRevision(QStringLiteral("leaf.j2"), "hostname {{ hostname }}!\n");
    QVERIFY(second.ok());
    QVERIFY(second->id != first->id);

    const auto revisions = store->revisions(QStringLiteral("leaf.j2"));
    QVERIFY(revisions.ok());
    QCOMPARE(revisions->size(), 2);
    QCOMPARE(revisions->first().sha256, second->sha256);
    QCOMPARE(first->sha256, QString::fromLatin1(QCryptographicHash::hash("hostname {{ hostname }}\n",
                                                                         QCryptographicHash::Sha256)
                                                    .toHex()));
    const auto found = store->revision(QStringLiteral("leaf.j2"), first->sha256);
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE((*found)->source, QByteArray("hostname {{ hostname }}\n"));
}

void TemplateBenchTest::renderedConfigurationsPruned()
{
    templates::RevisionStore *store = m_bench->revisions();
    const QString key = QStringLiteral("00:1c:73:00:00:01");
    for (int index = 0; index < templates::RevisionStore::keptRenderedPerDevice + 2; ++index)
        QVERIFY(store->saveRenderedConfiguration(key, QStringLiteral("leaf.j2"), QStringLiteral("ab"),
                                                 QByteArray::number(index)).ok());

    const auto sha = [](const QByteArray &text) {
        return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
    };
    const auto oldest = store->renderedConfiguration(key, sha("0"));
    QVERIFY(oldest.ok());
    QVERIFY(!oldest->has_value());
    const auto newest = store->renderedConfiguration(key, sha("11"));
    QVERIFY(newest.ok() && newest->has_value());
    QCOMPARE(**newest, QByteArray("11"));
}

void TemplateBenchTest::diffAlignsChangedLines()
{
    const QString before = QStringLiteral("hostname a\nvlan 10\nvlan 20\nend\n");
    const QString after = QStringLiteral("hostname b\nvlan 10\nvlan 30\nvlan 20\nend\n");

    QCOMPARE(templates::formatDiff(templates::diffLines(before, after)),
             QStringLiteral("- hostname a\n+ hostname b\n  vlan 10\n+ vlan 30\n  vlan 20\n  end\n"));
    QCOMPARE(templates::formatDiff(templates::diffLines(QString(), QStringLiteral("x\n"))),
             QStringLiteral("+ x\n"));
    QCOMPARE(templates::formatDiff(templates::diffLines(QStringLiteral("x\n"), QStringLiteral("x\n"))),
             QStringLiteral("  x\n"));
}

void TemplateBenchTest::diffOfLargeInputsStaysBounded()
{
    // 5,000 changed lines on each side exceed maxLcsCells, so they are listed, not aligned.
    QString before;
    QString after;
    for (int line = 0; line < 5000; ++line) {
        before += QStringLiteral("a%1\n").arg(line);
        after += QStringLiteral("b%1\n").arg(line);
    }
    const QList<templates::DiffLine> diff = templates::diffLines(before, after);
    QCOMPARE(diff.size(), 10000);
    QCOMPARE(diff.first().kind, templates::DiffLine::Kind::Removed);
    QCOMPARE(diff.last().kind, templates::DiffLine::Kind::Added);
}


namespace {

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// Sends one GET over a new connection and returns the whole response, headers included.
QByteArray httpGet(quint16 port, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray response;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < 10000) {
        // The server runs in this thread, so the event loop must turn while the client waits.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        response += socket.readAll();
    }
    response += socket.readAll();
    return response;
}

} // namespace

// The real HTTP server on loopback, with the bench's backend: the device record, the stored
// rendering (which the editor's preview diffs against) and every report format name the
// template revision that was served.
void TemplateBenchTest::httpServeRecordsRevision()
{
    const QByteArray mac = QByteArray::fromHex("001c73000001");
    devices::Device device;
    device.mac = mac;
    device.serial = QStringLiteral("FOC001");
    device.hostname = QStringLiteral("leaf1");
    device.ip = QHostAddress(QHostAddress::LocalHost);
    device.state = devices::DeviceState::Leased; // leased the address, as after DHCP
    device.inventory = {{QStringLiteral("site"), QStringLiteral("ams")}};
    device.firstSeen = device.lastSeen = QDateTime::currentDateTimeUtc();
    m_bench->history()->saveDevice(device);
    QVERIFY(m_bench->openWorkspace(m_dir->path()).ok());
    m_bench->workspace()->settings().defaultTemplate = QStringLiteral("leaf.j2");

    QFile templateFile(QDir(m_dir->path()).filePath(QStringLiteral("templates/leaf.j2")));
    QVERIFY(templateFile.open(QIODevice::ReadOnly));
    const QByteArray servedSource = templateFile.readAll();
    const QString templateSha256 = sha256Hex(servedSource);

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    http::ProvisioningSettings settings;
    settings.address = QHostAddress(QHostAddress::LocalHost);
    settings.httpPort = port;
    settings.httpsPort = 0;
    settings.syslogPort = 0;
    settings.filesDirectory = m_bench->workspace()->filesPath();
    settings.templatesDirectory = m_bench->workspace()->templatesPath();
    http::ProvisioningServices services(settings, m_bench->ztpBackend());
    const Status started = services.start();
    QVERIFY2(started.ok(), qPrintable(started.errorString()));

    const QByteArray response = httpGet(port, "/ztp/self/config");
    QVERIFY2(response.startsWith("HTTP/1.1 200"), response.constData());
    const QByteArray body = response.mid(response.indexOf("\r\n\r\n") + 4);
    QCOMPARE(body, QByteArray("hostname leaf1\nntp server 10.0.0.1\n! ams\nvlan 10\nvlan 20\n"));
    const QString configSha256 = sha256Hex(body);
    QTRY_COMPARE(m_bench->devices()->find(mac)->configSha256, configSha256);

    // A later edit of the template does not change the revision that the records name.
    write(QStringLiteral("templates/leaf.j2"), "hostname {{ hostname }}-edited\n");

    const devices::Device served = *m_bench->devices()->find(mac);
    QCOMPARE(served.templateSha256, templateSha256);

    const auto stored = m_bench->revisions()->findRenderedConfiguration(served.key(), configSha256);
    QVERIFY2(stored.ok(), qPrintable(stored.errorString()));
    QVERIFY(stored->has_value());
    QCOMPARE((*stored)->text, body);
    QCOMPARE((*stored)->templateName, QStringLiteral("leaf.j2"));
    QCOMPARE((*stored)->templateSha256, templateSha256);
    const auto lastSent = m_bench->revisions()->renderedConfiguration(served.key(), served.configSha256);
    QVERIFY(lastSent.ok() && lastSent->has_value());
    QCOMPARE(**lastSent, body);

    const auto revision = m_bench->revisions()->revision(QStringLiteral("leaf.j2"), templateSha256);
    QVERIFY(revision.ok() && revision->has_value());
    QCOMPARE((*revision)->source, servedSource);

    QVERIFY(m_bench->historyWriter()->waitForWritten(std::chrono::seconds(5)));
    const Result<reports::Report> report = reports::buildReport(*m_bench->history(), {}, {});
    QVERIFY2(report.ok(), qPrintable(report.errorString()));
    QCOMPARE(report->devices.size(), 1);
    QCOMPARE(report->devices.first().templateSha256, templateSha256);
    QCOMPARE(report->devices.first().templateName, QStringLiteral("leaf.j2"));
    QVERIFY(report->devices.first().configSentAt.isValid());
    QVERIFY(reports::renderCsv(*report).contains(templateSha256.toLatin1()));
    QVERIFY(reports::renderJson(*report).contains(templateSha256.toLatin1()));
    QVERIFY(reports::renderHtml(*report).contains(templateSha256.toLatin1()));

    // The record keeps the revision in history.sqlite.
    services.stop();
    m_bench = std::make_unique<bench::BenchService>();
    QVERIFY(m_bench->openWorkspace(m_dir->path()).ok());
    QCOMPARE(m_bench->devices()->find(mac)->templateSha256, templateSha256);
}

QTEST_MAIN(TemplateBenchTest)
#include "tst_templatebench.moc"
