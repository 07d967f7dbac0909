#pragma once

#include "pki/localca.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace ztp::ui {

// Shows the HTTPS server certificate's SHA-256 fingerprint and public key pin, with buttons
// that copy them, so the technician can pin the certificate on devices.
class ServerCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerCertificateDialog(
        const pki::ServerCredentials &credentials, QWidget *parent = nullptr);

    QLineEdit *fingerprintField() const { return m_fingerprintField; }
    QLineEdit *publicKeyPinField() const { return m_publicKeyPinField; }
    QPushButton *copyFingerprintButton() const { return m_copyFingerprintButton; }

private:
    QLineEdit *m_fingerprintField = nullptr;
    QLineEdit *m_publicKeyPinField = nullptr;
    QPushButton *m_copyFingerprintButton = nullptr;
};

} // namespace ztp::ui
