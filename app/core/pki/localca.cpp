#include "pki/localca.h"

#include "common/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace ztp::pki {

namespace {

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *pointer) const { Free(pointer); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

constexpr int kCaDays = 3650;
constexpr int kServerDays = 825;

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    if (code == 0)
        return QStringLiteral("unknown OpenSSL error");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return QString::fromLatin1(text);
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, length);
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    return file.readAll();
}

// Writes through a temporary file created with the final mode, so a key is never readable by
// others, not even for a moment.
Status writeFile(
    const QString &path, const QByteArray &content, QFileDevice::Permissions permissions)
{
    const QString temporary = path + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions)
        || file.write(content) != content.size() || !file.flush()) {
        file.remove();
        return Error {QStringLiteral("cannot write %1: %2; check that the workspace is writable")
                          .arg(temporary, file.errorString())};
    }
    file.close();
    QFile::remove(path);
    if (!QFile::rename(temporary, path))
        return Error {QStringLiteral("cannot rename %1 to %2").arg(temporary, path)};
    return Status::success();
}

Result<KeyPtr> loadOrCreateKey(const QString &path)
{
    if (QFile::exists(path)) {
        const Result<QByteArray> pem = readFile(path);
        if (!pem)
            return pem.error();
        BioPtr bio(BIO_new_mem_buf(pem->constData(), int(pem->size())));
        KeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
        if (!key)
            return Error {QStringLiteral(
                "%1 is not a PEM private key (%2); delete the pki folder to create new keys")
                              .arg(path, opensslError())};
        return key;
    }

    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return Error {QStringLiteral("cannot generate a P-256 key: %1").arg(opensslError())};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return Error {QStringLiteral("cannot encode a private key: %1").arg(opensslError())};
    if (Status status
        = writeFile(path, bioContents(bio.get()), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        !status)
        return Error {status.errorString()};
    qCInfo(lcPki).noquote() << "created private key" << path;
    return key;
}

CertPtr loadCertificate(const QString &path)
{
    const Result<QByteArray> pem = readFile(path);
    if (!pem)
        return nullptr;
    BioPtr bio(BIO_new_mem_buf(pem->constData(), int(pem->size())));
    return CertPtr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer ? issuer : certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

struct CertificateRequest
{
    QByteArray commonName;
    int days = 0;
    bool authority = false;
    QByteArray subjectAltName; // "IP:10.0.0.1,DNS:ztp-workbench"
};

// Issues a certificate for `subjectKey`, signed by `issuerKey`; self-signed when `issuer` is null.
Result<CertPtr> issue(
    const CertificateRequest &request, EVP_PKEY *subjectKey, X509 *issuer, EVP_PKEY *issuerKey)
{
    CertPtr certificate(X509_new());
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return Error {QStringLiteral("no random serial number: %1").arg(opensslError())};
    serial[0] &= 0x7f; // a positive INTEGER (RFC 5280 section 4.1.2.2)
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate.get()));
    BN_free(number);

    X509_set_version(certificate.get(), 2);
    // An hour back, so a device whose clock is slightly behind accepts the certificate at once.
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), long(request.days) * 24 * 3600);
    X509_NAME *name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char *>("ZTP Workbench"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char *>(request.commonName.constData()), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), issuer ? X509_get_subject_name(issuer) : name);
    X509_set_pubkey(certificate.get(), subjectKey);

    bool ok = true;
    if (request.authority) {
        ok = addExtension(
                 certificate.get(), issuer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
            && addExtension(
                certificate.get(), issuer, NID_key_usage, "critical,keyCertSign,cRLSign")
            && addExtension(certificate.get(), issuer, NID_subject_key_identifier, "hash");
    } else {
        ok = addExtension(certificate.get(), issuer, NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(certificate.get(), issuer, NID_key_usage, "critical,digitalSignature")
            && addExtension(certificate.get(), issuer, NID_ext_key_usage, "serverAuth")
            && addExtension(certificate.get(), issuer, NID_subject_key_identifier, "hash")
            && addExtension(certificate.get(), issuer, NID_authority_key_identifier, "keyid")
            && addExtension(certificate.get(), issuer, NID_subject_alt_name,
                request.subjectAltName.constData());
    }
    if (!ok)
        return Error {QStringLiteral("cannot add certificate extensions: %1").arg(opensslError())};
    if (X509_sign(certificate.get(), issuerKey, EVP_sha256()) <= 0)
        return Error {QStringLiteral("cannot sign the certificate: %1").arg(opensslError())};
    return certificate;
}

Status writeCertificate(const QString &path, X509 *certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(bio.get(), certificate) != 1)
        return Error {QStringLiteral("cannot encode %1: %2").arg(path, opensslError())};
    return writeFile(path, bioContents(bio.get()),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther);
}

