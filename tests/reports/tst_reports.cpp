#include "reports/evidencepack.h"
#include "reports/report.h"
#include "reports/reportformats.h"
#include "reports/signingkey.h"
#include "storage/historydatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ztp;

namespace {

const QString Secret = QStringLiteral("Kx9!enable-pass");
const QString SnmpCommunity = QStringLiteral("c0mmunity-ro");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QDateTime at(int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 3, 1), QTime(hour, minute, second), Qt::UTC);
}

storage::HistoryEvent historyEvent(const QDateTime &time, const QString &device, const QString &kind,
                            const QString &summary, const QJsonObject &details = {})
{
    storage::HistoryEvent result;
    result.time = time;
    result.deviceKey = device;
    result.kind = kind;
    result.summary = summary;
    result.details = details;
    return result;
}

} // namespace

// Reports built from a real history file: three devices on two sites, one with secret
// inventory variables, compared with golden files, pdftotext and a signed evidence pack.
class ReportsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvMatchesGolden();
    void jsonMatchesGolden();
    void summaryCounts();
    void filters_data();
    void filters();
    void emptyDateRangeIsRejected();
    void secretsNeverAppear_data();
    void secretsNeverAppear();
    void secretNamesAreRecognised_data();
    void secretNamesAreRecognised();
    void pdfTextHoldsRows();
    void cancelledExportWritesNothing();
    void evidencePackVerifies();
    void evidencePackNamesChangedFile();
    void evidencePackNamesMissingAndUnlisted();
    void evidencePackRejectsForgedManifest();
    void evidencePackRejectsOtherKey();
    void signingKeyIsReused();
    void templateRevisionInEveryFormat();

private:
    Result<reports::Report> build(const reports::ReportFilter &filter = {}) const;
    void compareWithGolden(const QByteArray &actual, const QString &name);
    QString writePack();

    QTemporaryDir m_dir;
    storage::HistoryDatabase m_history;
};

void ReportsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_history.open(m_dir.filePath(QStringLiteral("history.sqlite"))).ok());

    devices::Device a;
    a.mac = QByteArray::fromHex("001c73000001");
    a.vendorClass = QStringLiteral("Arista;DCS-7050");
    a.hostname = QStringLiteral("hall3-leaf-01");
    a.serial = QStringLiteral("JPE0001");
    a.model = QStringLiteral("DCS-7050SX3-48YC8");
    a.ip = QHostAddress(QStringLiteral("10.0.0.10"));
    a.state = devices::DeviceState::ConfigurationSent;
    a.templateName = QStringLiteral("leaf.j2");
    a.configSha256 = QStringLiteral("1f").repeated(32);
    a.firstSeen = at(8, 0);
    a.lastSeen = at(8, 6);
    a.inventory = {{QStringLiteral("site"), QStringLiteral("Hall 3")},
                   {QStringLiteral("job"), QStringLiteral("J-100")},
                   {QStringLiteral("profile"), QStringLiteral("leaf")},
                   {QStringLiteral("enable_secret"), Secret},
                   {QStringLiteral("snmp"), SnmpCommunity}};

    devices::Device b = a;
    b.mac = QByteArray::fromHex("001c73000002");
    b.hostname = QStringLiteral("=hall3-leaf-02");
    b.serial = QStringLiteral("JPE0002");
    b.ip = QHostAddress(QStringLiteral("10.0.0.11"));
    b.state = devices::DeviceState::Failed;
    b.configSha256.clear();
    b.firstSeen = at(8, 1);
    b.lastSeen = at(8, 4);
    b.inventory = {{QStringLiteral("site"), QStringLiteral("Hall 3")},
                   {QStringLiteral("job"), QStringLiteral("J-100")},
                   {QStringLiteral("profile"), QStringLiteral("leaf, \"spare\"")}};

    devices::Device c;
    c.mac = QByteArray::fromHex("001c73000003");
    c.vendorClass = QStringLiteral("ciscopnp");
    c.hostname = QStringLiteral("lab-sw-01");
    c.ip = QHostAddress(QStringLiteral("10.0.0.12"));
    c.state = devices::DeviceState::Leased;
    c.firstSeen = at(9, 30);
    c.lastSeen = at(9, 31);
    c.inventory = {{QStringLiteral("site"), QStringLiteral("Lab")},
                   {QStringLiteral("job"), QStringLiteral("J-200")}};
    QVERIFY(m_history.saveDevices({a, b, c}).ok());

    const QString macA = a.key();
    const QString macB = b.key();
    const QString macC = c.key();
    QList<storage::HistoryEvent> events {
        historyEvent(at(8, 0), macA, QStringLiteral("dhcp.discover"), QStringLiteral("DISCOVER from %1 -> OFFER 10.0.0.10").arg(macA)),
        historyEvent(at(8, 0, 1), macA, QStringLiteral("dhcp.request"), QStringLiteral("REQUEST from %1 -> ACK 10.0.0.10").arg(macA)),
        historyEvent(at(8, 2), macA, QStringLiteral("tftp.transfer"), QStringLiteral("sent EOS-4.30.bin (1000 bytes) to 10.0.0.10"),
              {{QStringLiteral("file"), QStringLiteral("EOS-4.30.bin")}, {QStringLiteral("result"), QStringLiteral("ok")},
               {QStringLiteral("dynamic"), false}, {QStringLiteral("sha256"), QStringLiteral("ab").repeated(32)}}),
        historyEvent(at(8, 5), macA, QStringLiteral("tftp.transfer"),
              QStringLiteral("sent network-confg (120 bytes) to 10.0.0.10; enable secret %1").arg(Secret),
              {{QStringLiteral("file"), QStringLiteral("network-confg")}, {QStringLiteral("result"), QStringLiteral("ok")},
               {QStringLiteral("dynamic"), true}, {QStringLiteral("sha256"), a.configSha256},
               {QStringLiteral("templateSha256"), QStringLiteral("7e").repeated(32)}}),
        historyEvent(at(8, 1), macB, QStringLiteral("dhcp.discover"), QStringLiteral("DISCOVER from %1 -> OFFER 10.0.0.11").arg(macB)),
        historyEvent(at(8, 4), macB, QStringLiteral("tftp.transfer"), QStringLiteral("transfer of network-confg to 10.0.0.11 failed: timed out"),
              {{QStringLiteral("file"), QStringLiteral("network-confg")}, {QStringLiteral("result"), QStringLiteral("failed")},
               {QStringLiteral("dynamic"), true}}),
        historyEvent(at(9, 30), macC, QStringLiteral("dhcp.discover"), QStringLiteral("DISCOVER from %1 -> OFFER 10.0.0.12 community %2").arg(macC, SnmpCommunity)),
    };
    QVERIFY(m_history.recordEvents(events).ok());
}

Result<reports::Report> ReportsTest::build(const reports::ReportFilter &filter) const
{
    reports::ReportOptions options;
    options.technician = QStringLiteral("Ana Technician");
    options.generatedAt = at(12, 0);
    // "snmp" is not a credential by its name; the template marks it secret.
    options.secretVariables = {QStringLiteral("snmp")};
    return reports::buildReport(m_history, filter, options);
}

void ReportsTest::compareWithGolden(const QByteArray &actual, const QString &name)
{
    const QString path = QStringLiteral(ZTPW_TEST_DATA_DIR "/reports/") + name;
    if (qEnvironmentVariableIsSet("ZTPW_UPDATE_GOLDEN")) {
        QVERIFY(writeFile(path, actual));
        QSKIP("golden file rewritten");
    }
    const QByteArray expected = readFile(path);
    QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("missing golden file %1; run with ZTPW_UPDATE_GOLDEN=1 to create it").arg(path)));
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
}

