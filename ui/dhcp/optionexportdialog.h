#pragma once

#include "dhcp/vendorprofile.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ztp::bench {
class BenchService;
}

namespace ztp::ui {

// "Export DHCP options...": shows the vendor profiles' options as configuration for ISC dhcpd,
// Kea, dnsmasq or a Cisco IOS pool, read-only, with a button that copies it. The same text as
// `ztpw dhcp export`.
class OptionExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OptionExportDialog(bench::BenchService *bench, QWidget *parent = nullptr);

    QComboBox *formatBox() const { return m_formatBox; }
    QComboBox *profileBox() const { return m_profileBox; }
    QLineEdit *serverField() const { return m_serverField; }
    QString exportedText() const;
    QString message() const;

public slots:
    void regenerate();
    void copyToClipboard();

private:
    void loadProfiles();
    QString defaultServerAddress() const;

    bench::BenchService *m_bench;
    dhcp::ProfileSet m_profiles;
    QComboBox *m_formatBox = nullptr;
    QComboBox *m_profileBox = nullptr;
    QLineEdit *m_serverField = nullptr;
    QPlainTextEdit *m_textView = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_copyButton = nullptr;
};

} // namespace ztp::ui
