#pragma once

#include "common/result.h"

#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace ztp::pki {

// The HTTPS server's certificate chain and key, and the fingerprints a technician pins on devices.
struct ServerCredentials
{
    QList<QSslCertificate> chain; // the server certificate, then the CA certificate
    QSslKey privateKey; // the server's key
    QString caCertificatePath; // PEM, for curl --cacert or a device's trust store
    QString certificateSha256; // "AB:CD:...", SHA-256 of the server certificate's DER
    QString caCertificateSha256; // the same for the CA certificate
    QString publicKeyPin; // "sha256//<base64>" of the server's SubjectPublicKeyInfo
};

// The workspace's own certificate authority in `directory` (the workspace's pki/ folder):
// ca.key, ca.crt, server.key and server.crt, created with OpenSSL 3 on first use as ECDSA
// P-256 keys and SHA-256 signatures. Private keys are written with mode 0600 and never leave
// the folder. The server certificate names `address` (subjectAltName IP) and
// "ztp-workbench". It is issued again with the same key when the address changes, when it
// has expired, or when ca.key did not sign it. The CA is valid 10 years, the server
// certificate 825 days (the limit Apple and browsers apply).
Result<ServerCredentials> ensureServerCredentials(
    const QString &directory, const QHostAddress &address);

// "AB:CD:..." of raw bytes.
QString colonHex(const QByteArray &digest);

} // namespace ztp::pki
