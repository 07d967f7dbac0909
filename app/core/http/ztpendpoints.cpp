#include "http/ztpendpoints.h"

#include "common/logging.h"
#include "http/fileresponder.h"
#include "platform/netplatform.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ztp::http {

namespace {

constexpr char kCumulusMarker[] = "CUMULUS-AUTOPROVISIONING";

QByteArray contentTypeForTemplate(const QString &name)
{
    if (name.endsWith(QLatin1String(".json")))
        return "application/json";
    return "text/plain; charset=utf-8";
}

// A template name from a URL: one path segment without dots at its start, so it stays in
// templates/.
bool isSafeName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[A-Za-z0-9_][A-Za-z0-9_.+-]{0,127}$)"));
    return pattern.match(name).hasMatch() && !name.contains(QLatin1String(".."));
}

enum class StatusKind
{
    Progress,
    Completed,
    Failed
};

std::optional<StatusKind> statusKind(const QString &status)
{
    const QString value = status.toLower();
    static const QStringList progress {QStringLiteral("started"), QStringLiteral("running"),
        QStringLiteral("in-progress"), QStringLiteral("progress"), QStringLiteral("downloading"),
        QStringLiteral("installing")};
    static const QStringList completed {QStringLiteral("success"), QStringLiteral("succeeded"),
        QStringLiteral("complete"), QStringLiteral("completed"), QStringLiteral("done")};
    static const QStringList failed {
        QStringLiteral("failed"), QStringLiteral("failure"), QStringLiteral("error")};
    if (progress.contains(value))
        return StatusKind::Progress;
    if (completed.contains(value))
        return StatusKind::Completed;
    if (failed.contains(value))
        return StatusKind::Failed;
    return std::nullopt;
}

} // namespace

devices::Device withTemplateVariables(
    const devices::Device &device, const QString &serverUrl, const QVariantMap &headers)
{
    devices::Device subject = device;
    subject.inventory.insert(QStringLiteral("platform"), device.platform);
    subject.inventory.insert(QStringLiteral("model"), device.model);
    subject.inventory.insert(QStringLiteral("software_version"), device.softwareVersion);
    subject.inventory.insert(QStringLiteral("server_url"), serverUrl);
    subject.inventory.insert(QStringLiteral("headers"), headers);
    return subject;
}

bool ensureCumulusMarker(QByteArray &script)
{
    if (script.contains(kCumulusMarker))
        return false;
    const QByteArray line = QByteArray("# ") + kCumulusMarker + '\n';
    if (script.startsWith("#!")) {
        const qsizetype end = script.indexOf('\n');
        if (end < 0)
            script.append('\n' + line);
        else
            script.insert(end + 1, line);
    } else {
        script.prepend(line);
    }
    return true;
}

ZtpEndpoints::ZtpEndpoints(ZtpEndpointSettings settings, ZtpBackend backend)
    : m_settings(std::move(settings))
    , m_backend(std::move(backend))
    , m_pnp(m_backend, m_settings.serverUrl)
    , m_sztp(m_backend, m_settings.serverUrl)
{
    m_sztp.setFilesDirectory(m_settings.filesDirectory);
}

HttpResponse ZtpEndpoints::handle(const HttpRequest &request, const HttpClient &client)
{
    const QString &path = request.path;
    if (path.startsWith(QLatin1String("/pnp/")))
        return m_pnp.handle(request, client);
    if (path.startsWith(QLatin1String("/restconf/"))
        || path == QLatin1String("/.well-known/host-meta"))
        return m_sztp.handle(request, client);
    if (path == QLatin1String("/ztp/status"))
        return handleStatus(request, client);

    if (request.method == "POST")
        return HttpResponse::text(405,
            QStringLiteral("POST is accepted on /ztp/status, /pnp/ and /restconf/ only, not on %1.")
                .arg(path));
    if (path.startsWith(QLatin1String("/ztp/")))
        return handleRender(request, client, path.mid(5).split(QLatin1Char('/')));
    if (path.startsWith(QLatin1String("/onie-installer"))
        || path.startsWith(QLatin1String("/onie-updater")))
        return handleOnie(request, client);

    const auto device = identify(request, client);
    if (device && m_backend.isConfigurationName && m_backend.isConfigurationName(path.mid(1), *device))
        return render(request, *device, QStringLiteral("config"), identifyFromHeaders(request));

    HttpResponse response = serveFile(request, m_settings.filesDirectory, path);
    if (device)
        response.deviceKey = device->key();
    return response;
}

