#include "http/pnpservice.h"

#include "common/logging.h"
#include "http/httpserver.h"

#include <QXmlStreamReader>

namespace ztp::http {

namespace {

// The fields of a PnP message that the workflow uses.
struct PnpMessage
{
    QString udi;
    QString correlator;
    QString responseNamespace; // xmlns of <response>, e.g. "urn:cisco:pnp:device-info"
    bool success = false;
    QString hostname;
    QString platformName;
    QString version;
    QString errorMessage;
};

std::optional<PnpMessage> parsePnpMessage(const QByteArray &body, QString *error)
{
    QXmlStreamReader reader(body);
    PnpMessage message;
    bool sawRoot = false;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = reader.name();
        const QXmlStreamAttributes attributes = reader.attributes();
        if (name == QLatin1String("pnp")) {
            sawRoot = true;
            message.udi = attributes.value(QLatin1String("udi")).toString();
        } else if (name == QLatin1String("info") || name == QLatin1String("response")) {
            message.correlator = attributes.value(QLatin1String("correlator")).toString();
            if (name == QLatin1String("response")) {
                message.responseNamespace = reader.namespaceUri().toString();
                message.success = attributes.value(QLatin1String("success")) == QLatin1String("1");
            }
        } else if (name == QLatin1String("udi") && message.udi.isEmpty()) {
            message.udi = reader.readElementText().trimmed();
        } else if (name == QLatin1String("hostname")) {
            message.hostname = reader.readElementText().trimmed();
        } else if (name == QLatin1String("platformName")) {
            message.platformName = reader.readElementText().trimmed();
        } else if (name == QLatin1String("version") || name == QLatin1String("imageVersion")) {
            message.version = reader.readElementText().trimmed();
        } else if (name == QLatin1String("errorMessage")) {
            message.errorMessage = reader.readElementText().trimmed();
        }
    }
    if (reader.hasError()) {
        *error = QStringLiteral("invalid XML at line %1: %2")
                     .arg(reader.lineNumber())
                     .arg(reader.errorString());
        return std::nullopt;
    }
    if (!sawRoot || message.udi.isEmpty()) {
        *error = QStringLiteral("no <pnp udi=\"...\"> element");
        return std::nullopt;
    }
    return message;
}

QByteArray envelope(const PnpMessage &message, const QString &inner)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<pnp xmlns=\"urn:cisco:pnp\" version=\"1.0\" udi=\"%1\">\n%2</pnp>\n")
        .arg(message.udi.toHtmlEscaped(), inner)
        .toUtf8();
}

QByteArray deviceInfoRequest(const PnpMessage &message)
{
    return envelope(message,
        QStringLiteral("  <request correlator=\"%1\" xmlns=\"urn:cisco:pnp:device-info\">\n"
                       "    <deviceInfo type=\"all\"/>\n"
                       "  </request>\n")
            .arg(message.correlator.toHtmlEscaped()));
}

QByteArray configUpgradeRequest(const PnpMessage &message, const QString &location)
{
    // noReload: the configuration is copied to startup and applied without a reboot.
    return envelope(message,
        QStringLiteral("  <request correlator=\"%1\" xmlns=\"urn:cisco:pnp:config-upgrade\">\n"
                       "    <config details=\"all\">\n"
                       "      <copy><source><location>%2</location></source></copy>\n"
                       "    </config>\n"
                       "    <noReload/>\n"
                       "  </request>\n")
            .arg(message.correlator.toHtmlEscaped(), location.toHtmlEscaped()));
}

QByteArray byeMessage(const PnpMessage &message)
{
    return envelope(message,
        QStringLiteral("  <info xmlns=\"urn:cisco:pnp:work-info\" correlator=\"%1\">\n"
                       "    <workInfo><bye/></workInfo>\n"
                       "  </info>\n")
            .arg(message.correlator.toHtmlEscaped()));
}

QByteArray backoffMessage(const PnpMessage &message, int minutes, const QString &reason)
{
    return envelope(message,
        QStringLiteral("  <request xmlns=\"urn:cisco:pnp:backoff\" correlator=\"%1\">\n"
                       "    <backoff><reason>%2</reason>\n"
                       "      <callbackAfter><minutes>%3</minutes></callbackAfter>\n"
                       "    </backoff>\n"
                       "  </request>\n")
            .arg(message.correlator.toHtmlEscaped(), reason.toHtmlEscaped())
            .arg(minutes));
}

HttpResponse xml(const QByteArray &body)
{
    return HttpResponse::bytes(200, body, "application/xml; charset=utf-8");
}

} // namespace

PnpUdi parseUdi(const QString &udi)
{
    PnpUdi result;
    for (const QString &part : udi.split(QLatin1Char(','))) {
        const QString key = part.section(QLatin1Char(':'), 0, 0).trimmed().toUpper();
        const QString value = part.section(QLatin1Char(':'), 1).trimmed();
        if (key == QLatin1String("PID"))
            result.productId = value;
        else if (key == QLatin1String("VID"))
            result.versionId = value;
        else if (key == QLatin1String("SN"))
            result.serial = value;
    }
    return result;
}

PnpService::PnpService(const ZtpBackend &backend, const QString &serverUrl)
    : m_backend(backend)
    , m_serverUrl(serverUrl)
{
}

