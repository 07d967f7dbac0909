// The device detail panel, the transfer progress delegate and the rule and position dialogs on
// Qt's offscreen platform, against a BenchService on a workspace in a temporary folder.

#include "bench/benchservice.h"
#include "devices/assignmentrulesdialog.h"
#include "devices/benchpositionsdialog.h"
#include "devices/devicedetailpanel.h"
#include "devices/devicepacketview.h"
#include "devices/transferprogressdelegate.h"
#include "devicetablemodel.h"
#include "platform/netplatform.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ztp;

namespace {

const QString kMac = QStringLiteral("00:1c:73:1a:2b:3c");

dhcp::DhcpExchange exchange(dhcp::MessageType requestType, dhcp::MessageType replyType, const QDateTime &time)
{
    dhcp::DhcpPacket request;
    request.xid = 0x3903f326;
    request.chaddr = platform::parseMac(kMac) + QByteArray(10, '\0');
    request.options.set(dhcp::OptionCode::MessageType, QByteArray(1, char(requestType)));
    request.options.set(dhcp::OptionCode::VendorClassIdentifier, "Arista;DCS-7050SX3;01.00;JPE12345678");
    request.options.set(dhcp::OptionCode::ParameterRequestList, QByteArray("\x01\x03\x43", 3));

    dhcp::DhcpPacket reply;
    reply.op = dhcp::BootOp::Reply;
    reply.xid = request.xid;
    reply.chaddr = request.chaddr;
    reply.yiaddr = QHostAddress(QStringLiteral("10.0.0.23"));
    reply.options.set(dhcp::OptionCode::MessageType, QByteArray(1, char(replyType)));
    reply.options.set(dhcp::OptionCode::BootfileName, "http://10.0.0.1/ztp/self/config");

    dhcp::DhcpExchange result;
    result.time = time;
    result.requestType = requestType;
    result.replyType = replyType;
    result.mac = platform::parseMac(kMac);
    result.address = reply.yiaddr;
    result.xid = request.xid;
    result.profile = QStringLiteral("arista");
    result.request = request;
    result.replyBytes = dhcp::encodePacket(reply);
    return result;
}

// The field whose name starts with `prefix`, searched from the last message (the reply) up.
QTreeWidgetItem *findField(QTreeWidget *tree, const QString &prefix)
{
    for (int top = tree->topLevelItemCount() - 1; top >= 0; --top) {
        QTreeWidgetItem *message = tree->topLevelItem(top);
        for (int child = 0; child < message->childCount(); ++child) {
            if (message->child(child)->text(0).trimmed().startsWith(prefix))
                return message->child(child);
        }
    }
    return nullptr;
}

QStringList columnTexts(QTreeWidget *tree, int column)
{
    QStringList texts;
    for (int row = 0; row < tree->topLevelItemCount(); ++row)
        texts.append(tree->topLevelItem(row)->text(column));
    return texts;
}

} // namespace

class DeviceDetailPanelTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void panelShowsTimelineAndPackets();
    void panelFollowsNewEvents();
    void panelFollowsTableSelection();
    void progressLabelFormat();
    void delegatePaintsBar();
    void rulesDialogSavesRules();
    void positionsDialogSavesMapping();

private:
    QTemporaryDir *m_directory = nullptr;
    bench::BenchService *m_bench = nullptr;
    QDateTime m_start;
};

void DeviceDetailPanelTest::init()
{
    m_directory = new QTemporaryDir;
    QVERIFY(workspace::Workspace::init(m_directory->path()).ok());
    m_bench = new bench::BenchService;
    QVERIFY(m_bench->openWorkspace(m_directory->path()).ok());
    m_start = QDateTime::currentDateTimeUtc().addSecs(-60);
}

void DeviceDetailPanelTest::cleanup()
{
    delete m_bench;
    m_bench = nullptr;
    delete m_directory;
    m_directory = nullptr;
}