void ReportsTest::csvMatchesGolden()
{
    const auto report = build();
    QVERIFY2(report.ok(), qPrintable(report.errorString()));
    compareWithGolden(reports::renderCsv(*report), QStringLiteral("report.csv"));
}

void ReportsTest::jsonMatchesGolden()
{
    const auto report = build();
    QVERIFY(report.ok());
    compareWithGolden(reports::renderJson(*report), QStringLiteral("report.json"));
}

void ReportsTest::summaryCounts()
{
    const auto report = build();
    QVERIFY(report.ok());
    const reports::ReportSummary &summary = report->summary;
    QCOMPARE(summary.devices, 3);
    QCOMPARE(summary.succeeded, 1);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.pending, 1);
    QCOMPARE(summary.durationSeconds(), qint64(91 * 60));
    QCOMPARE(summary.sites, (QStringList {QStringLiteral("Hall 3"), QStringLiteral("Lab")}));
    QCOMPARE(summary.technician, QStringLiteral("Ana Technician"));

    const reports::DeviceReport &first = report->devices.first();
    QCOMPARE(first.image, QStringLiteral("EOS-4.30.bin"));
    QCOMPARE(first.imageSha256, QStringLiteral("ab").repeated(32));
    QCOMPARE(first.templateSha256, QStringLiteral("7e").repeated(32));
    QCOMPARE(first.configSentAt, at(8, 5));
    QCOMPARE(first.profile, QStringLiteral("leaf"));
    QCOMPARE(first.transcript.size(), 4);
}

void ReportsTest::filters_data()
{
    QTest::addColumn<QStringList>("devices");
    QTest::addColumn<QString>("job");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QStringList>("expected");

    const QString a = QStringLiteral("00:1c:73:00:00:01");
    const QString b = QStringLiteral("00:1c:73:00:00:02");
    const QString c = QStringLiteral("00:1c:73:00:00:03");
    QTest::newRow("none") << QStringList() << QString() << QString() << QDateTime() << QDateTime() << QStringList {a, b, c};
    QTest::newRow("devices") << QStringList {c, a} << QString() << QString() << QDateTime() << QDateTime() << QStringList {a, c};
    QTest::newRow("device upper case") << QStringList {QStringLiteral("00:1C:73:00:00:02")} << QString() << QString() << QDateTime() << QDateTime() << QStringList {b};
    QTest::newRow("job") << QStringList() << QStringLiteral("J-200") << QString() << QDateTime() << QDateTime() << QStringList {c};
    QTest::newRow("site") << QStringList() << QString() << QStringLiteral("Hall 3") << QDateTime() << QDateTime() << QStringList {a, b};
    QTest::newRow("unknown site") << QStringList() << QString() << QStringLiteral("Hall 9") << QDateTime() << QDateTime() << QStringList();
    QTest::newRow("from") << QStringList() << QString() << QString() << at(8, 5) << QDateTime() << QStringList {a, c};
    QTest::newRow("to") << QStringList() << QString() << QString() << QDateTime() << at(8, 1) << QStringList {a};
    QTest::newRow("range") << QStringList() << QString() << QString() << at(8, 5) << at(9, 0) << QStringList {a};
    QTest::newRow("site and job") << QStringList() << QStringLiteral("J-100") << QStringLiteral("Lab") << QDateTime() << QDateTime() << QStringList();
}

void ReportsTest::filters()
{
    QFETCH(QStringList, devices);
    QFETCH(QString, job);
    QFETCH(QString, site);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QStringList, expected);

    reports::ReportFilter filter;
    filter.deviceKeys = devices;
    filter.job = job;
    filter.site = site;
    filter.from = from;
    filter.to = to;
    const auto report = build(filter);
    QVERIFY2(report.ok(), qPrintable(report.errorString()));
    QStringList macs;
    for (const auto &device : report->devices)
        macs.append(device.mac);
    QCOMPARE(macs, expected);
    QCOMPARE(report->summary.devices, int(expected.size()));
}

