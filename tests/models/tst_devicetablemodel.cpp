#include "devices/deviceregistry.h"
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

QTEST_GUILESS_MAIN(DeviceTableModelTest)
#include "tst_devicetablemodel.moc"
