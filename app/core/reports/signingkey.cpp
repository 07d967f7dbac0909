#include "reports/signingkey.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace ztp::reports {

namespace {

// Context of this file's messages in the translation files; lupdate reads it from the macro.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ztp::reports)
};

QString opensslError()
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using BioPointer = std::unique_ptr<BIO, BioDeleter>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

Status writeFile(const QString &path, const QByteArray &content, QFile::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()
        || !file.setPermissions(permissions) || !file.commit())
        return Error {
            Messages::tr("Cannot write the key file %1: %2").arg(path, file.errorString())};
    return Status::success();
}

} // namespace

struct SigningKey::Key
{
    EVP_PKEY *pkey = nullptr;
    bool hasPrivate = false;
    ~Key() { EVP_PKEY_free(pkey); }
};

SigningKey::SigningKey() = default;
SigningKey::~SigningKey() = default;
SigningKey::SigningKey(SigningKey &&) noexcept = default;
SigningKey &SigningKey::operator=(SigningKey &&) noexcept = default;

QString SigningKey::privateKeyPath(const QString &workspaceRoot)
{
    return QDir(workspaceRoot).filePath(QStringLiteral("keys/evidence-signing-key.pem"));
}

QString SigningKey::publicKeyPath(const QString &workspaceRoot)
{
    return QDir(workspaceRoot).filePath(QStringLiteral("keys/evidence-signing-key.pub.pem"));
}

Result<SigningKey> SigningKey::loadOrCreate(const QString &workspaceRoot)
{
    const QString privatePath = privateKeyPath(workspaceRoot);
    SigningKey key;
    key.m_key = std::make_unique<Key>();
    key.m_key->hasPrivate = true;

    QFile existing(privatePath);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Error {Messages::tr("Cannot read the signing key %1: %2")
                              .arg(privatePath, existing.errorString())};
        const QByteArray pem = existing.readAll();
        BioPointer bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
        key.m_key->pkey = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
        if (!key.m_key->pkey || EVP_PKEY_get_base_id(key.m_key->pkey) != EVP_PKEY_ED25519)
            return Error {
                Messages::tr("The signing key %1 is not an Ed25519 private key in PEM. Move it "
                             "away to have a new key generated; packs signed with it then no "
                             "longer verify against the workspace.")
                    .arg(privatePath)};
        return key;
    }

    key.m_key->pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key.m_key->pkey)
        return Error {Messages::tr("Cannot generate a signing key: %1").arg(opensslError())};

    BioPointer bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PrivateKey(bio.get(), key.m_key->pkey, nullptr, nullptr, 0, nullptr, nullptr))
        return Error {Messages::tr("Cannot encode the signing key: %1").arg(opensslError())};
    if (!QDir().mkpath(QFileInfo(privatePath).absolutePath()))
        return Error {Messages::tr("Cannot create the folder of %1.").arg(privatePath)};
    if (Status status = writeFile(privatePath, bioBytes(bio.get()), QFile::ReadOwner | QFile::WriteOwner); !status)
        return Error{status.errorString()};
    if (Status status = writeFile(publicKeyPath(workspaceRoot), key.publicKeyPem(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        !status)
        return Error{status.errorString()};

    qCInfo(lcReports).noquote() << "generated evidence signing key" << privatePath << "fingerprint"
                                << key.fingerprint();
    return key;
}

Result<SigningKey> SigningKey::loadPublicKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            Messages::tr("Cannot read the public key %1: %2").arg(path, file.errorString())};
    const QByteArray pem = file.readAll();

    SigningKey key;
    key.m_key = std::make_unique<Key>();
    BioPointer bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    key.m_key->pkey = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    if (!key.m_key->pkey || EVP_PKEY_get_base_id(key.m_key->pkey) != EVP_PKEY_ED25519)
        return Error {Messages::tr("%1 is not an Ed25519 public key in PEM.").arg(path)};
    return key;
}

Result<QByteArray> SigningKey::sign(const QByteArray &message) const
{
    if (!m_key || !m_key->hasPrivate)
        return Error {Messages::tr("This key has no private part and cannot sign.")};

    // Ed25519 signs the message itself (no separate digest), so the one-shot EVP_DigestSign with
    // a null digest is the only form OpenSSL accepts for it.
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    size_t length = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_key->pkey) != 1
        || EVP_DigestSign(context.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char *>(message.constData()),
                          size_t(message.size())) != 1)
        return Error {Messages::tr("Cannot sign: %1").arg(opensslError())};

    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size())) != 1)
        return Error {Messages::tr("Cannot sign: %1").arg(opensslError())};
    signature.resize(qsizetype(length));
    return signature;
}

bool SigningKey::verify(const QByteArray &message, const QByteArray &signature) const
{
    if (!m_key || !m_key->pkey)
        return false;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!context || EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, m_key->pkey) != 1)
        return false;
    return EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size()))
        == 1;
}

QByteArray SigningKey::publicKeyPem() const
{
    if (!m_key || !m_key->pkey)
        return {};
    BioPointer bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PUBKEY(bio.get(), m_key->pkey))
        return {};
    return bioBytes(bio.get());
}

QString SigningKey::fingerprint() const
{
    if (!m_key || !m_key->pkey)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(m_key->pkey, &der);
    if (length <= 0)
        return {};
    const QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace ztp::reports