void ReportsTest::emptyDateRangeIsRejected()
{
    reports::ReportFilter filter;
    filter.from = at(10, 0);
    filter.to = at(9, 0);
    const auto report = build(filter);
    QVERIFY(!report.ok());
    QVERIFY2(report.errorString().contains(QStringLiteral("2026-03-01T10:00:00Z")), qPrintable(report.errorString()));
}

void ReportsTest::secretsNeverAppear_data()
{
    QTest::addColumn<reports::ReportFormat>("format");
    QTest::newRow("csv") << reports::ReportFormat::Csv;
    QTest::newRow("json") << reports::ReportFormat::Json;
    QTest::newRow("html") << reports::ReportFormat::Html;
    QTest::newRow("pdf") << reports::ReportFormat::Pdf;
}

void ReportsTest::secretsNeverAppear()
{
    QFETCH(reports::ReportFormat, format);
    const auto report = build();
    QVERIFY(report.ok());
    const auto content = reports::renderReport(*report, format);
    QVERIFY(content.ok());
    // The PDF's content streams are compressed, so check the decompressed text too.
    QByteArray text = *content;
    if (format == reports::ReportFormat::Pdf) {
        const QString pdf = m_dir.filePath(QStringLiteral("secret.pdf"));
        QVERIFY(writeFile(pdf, *content));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (!pdftotext.waitForFinished(10000))
            QSKIP("pdftotext is not installed (poppler-utils)");
        text += pdftotext.readAllStandardOutput();
        QVERIFY(text.contains("********"));
    }
    QVERIFY(!text.contains(Secret.toUtf8()));
    QVERIFY(!text.contains(SnmpCommunity.toUtf8()));
    // CSV has no transcript column, the only field in which the fixture's secrets appear.
    if (format != reports::ReportFormat::Csv)
        QVERIFY(text.contains("********"));
}

void ReportsTest::secretNamesAreRecognised_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");
    QTest::newRow("password") << QStringLiteral("password") << true;
    QTest::newRow("enable_secret") << QStringLiteral("enable_secret") << true;
    QTest::newRow("snmp-community") << QStringLiteral("snmp-community") << true;
    QTest::newRow("WPA_PSK") << QStringLiteral("WPA_PSK") << true;
    QTest::newRow("private.key") << QStringLiteral("private.key") << true;
    QTest::newRow("keyboard") << QStringLiteral("keyboard") << false;
    QTest::newRow("hostname") << QStringLiteral("hostname") << false;
    QTest::newRow("site") << QStringLiteral("site") << false;
}

void ReportsTest::secretNamesAreRecognised()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(reports::isSecretVariableName(name), secret);
}

void ReportsTest::pdfTextHoldsRows()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed (installer/debian-packages.txt lists poppler-utils)");

    const auto report = build();
    QVERIFY(report.ok());
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    const Status written = reports::writeReport(*report, reports::ReportFormat::Pdf, pdf);
    QVERIFY2(written.ok(), qPrintable(written.errorString()));
    QVERIFY(readFile(pdf).startsWith("%PDF-1.4\n"));

    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    // pdftotext reports a damaged cross-reference table on stderr even when it recovers.
    QCOMPARE(process.readAllStandardError(), QByteArray());
    const QString text = QString::fromUtf8(process.readAllStandardOutput());

    const QStringList expected {
        QStringLiteral("Provisioning report"),
        QStringLiteral("Ana Technician"),
        QStringLiteral("Hall 3, Lab"),
        QStringLiteral("Success rate"),
        QStringLiteral("33.3 %"),
        QStringLiteral("1:31:00"),
        QStringLiteral("00:1c:73:00:00:01"),
        QStringLiteral("hall3-leaf-01"),
        QStringLiteral("JPE0001"),
        QStringLiteral("10.0.0.10"),
        QStringLiteral("1f").repeated(32),
        QStringLiteral("EOS-4.30.bin"),
        QStringLiteral("DCS-7050SX3-48YC8"),
        QStringLiteral("ab").repeated(32),
        QStringLiteral("7e").repeated(32),
        QStringLiteral("2026-03-01T08:05:00Z"),
        QStringLiteral("00:1c:73:00:00:02"),
        QStringLiteral("timed out"),
        QStringLiteral("lab-sw-01"),
        QStringLiteral("leased"),
    };
    for (const QString &row : expected)
        QVERIFY2(text.contains(row), qPrintable(QStringLiteral("'%1' not in the PDF text:\n%2").arg(row, text)));
    // The summary is page 1 and the devices start on page 2.
    QVERIFY(text.section(QLatin1Char('\f'), 0, 0).contains(QStringLiteral("Success rate")));
    QVERIFY(!text.section(QLatin1Char('\f'), 0, 0).contains(QStringLiteral("JPE0001")));
}