bool isCurrent(X509 *certificate)
{
    return X509_cmp_current_time(X509_get0_notAfter(certificate)) > 0;
}

Result<CertPtr> loadOrIssueCa(const QString &path, EVP_PKEY *key)
{
    CertPtr certificate = loadCertificate(path);
    if (certificate && isCurrent(certificate.get())
        && X509_check_private_key(certificate.get(), key) == 1)
        return certificate;

    Result<CertPtr> issued
        = issue({"ZTP Workbench local CA", kCaDays, true, {}}, key, nullptr, key);
    if (!issued)
        return issued.error();
    if (Status status = writeCertificate(path, issued->get()); !status)
        return Error {status.errorString()};
    qCInfo(lcPki).noquote() << "created CA certificate" << path;
    return issued;
}

Result<CertPtr> loadOrIssueServer(
    const QString &path, EVP_PKEY *key, X509 *ca, EVP_PKEY *caKey, const QHostAddress &address)
{
    const QByteArray ip = address.toString().toLatin1();
    CertPtr certificate = loadCertificate(path);
    if (certificate && isCurrent(certificate.get())
        && X509_check_private_key(certificate.get(), key) == 1
        && X509_verify(certificate.get(), caKey) == 1
        && X509_check_ip_asc(certificate.get(), ip.constData(), 0) == 1)
        return certificate;

    const CertificateRequest request {
        "ztp-workbench " + ip, kServerDays, false, "IP:" + ip + ",DNS:ztp-workbench"};
    Result<CertPtr> issued = issue(request, key, ca, caKey);
    if (!issued)
        return issued.error();
    if (Status status = writeCertificate(path, issued->get()); !status)
        return Error {status.errorString()};
    qCInfo(lcPki).noquote() << "issued server certificate" << path << "for" << ip;
    return issued;
}

QByteArray derOf(X509 *certificate)
{
    unsigned char *buffer = nullptr;
    const int length = i2d_X509(certificate, &buffer);
    QByteArray der(reinterpret_cast<const char *>(buffer), qMax(0, length));
    OPENSSL_free(buffer);
    return der;
}

QByteArray publicKeyInfoOf(EVP_PKEY *key)
{
    unsigned char *buffer = nullptr;
    const int length = i2d_PUBKEY(key, &buffer);
    QByteArray der(reinterpret_cast<const char *>(buffer), qMax(0, length));
    OPENSSL_free(buffer);
    return der;
}

} // namespace

QString colonHex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

Result<ServerCredentials> ensureServerCredentials(
    const QString &directory, const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return Error {
            QStringLiteral("the HTTPS server needs the interface's IPv4 address, not '%1'")
                .arg(address.toString())};
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return Error {QStringLiteral("cannot create %1; check that the workspace is writable")
                          .arg(directory)};

    const Result<KeyPtr> caKey = loadOrCreateKey(dir.filePath(QStringLiteral("ca.key")));
    if (!caKey)
        return caKey.error();
    const Result<CertPtr> ca = loadOrIssueCa(dir.filePath(QStringLiteral("ca.crt")), caKey->get());
    if (!ca)
        return ca.error();
    const Result<KeyPtr> serverKey = loadOrCreateKey(dir.filePath(QStringLiteral("server.key")));
    if (!serverKey)
        return serverKey.error();
    const Result<CertPtr> server = loadOrIssueServer(dir.filePath(QStringLiteral("server.crt")),
        serverKey->get(), ca->get(), caKey->get(), address);
    if (!server)
        return server.error();

    ServerCredentials credentials;
    const QByteArray serverDer = derOf(server->get());
    const QByteArray caDer = derOf(ca->get());
    credentials.chain = {QSslCertificate(serverDer, QSsl::Der), QSslCertificate(caDer, QSsl::Der)};
    const Result<QByteArray> keyPem = readFile(dir.filePath(QStringLiteral("server.key")));
    if (!keyPem)
        return keyPem.error();
    credentials.privateKey = QSslKey(*keyPem, QSsl::Ec, QSsl::Pem);
    if (credentials.privateKey.isNull() || credentials.chain.at(0).isNull())
        return Error {QStringLiteral(
            "Qt cannot load the key or certificate in %1; delete that folder to create new ones")
                          .arg(directory)};
    credentials.caCertificatePath = dir.filePath(QStringLiteral("ca.crt"));
    credentials.certificateSha256
        = colonHex(QCryptographicHash::hash(serverDer, QCryptographicHash::Sha256));
    credentials.caCertificateSha256
        = colonHex(QCryptographicHash::hash(caDer, QCryptographicHash::Sha256));
    credentials.publicKeyPin = QStringLiteral("sha256//")
        + QString::fromLatin1(
            QCryptographicHash::hash(publicKeyInfoOf(serverKey->get()), QCryptographicHash::Sha256)
                .toBase64());
    return credentials;
}

} // namespace ztp::pki
