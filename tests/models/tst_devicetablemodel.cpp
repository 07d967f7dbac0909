#include "devices/deviceregistry.h"
#include "devicefilterproxymodel.h"
#include "devicetablemodel.h"
#include "eventlogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ztp;

namespace {

devices::Device makeDevice(int suffix, const char *ip)
{
    devices::Device device;
    device.mac = QByteArray::fromHex("001c730000") + QByteArray(1, char(suffix));
    device.hostname = QStringLiteral("sw-%1").arg(suffix);
    device.vendorClass = QStringLiteral("ciscopnp");
    device.ip = QHostAddress(QString::fromLatin1(ip));
    device.state = devices::DeviceState::Leased;
    device.firstSeen = QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
    device.lastSeen = device.firstSeen.addSecs(suffix);
    return device;
}

} // namespace

class DeviceTableModelTest : public QObject
{
    Q_OBJECT

private slots:
    void rowsFollowRegistry();
    void displayAndRawValues();
    void resetReplacesRows();
    void eventLogCapsRows();
    void batchAnnouncesOnce();
    void batchFlushesBeforeRemoval();
    void proxyFiltersAndSorts();
    void progressColumnValues();
};

void DeviceTableModelTest::rowsFollowRegistry()
{
    devices::DeviceRegistry registry;
    models::DeviceTableModel model(&registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    registry.upsert(makeDevice(1, "10.0.0.10"));
    registry.upsert(makeDevice(2, "10.0.0.11"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 2);

    devices::Device updated = makeDevice(1, "10.0.0.10");
    updated.state = devices::DeviceState::ConfigurationSent;
    registry.upsert(updated);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, models::DeviceTableModel::StateColumn).data().toString(),
             QStringLiteral("Configuration sent"));
}

void DeviceTableModelTest::displayAndRawValues()
{
    devices::DeviceRegistry registry;
    models::DeviceTableModel model(&registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    registry.upsert(makeDevice(7, "10.0.0.9"));

    QCOMPARE(model.index(0, models::DeviceTableModel::MacColumn).data().toString(),
             QStringLiteral("00:1c:73:00:00:07"));
    QCOMPARE(model.index(0, models::DeviceTableModel::HostnameColumn).data().toString(),
             QStringLiteral("sw-7"));
    QCOMPARE(model.index(0, models::DeviceTableModel::IpColumn).data().toString(),
             QStringLiteral("10.0.0.9"));
    // Addresses sort numerically through the raw role: 10.0.0.9 before 10.0.0.10.
    QCOMPARE(model.index(0, models::DeviceTableModel::IpColumn)
                 .data(models::DeviceTableModel::RawValueRole)
                 .toUInt(),
             QHostAddress(QStringLiteral("10.0.0.9")).toIPv4Address());
    QCOMPARE(model.headerData(models::DeviceTableModel::VendorClassColumn, Qt::Horizontal).toString(),
             QStringLiteral("Vendor class"));
    QVERIFY(model.index(0, models::DeviceTableModel::StateColumn).data(Qt::DecorationRole).isValid());
}

void DeviceTableModelTest::resetReplacesRows()
{
    devices::DeviceRegistry registry;
    models::DeviceTableModel model(&registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    registry.upsert(makeDevice(1, "10.0.0.10"));

    registry.reset({makeDevice(3, "10.0.0.12"), makeDevice(4, "10.0.0.13"), makeDevice(5, "10.0.0.14")});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(registry.indexOf(QByteArray::fromHex("001c7300000a")), -1);
    QCOMPARE(registry.indexOf(makeDevice(4, "10.0.0.13").mac), 1);
}

void DeviceTableModelTest::eventLogCapsRows()
{
    models::EventLogModel model(nullptr, 3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 5; ++i) {
        storage::HistoryEvent event;
        event.time = QDateTime::currentDateTimeUtc();
        event.kind = QStringLiteral("dhcp.discover");
        event.summary = QStringLiteral("event %1").arg(i);
        model.append(event);
    }
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, models::EventLogModel::SummaryColumn).data().toString(), QStringLiteral("event 2"));
    QCOMPARE(model.index(2, models::EventLogModel::SummaryColumn).data().toString(), QStringLiteral("event 4"));
}