void DeviceDetailPanelTest::panelShowsTimelineAndPackets()
{
    m_bench->applyExchange(exchange(dhcp::MessageType::Discover, dhcp::MessageType::Offer, m_start));
    m_bench->applyExchange(exchange(dhcp::MessageType::Request, dhcp::MessageType::Ack, m_start.addSecs(1)));

    ui::DeviceDetailPanel panel(m_bench);
    panel.resize(900, 600);
    panel.show();
    panel.showDevice(platform::parseMac(kMac));
    QCOMPARE(panel.currentMac(), platform::parseMac(kMac));

    // Timeline: the record's state changes and both history events.
    const QStringList events = columnTexts(panel.timelineTree(), 2);
    QVERIFY2(events.filter(QStringLiteral("DISCOVER from")).size() == 1, qPrintable(events.join(QLatin1Char('\n'))));
    QVERIFY2(events.filter(QStringLiteral("REQUEST from")).size() == 1, qPrintable(events.join(QLatin1Char('\n'))));
    QVERIFY(columnTexts(panel.timelineTree(), 1).contains(QStringLiteral("Leased")));

    // Packets: two exchanges, the newest selected and decoded.
    ui::DevicePacketView *packets = panel.packetView();
    QCOMPARE(packets->exchangeCount(), 2);
    QCOMPARE(packets->exchangeList()->currentItem()->text(1), QStringLiteral("REQUEST"));
    QCOMPARE(packets->exchangeList()->currentItem()->text(2), QStringLiteral("ACK"));
    QCOMPARE(packets->exchangeList()->currentItem()->text(3), QStringLiteral("arista"));

    QTreeWidgetItem *vendorClass = findField(packets->fieldTree(), QStringLiteral("60"));
    QVERIFY(vendorClass);
    QCOMPARE(vendorClass->text(0), QStringLiteral(" 60  Vendor class identifier"));
    QVERIFY(vendorClass->text(1).contains(QStringLiteral("JPE12345678")));
    QTreeWidgetItem *bootfile = findField(packets->fieldTree(), QStringLiteral("67"));
    QVERIFY(bootfile);
    QVERIFY(bootfile->text(1).contains(QStringLiteral("http://10.0.0.1/ztp/self/config")));
    QTreeWidgetItem *yiaddr = findField(packets->fieldTree(), QStringLiteral("yiaddr"));
    QVERIFY(yiaddr);
    QCOMPARE(yiaddr->text(1), QStringLiteral("10.0.0.23"));

    // Hex view of the reply: BOOTREPLY (02), Ethernet (01), 6-octet address (06), 0 hops.
    packets->fieldTree()->setCurrentItem(packets->fieldTree()->topLevelItem(packets->fieldTree()->topLevelItemCount() - 1));
    const QString hex = packets->hexView()->toPlainText();
    QVERIFY2(hex.startsWith(QStringLiteral("0000  02 01 06 00 39 03 f3 26")), qPrintable(hex.left(80)));

    // Identity: the serial from option 60, with its evidence.
    const QStringList kinds = columnTexts(panel.identityTree(), 0);
    const int serialRow = int(kinds.indexOf(QStringLiteral("Serial number")));
    QVERIFY(serialRow >= 0);
    QCOMPARE(panel.identityTree()->topLevelItem(serialRow)->text(1), QStringLiteral("JPE12345678"));
    QCOMPARE(panel.identityTree()->topLevelItem(serialRow)->text(2), QStringLiteral("DHCP"));
}

void DeviceDetailPanelTest::panelFollowsNewEvents()
{
    m_bench->applyExchange(exchange(dhcp::MessageType::Discover, dhcp::MessageType::Offer, m_start));
    ui::DeviceDetailPanel panel(m_bench);
    panel.showDevice(platform::parseMac(kMac));
    QCOMPARE(panel.packetView()->exchangeCount(), 1);
    const int rows = panel.timelineTree()->topLevelItemCount();

    m_bench->applyExchange(exchange(dhcp::MessageType::Request, dhcp::MessageType::Ack, m_start.addSecs(1)));
    QCOMPARE(panel.packetView()->exchangeCount(), 2);
    QVERIFY(panel.timelineTree()->topLevelItemCount() > rows);
    QVERIFY(columnTexts(panel.timelineTree(), 1).contains(QStringLiteral("Leased")));

    // A forgotten device empties the panel.
    QVERIFY(m_bench->forgetDevice(platform::parseMac(kMac)));
    QVERIFY(panel.currentMac().isEmpty());
    QCOMPARE(panel.packetView()->exchangeCount(), 0);
}

void DeviceDetailPanelTest::panelFollowsTableSelection()
{
    m_bench->applyExchange(exchange(dhcp::MessageType::Discover, dhcp::MessageType::Offer, m_start));
    models::DeviceTableModel model(m_bench->devices());
    QTableView view;
    view.setModel(&model);
    ui::DeviceDetailPanel panel(m_bench);
    panel.attachView(&view);
    QVERIFY(panel.currentMac().isEmpty());

    view.setCurrentIndex(model.index(0, 0));
    QCOMPARE(panel.currentMac(), platform::parseMac(kMac));
}