void ReportsTest::cancelledExportWritesNothing()
{
    const auto report = build();
    QVERIFY(report.ok());
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    int calls = 0;
    const Status status = reports::writeReport(*report, reports::ReportFormat::Pdf, path,
                                               [&calls](int done, int total) {
                                                   ++calls;
                                                   return !(done == 2 && total == 3);
                                               });
    QVERIFY(!status.ok());
    QVERIFY2(status.errorString().contains(QStringLiteral("cancelled")), qPrintable(status.errorString()));
    QCOMPARE(calls, 2);
    QVERIFY(!QFile::exists(path));
}

QString ReportsTest::writePack()
{
    static int count = 0;
    const QString directory = m_dir.filePath(QStringLiteral("pack-%1").arg(++count));
    const auto report = build();
    if (!report)
        return {};
    auto key = reports::SigningKey::loadOrCreate(m_dir.filePath(QStringLiteral("workspace")));
    if (!key)
        return {};

    QByteArray config = "hostname hall3-leaf-01\nenable secret ";
    config += Secret.toUtf8() + "\nend\n";
    reports::PackedConfiguration packed;
    packed.deviceKey = QStringLiteral("00:1c:73:00:00:01");
    packed.renderedSha256 = QString::fromLatin1(QCryptographicHash::hash(config, QCryptographicHash::Sha256).toHex());
    packed.text = reports::redactSecrets(QString::fromUtf8(config), {Secret}).toUtf8();
    packed.matchesSent = false;
    const Status status = reports::writeEvidencePack(*report, {packed}, *key, directory);
    return status ? directory : QString();
}

void ReportsTest::evidencePackVerifies()
{
    const QString pack = writePack();
    QVERIFY(!pack.isEmpty());
    for (const char *name : {"report.pdf", "report.html", "report.json", "report.csv",
                             "configs/00-1c-73-00-00-01.cfg", "configs/index.json", "SHA256SUMS",
                             "SHA256SUMS.sig", "signing-key.pub.pem"})
        QVERIFY2(QFile::exists(QDir(pack).filePath(QLatin1String(name))), name);
    QVERIFY(!readFile(QDir(pack).filePath(QStringLiteral("configs/00-1c-73-00-00-01.cfg"))).contains(Secret.toUtf8()));

    const auto key = reports::SigningKey::loadPublicKey(
        reports::SigningKey::publicKeyPath(m_dir.filePath(QStringLiteral("workspace"))));
    QVERIFY2(key.ok(), qPrintable(key.errorString()));
    const auto result = reports::verifyEvidencePack(pack, *key);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QVERIFY(result->signatureValid);
    QVERIFY(result->isIntact());

    // The manifest is in sha256sum's format, so the customer can check it without our tools.
    QProcess sha256sum;
    sha256sum.setWorkingDirectory(pack);
    sha256sum.start(QStringLiteral("sha256sum"), {QStringLiteral("--check"), QStringLiteral("--quiet"), QStringLiteral("SHA256SUMS")});
    QVERIFY(sha256sum.waitForFinished(10000));
    QCOMPARE(sha256sum.exitCode(), 0);
}

