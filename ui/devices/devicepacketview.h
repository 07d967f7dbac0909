#pragma once

#include "storage/historyevent.h"

#include <QWidget>

class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace ztp::ui {

// The DHCP exchanges of one device, decoded. The list shows one row per exchange (time,
// request, reply, matched profile). Below it are the request and the reply of the selected row,
// as named header fields and options with decoded values, and below those a hex dump of the
// message or option that is selected. The exchanges come from history events whose details carry
// "requestBytes" and "replyBytes" (BenchService::applyExchange writes them).
class DevicePacketView : public QWidget
{
    Q_OBJECT

public:
    explicit DevicePacketView(QWidget *parent = nullptr);

    void clear();
    // Adds the exchange of a DHCP event; other events are ignored. Returns true when added.
    bool addEvent(const storage::HistoryEvent &event);
    int exchangeCount() const;
    // Selects one exchange (0 is the oldest) and shows it decoded.
    void selectExchange(int index);

    QTreeWidget *exchangeList() const { return m_exchanges; }
    QTreeWidget *fieldTree() const { return m_fields; }
    QPlainTextEdit *hexView() const { return m_hex; }

    // A classic hex dump: offset, 16 octets in hex, and the printable ones beside them.
    static QString hexDump(const QByteArray &data);

private:
    void showExchange(QTreeWidgetItem *item);
    QTreeWidgetItem *addMessage(const QString &title, const QByteArray &bytes);
    void showHexOf(QTreeWidgetItem *item);

    QTreeWidget *m_exchanges;
    QTreeWidget *m_fields;
    QPlainTextEdit *m_hex;
};

} // namespace ztp::ui
