#include "dhcp/rogueserverbanner.h"

#include "common/logging.h"
#include "platform/netplatform.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace ztp::ui {

RogueServerBanner::RogueServerBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("rogueServerBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // Fixed colours, not the palette: the warning must stand out in every theme.
    setStyleSheet(QStringLiteral("#rogueServerBanner { background: #b71c1c; border: none; }"
                                 "#rogueServerBanner QLabel { color: white; }"));

    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("rogueServerText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *dismiss = new QToolButton(this);
    dismiss->setObjectName(QStringLiteral("rogueServerDismiss"));
    //: Closes the rogue DHCP server warning bar.
    dismiss->setText(tr("Dismiss"));
    connect(dismiss, &QToolButton::clicked, this, &RogueServerBanner::clear);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(dismiss, 0, Qt::AlignTop);
    hide();
}

QString RogueServerBanner::text() const
{
    return m_label->text();
}

void RogueServerBanner::addServer(const QString &interfaceName, const QHostAddress &server,
    const QByteArray &serverMac, const QHostAddress &offeredAddress)
{
    const QString mac = serverMac.isEmpty() ? tr("unknown MAC") : platform::formatMac(serverMac);
    const QString line = tr("%1 (MAC %2) answers on %3 and offered %4.")
                             .arg(server.toString(), mac, interfaceName, offeredAddress.toString());

    const QString key = server.toString();
    const qsizetype index = m_serverKeys.indexOf(key);
    if (index >= 0) {
        m_serverLines[index] = line;
    } else {
        m_serverKeys.append(key);
        m_serverLines.append(line);
        qCWarning(lcDhcp).noquote()
            << "showing the rogue DHCP server warning for" << key << mac << "on" << interfaceName;
    }
    updateText();
    show();
}

void RogueServerBanner::clear()
{
    m_serverKeys.clear();
    m_serverLines.clear();
    m_label->clear();
    hide();
}

void RogueServerBanner::updateText()
{
    const QString heading = m_serverKeys.size() == 1
        ? tr("Another DHCP server is on the bench network!")
        : tr("%1 other DHCP servers are on the bench network!").arg(m_serverKeys.size());
    m_label->setText(heading + QLatin1Char('\n') + m_serverLines.join(QLatin1Char('\n'))
        + QLatin1Char('\n')
        + tr("Devices may take their address from it and miss their "
             "configuration. Disconnect it or move the bench to its own segment."));
}

} // namespace ztp::ui
