#include "http/sztpservice.h"

#include "common/logging.h"
#include "http/httpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ztp::http {

namespace {

constexpr char kOperations[] = "/restconf/operations/ietf-sztp-bootstrap-server:";
constexpr char kInput[] = "ietf-sztp-bootstrap-server:input";

const QStringList &progressTypes()
{
    static const QStringList types {
        QStringLiteral("bootstrap-initiated"),
        QStringLiteral("parsing-initiated"),
        QStringLiteral("parsing-warning"),
        QStringLiteral("parsing-error"),
        QStringLiteral("parsing-complete"),
        QStringLiteral("boot-image-initiated"),
        QStringLiteral("boot-image-warning"),
        QStringLiteral("boot-image-error"),
        QStringLiteral("boot-image-mismatch"),
        QStringLiteral("boot-image-installed-rebooting"),
        QStringLiteral("boot-image-complete"),
        QStringLiteral("pre-script-initiated"),
        QStringLiteral("pre-script-warning"),
        QStringLiteral("pre-script-error"),
        QStringLiteral("pre-script-complete"),
        QStringLiteral("config-initiated"),
        QStringLiteral("config-warning"),
        QStringLiteral("config-error"),
        QStringLiteral("config-complete"),
        QStringLiteral("post-script-initiated"),
        QStringLiteral("post-script-warning"),
        QStringLiteral("post-script-error"),
        QStringLiteral("post-script-complete"),
        QStringLiteral("bootstrap-warning"),
        QStringLiteral("bootstrap-error"),
        QStringLiteral("bootstrap-complete"),
        QStringLiteral("informational"),
    };
    return types;
}

QByteArray derLength(qsizetype length)
{
    if (length < 0x80)
        return QByteArray(1, char(length));
    QByteArray octets;
    for (qsizetype value = length; value > 0; value >>= 8)
        octets.prepend(char(value & 0xff));
    return char(0x80 | octets.size()) + octets;
}

QByteArray der(quint8 tag, const QByteArray &content)
{
    return char(tag) + derLength(content.size()) + content;
}

// RESTCONF errors (RFC 8040 section 7.1) as a JSON "errors" body.
HttpResponse restconfError(int status, const QString &tag, const QString &message)
{
    const QJsonObject error {{QStringLiteral("error-type"), QStringLiteral("application")},
        {QStringLiteral("error-tag"), tag}, {QStringLiteral("error-message"), message}};
    const QJsonObject body {{QStringLiteral("ietf-restconf:errors"),
        QJsonObject {{QStringLiteral("error"), QJsonArray {error}}}}};
    return HttpResponse::bytes(
        status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/yang-data+json");
}

// yang:hex-string, "ab:cd:...", the form of image-verification hash-value.
QString colonHex(const QByteArray &raw)
{
    return QString::fromLatin1(raw.toHex(':'));
}

// Reads the RPC input; an empty body is an empty input.
std::optional<QJsonObject> readInput(const HttpRequest &request, HttpResponse *failure)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *failure = restconfError(400, QStringLiteral("malformed-message"),
            QStringLiteral("The body is not JSON: %1").arg(error.errorString()));
        return std::nullopt;
    }
    return document.object().value(QLatin1String(kInput)).toObject();
}

} // namespace

bool isSztpProgressType(const QString &type)
{
    return progressTypes().contains(type);
}

QByteArray conveyedInformationCms(const QByteArray &json)
{
    // 1.2.840.113549.1.9.16.1.43, encoded per X.690 section 8.19.
    static const QByteArray oid = QByteArray::fromHex("2a864886f70d01091001"
                                                      "2b");
    const QByteArray contentType = der(0x06, oid);
    const QByteArray content = der(0xa0, der(0x04, json));
    return der(0x30, contentType + content);
}

SztpService::SztpService(const ZtpBackend &backend, const QString &serverUrl)
    : m_backend(backend)
    , m_serverUrl(serverUrl)
{
}

HttpResponse SztpService::handle(const HttpRequest &request, const HttpClient &client)
{
    if (request.path == QLatin1String("/.well-known/host-meta")) {
        return HttpResponse::bytes(200,
            "<XRD xmlns=\"http://docs.oasis-open.org/ns/xri/xrd-1.0\">\n"
            "  <Link rel=\"restconf\" href=\"/restconf\"/>\n</XRD>\n",
            "application/xrd+xml");
    }
    if (request.method != "POST")
        return restconfError(405, QStringLiteral("operation-not-supported"),
            QStringLiteral("RPCs take POST: %1get-bootstrapping-data or %1report-progress.")
                .arg(QLatin1String(kOperations)));

    const QString operation = request.path.startsWith(QLatin1String(kOperations))
        ? request.path.mid(qsizetype(qstrlen(kOperations)))
        : QString();
    if (operation == QLatin1String("get-bootstrapping-data"))
        return getBootstrappingData(request, client);
    if (operation == QLatin1String("report-progress"))
        return reportProgress(request, client);
    return restconfError(404, QStringLiteral("invalid-value"),
        QStringLiteral(
            "No RPC %1; the bootstrap server has get-bootstrapping-data and report-progress.")
            .arg(request.path));
}

