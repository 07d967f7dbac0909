#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace ztp::reports {

// The workspace's Ed25519 key pair that signs evidence packs, through OpenSSL 3's EVP API.
// Stored as PEM: keys/evidence-signing-key.pem (PKCS#8, mode 0600) and
// keys/evidence-signing-key.pub.pem (SubjectPublicKeyInfo) in the workspace.
class SigningKey
{
public:
    SigningKey();
    ~SigningKey();
    SigningKey(SigningKey &&) noexcept;
    SigningKey &operator=(SigningKey &&) noexcept;

    // Loads the workspace's key pair, generating and storing it on first use.
    static Result<SigningKey> loadOrCreate(const QString &workspaceRoot);
    // Loads a public key (PEM) to verify with.
    static Result<SigningKey> loadPublicKey(const QString &path);
    static QString privateKeyPath(const QString &workspaceRoot);
    static QString publicKeyPath(const QString &workspaceRoot);

    Result<QByteArray> sign(const QByteArray &message) const;
    bool verify(const QByteArray &message, const QByteArray &signature) const;
    QByteArray publicKeyPem() const;
    // SHA-256 of the DER public key, hex; shown so a customer can compare keys by phone.
    QString fingerprint() const;

private:
    struct Key;
    std::unique_ptr<Key> m_key;
};

} // namespace ztp::reports
