#include "devices/deviceactions.h"
#include "devices/deviceregistry.h"

#include <QSignalSpy>
#include <QTest>

using namespace ztp;
using namespace std::chrono_literals;

namespace {

const QDateTime t0(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);

devices::Device makeDevice(char last, devices::DeviceState state, const QDateTime &lastSeen)
{
    devices::Device device;
    device.mac = QByteArray::fromHex("001c731a2b00");
    device.mac[5] = last;
    device.state = state;
    device.firstSeen = t0;
    device.lastSeen = lastSeen;
    return device;
}

} // namespace

class DeviceActionsTest : public QObject
{
    Q_OBJECT

private slots:
    void stallAfterTimeout();
    void stallWatchUsesClock();
    void stateNamesRoundTrip();
    void reprovisionClearsProgress();
    void markDoneAndAssignTemplate();
    void forgetRemovesRow();
};

void DeviceActionsTest::stallAfterTimeout()
{
    devices::DeviceRegistry registry;
    registry.upsert(makeDevice(1, devices::DeviceState::Leased, t0));
    registry.upsert(makeDevice(2, devices::DeviceState::ImageSent, t0.addSecs(500)));
    registry.upsert(makeDevice(3, devices::DeviceState::ReportedDone, t0));
    registry.upsert(makeDevice(4, devices::DeviceState::Failed, t0));

    const QList<int> rows = devices::markStalledDevices(registry, t0.addSecs(601), 600s);
    QCOMPARE(rows, QList<int>({0}));
    QCOMPARE(registry.at(0).state, devices::DeviceState::Stalled);
    QCOMPARE(registry.at(0).timeline.last().state, devices::DeviceState::Stalled);
    QCOMPARE(registry.at(1).state, devices::DeviceState::ImageSent);
    QCOMPARE(registry.at(2).state, devices::DeviceState::ReportedDone);

    // A stalled device is not stalled again.
    QVERIFY(devices::markStalledDevices(registry, t0.addSecs(1200), 600s) == QList<int>({1}));
}

void DeviceActionsTest::stallWatchUsesClock()
{
    devices::DeviceRegistry registry;
    registry.upsert(makeDevice(1, devices::DeviceState::Discovered, t0));
    devices::StallWatch watch(&registry);
    watch.setTimeout(30s);
    QDateTime now = t0.addSecs(10);
    watch.setClock([&now] { return now; });
    QSignalSpy stalled(&watch, &devices::StallWatch::devicesStalled);

    QVERIFY(watch.check().isEmpty());
    now = t0.addSecs(31);
    QCOMPARE(watch.check(), QList<int>({0}));
    QCOMPARE(stalled.count(), 1);
}

void DeviceActionsTest::stateNamesRoundTrip()
{
    for (devices::DeviceState state :
         {devices::DeviceState::Discovered, devices::DeviceState::Leased,
          devices::DeviceState::ConfigurationSent, devices::DeviceState::ImageSent,
          devices::DeviceState::ReportedDone, devices::DeviceState::Failed,
          devices::DeviceState::Stalled}) {
        QCOMPARE(devices::deviceStateFromName(devices::deviceStateName(state)), state);
    }
    QCOMPARE(devices::deviceStateFromName(QStringLiteral("done")), std::nullopt);
}

void DeviceActionsTest::reprovisionClearsProgress()
{
    devices::Device device = makeDevice(1, devices::DeviceState::ConfigurationSent, t0);
    device.configSha256 = QStringLiteral("ab");
    device.ip = QHostAddress(QStringLiteral("10.0.0.7"));
    devices::reprovision(device, t0.addSecs(5));
    QCOMPARE(device.state, devices::DeviceState::Leased);
    QVERIFY(device.configSha256.isEmpty());
    QCOMPARE(device.timeline.last().summary, QStringLiteral("re-provision requested"));

    device.ip = QHostAddress();
    devices::reprovision(device, t0.addSecs(6));
    QCOMPARE(device.state, devices::DeviceState::Discovered);
}

void DeviceActionsTest::markDoneAndAssignTemplate()
{
    devices::Device device = makeDevice(1, devices::DeviceState::Stalled, t0);
    devices::markDone(device, t0.addSecs(1));
    QCOMPARE(device.state, devices::DeviceState::ReportedDone);

    devices::assignTemplate(device, QStringLiteral("leaf.j2"), t0.addSecs(2));
    QCOMPARE(device.templateName, QStringLiteral("leaf.j2"));
    QCOMPARE(device.state, devices::DeviceState::ReportedDone);
    QCOMPARE(device.timeline.size(), 2);
    QVERIFY(!device.timeline.last().state.has_value());
}

void DeviceActionsTest::forgetRemovesRow()
{
    devices::DeviceRegistry registry;
    registry.upsert(makeDevice(1, devices::DeviceState::Leased, t0));
    registry.upsert(makeDevice(2, devices::DeviceState::Leased, t0));
    QSignalSpy removed(&registry, &devices::DeviceRegistry::deviceRemoved);

    QVERIFY(devices::forget(registry, makeDevice(1, {}, t0).mac));
    QCOMPARE(registry.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(registry.indexOf(makeDevice(2, {}, t0).mac), 0);
    QVERIFY(!devices::forget(registry, makeDevice(9, {}, t0).mac));
}

QTEST_GUILESS_MAIN(DeviceActionsTest)
#include "tst_deviceactions.moc"