std::optional<devices::Device> ZtpEndpoints::identify(
    const HttpRequest &request, const HttpClient &client)
{
    const VendorIdentity identity = identifyFromHeaders(request);
    std::optional<devices::Device> device;
    // The merge rules place the headers' MACs and serial in the record of the device that
    // sent them, whichever MAC or address it used for DHCP.
    if (m_backend.identifyByHeaders && !identity.isEmpty())
        device = m_backend.identifyByHeaders(client.address, request.headers);
    if (!device)
        device = m_backend.deviceForAddress(client.address);
    if (!device && !identity.mac.isEmpty())
        device = m_backend.deviceForMac(identity.mac, true);
    if (!device && !identity.serial.isEmpty())
        device = m_backend.deviceForSerial(identity.serial);
    if (device && !identity.isEmpty())
        mergeIdentity(*device, identity, client);
    return device;
}

void ZtpEndpoints::mergeIdentity(
    devices::Device &device, const VendorIdentity &identity, const HttpClient &client)
{
    devices::Device merged = device;
    // The inventory's serial is what the technician expects, so it wins over a header.
    if (merged.serial.isEmpty())
        merged.serial = identity.serial;
    merged.platform = identity.platform;
    if (!identity.model.isEmpty())
        merged.model = identity.model;
    if (!identity.softwareVersion.isEmpty())
        merged.softwareVersion = identity.softwareVersion;
    if (merged.ip.isNull())
        merged.ip = client.address;
    const bool changed = merged.serial != device.serial || merged.platform != device.platform
        || merged.model != device.model || merged.softwareVersion != device.softwareVersion;
    if (!changed)
        return;

    merged.lastSeen = QDateTime::currentDateTimeUtc();
    m_backend.updateDevice(merged);
    QJsonObject details = QJsonObject::fromVariantMap(identity.headers);
    details.insert(QStringLiteral("platform"), identity.platform);
    details.insert(QStringLiteral("client"), client.address.toString());
    if (!identity.serial.isEmpty() && !device.serial.isEmpty() && identity.serial != device.serial)
        details.insert(QStringLiteral("conflict"),
            QStringLiteral("inventory serial %1, header serial %2")
                .arg(device.serial, identity.serial));
    m_backend.record(QStringLiteral("http.identity"), merged.key(),
        QStringLiteral("%1 identified as %2 %3, serial %4, version %5")
            .arg(merged.key(), identity.platform, identity.model, identity.serial,
                identity.softwareVersion),
        details);
    device = merged;
}

std::optional<QString> ZtpEndpoints::templateFileFor(const QString &name) const
{
    const QDir templates(m_settings.templatesDirectory);
    for (const QString &candidate : {name + QStringLiteral(".j2"), name}) {
        if (QFileInfo(templates.filePath(candidate)).isFile())
            return candidate;
    }
    return std::nullopt;
}

HttpResponse ZtpEndpoints::handleRender(
    const HttpRequest &request, const HttpClient &client, const QStringList &segments)
{
    const QString usage
        = QStringLiteral("Use /ztp/self/NAME, /ztp/by-mac/MAC/NAME or /ztp/by-serial/SERIAL/NAME.");
    const VendorIdentity identity = identifyFromHeaders(request);
    std::optional<devices::Device> device;
    QString name;

    if (segments.size() == 2 && segments.at(0) == QLatin1String("self")) {
        device = identify(request, client);
        name = segments.at(1);
        if (!device)
            return HttpResponse::text(404,
                QStringLiteral("No device is known for %1: it holds no lease and sent no "
                               "serial or MAC header. Add it to inventory.csv or use "
                               "/ztp/by-mac/MAC/%2.")
                    .arg(client.address.toString(), name));
    } else if (segments.size() == 3 && segments.at(0) == QLatin1String("by-mac")) {
        const QByteArray mac = platform::parseMac(segments.at(1));
        if (mac.isEmpty())
            return HttpResponse::text(400,
                QStringLiteral("'%1' is not a MAC address; write it as 00:1c:73:1a:2b:3c.")
                    .arg(segments.at(1)));
        device = m_backend.deviceForMac(mac, true);
        name = segments.at(2);
    } else if (segments.size() == 3 && segments.at(0) == QLatin1String("by-serial")) {
        device = m_backend.deviceForSerial(segments.at(1));
        name = segments.at(2);
        if (!device)
            return HttpResponse::text(404,
                QStringLiteral("No device or inventory row has serial '%1'.").arg(segments.at(1)));
    } else {
        return HttpResponse::text(404, usage);
    }

    if (!device)
        return HttpResponse::text(
            404, QStringLiteral("No device is known for this request. %1").arg(usage));
    if (!isSafeName(name))
        return HttpResponse::text(400,
            QStringLiteral("'%1' is not a template name; use letters, digits, '.', '_' and '-'.")
                .arg(name));
    if (device->ip.isNull() || device->ip.toIPv4Address() == 0)
        device->ip = client.address;
    return render(request, *device, name, identity);
}

