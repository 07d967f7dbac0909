#include "servercertificatedialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ztp::ui {

namespace {

// A read-only, fixed-width field with a button that copies its text.
QLineEdit *addCopyableRow(QFormLayout *form, const QString &label, const QString &text,
    const QString &objectName, const QString &copyText, QPushButton **copyButton)
{
    auto *field = new QLineEdit(text);
    field->setObjectName(objectName);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(text) + 16);

    auto *button = new QPushButton(copyText);
    QObject::connect(button, &QPushButton::clicked, field,
        [field] { QGuiApplication::clipboard()->setText(field->text()); });

    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(button);
    form->addRow(label, row);
    if (copyButton)
        *copyButton = button;
    return field;
}

} // namespace

ServerCertificateDialog::ServerCertificateDialog(
    const pki::ServerCredentials &credentials, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Server certificate"));

    auto *intro = new QLabel(tr("Devices that pin the HTTPS server certificate need one of these "
                                "values. The CA certificate in %1 works for devices that take a "
                                "trust store instead.")
                                 .arg(credentials.caCertificatePath));
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    //: Button that copies a certificate fingerprint or key pin to the clipboard.
    const QString copyText = tr("Copy");
    m_fingerprintField
        = addCopyableRow(form, tr("SHA-256 fingerprint:"), credentials.certificateSha256,
            QStringLiteral("fingerprintField"), copyText, &m_copyFingerprintButton);
    m_publicKeyPinField = addCopyableRow(form, tr("Public key pin:"), credentials.publicKeyPin,
        QStringLiteral("publicKeyPinField"), copyText, nullptr);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace ztp::ui
