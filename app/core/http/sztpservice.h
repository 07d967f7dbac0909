#pragma once

#include "http/httprequest.h"
#include "http/httpresponse.h"
#include "http/imagehasher.h"
#include "http/ztpbackend.h"

#include <QFileInfo>

namespace ztp::http {

struct HttpClient;

// The 27 progress types of RFC 8572 section 7.3 (ietf-sztp-bootstrap-server, report-progress).
bool isSztpProgressType(const QString &type);

// Wraps onboarding information as an unsigned conveyed-information artifact: a CMS
// ContentInfo whose content type is id-ct-sztpConveyedInfoJSON (1.2.840.113549.1.9.16.1.43,
// RFC 8572 section 10.3) and whose content is the JSON text, DER-encoded.
QByteArray conveyedInformationCms(const QByteArray &json);

// RFC 8572 bootstrap server, first stage: unsigned data, no owner certificate or voucher.
//   POST /restconf/operations/ietf-sztp-bootstrap-server:get-bootstrapping-data
//   POST /restconf/operations/ietf-sztp-bootstrap-server:report-progress
//   GET  /.well-known/host-meta    RESTCONF root discovery (RFC 8040 section 3.1)
// The device is named by the user of HTTP Basic authentication (its serial number, as SZTP
// agents send it when no client certificate is used), else by its lease. Its onboarding
// information comes from inventory columns: sztp_boot_image (a file under files/),
// sztp_os_name, sztp_os_version, sztp_pre_script and sztp_post_script (templates), and its
// configuration is its assigned template.
// TODO: signed conveyed information with an owner certificate and ownership voucher (RFC 8572
// section 3.3), for devices that accept unsigned data only from a trusted bootstrap server.
class SztpService
{
public:
    SztpService(const ZtpBackend &backend, const QString &serverUrl);

    void setFilesDirectory(const QString &directory) { m_filesDirectory = directory; }
    HttpResponse handle(const HttpRequest &request, const HttpClient &client);

private:
    std::optional<devices::Device> deviceFor(
        const HttpRequest &request, const HttpClient &client) const;
    HttpResponse getBootstrappingData(const HttpRequest &request, const HttpClient &client);
    HttpResponse deferUntilHashed(
        const QFileInfo &image, const HttpRequest &request, const HttpClient &client);
    HttpResponse reportProgress(const HttpRequest &request, const HttpClient &client);
    Result<QJsonObject> onboardingInformation(const devices::Device &device);
    Result<QFileInfo> bootImageFile(const QString &fileName) const;

    const ZtpBackend &m_backend;
    QString m_serverUrl;
    QString m_filesDirectory;
    // Hashing a 2 GiB image takes seconds, so the first request for it gets a deferred response.
    ImageHasher m_imageHasher;
};

} // namespace ztp::http