HttpResponse ZtpEndpoints::render(const HttpRequest &request, const devices::Device &device,
    const QString &name, const VendorIdentity &identity)
{
    QString templateName;
    if (name != QLatin1String("config")) {
        const auto file = templateFileFor(name);
        if (!file)
            return HttpResponse::text(404,
                QStringLiteral("No template '%1.j2' or '%1' in the templates folder.").arg(name));
        templateName = *file;
    }

    const devices::Device subject
        = withTemplateVariables(device, m_settings.serverUrl, identity.headers);
    Result<RenderedText> rendered
        = m_backend.render(subject, templateName.isEmpty() ? device.templateName : templateName);
    if (!rendered) {
        devices::Device failed = device;
        failed.state = devices::DeviceState::Failed;
        m_backend.updateDevice(failed);
        m_backend.record(QStringLiteral("template.error"), device.key(),
            QStringLiteral("cannot render %1 for %2: %3")
                .arg(name, device.key(), rendered.errorString()),
            {{QStringLiteral("template"), name},
                {QStringLiteral("error"), rendered.errorString()}});
        return internalError(QStringLiteral("rendering '%1' for %2 failed: %3")
                                 .arg(name, device.key(), rendered.errorString()));
    }

    RenderedText served = std::move(rendered).value();
    QByteArray &text = served.text;
    // Cumulus runs a script only when it carries the marker line, even when the template lacks it.
    if (device.platform == QLatin1String("cumulus") && ensureCumulusMarker(text))
        qCInfo(lcHttp).noquote() << "added the Cumulus marker line to" << name << "for"
                                 << device.key();
    if (m_backend.configurationServed)
        m_backend.configurationServed(device, served);

    HttpResponse response
        = serveBytes(request, text, contentTypeForTemplate(name), QDateTime::currentDateTimeUtc());
    response.deviceKey = device.key();
    response.contentSha256
        = QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
    response.templateName = served.templateName;
    response.templateSha256 = served.templateSha256;
    return response;
}

HttpResponse ZtpEndpoints::handleStatus(const HttpRequest &request, const HttpClient &client)
{
    if (request.method != "POST")
        return HttpResponse::text(405, QStringLiteral("Report status with POST and a JSON body."));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return HttpResponse::text(400,
            QStringLiteral("The status body is not a JSON object (%1); send "
                           "{\"status\": \"completed\", \"message\": \"...\"}.")
                .arg(error.errorString()));
    const QJsonObject body = document.object();
    const QString status = body.value(QStringLiteral("status")).toString();
    const auto kind = statusKind(status);
    if (!kind)
        return HttpResponse::text(400,
            QStringLiteral("Unknown status '%1'; use started, running, completed or failed.")
                .arg(status));

    std::optional<devices::Device> device = identify(request, client);
    if (!device && body.contains(QStringLiteral("mac")))
        device = m_backend.deviceForMac(
            platform::parseMac(body.value(QStringLiteral("mac")).toString()), true);
    if (!device && body.contains(QStringLiteral("serial")))
        device = m_backend.deviceForSerial(body.value(QStringLiteral("serial")).toString());
    if (!device)
        return HttpResponse::text(404,
            QStringLiteral("No device is known for %1; add \"mac\" or \"serial\" to the report.")
                .arg(client.address.toString()));

    devices::Device updated = *device;
    updated.lastSeen = QDateTime::currentDateTimeUtc();
    const QString stage = body.value(QStringLiteral("stage")).toString();
    updated.progress = stage.isEmpty() ? status : QStringLiteral("%1: %2").arg(stage, status);
    if (*kind == StatusKind::Failed)
        updated.state = devices::DeviceState::Failed;
    else if (*kind == StatusKind::Completed)
        updated.state = devices::DeviceState::ReportedDone;
    m_backend.updateDevice(updated);

    const QString message = body.value(QStringLiteral("message")).toString();
    m_backend.record(QStringLiteral("http.status"), updated.key(),
        QStringLiteral("%1 reports %2%3")
            .arg(updated.key(), updated.progress,
                message.isEmpty() ? QString() : QStringLiteral(": ") + message),
        body);
    HttpResponse response;
    response.status = 204;
    return response;
}

HttpResponse ZtpEndpoints::handleOnie(const HttpRequest &request, const HttpClient &client)
{
    // ONIE walks its default names from most to least specific (onie-installer-<arch>-
    // <vendor>_<machine>-r<rev> ... onie-installer), so a missing name must be a plain 404.
    // A device whose inventory row names an installer ("onie_installer") gets that file for
    // any of these names.
    const std::optional<devices::Device> device = identify(request, client);
    if (device) {
        const QString installer
            = device->inventory.value(QStringLiteral("onie_installer")).toString();
        if (!installer.isEmpty()) {
            HttpResponse response
                = serveFile(request, m_settings.filesDirectory, QLatin1Char('/') + installer);
            response.deviceKey = device->key();
            return response;
        }
    }
    HttpResponse response = serveFile(request, m_settings.filesDirectory, request.path);
    if (device)
        response.deviceKey = device->key();
    return response;
}

} // namespace ztp::http
