#include "http/provisioningservices.h"

#include "common/logging.h"
#include "http/ztpendpoints.h"
#include "syslog/syslogserver.h"
#include "syslog/ztpprogress.h"

namespace ztp::http {

ProvisioningServices::ProvisioningServices(
    ProvisioningSettings settings, ZtpBackend backend, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_backend(std::move(backend))
{
}

ProvisioningServices::~ProvisioningServices()
{
    stop();
}

Status ProvisioningServices::start()
{
    Status status;
    if (m_settings.httpPort != 0)
        status = startHttp(m_settings.httpPort, false);
    if (status && m_settings.httpsPort != 0)
        status = startHttp(m_settings.httpsPort, true);
    if (status && m_settings.syslogPort != 0) {
        m_syslog = new syslog::SyslogServer(
            {m_settings.interfaceName, m_settings.address, m_settings.syslogPort}, this);
        connect(m_syslog, &syslog::SyslogServer::messageReceived, this,
            &ProvisioningServices::onSyslogMessage);
        connect(m_syslog, &syslog::SyslogServer::messagesSuppressed, this,
            &ProvisioningServices::onSyslogSuppressed);
        status = m_syslog->start();
    }
    if (!status)
        stop();
    return status;
}

Status ProvisioningServices::startHttp(quint16 port, bool tls)
{
    HttpServerSettings settings;
    settings.interfaceName = m_settings.interfaceName;
    settings.address = m_settings.address;
    settings.port = port;
    if (tls) {
        Result<pki::ServerCredentials> credentials
            = pki::ensureServerCredentials(m_settings.pkiDirectory, m_settings.address);
        if (!credentials)
            return Error {
                tr("Cannot prepare the HTTPS certificate: %1").arg(credentials.errorString())};
        m_credentials = *credentials;
        settings.certificateChain = m_credentials->chain;
        settings.privateKey = m_credentials->privateKey;
        qCInfo(lcPki).noquote() << "HTTPS certificate SHA-256" << m_credentials->certificateSha256
                                << "public key pin" << m_credentials->publicKeyPin;
    }

    QString url = QStringLiteral("%1://%2").arg(
        tls ? QStringLiteral("https") : QStringLiteral("http"), m_settings.address.toString());
    if (port != (tls ? 443 : 80))
        url += QLatin1Char(':') + QString::number(port);
    auto endpoints = std::make_unique<ZtpEndpoints>(
        ZtpEndpointSettings {m_settings.filesDirectory, m_settings.templatesDirectory, url},
        m_backend);

    auto *server = new HttpServer(settings, this);
    ZtpEndpoints *handler = endpoints.get();
    server->setHandler([handler](const HttpRequest &request, const HttpClient &client) {
        return handler->handle(request, client);
    });
    connect(server, &HttpServer::transferFinished, this, &ProvisioningServices::onTransferFinished);
    (tls ? m_https : m_http) = server;
    (tls ? m_httpsEndpoints : m_httpEndpoints) = std::move(endpoints);
    return server->start();
}

void ProvisioningServices::stop()
{
    for (HttpServer **server : {&m_http, &m_https}) {
        if (*server) {
            (*server)->stop();
            delete *server;
            *server = nullptr;
        }
    }
    m_httpEndpoints.reset();
    m_httpsEndpoints.reset();
    if (m_syslog) {
        m_syslog->stop();
        delete m_syslog;
        m_syslog = nullptr;
    }
}

quint16 ProvisioningServices::httpPort() const
{
    return m_http ? m_http->serverPort() : 0;
}

quint16 ProvisioningServices::httpsPort() const
{
    return m_https ? m_https->serverPort() : 0;
}

quint16 ProvisioningServices::syslogPort() const
{
    return m_syslog ? m_syslog->serverPort() : 0;
}

void ProvisioningServices::onTransferFinished(const HttpTransferRecord &record)
{
    // POST endpoints record their own events; 304s and HEADs transfer nothing worth a row.
    if (record.method != "GET" || record.status == 304)
        return;

    const QString summary = record.complete
        ? QStringLiteral("HTTP %1 %2 to %3: %4, %5 bytes")
              .arg(QString::fromLatin1(record.method), record.path, record.client.toString())
              .arg(record.status)
              .arg(record.bytesSent)
        : QStringLiteral("HTTP %1 %2 to %3 interrupted after %4 of %5 bytes")
              .arg(QString::fromLatin1(record.method), record.path, record.client.toString())
              .arg(record.bytesSent)
              .arg(record.bodyLength);
    QJsonObject details {{QStringLiteral("path"), record.path},
        {QStringLiteral("client"), record.client.toString()},
        {QStringLiteral("status"), record.status},
        {QStringLiteral("bytes"), double(record.bytesSent)},
        {QStringLiteral("length"), double(record.bodyLength)},
        {QStringLiteral("result"), record.complete ? QStringLiteral("ok") : QStringLiteral("failed")},
        {QStringLiteral("sha256"), record.contentSha256},
        {QStringLiteral("dynamic"), !record.contentSha256.isEmpty()}};
    // Reports name the template revision each device received, as for TFTP transfers.
    if (!record.templateSha256.isEmpty()) {
        details.insert(QStringLiteral("template"), record.templateName);
        details.insert(QStringLiteral("templateSha256"), record.templateSha256);
    }
    m_backend.record(QStringLiteral("http.transfer"), record.deviceKey, summary, details);

    // A rendered configuration that went out whole moves its device on, as over TFTP.
    if (record.contentSha256.isEmpty() || record.deviceKey.isEmpty() || record.status != 200
        || !record.complete)
        return;
    const auto device = m_backend.deviceForAddress(record.client);
    if (!device || device->key() != record.deviceKey)
        return;
    devices::Device updated = *device;
    updated.state = devices::DeviceState::ConfigurationSent;
    updated.configSha256 = record.contentSha256;
    updated.templateSha256 = record.templateSha256;
    updated.lastSeen = record.finished;
    m_backend.updateDevice(updated);
}

void ProvisioningServices::onSyslogMessage(
    const syslog::SyslogMessage &message, const QHostAddress &sender)
{
    const std::optional<devices::Device> device = m_backend.deviceForAddress(sender);
    const syslog::ZtpProgress progress
        = syslog::classifyZtpMessage(message.appName, message.message);
    const QString deviceKey = device ? device->key() : QString();

    m_backend.record(QStringLiteral("syslog.message"), deviceKey,
        QStringLiteral("%1 %2: %3%4")
            .arg(sender.toString(), syslog::severityName(message.severity),
                message.appName.isEmpty() ? QString() : message.appName + QStringLiteral(": "),
                message.message),
        {{QStringLiteral("sender"), sender.toString()},
            {QStringLiteral("format"),
                message.format == syslog::SyslogFormat::Rfc5424 ? 5424 : 3164},
            {QStringLiteral("facility"), message.facility},
            {QStringLiteral("severity"), message.severity},
            {QStringLiteral("hostname"), message.hostname},
            {QStringLiteral("app"), message.appName}, {QStringLiteral("msgid"), message.msgId},
            {QStringLiteral("message"), message.message}});

    if (!device || progress == syslog::ZtpProgress::None)
        return;
    devices::Device updated = *device;
    updated.lastSeen = QDateTime::currentDateTimeUtc();
    updated.progress = message.message.left(120);
    if (progress == syslog::ZtpProgress::Failed)
        updated.state = devices::DeviceState::Failed;
    else if (progress == syslog::ZtpProgress::Completed)
        updated.state = devices::DeviceState::ReportedDone;
    m_backend.updateDevice(updated);
}

void ProvisioningServices::onSyslogSuppressed(const QHostAddress &sender, quint64 count)
{
    const std::optional<devices::Device> device = m_backend.deviceForAddress(sender);
    m_backend.record(QStringLiteral("syslog.suppressed"), device ? device->key() : QString(),
        QStringLiteral("%1 syslog messages from %2 suppressed by the rate limit")
            .arg(count)
            .arg(sender.toString()),
        {{QStringLiteral("sender"), sender.toString()}, {QStringLiteral("count"), double(count)}});
}

} // namespace ztp::http
