#include "reports/evidencepack.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

namespace ztp::reports {

namespace {

const QString ManifestName = QStringLiteral("SHA256SUMS");
const QString SignatureName = QStringLiteral("SHA256SUMS.sig");
const QString PublicKeyName = QStringLiteral("signing-key.pub.pem");

// Context of this file's messages in the translation files; lupdate reads it from the macro.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ztp::reports)
};

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Status writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error {Messages::tr("Cannot create the folder of %1.").arg(path)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Error {Messages::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return Status::success();
}

QString configurationFileName(const QString &deviceKey)
{
    QString name = deviceKey;
    return QStringLiteral("configs/%1.cfg").arg(name.replace(QLatin1Char(':'), QLatin1Char('-')));
}

// path -> SHA-256 of every file the manifest lists.
Result<QMap<QString, QString>> parseManifest(const QByteArray &manifest)
{
    QMap<QString, QString> entries;
    int lineNumber = 0;
    for (const QByteArray &line : manifest.split('\n')) {
        ++lineNumber;
        if (line.isEmpty())
            continue;
        // sha256sum's text format: 64 hex digits, two spaces (or space and '*'), the path.
        if (line.size() < 67 || (line.mid(64, 2) != "  " && line.mid(64, 2) != " *"))
            return Error {Messages::tr("Line %1 of %2 is not \"SHA-256  path\".")
                              .arg(lineNumber)
                              .arg(ManifestName)};
        const QString path = QString::fromUtf8(line.mid(66));
        if (path.startsWith(QLatin1Char('/')) || path.split(QLatin1Char('/')).contains(QStringLiteral("..")))
            return Error {Messages::tr("Line %1 of %2 names %3, a path outside the pack.")
                              .arg(lineNumber)
                              .arg(ManifestName, path)};
        entries.insert(path, QString::fromLatin1(line.left(64)).toLower());
    }
    return entries;
}

} // namespace

QList<PackedConfiguration> packConfigurations(const Report &report,
                                              const ConfigurationRenderer &render,
                                              const QStringList &secretVariables,
                                              QStringList *skipped)
{
    QList<PackedConfiguration> configurations;
    for (const DeviceReport &device : report.devices) {
        if (device.templateName.isEmpty())
            continue;
        const Result<RenderedForPack> rendered = render(device.mac);
        if (!rendered) {
            if (skipped)
                skipped->append(QStringLiteral("%1: %2").arg(device.mac, rendered.errorString()));
            continue;
        }
        PackedConfiguration packed;
        packed.deviceKey = device.mac;
        packed.renderedSha256 = sha256Hex(rendered->text);
        packed.matchesSent = packed.renderedSha256 == device.configSha256;
        packed.text = redactSecrets(QString::fromUtf8(rendered->text),
                                    secretValuesOf(rendered->variables,
                                                   secretVariables + rendered->secretVariables))
                          .toUtf8();
        configurations.append(packed);
    }
    return configurations;
}

Status writeEvidencePack(const Report &report, const QList<PackedConfiguration> &configurations,
                         const SigningKey &key, const QString &directory,
                         const ReportProgress &progress)
{
    QDir dir(directory);
    if (dir.exists() && !dir.isEmpty())
        return Error {
            Messages::tr("The folder %1 is not empty; choose a new folder for the evidence pack.")
                .arg(directory)};

    // Every file of the pack, by its path inside the pack.
    QMap<QString, QByteArray> files;
    for (ReportFormat format : {ReportFormat::Pdf, ReportFormat::Html, ReportFormat::Json, ReportFormat::Csv}) {
        const Result<QByteArray> content =
            renderReport(report, format, format == ReportFormat::Pdf ? progress : ReportProgress());
        if (!content)
            return content.error();
        files.insert(QStringLiteral("report.") + reportFormatName(format), *content);
    }

    QJsonArray index;
    for (const PackedConfiguration &configuration : configurations) {
        const QString name = configurationFileName(configuration.deviceKey);
        files.insert(name, configuration.text);
        index.append(QJsonObject {
            {QStringLiteral("device"), configuration.deviceKey},
            {QStringLiteral("file"), name},
            {QStringLiteral("renderedSha256"), configuration.renderedSha256},
            {QStringLiteral("matchesSent"), configuration.matchesSent},
        });
    }
    files.insert(QStringLiteral("configs/index.json"), QJsonDocument(index).toJson(QJsonDocument::Indented));

    QByteArray manifest;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        manifest += sha256Hex(it.value()).toLatin1() + "  " + it.key().toUtf8() + '\n';
    const Result<QByteArray> signature = key.sign(manifest);
    if (!signature)
        return signature.error();
    files.insert(ManifestName, manifest);
    files.insert(SignatureName, signature->toBase64() + '\n');
    files.insert(PublicKeyName, key.publicKeyPem());

    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (Status status = writeFile(dir.filePath(it.key()), it.value()); !status)
            return status;
    }
    qCInfo(lcReports).noquote() << "wrote evidence pack" << directory << "with" << files.size()
                                << "files, signer" << key.fingerprint();
    return Status::success();
}

Result<PackVerification> verifyEvidencePack(const QString &directory, const SigningKey &trustedKey)
{
    const QDir dir(directory);
    QFile manifestFile(dir.filePath(ManifestName));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return Error {
            Messages::tr("%1 has no %2; it is not an evidence pack.").arg(directory, ManifestName)};
    const QByteArray manifest = manifestFile.readAll();

    PackVerification result;
    result.signerFingerprint = trustedKey.fingerprint();
    QFile signatureFile(dir.filePath(SignatureName));
    if (signatureFile.open(QIODevice::ReadOnly)) {
        const QByteArray signature = QByteArray::fromBase64(signatureFile.readAll().trimmed());
        result.signatureValid = trustedKey.verify(manifest, signature);
    }
    if (!result.signatureValid)
        result.changed.append(ManifestName);

    const Result<QMap<QString, QString>> entries = parseManifest(manifest);
    if (!entries)
        return entries.error();

    for (auto it = entries->cbegin(); it != entries->cend(); ++it) {
        QFile file(dir.filePath(it.key()));
        if (!file.open(QIODevice::ReadOnly)) {
            result.missing.append(it.key());
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        if (QString::fromLatin1(hash.result().toHex()) != it.value())
            result.changed.append(it.key());
    }

    QDirIterator files(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = dir.relativeFilePath(files.next());
        if (path != ManifestName && path != SignatureName && path != PublicKeyName
            && !entries->contains(path))
            result.unlisted.append(path);
    }
    result.unlisted.sort();

    qCInfo(lcReports).noquote() << "verified evidence pack" << directory << "signature"
                                << (result.signatureValid ? "valid" : "INVALID") << "changed"
                                << result.changed << "missing" << result.missing << "unlisted"
                                << result.unlisted;
    return result;
}

} // namespace ztp::reports