std::optional<devices::Device> SztpService::deviceFor(
    const HttpRequest &request, const HttpClient &client) const
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray credentials = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const QString serial = QString::fromUtf8(credentials.left(credentials.indexOf(':')));
        if (!serial.isEmpty()) {
            if (auto device = m_backend.deviceForSerial(serial))
                return device;
        }
    }
    return m_backend.deviceForAddress(client.address);
}

Result<QFileInfo> SztpService::bootImageFile(const QString &fileName) const
{
    const QFileInfo info(QDir(m_filesDirectory).filePath(fileName));
    if (info.canonicalFilePath().isEmpty() || !info.isFile())
        return Error {QStringLiteral("boot image '%1' is not in the files folder").arg(fileName)};
    return info;
}

Result<QJsonObject> SztpService::onboardingInformation(const devices::Device &record)
{
    const devices::Device device = withTemplateVariables(record, m_serverUrl);
    QJsonObject onboarding;
    const QVariantMap &columns = device.inventory;

    const QString image = columns.value(QStringLiteral("sztp_boot_image")).toString();
    if (!image.isEmpty()) {
        const Result<QFileInfo> file = bootImageFile(image);
        if (!file)
            return file.error();
        // getBootstrappingData() waits for the hash before it comes here.
        const std::optional<QByteArray> sha256 = m_imageHasher.cached(*file);
        if (!sha256)
            return Error {QStringLiteral("boot image '%1' changed while it was hashed").arg(image)};
        onboarding.insert(QStringLiteral("boot-image"),
            QJsonObject {
                {QStringLiteral("os-name"),
                    columns.value(QStringLiteral("sztp_os_name")).toString()},
                {QStringLiteral("os-version"),
                    columns.value(QStringLiteral("sztp_os_version")).toString()},
                {QStringLiteral("download-uri"),
                    QJsonArray {QStringLiteral("%1/%2").arg(m_serverUrl, image)}},
                {QStringLiteral("image-verification"),
                    QJsonArray {QJsonObject {{QStringLiteral("hash-algorithm"),
                                                 QStringLiteral("ietf-sztp-conveyed-info:sha-256")},
                        {QStringLiteral("hash-value"), colonHex(*sha256)}}}},
            });
    }

    for (const auto &[column, field] : {std::pair {"sztp_pre_script", "pre-configuration-script"},
             std::pair {"sztp_post_script", "post-configuration-script"}}) {
        const QString templateName = columns.value(QString::fromLatin1(column)).toString();
        if (templateName.isEmpty())
            continue;
        const Result<RenderedText> script = m_backend.render(device, templateName);
        if (!script)
            return script.error();
        onboarding.insert(QString::fromLatin1(field), QString::fromLatin1(script->text.toBase64()));
    }

    const Result<RenderedText> configuration = m_backend.render(device, device.templateName);
    if (!configuration)
        return configuration.error();
    onboarding.insert(QStringLiteral("configuration-handling"), QStringLiteral("replace"));
    onboarding.insert(
        QStringLiteral("configuration"), QString::fromLatin1(configuration->text.toBase64()));
    return onboarding;
}

