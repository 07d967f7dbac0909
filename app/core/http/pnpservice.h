#pragma once

#include "http/httprequest.h"
#include "http/httpresponse.h"
#include "http/ztpbackend.h"

#include <QHash>

namespace ztp::http {

struct HttpClient;

// The parts of a Cisco UDI, "PID:C9300-24P,VID:V02,SN:FCW2144L0KH".
struct PnpUdi
{
    QString productId;
    QString versionId;
    QString serial;
};
PnpUdi parseUdi(const QString &udi);

// Cisco Network Plug and Play over HTTP, the server side of one workflow per device (UDI):
//   GET  /pnp/HELLO                 the agent checks the server is there: 200
//   POST /pnp/WORK-REQUEST          receives device-info, then config-upgrade pointing
//                                   at /ztp/by-serial/SN/config, then bye
//   POST /pnp/WORK-RESPONSE         the agent's result; success="1" moves the workflow on,
//                                   success="0" marks the device failed with the error text
// The XML element and namespace names follow the PnP agent of IOS-XE 16 and 17 as public PnP
// servers use them (urn:cisco:pnp, urn:cisco:pnp:device-info, urn:cisco:pnp:config-upgrade,
// urn:cisco:pnp:work-info). The workflow state lives in memory and restarts with the server.
class PnpService
{
public:
    PnpService(const ZtpBackend &backend, const QString &serverUrl);

    HttpResponse handle(const HttpRequest &request, const HttpClient &client);

private:
    enum class Step
    {
        Start, // nothing asked yet
        DeviceInfoAsked, // device-info sent, no response yet
        DeviceInfoKnown, // device-info response received
        ConfigAsked, // config-upgrade sent, no response yet
        ConfigApplied, // config-upgrade response with success="1"
    };

    HttpResponse handleWorkRequest(const HttpRequest &request, const HttpClient &client);
    HttpResponse handleWorkResponse(const HttpRequest &request, const HttpClient &client);
    std::optional<devices::Device> deviceFor(const PnpUdi &udi, const HttpClient &client) const;

    const ZtpBackend &m_backend;
    QString m_serverUrl;
    QHash<QString, Step> m_steps; // by UDI
};

} // namespace ztp::http