void DeviceTableModelTest::batchAnnouncesOnce()
{
    devices::DeviceRegistry registry;
    models::DeviceTableModel model(&registry);
    model.setBatchInterval(std::chrono::milliseconds(20));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    for (int i = 1; i <= 50; ++i)
        registry.upsert(makeDevice(i, "10.0.0.10"));
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE(model.rowCount(), 50);
    QCOMPARE(inserted.count(), 1);

    // Changes to rows 2..4 and 10 become two ranges, each announced once however often it changed.
    for (int repeat = 0; repeat < 3; ++repeat) {
        for (int suffix : {3, 4, 5, 11}) {
            devices::Device device = makeDevice(suffix, "10.0.0.10");
            device.state = devices::DeviceState::ImageSent;
            registry.upsert(device);
        }
    }
    QCOMPARE(changed.count(), 0);
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 4);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 10);
}

void DeviceTableModelTest::batchFlushesBeforeRemoval()
{
    devices::DeviceRegistry registry;
    models::DeviceTableModel model(&registry);
    model.setBatchInterval(std::chrono::milliseconds(10000));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    registry.upsert(makeDevice(1, "10.0.0.10"));
    registry.upsert(makeDevice(2, "10.0.0.11"));
    QCOMPARE(model.rowCount(), 0);

    registry.remove(0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, models::DeviceTableModel::HostnameColumn).data().toString(), QStringLiteral("sw-2"));
}

void DeviceTableModelTest::proxyFiltersAndSorts()
{
    devices::DeviceRegistry registry;
    models::DeviceTableModel model(&registry);
    models::DeviceFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    registry.upsert(makeDevice(1, "10.0.0.10"));
    registry.upsert(makeDevice(2, "10.0.0.9"));
    devices::Device other = makeDevice(3, "10.0.0.100");
    other.vendorClass = QStringLiteral("Arista;DCS-7050S-64;01.23;JPE12345678");
    registry.upsert(other);

    proxy.sort(models::DeviceTableModel::IpColumn);
    QCOMPARE(proxy.index(0, models::DeviceTableModel::IpColumn).data().toString(), QStringLiteral("10.0.0.9"));
    QCOMPARE(proxy.index(2, models::DeviceTableModel::IpColumn).data().toString(), QStringLiteral("10.0.0.100"));

    proxy.setSearchText(QStringLiteral("arista"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QString());
    proxy.setColumnFilter(models::DeviceTableModel::HostnameColumn, QStringLiteral("SW-"));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setColumnFilter(models::DeviceTableModel::VendorClassColumn, QStringLiteral("cisco"));
    QCOMPARE(proxy.rowCount(), 2);

    // A live change that stops matching removes the row from the proxy.
    devices::Device changed = makeDevice(1, "10.0.0.10");
    changed.vendorClass = QStringLiteral("Juniper-ex2300-HV0001");
    registry.upsert(changed);
    QCOMPARE(proxy.rowCount(), 1);

    proxy.clearFilters();
    QCOMPARE(proxy.rowCount(), 3);
}

void DeviceTableModelTest::progressColumnValues()
{
    devices::DeviceRegistry registry;
    models::DeviceTableModel model(&registry);
    devices::Device device = makeDevice(1, "10.0.0.10");
    registry.upsert(device);
    const QModelIndex progress = model.index(0, models::DeviceTableModel::ProgressColumn);
    QCOMPARE(progress.data(models::DeviceTableModel::RawValueRole).toDouble(), -1.0);
    QVERIFY(progress.data().toString().isEmpty());

    device.transfer = {QStringLiteral("image.bin"), 512 * 1024, 1024 * 1024, 2.0 * 1024 * 1024};
    registry.upsert(device);
    QCOMPARE(progress.data(models::DeviceTableModel::RawValueRole).toDouble(), 50.0);
    QVERIFY2(progress.data().toString().startsWith(QLatin1String("50 %")), qPrintable(progress.data().toString()));
    QCOMPARE(progress.data(models::DeviceTableModel::ThroughputRole).toDouble(), 2.0 * 1024 * 1024);
}

QTEST_GUILESS_MAIN(DeviceTableModelTest)
#include "tst_devicetablemodel.moc"
