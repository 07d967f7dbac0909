#include "dhcp/optionexportdialog.h"

#include "bench/benchservice.h"
#include "dhcp/optionexport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ztp::ui {

OptionExportDialog::OptionExportDialog(bench::BenchService *bench, QWidget *parent)
    : QDialog(parent)
    , m_bench(bench)
{
    setWindowTitle(tr("Export DHCP options"));
    resize(760, 560);

    m_formatBox = new QComboBox(this);
    m_formatBox->setObjectName(QStringLiteral("formatBox"));
    const QStringList formatNames = dhcp::exportFormatNames();
    const QStringList formatTitles {
        tr("ISC dhcpd"), tr("Kea DHCPv4"), tr("dnsmasq"), tr("Cisco IOS DHCP pool")};
    for (qsizetype i = 0; i < formatNames.size(); ++i)
        m_formatBox->addItem(formatTitles.value(i, formatNames.at(i)), formatNames.at(i));

    m_profileBox = new QComboBox(this);
    m_profileBox->setObjectName(QStringLiteral("profileBox"));
    // Profile titles are long sentences; without this the dialog grows wider than the screen.
    m_profileBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileBox->setMinimumContentsLength(40);

    m_serverField = new QLineEdit(defaultServerAddress(), this);
    m_serverField->setObjectName(QStringLiteral("serverField"));
    m_serverField->setPlaceholderText(tr("IPv4 address, such as 192.0.2.1"));
    m_serverField->setToolTip(tr("Written where a profile uses {server} or {tftp}: the address "
                                 "the devices reach the TFTP or HTTP server at in production."));

    m_textView = new QPlainTextEdit(this);
    m_textView->setObjectName(QStringLiteral("exportText"));
    m_textView->setReadOnly(true);
    m_textView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_textView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("exportMessage"));
    m_messageLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_formatBox);
    form->addRow(tr("Profile:"), m_profileBox);
    //: The address substituted for {server} in exported DHCP options.
    form->addRow(tr("Server address:"), m_serverField);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    //: Copies the exported DHCP configuration to the clipboard.
    m_copyButton = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    connect(m_copyButton, &QPushButton::clicked, this, &OptionExportDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_textView, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);

    loadProfiles();
    connect(m_formatBox, &QComboBox::currentIndexChanged, this, &OptionExportDialog::regenerate);
    connect(m_profileBox, &QComboBox::currentIndexChanged, this, &OptionExportDialog::regenerate);
    connect(m_serverField, &QLineEdit::textChanged, this, &OptionExportDialog::regenerate);
    regenerate();
}

QString OptionExportDialog::exportedText() const
{
    return m_textView->toPlainText();
}

QString OptionExportDialog::message() const
{
    return m_messageLabel->text();
}

void OptionExportDialog::loadProfiles()
{
    m_profiles = dhcp::ProfileSet();
    Status loaded = m_profiles.loadBuiltIn();
    if (loaded && m_bench->workspace())
        loaded = m_profiles.loadDirectory(
            QDir(m_bench->workspace()->root()).filePath(QStringLiteral("profiles")));
    if (!loaded)
        m_messageLabel->setText(loaded.errorString());

    m_profileBox->addItem(tr("All profiles"), QString());
    for (const dhcp::VendorProfile &profile : m_profiles.profiles())
        m_profileBox->addItem(
            QStringLiteral("%1 - %2").arg(profile.name, profile.title), profile.name);
}

// The running bench's own address, else the workspace's TFTP server or router.
QString OptionExportDialog::defaultServerAddress() const
{
    if (m_bench->isRunning())
        return m_bench->plan().dhcp.serverAddress.toString();
    if (!m_bench->workspace())
        return {};
    const workspace::BenchSettings &settings = m_bench->workspace()->settings();
    return settings.tftpServer.isEmpty() ? settings.router : settings.tftpServer;
}

void OptionExportDialog::regenerate()
{
    m_textView->clear();
    m_copyButton->setEnabled(false);

    const auto format = dhcp::exportFormatFromName(m_formatBox->currentData().toString());
    const workspace::BenchSettings settings
        = m_bench->workspace() ? m_bench->workspace()->settings() : workspace::BenchSettings {};
    const Result<dhcp::OptionVariables> variables = dhcp::exportVariables(
        m_serverField->text().trimmed(), settings.tftpServer, settings.httpPort, settings.httpsPort);
    if (!format)
        return;
    if (!variables) {
        m_messageLabel->setText(tr("Enter the server address: %1").arg(variables.errorString()));
        return;
    }

    QList<dhcp::VendorProfile> selected = m_profiles.profiles();
    const QString name = m_profileBox->currentData().toString();
    if (!name.isEmpty()) {
        if (const dhcp::VendorProfile *profile = m_profiles.find(name))
            selected = {*profile};
    }

    const Result<dhcp::ProfileExport> exported
        = dhcp::exportProfiles(selected, *format, *variables);
    if (!exported) {
        m_messageLabel->setText(tr("Cannot export: %1").arg(exported.errorString()));
        return;
    }
    m_textView->setPlainText(exported->text);
    m_copyButton->setEnabled(true);
    m_messageLabel->setText(exported->skipped.isEmpty()
            ? QString()
            : tr("Skipped: %1").arg(exported->skipped.join(QLatin1Char('\n'))));
}

void OptionExportDialog::copyToClipboard()
{
    QApplication::clipboard()->setText(m_textView->toPlainText());
}

} // namespace ztp::ui
