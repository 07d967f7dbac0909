#pragma once

#include "common/result.h"
#include "http/httpserver.h"
#include "http/ztpbackend.h"
#include "pki/localca.h"
#include "syslog/syslogmessage.h"

#include <QObject>
#include <memory>
#include <optional>

namespace ztp::syslog {
class SyslogServer;
}

namespace ztp::http {

class ZtpEndpoints;

struct ProvisioningSettings
{
    QString interfaceName; // the bench interface; syslog is bound to it
    QHostAddress address; // its IPv4 address; every server listens there only
    quint16 httpPort = 80; // 0 turns the server off, as for the two below
    quint16 httpsPort = 443;
    quint16 syslogPort = 514;
    QString filesDirectory;
    QString templatesDirectory;
    QString pkiDirectory; // the workspace's pki/, see pki::ensureServerCredentials
};

// The servers that ZTP agents use besides DHCP and TFTP: HTTP and HTTPS with the ZTP endpoints
// (ztpendpoints.h) and the syslog receiver. Turns what they see into device updates and
// history events through the backend. Lives in the bench's thread.
class ProvisioningServices : public QObject
{
    Q_OBJECT

public:
    ProvisioningServices(
        ProvisioningSettings settings, ZtpBackend backend, QObject *parent = nullptr);
    ~ProvisioningServices() override;

    // Starts every server whose port is not 0; on any failure none stays up.
    Status start();
    void stop();

    quint16 httpPort() const;
    quint16 httpsPort() const;
    quint16 syslogPort() const;
    // The HTTPS certificate's fingerprints, for the technician to pin on devices.
    const std::optional<pki::ServerCredentials> &tlsCredentials() const { return m_credentials; }

private:
    Status startHttp(quint16 port, bool tls);
    void onTransferFinished(const HttpTransferRecord &record);
    void onSyslogMessage(const syslog::SyslogMessage &message, const QHostAddress &sender);
    void onSyslogSuppressed(const QHostAddress &sender, quint64 count);

    ProvisioningSettings m_settings;
    ZtpBackend m_backend;
    std::optional<pki::ServerCredentials> m_credentials;
    std::unique_ptr<ZtpEndpoints> m_httpEndpoints;
    std::unique_ptr<ZtpEndpoints> m_httpsEndpoints;
    HttpServer *m_http = nullptr;
    HttpServer *m_https = nullptr;
    syslog::SyslogServer *m_syslog = nullptr;
};

} // namespace ztp::http
