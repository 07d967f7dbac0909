#pragma once

#include <QFrame>
#include <QHostAddress>
#include <QStringList>

class QLabel;

namespace ztp::ui {

// A red bar across the top of the main window while another DHCP server replies on the bench
// interface. It names each server's IP and MAC and the interface, and stays until the
// technician dismisses it or the services start again.
class RogueServerBanner : public QFrame
{
    Q_OBJECT

public:
    explicit RogueServerBanner(QWidget *parent = nullptr);

    // Returns the warning text shown.
    QString text() const;

public slots:
    // Adds one server to the warning. A server reported again gets its line updated.
    void addServer(const QString &interfaceName, const QHostAddress &server,
        const QByteArray &serverMac, const QHostAddress &offeredAddress);
    void clear();

private:
    void updateText();

    QLabel *m_label = nullptr;
    QStringList m_serverKeys; // server IPs in the order reported
    QStringList m_serverLines;
};

} // namespace ztp::ui