void DeviceDetailPanelTest::progressLabelFormat()
{
    QLocale::setDefault(QLocale::c());
    QCOMPARE(ui::TransferProgressDelegate::progressLabel(42.7, 3.1 * 1024 * 1024), QStringLiteral("42 %  3.1 MiB/s"));
    QCOMPARE(ui::TransferProgressDelegate::progressLabel(100, 512), QStringLiteral("100 %  512 bytes/s"));
}

void DeviceDetailPanelTest::delegatePaintsBar()
{
    devices::Device device;
    device.mac = platform::parseMac(kMac);
    device.transfer = {QStringLiteral("EOS.swi"), 50 * 1024 * 1024, 100 * 1024 * 1024, 3.1 * 1024 * 1024};
    m_bench->devices()->upsert(device);
    models::DeviceTableModel model(m_bench->devices());
    const QModelIndex index = model.index(0, models::DeviceTableModel::ProgressColumn);

    QTableView view;
    view.setModel(&model);
    ui::TransferProgressDelegate delegate;
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.rect = QRect(0, 0, 200, 24);
    option.state = QStyle::State_Enabled;

    QImage image(200, 24, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    painter.end();

    // The filled half of the bar differs from the empty half; the row's middle line is sampled
    // away from the centred label.
    const QColor filled = image.pixelColor(12, 12);
    const QColor empty = image.pixelColor(188, 12);
    QVERIFY2(filled != empty, qPrintable(QStringLiteral("%1 vs %2").arg(filled.name(), empty.name())));
    QCOMPARE(image.pixelColor(12, 12), image.pixelColor(40, 12));

    // Without a transfer the cell is painted as text, with no bar.
    device.transfer = {};
    m_bench->devices()->upsert(device);
    image.fill(Qt::white);
    painter.begin(&image);
    delegate.paint(&painter, option, index);
    painter.end();
    QCOMPARE(image.pixelColor(12, 12), QColor(Qt::white));
}

void DeviceDetailPanelTest::rulesDialogSavesRules()
{
    m_bench->applyExchange(exchange(dhcp::MessageType::Discover, dhcp::MessageType::Offer, m_start));

    ui::AssignmentRulesDialog dialog(m_bench);
    QCOMPARE(dialog.table()->rowCount(), 0);
    devices::AssignmentRule rule;
    rule.field = devices::RuleField::Serial;
    rule.pattern = QStringLiteral("JPE*");
    rule.templateName = QStringLiteral("arista.j2");
    dialog.addRule(rule);
    auto *field = qobject_cast<QComboBox *>(dialog.table()->cellWidget(0, ui::AssignmentRulesDialog::FieldColumn));
    QVERIFY(field);
    QCOMPARE(field->currentData().toString(), QStringLiteral("serial"));

    // An incomplete row keeps the dialog open and saves nothing.
    dialog.addRule({});
    QVERIFY(!dialog.rules().ok());
    QVERIFY(dialog.rules().errorString().contains(QStringLiteral("Rule 2")));
    dialog.table()->removeRow(1);

    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(QFile::exists(m_bench->workspace()->assignmentRulesPath()));
    QCOMPARE(m_bench->assignmentRules().rules().size(), 1);
    QCOMPARE(m_bench->devices()->at(0).templateName, QStringLiteral("arista.j2"));

    ui::AssignmentRulesDialog reopened(m_bench);
    QCOMPARE(reopened.table()->rowCount(), 1);
    QCOMPARE(reopened.table()->item(0, ui::AssignmentRulesDialog::PatternColumn)->text(), QStringLiteral("JPE*"));
}

void DeviceDetailPanelTest::positionsDialogSavesMapping()
{
    ui::BenchPositionsDialog dialog(m_bench);
    dialog.addPosition(QStringLiteral("Gi1/0/7"), QStringLiteral("rack A, slot 3"));
    dialog.addPosition(QStringLiteral("Gi1/0/9"), QString()); // unnamed rows are not saved
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_bench->benchPositions().size(), 1);
    QCOMPARE(m_bench->benchPositions().value(QStringLiteral("Gi1/0/7")), QStringLiteral("rack A, slot 3"));
    QVERIFY(QFile::exists(m_bench->workspace()->benchPositionsPath()));

    ui::BenchPositionsDialog duplicate(m_bench);
    QCOMPARE(duplicate.table()->rowCount(), 1);
    duplicate.addPosition(QStringLiteral("Gi1/0/7"), QStringLiteral("rack B"));
    QVERIFY(!duplicate.positions().ok());
    QVERIFY(duplicate.positions().errorString().contains(QStringLiteral("listed twice")));
}

QTEST_MAIN(DeviceDetailPanelTest)
#include "tst_devicedetailpanel.moc"