HttpResponse SztpService::getBootstrappingData(const HttpRequest &request, const HttpClient &client)
{
    HttpResponse failure;
    const auto input = readInput(request, &failure);
    if (!input)
        return failure;

    const std::optional<devices::Device> device = deviceFor(request, client);
    if (!device)
        return restconfError(404, QStringLiteral("data-missing"),
            QStringLiteral("No bootstrapping data for %1: send the serial number as the HTTP "
                           "Basic user, and add it to inventory.csv.")
                .arg(client.address.toString()));

    const QString image = device->inventory.value(QStringLiteral("sztp_boot_image")).toString();
    if (!image.isEmpty()) {
        const Result<QFileInfo> file = bootImageFile(image);
        if (file && !m_imageHasher.cached(*file))
            return deferUntilHashed(*file, request, client);
    }

    const Result<QJsonObject> onboarding = onboardingInformation(*device);
    if (!onboarding) {
        m_backend.record(QStringLiteral("sztp.error"), device->key(),
            QStringLiteral("cannot build SZTP onboarding information for %1: %2")
                .arg(device->key(), onboarding.errorString()),
            {{QStringLiteral("error"), onboarding.errorString()}});
        const QString requestId
            = logInternalError(QStringLiteral("SZTP onboarding information for %1: %2")
                                   .arg(device->key(), onboarding.errorString()));
        return restconfError(500, QStringLiteral("operation-failed"),
            QStringLiteral("Internal server error (request id %1).").arg(requestId));
    }

    const QJsonObject conveyed {
        {QStringLiteral("ietf-sztp-conveyed-info:onboarding-information"), *onboarding}};
    const QByteArray cms
        = conveyedInformationCms(QJsonDocument(conveyed).toJson(QJsonDocument::Compact));
    const QJsonObject output {{QStringLiteral("ietf-sztp-bootstrap-server:output"),
        QJsonObject {
            {QStringLiteral("conveyed-information"), QString::fromLatin1(cms.toBase64())}}}};

    devices::Device updated = *device;
    updated.platform = QStringLiteral("sztp");
    updated.lastSeen = QDateTime::currentDateTimeUtc();
    updated.progress = QStringLiteral("sztp: bootstrapping data sent");
    if (!input->value(QStringLiteral("hw-model")).toString().isEmpty())
        updated.model = input->value(QStringLiteral("hw-model")).toString();
    if (!input->value(QStringLiteral("os-version")).toString().isEmpty())
        updated.softwareVersion = input->value(QStringLiteral("os-version")).toString();
    m_backend.updateDevice(updated);
    m_backend.record(QStringLiteral("sztp.bootstrap"), updated.key(),
        QStringLiteral("sent unsigned SZTP onboarding information to %1 (%2 bytes)")
            .arg(updated.key())
            .arg(cms.size()),
        {{QStringLiteral("input"), *input},
            {QStringLiteral("bootImage"), onboarding->contains(QStringLiteral("boot-image"))}});

    HttpResponse response = HttpResponse::bytes(
        200, QJsonDocument(output).toJson(QJsonDocument::Compact), "application/yang-data+json");
    response.deviceKey = updated.key();
    return response;
}

HttpResponse SztpService::deferUntilHashed(
    const QFileInfo &image, const HttpRequest &request, const HttpClient &client)
{
    HttpResponse response;
    // The hasher calls back only while it exists, and it is a member, so `this` is valid then.
    response.deferred = [this, image, request, client](const ResponseCallback &reply) {
        m_imageHasher.hash(image, [this, request, client, reply](const Result<QByteArray> &sha256) {
            if (!sha256) {
                const QString requestId = logInternalError(sha256.errorString());
                reply(restconfError(500, QStringLiteral("operation-failed"),
                    QStringLiteral("Internal server error (request id %1).").arg(requestId)));
                return;
            }
            reply(getBootstrappingData(request, client));
        });
    };
    return response;
}

HttpResponse SztpService::reportProgress(const HttpRequest &request, const HttpClient &client)
{
    HttpResponse failure;
    const auto input = readInput(request, &failure);
    if (!input)
        return failure;
    const QString type = input->value(QStringLiteral("progress-type")).toString();
    if (!isSztpProgressType(type))
        return restconfError(400, QStringLiteral("invalid-value"),
            QStringLiteral("'%1' is not an RFC 8572 progress-type, e.g. bootstrap-initiated or "
                           "config-complete.")
                .arg(type));

    const std::optional<devices::Device> device = deviceFor(request, client);
    if (!device)
        return restconfError(404, QStringLiteral("data-missing"),
            QStringLiteral("No device is known for %1.").arg(client.address.toString()));

    devices::Device updated = *device;
    updated.lastSeen = QDateTime::currentDateTimeUtc();
    updated.progress = type;
    if (type.endsWith(QLatin1String("-error")) || type == QLatin1String("boot-image-mismatch"))
        updated.state = devices::DeviceState::Failed;
    else if (type == QLatin1String("bootstrap-complete"))
        updated.state = devices::DeviceState::ReportedDone;
    m_backend.updateDevice(updated);

    const QString message = input->value(QStringLiteral("message")).toString();
    m_backend.record(QStringLiteral("sztp.progress"), updated.key(),
        QStringLiteral("%1 reports %2%3")
            .arg(updated.key(), type,
                message.isEmpty() ? QString() : QStringLiteral(": ") + message),
        *input);
    HttpResponse response;
    response.status = 204;
    return response;
}

} // namespace ztp::http