void ReportsTest::evidencePackNamesChangedFile()
{
    const QString pack = writePack();
    QVERIFY(!pack.isEmpty());
    const QString config = QDir(pack).filePath(QStringLiteral("configs/00-1c-73-00-00-01.cfg"));
    QVERIFY(writeFile(config, readFile(config).replace("hall3-leaf-01", "hall3-leaf-99")));

    const auto key = reports::SigningKey::loadPublicKey(
        reports::SigningKey::publicKeyPath(m_dir.filePath(QStringLiteral("workspace"))));
    const auto result = reports::verifyEvidencePack(pack, *key);
    QVERIFY(result.ok());
    QVERIFY(result->signatureValid);
    QVERIFY(!result->isIntact());
    QCOMPARE(result->changed, QStringList {QStringLiteral("configs/00-1c-73-00-00-01.cfg")});
    QVERIFY(result->missing.isEmpty());
}

void ReportsTest::evidencePackNamesMissingAndUnlisted()
{
    const QString pack = writePack();
    QVERIFY(!pack.isEmpty());
    QVERIFY(QFile::remove(QDir(pack).filePath(QStringLiteral("report.html"))));
    QVERIFY(writeFile(QDir(pack).filePath(QStringLiteral("configs/extra.cfg")), "added later\n"));

    const auto key = reports::SigningKey::loadPublicKey(
        reports::SigningKey::publicKeyPath(m_dir.filePath(QStringLiteral("workspace"))));
    const auto result = reports::verifyEvidencePack(pack, *key);
    QVERIFY(result.ok());
    QCOMPARE(result->missing, QStringList {QStringLiteral("report.html")});
    QCOMPARE(result->unlisted, QStringList {QStringLiteral("configs/extra.cfg")});
    QVERIFY(result->changed.isEmpty());
}

void ReportsTest::evidencePackRejectsForgedManifest()
{
    // Changing a file and rewriting its line in SHA256SUMS still breaks the signature.
    const QString pack = writePack();
    QVERIFY(!pack.isEmpty());
    const QString csv = QDir(pack).filePath(QStringLiteral("report.csv"));
    const QByteArray forged = readFile(csv).replace("failed", "configuration sent");
    QVERIFY(writeFile(csv, forged));
    const QString manifestPath = QDir(pack).filePath(QStringLiteral("SHA256SUMS"));
    QByteArray manifest = readFile(manifestPath);
    const QByteArray oldLine = manifest.mid(manifest.indexOf("  report.csv") - 64, 64);
    manifest.replace(oldLine, QCryptographicHash::hash(forged, QCryptographicHash::Sha256).toHex());
    QVERIFY(writeFile(manifestPath, manifest));

    const auto key = reports::SigningKey::loadPublicKey(
        reports::SigningKey::publicKeyPath(m_dir.filePath(QStringLiteral("workspace"))));
    const auto result = reports::verifyEvidencePack(pack, *key);
    QVERIFY(result.ok());
    QVERIFY(!result->signatureValid);
    QCOMPARE(result->changed, QStringList {QStringLiteral("SHA256SUMS")});
}

void ReportsTest::evidencePackRejectsOtherKey()
{
    const QString pack = writePack();
    QVERIFY(!pack.isEmpty());
    const auto other = reports::SigningKey::loadOrCreate(m_dir.filePath(QStringLiteral("other-workspace")));
    QVERIFY(other.ok());
    const auto result = reports::verifyEvidencePack(pack, *other);
    QVERIFY(result.ok());
    QVERIFY(!result->signatureValid);
    QVERIFY(!result->isIntact());
}

void ReportsTest::signingKeyIsReused()
{
    const QString workspace = m_dir.filePath(QStringLiteral("reuse"));
    const auto first = reports::SigningKey::loadOrCreate(workspace);
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    const auto second = reports::SigningKey::loadOrCreate(workspace);
    QVERIFY(second.ok());
    QCOMPARE(second->fingerprint(), first->fingerprint());
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(reports::SigningKey::privateKeyPath(workspace)) & others,
             QFile::Permissions());

    const auto signature = first->sign("message");
    QVERIFY(signature.ok());
    QCOMPARE(signature->size(), 64);
    QVERIFY(second->verify("message", *signature));
    QVERIFY(!second->verify("massage", *signature));
}