HttpResponse PnpService::handle(const HttpRequest &request, const HttpClient &client)
{
    if (request.path == QLatin1String("/pnp/HELLO"))
        return HttpResponse::bytes(200, QByteArray(), "text/plain");
    if (request.method != "POST")
        return HttpResponse::text(
            405, QStringLiteral("%1 takes POST with a PnP XML body.").arg(request.path));
    if (request.path == QLatin1String("/pnp/WORK-REQUEST"))
        return handleWorkRequest(request, client);
    if (request.path == QLatin1String("/pnp/WORK-RESPONSE"))
        return handleWorkResponse(request, client);
    return HttpResponse::text(404,
        QStringLiteral("No PnP endpoint %1; the agent uses /pnp/HELLO, /pnp/WORK-REQUEST and "
                       "/pnp/WORK-RESPONSE.")
            .arg(request.path));
}

std::optional<devices::Device> PnpService::deviceFor(
    const PnpUdi &udi, const HttpClient &client) const
{
    if (!udi.serial.isEmpty()) {
        if (auto device = m_backend.deviceForSerial(udi.serial))
            return device;
    }
    return m_backend.deviceForAddress(client.address);
}

HttpResponse PnpService::handleWorkRequest(const HttpRequest &request, const HttpClient &client)
{
    QString error;
    const auto message = parsePnpMessage(request.body, &error);
    if (!message)
        return HttpResponse::text(
            400, QStringLiteral("The WORK-REQUEST body is not a PnP message: %1.").arg(error));

    const PnpUdi udi = parseUdi(message->udi);
    std::optional<devices::Device> device = deviceFor(udi, client);
    if (!device) {
        // Without a lease or an inventory serial the bench cannot key a record; ask again later.
        m_backend.record(QStringLiteral("pnp.unknown"), QString(),
            QStringLiteral(
                "PnP work request from unknown device %1 at %2; add serial %3 to inventory.csv")
                .arg(message->udi, client.address.toString(), udi.serial),
            {{QStringLiteral("udi"), message->udi},
                {QStringLiteral("client"), client.address.toString()}});
        return xml(
            backoffMessage(*message, 1, QStringLiteral("device not known to the bench yet")));
    }

    devices::Device updated = *device;
    updated.platform = QStringLiteral("cisco-pnp");
    if (updated.serial.isEmpty())
        updated.serial = udi.serial;
    if (!udi.productId.isEmpty())
        updated.model = udi.productId;
    updated.lastSeen = QDateTime::currentDateTimeUtc();

    Step &step = m_steps[message->udi];
    QByteArray answer;
    QString work;
    switch (step) {
    case Step::Start:
    case Step::DeviceInfoAsked:
        answer = deviceInfoRequest(*message);
        work = QStringLiteral("device-info");
        step = Step::DeviceInfoAsked;
        break;
    case Step::DeviceInfoKnown:
    case Step::ConfigAsked: {
        const QString location = updated.serial.isEmpty()
            ? QStringLiteral("%1/ztp/by-mac/%2/config").arg(m_serverUrl, updated.key())
            : QStringLiteral("%1/ztp/by-serial/%2/config").arg(m_serverUrl, updated.serial);
        answer = configUpgradeRequest(*message, location);
        work = QStringLiteral("config-upgrade");
        step = Step::ConfigAsked;
        break;
    }
    case Step::ConfigApplied:
        answer = byeMessage(*message);
        work = QStringLiteral("bye");
        break;
    }

    updated.progress = QStringLiteral("pnp: %1 sent").arg(work);
    m_backend.updateDevice(updated);
    m_backend.record(QStringLiteral("pnp.work-request"), updated.key(),
        QStringLiteral("PnP work request from %1, answered with %2").arg(message->udi, work),
        {{QStringLiteral("udi"), message->udi}, {QStringLiteral("correlator"), message->correlator},
            {QStringLiteral("work"), work}});
    return xml(answer);
}

HttpResponse PnpService::handleWorkResponse(const HttpRequest &request, const HttpClient &client)
{
    QString error;
    const auto message = parsePnpMessage(request.body, &error);
    if (!message)
        return HttpResponse::text(
            400, QStringLiteral("The WORK-RESPONSE body is not a PnP message: %1.").arg(error));

    const PnpUdi udi = parseUdi(message->udi);
    const std::optional<devices::Device> device = deviceFor(udi, client);
    const QString work = message->responseNamespace.section(QLatin1Char(':'), -1);
    Step &step = m_steps[message->udi];

    if (device) {
        devices::Device updated = *device;
        updated.lastSeen = QDateTime::currentDateTimeUtc();
        if (!message->platformName.isEmpty())
            updated.model = message->platformName;
        if (!message->version.isEmpty())
            updated.softwareVersion = message->version;
        updated.progress
            = QStringLiteral("pnp: %1 %2")
                  .arg(work, message->success ? QStringLiteral("done") : QStringLiteral("failed"));
        if (!message->success) {
            updated.state = devices::DeviceState::Failed;
        } else if (work == QLatin1String("device-info")) {
            step = Step::DeviceInfoKnown;
        } else if (work == QLatin1String("config-upgrade")) {
            step = Step::ConfigApplied;
            updated.state = devices::DeviceState::ReportedDone;
        }
        m_backend.updateDevice(updated);
    }

    const QString deviceKey = device ? device->key() : QString();
    m_backend.record(QStringLiteral("pnp.work-response"), deviceKey,
        QStringLiteral("PnP %1 from %2 %3%4")
            .arg(work, message->udi,
                message->success ? QStringLiteral("succeeded") : QStringLiteral("failed"),
                message->errorMessage.isEmpty() ? QString()
                                                : QStringLiteral(": ") + message->errorMessage),
        {{QStringLiteral("udi"), message->udi}, {QStringLiteral("correlator"), message->correlator},
            {QStringLiteral("work"), work}, {QStringLiteral("success"), message->success},
            {QStringLiteral("error"), message->errorMessage}});
    return xml(byeMessage(*message));
}

} // namespace ztp::http
