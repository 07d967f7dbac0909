// Applies 10,000 devices x 10 events to the device table as a bench boot would: sightings
// through the merge rules, state changes and transfer progress, into a DeviceTableModel with
// 50 ms batches behind a sorting, filtering proxy. Prints events per second and the longest
// event-loop stall, measured by a 5 ms timer that records the largest gap between its ticks,
// twice: in wall-clock time, and in CPU time of the GUI thread. On a loaded machine the
// wall-clock gap includes time the scheduler gave to other processes. The CPU-time gap is the
// work this program did without returning to the event loop, so the target applies to it. The
// load average is printed too.
//
// Usage: bench_devicemodel [DEVICES] [EVENTS_PER_CHUNK] [PROXY]
//   defaults 10000, 500 and "sorted-filtered"; PROXY "plain" leaves the proxy unsorted and
//   unfiltered, to tell the cost of the proxy from the cost of the model.
// Target: no stall over 50 ms.

#include "devicefilterproxymodel.h"
#include "devicetablemodel.h"
#include "devices/devicemerger.h"
#include "devices/deviceregistry.h"
#include "devices/sightings.h"

#include <QCoreApplication>
#include <QFile>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

using namespace ztp;

namespace {

constexpr int EventsPerDevice = 10;

qint64 threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray("unknown");
}

QByteArray macFor(int device)
{
    QByteArray mac = QByteArray::fromHex("0c29ef000000");
    mac[3] = char((device >> 16) & 0xff);
    mac[4] = char((device >> 8) & 0xff);
    mac[5] = char(device & 0xff);
    return mac;
}

// Event `step` of device `device`: DISCOVER, OFFER-time REQUEST, ACK, HTTP headers, four
// transfer progress updates, configuration sent, done.
void applyEvent(devices::DeviceMerger &merger, devices::DeviceRegistry &registry, int device, int step,
                const QDateTime &time)
{
    devices::Sighting sighting;
    sighting.evidence = {devices::EvidenceSource::Dhcp, time, QStringLiteral("DISCOVER xid %1").arg(device)};
    sighting.mac = macFor(device);
    const QHostAddress address(quint32(0x0a000000 + device + 10));

    switch (step) {
    case 0:
    case 1:
        sighting.clientId = QByteArray(1, '\0') + QByteArray("FJC") + QByteArray::number(device);
        merger.apply(sighting);
        return;
    case 2:
        sighting.leasedAddress = address;
        merger.apply(sighting);
        return;
    case 3:
        sighting = devices::sightingFromHttpHeaders(address, {{"CUMULUS-SERIAL", QByteArray("MT") + QByteArray::number(device)}}, time);
        sighting.mac = macFor(device);
        merger.apply(sighting);
        return;
    default:
        break;
    }

    const int row = registry.indexOf(macFor(device));
    devices::Device record = registry.at(row);
    if (step < 8) {
        record.state = devices::DeviceState::Leased;
        record.transfer = {QStringLiteral("image.bin"), qint64(step - 3) * 4'000'000, 16'000'000, 2.5e6};
    } else if (step == 8) {
        record.transfer = {};
        devices::enterState(record, devices::DeviceState::ImageSent, QStringLiteral("image sent"), time);
    } else {
        devices::enterState(record, devices::DeviceState::ReportedDone, QStringLiteral("done"), time);
    }
    record.lastSeen = time;
    registry.upsert(record);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int deviceCount = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int chunk = argc > 2 ? QByteArray(argv[2]).toInt() : 500;
    if (deviceCount <= 0 || chunk <= 0) {
        QTextStream(stderr) << "usage: bench_devicemodel [DEVICES] [EVENTS_PER_CHUNK], both positive\n";
        return 2;
    }

    devices::DeviceRegistry registry;
    devices::DeviceMerger merger(&registry);
    models::DeviceTableModel model(&registry);
    model.setBatchInterval(std::chrono::milliseconds(50));
    models::DeviceFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    const QByteArray variant = argc > 3 ? QByteArray(argv[3]) : QByteArray("sorted-filtered");
    if (variant.contains("sorted"))
        proxy.sort(models::DeviceTableModel::StateColumn);
    if (variant.contains("filtered"))
        proxy.setSearchText(QStringLiteral("0c:29"));

    // Watchdog: the largest gap between 5 ms ticks is the longest time the loop could not run.
    QElapsedTimer sinceTick;
    qint64 longestStallMs = 0;
    qint64 longestCpuStallMs = 0;
    qint64 cpuAtTick = threadCpuMs();
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        longestStallMs = std::max(longestStallMs, sinceTick.restart());
        const qint64 cpu = threadCpuMs();
        longestCpuStallMs = std::max(longestCpuStallMs, cpu - cpuAtTick);
        cpuAtTick = cpu;
    });

    // Events interleave across devices, as when a rack boots at once: step by step for all.
    const qint64 total = qint64(deviceCount) * EventsPerDevice;
    qint64 applied = 0;
    QElapsedTimer elapsed;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    QTimer producer;
    QObject::connect(&producer, &QTimer::timeout, [&] {
        for (int i = 0; i < chunk && applied < total; ++i, ++applied) {
            const int step = int(applied / deviceCount);
            const int device = int(applied % deviceCount);
            applyEvent(merger, registry, device, step, start.addMSecs(applied));
        }
        if (applied >= total) {
            producer.stop();
            model.flush();
            const double seconds = double(elapsed.nsecsElapsed()) / 1e9;
            QTextStream(stdout) << "devices " << deviceCount << ", events " << total << ", rows "
                                << model.rowCount() << ", proxy rows " << proxy.rowCount() << '\n'
                                << "events per second " << qint64(double(total) / seconds) << '\n'
                                << "longest event-loop stall, CPU time " << longestCpuStallMs
                                << " ms (target 50 ms)\n"
                                << "longest event-loop stall, wall clock " << longestStallMs
                                << " ms (load average " << loadAverage() << ")\n";
            QCoreApplication::exit(longestCpuStallMs > 50 ? 1 : 0);
        }
    });

    elapsed.start();
    sinceTick.start();
    watchdog.start(5);
    producer.start(0);
    return app.exec();
}
