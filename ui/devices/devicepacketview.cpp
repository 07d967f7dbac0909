#include "devices/devicepacketview.h"

#include "devices/packetdescription.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ztp::ui {

namespace {

// Item data: the exchange's event details on list rows, the message octets on field rows.
constexpr int DetailsRole = Qt::UserRole + 1;
constexpr int BytesRole = Qt::UserRole + 2;

QByteArray bytesOf(const QJsonObject &details, const char *key)
{
    return QByteArray::fromHex(details.value(QLatin1String(key)).toString().toLatin1());
}

} // namespace

DevicePacketView::DevicePacketView(QWidget *parent)
    : QWidget(parent)
    , m_exchanges(new QTreeWidget)
    , m_fields(new QTreeWidget)
    , m_hex(new QPlainTextEdit)
{
    m_exchanges->setObjectName(QStringLiteral("exchangeList"));
    m_exchanges->setRootIsDecorated(false);
    m_exchanges->setUniformRowHeights(true);
    m_exchanges->setHeaderLabels({tr("Time"), tr("Request"), tr("Reply"), tr("Profile or rule")});
    m_exchanges->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_fields->setObjectName(QStringLiteral("fieldTree"));
    m_fields->setHeaderLabels({tr("Field or option"), tr("Value")});
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->header()->setStretchLastSection(true);
    m_fields->setUniformRowHeights(true);

    m_hex->setObjectName(QStringLiteral("packetHexView"));
    m_hex->setReadOnly(true);
    m_hex->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_hex->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hex->setPlaceholderText(tr("Select a message or one of its fields to see its octets."));

    // Stacked, because the panel beside the device table is narrower than it is tall.
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_exchanges);
    splitter->addWidget(m_fields);
    splitter->addWidget(m_hex);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_exchanges, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { showExchange(current); });
    connect(m_fields, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { showHexOf(current); });
}

void DevicePacketView::clear()
{
    m_exchanges->clear();
    m_fields->clear();
    m_hex->clear();
}

bool DevicePacketView::addEvent(const storage::HistoryEvent &event)
{
    if (!event.kind.startsWith(QLatin1String("dhcp.")))
        return false;
    const QJsonObject &details = event.details;
    if (!details.contains(QStringLiteral("requestBytes")) && !details.contains(QStringLiteral("replyBytes")))
        return false;

    const QString reply = details.value(QStringLiteral("reply")).toString();
    auto *item = new QTreeWidgetItem(m_exchanges);
    item->setText(0, QLocale().toString(event.time.toLocalTime(), QStringLiteral("HH:mm:ss.zzz")));
    item->setToolTip(0, QLocale().toString(event.time.toLocalTime(), QLocale::LongFormat));
    item->setText(1, details.value(QStringLiteral("request")).toString());
    //: no DHCP reply was sent to this request
    item->setText(2, reply.isEmpty() ? tr("none") : reply);
    item->setText(3, details.value(QStringLiteral("profile")).toString());
    item->setData(0, DetailsRole, details.toVariantMap());
    const QString note = details.value(QStringLiteral("note")).toString();
    if (!note.isEmpty())
        item->setToolTip(2, note);
    return true;
}

int DevicePacketView::exchangeCount() const
{
    return m_exchanges->topLevelItemCount();
}

void DevicePacketView::selectExchange(int index)
{
    if (QTreeWidgetItem *item = m_exchanges->topLevelItem(index))
        m_exchanges->setCurrentItem(item);
}

void DevicePacketView::showExchange(QTreeWidgetItem *item)
{
    m_fields->clear();
    m_hex->clear();
    if (!item)
        return;

    const QJsonObject details = QJsonObject::fromVariantMap(item->data(0, DetailsRole).toMap());
    const QString profile = details.value(QStringLiteral("profile")).toString();
    new QTreeWidgetItem(m_fields, {tr("Matched profile or rule"), profile.isEmpty() ? tr("none") : profile});
    const QString note = details.value(QStringLiteral("note")).toString();
    if (!note.isEmpty())
        new QTreeWidgetItem(m_fields, {tr("Note"), note});

    QTreeWidgetItem *request = addMessage(details.value(QStringLiteral("request")).toString(),
                                          bytesOf(details, "requestBytes"));
    request->setToolTip(0, tr("The request as decoded and encoded again: the same fields and options, "
                              "though padding and option splitting may differ from the datagram."));
    const QByteArray reply = bytesOf(details, "replyBytes");
    if (reply.isEmpty()) {
        //: Field name and value in the decoded packet view: the server sent no DHCP reply.
        new QTreeWidgetItem(m_fields, {tr("Reply"), tr("none sent")});
    } else {
        QTreeWidgetItem *sent = addMessage(details.value(QStringLiteral("reply")).toString(), reply);
        sent->setToolTip(0, tr("The reply exactly as sent."));
    }
    m_fields->expandAll();
    m_fields->setCurrentItem(request);
}

QTreeWidgetItem *DevicePacketView::addMessage(const QString &title, const QByteArray &bytes)
{
    auto *message = new QTreeWidgetItem(m_fields, {title, tr("%n octets", nullptr, int(bytes.size()))});
    message->setData(0, BytesRole, bytes);
    QFont bold = message->font(0);
    bold.setBold(true);
    message->setFont(0, bold);
    if (bytes.isEmpty())
        return message;

    const Result<devices::PacketDescription> description = devices::describeDhcpPacket(bytes);
    if (!description) {
        new QTreeWidgetItem(message, {tr("Not decodable"), description.errorString()});
        return message;
    }
    for (const devices::PacketField &field : description->fields) {
        const QString name = field.code < 0 ? field.name : QStringLiteral("%1  %2").arg(field.code, 3).arg(field.name);
        auto *row = new QTreeWidgetItem(message, {name, field.value});
        row->setToolTip(1, field.value);
        row->setData(0, BytesRole, field.code < 0 ? bytes : field.raw);
    }
    return message;
}

void DevicePacketView::showHexOf(QTreeWidgetItem *item)
{
    if (!item) {
        m_hex->clear();
        return;
    }
    m_hex->setPlainText(hexDump(item->data(0, BytesRole).toByteArray()));
}

QString DevicePacketView::hexDump(const QByteArray &data)
{
    QStringList lines;
    for (qsizetype offset = 0; offset < data.size(); offset += 16) {
        const QByteArray chunk = data.mid(offset, 16);
        QString hex = QString::fromLatin1(chunk.toHex(' '));
        QString printable;
        for (const char octet : chunk)
            printable += octet >= 0x20 && octet < 0x7f ? QLatin1Char(octet) : QLatin1Char('.');
        lines.append(QStringLiteral("%1  %2  %3").arg(offset, 4, 16, QLatin1Char('0')).arg(hex, -47).arg(printable));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ztp::ui
