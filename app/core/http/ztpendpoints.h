#pragma once

#include "http/httpserver.h"
#include "http/pnpservice.h"
#include "http/sztpservice.h"
#include "http/vendorheaders.h"
#include "http/ztpbackend.h"

namespace ztp::http {

struct ZtpEndpointSettings
{
    QString filesDirectory; // served as-is, the workspace's files/
    QString templatesDirectory; // the workspace's templates/
    QString serverUrl; // "http://10.0.0.1", the base of URLs sent to devices
};

// The URLs a ZTP agent uses, on top of HttpServer:
//
//   GET  /ztp/self/NAME             NAME rendered for the requesting device
//   GET  /ztp/by-mac/MAC/NAME       ... for the device with that MAC
//   GET  /ztp/by-serial/SERIAL/NAME ... for the device with that serial number
//   POST /ztp/status                progress report, JSON {"status": ..., "message": ...}
//   GET  /pnp/HELLO, POST /pnp/WORK-REQUEST, POST /pnp/WORK-RESPONSE   Cisco PnP
//   POST /restconf/operations/ietf-sztp-bootstrap-server:...            RFC 8572
//   GET  /onie-installer-..., /onie-updater-...  the installer named for the device, else a file
//   GET  /anything/else             the file of that name under files/
//
// NAME "config" is the device's assigned template (as TFTP serves it); any other NAME is
// templates/NAME.j2 or templates/NAME. The requesting device is found through the lease of
// its address, then through its vendor headers (vendorheaders.h), which are merged into its
// record either way.
class ZtpEndpoints
{
    // The PnP and SZTP services keep a reference to m_backend.
    Q_DISABLE_COPY_MOVE(ZtpEndpoints)

public:
    ZtpEndpoints(ZtpEndpointSettings settings, ZtpBackend backend);

    HttpResponse handle(const HttpRequest &request, const HttpClient &client);
    const ZtpEndpointSettings &settings() const { return m_settings; }

private:
    std::optional<devices::Device> identify(const HttpRequest &request, const HttpClient &client);
    void mergeIdentity(
        devices::Device &device, const VendorIdentity &identity, const HttpClient &client);
    HttpResponse handleRender(
        const HttpRequest &request, const HttpClient &client, const QStringList &segments);
    HttpResponse render(const HttpRequest &request, const devices::Device &device,
        const QString &name, const VendorIdentity &identity);
    HttpResponse handleStatus(const HttpRequest &request, const HttpClient &client);
    HttpResponse handleOnie(const HttpRequest &request, const HttpClient &client);
    std::optional<QString> templateFileFor(const QString &name) const;

    ZtpEndpointSettings m_settings;
    ZtpBackend m_backend;
    PnpService m_pnp;
    SztpService m_sztp;
};

// Inserts the line Cumulus Linux requires in a provisioning script, "# CUMULUS-AUTOPROVISIONING",
// after the "#!" line when the script lacks it. Returns true when it was added.
bool ensureCumulusMarker(QByteArray &script);

} // namespace ztp::http