// The revision comes from the latest transfer event, over HTTP as over TFTP, or from the device
// record when the history contains no such event.
void ReportsTest::templateRevisionInEveryFormat()
{
    QTemporaryDir dir;
    storage::HistoryDatabase history;
    QVERIFY(history.open(dir.filePath(QStringLiteral("history.sqlite"))).ok());

    const QString httpRevision = QStringLiteral("4d").repeated(32);
    const QString recordRevision = QStringLiteral("5e").repeated(32);
    devices::Device overHttp;
    overHttp.mac = QByteArray::fromHex("001c730000a1");
    overHttp.state = devices::DeviceState::ConfigurationSent;
    overHttp.configSha256 = QStringLiteral("2a").repeated(32);
    overHttp.templateSha256 = QStringLiteral("00").repeated(32); // older than the event below
    overHttp.firstSeen = at(8, 0);
    overHttp.lastSeen = at(8, 5);
    devices::Device recordOnly;
    recordOnly.mac = QByteArray::fromHex("001c730000a2");
    recordOnly.state = devices::DeviceState::ConfigurationSent;
    recordOnly.templateName = QStringLiteral("spine.j2");
    recordOnly.configSha256 = QStringLiteral("3b").repeated(32);
    recordOnly.templateSha256 = recordRevision;
    recordOnly.firstSeen = at(8, 0);
    recordOnly.lastSeen = at(8, 5);
    QVERIFY(history.saveDevices({overHttp, recordOnly}).ok());
    QList<storage::HistoryEvent> events {
        historyEvent(at(8, 4), overHttp.key(), QStringLiteral("http.transfer"),
                     QStringLiteral("HTTP GET /ztp/self/config to 10.0.0.20: 200"),
                     {{QStringLiteral("result"), QStringLiteral("ok")},
                      {QStringLiteral("dynamic"), true},
                      {QStringLiteral("sha256"), overHttp.configSha256},
                      {QStringLiteral("template"), QStringLiteral("leaf.j2")},
                      {QStringLiteral("templateSha256"), httpRevision}}),
    };
    QVERIFY(history.recordEvents(events).ok());
    // Reloaded from history.sqlite, so the record's column is read back as well.
    const QList<devices::Device> loaded = history.loadDevices();
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(1).templateSha256, recordRevision);

    const Result<reports::Report> report = reports::buildReport(history, {}, {});
    QVERIFY2(report.ok(), qPrintable(report.errorString()));
    QCOMPARE(report->devices.size(), 2);
    QCOMPARE(report->devices.at(0).templateSha256, httpRevision);
    QCOMPARE(report->devices.at(0).templateName, QStringLiteral("leaf.j2"));
    QCOMPARE(report->devices.at(0).configSentAt, at(8, 4));
    QCOMPARE(report->devices.at(1).templateSha256, recordRevision);
    QCOMPARE(report->devices.at(1).templateName, QStringLiteral("spine.j2"));

    for (const QString &revision : {httpRevision, recordRevision}) {
        QVERIFY(reports::renderCsv(*report).contains(revision.toLatin1()));
        QVERIFY(reports::renderJson(*report).contains(revision.toLatin1()));
        QVERIFY(reports::renderHtml(*report).contains(revision.toLatin1()));
    }

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed (installer/debian-packages.txt lists poppler-utils)");
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(reports::writeReport(*report, reports::ReportFormat::Pdf, pdf).ok());
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(httpRevision), qPrintable(text));
    QVERIFY2(text.contains(recordRevision), qPrintable(text));
}

QTEST_GUILESS_MAIN(ReportsTest)
#include "tst_reports.moc"
