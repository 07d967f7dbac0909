#pragma once

#include "common/result.h"
#include "reports/report.h"
#include "reports/reportformats.h"
#include "reports/signingkey.h"

#include <QVariantMap>

#include <functional>

namespace ztp::reports {

// A device's configuration for the pack, rendered again from its template at export time.
struct PackedConfiguration
{
    QString deviceKey;
    QByteArray text;         // with secret values already masked
    QString renderedSha256;  // SHA-256 of the rendering before masking
    bool matchesSent = false; // renderedSha256 equals the SHA-256 recorded when it was sent
};

// A device's configuration rendered now, with the variables it was rendered from.
struct RenderedForPack
{
    QByteArray text;
    QVariantMap variables;
    QStringList secretVariables; // names the workspace's variable files mark secret
};
using ConfigurationRenderer = std::function<Result<RenderedForPack>(const QString &deviceKey)>;

// Renders the configuration of every reported device that has a template, masks its secret
// values, and notes whether it still matches the SHA-256 recorded when it was sent (the
// history keeps only that hash). Devices whose rendering fails are listed in `skipped` with
// the error.
QList<PackedConfiguration> packConfigurations(const Report &report,
                                              const ConfigurationRenderer &render,
                                              const QStringList &secretVariables,
                                              QStringList *skipped);

// Result of verifying a pack. The pack is intact only when the signature is valid and all
// three lists are empty.
struct PackVerification
{
    bool signatureValid = false;
    QString signerFingerprint;
    QStringList changed;  // listed in the manifest, content differs
    QStringList missing;  // listed in the manifest, not in the folder
    QStringList unlisted; // in the folder, not in the manifest

    bool isIntact() const
    {
        return signatureValid && changed.isEmpty() && missing.isEmpty() && unlisted.isEmpty();
    }
};

// Writes an evidence pack into `directory` (new or empty):
//   report.pdf, report.html, report.json, report.csv
//   configs/<mac>.cfg          rendered configurations, secrets masked
//   configs/index.json         per configuration: rendered SHA-256, whether it matches the one sent
//   SHA256SUMS                 "sha256  path" per file, the format sha256sum -c reads
//   SHA256SUMS.sig             Ed25519 signature of SHA256SUMS, base64
//   signing-key.pub.pem        the signer's public key, for reference only
// Verification must use a public key obtained apart from the pack, because anyone who edits
// the pack can also replace the key inside it.
Status writeEvidencePack(const Report &report, const QList<PackedConfiguration> &configurations,
                         const SigningKey &key, const QString &directory,
                         const ReportProgress &progress = {});

// Checks the signature of SHA256SUMS against `trustedKey`, then every file's SHA-256.
Result<PackVerification> verifyEvidencePack(const QString &directory, const SigningKey &trustedKey);

} // namespace ztp::reports
