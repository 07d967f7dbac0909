// Helper process for tst_historydurability: writes to a history or holds its instance lock, so
// the test can kill it with SIGKILL or compete with it from another process.
//   historyhelper write PATH COUNT   appends COUNT events through HistoryWriter and prints
//                                    "committed ID SUMMARY" for each after its COMMIT
//   historyhelper lock PATH          takes the instance lock PATH, prints "locked", then waits
//                                    up to 60 s for the test to kill it
//   historyhelper leases PATH COUNT  binds COUNT leases in batches of 16 through a LeaseTable
//                                    on a LeaseJournal, as the DHCP server does, and prints
//                                    "bound ADDRESS MAC" for each once commitBatch() returned,
//                                    where the server would send its ACKs

#include "dhcp/leasetable.h"
#include "storage/historydatabase.h"
#include "storage/historywriter.h"
#include "storage/instancelock.h"
#include "storage/leasejournal.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace ztp;

namespace {

int writeEvents(const QString &path, int count)
{
    storage::HistoryWriter writer;
    QObject::connect(&writer, &storage::HistoryWriter::eventsWritten, &writer,
                     [](const QList<storage::HistoryEvent> &events) {
                         for (const auto &event : events)
                             std::printf("committed %lld %s\n", event.id, qPrintable(event.summary));
                         std::fflush(stdout);
                     },
                     Qt::DirectConnection);
    if (const Status status = writer.start(path); !status) {
        std::fprintf(stderr, "%s\n", qPrintable(status.errorString()));
        return 1;
    }

    for (int i = 0; i < count; ++i) {
        storage::HistoryEvent event;
        event.kind = QStringLiteral("dhcp.discover");
        event.deviceKey = QStringLiteral("00:1c:73:00:%1:%2")
                              .arg((i / 256) % 256, 2, 16, QLatin1Char('0'))
                              .arg(i % 256, 2, 16, QLatin1Char('0'));
        event.summary = QStringLiteral("event-%1").arg(i);
        writer.append(event);
        // Bursts of 20 with a short pause: many small transactions, as in a DHCP storm.
        if (i % 20 == 19)
            QThread::msleep(2);
    }
    writer.waitForWritten(std::chrono::seconds(60));
    std::printf("done\n");
    return 0;
}

int bindLeases(const QString &path, int count)
{
    storage::HistoryDatabase history;
    storage::HistoryWriter writer;
    Status status = history.open(path);
    if (status)
        status = writer.start(path);
    if (!status) {
        std::fprintf(stderr, "%s\n", qPrintable(status.errorString()));
        return 1;
    }

    storage::LeaseJournal journal(&history, &writer);
    const QHostAddress first(QStringLiteral("10.20.0.1"));
    dhcp::LeaseTable leases(first, QHostAddress(first.toIPv4Address() + 65000), {}, &journal);
    leases.load();

    for (int i = 0; i < count;) {
        QList<dhcp::Lease> batch;
        leases.beginBatch();
        for (int j = 0; j < 16 && i < count; ++j, ++i) {
            const QByteArray mac = QByteArray::fromHex("02aa00000000");
            QByteArray client = mac;
            client[3] = char(i >> 16);
            client[4] = char(i >> 8);
            client[5] = char(i);
            const auto address = leases.chooseAddress(dhcp::clientKeyFor(client, {}), std::nullopt);
            if (!address) {
                std::fprintf(stderr, "pool exhausted\n");
                return 1;
            }
            batch.append(leases.bind(*address, client, {}, QString(), std::chrono::hours(1)));
        }
        leases.commitBatch();
        for (const dhcp::Lease &lease : std::as_const(batch))
            std::printf("bound %s %s\n", qPrintable(lease.address.toString()),
                        lease.mac.toHex().constData());
        std::fflush(stdout);
        QThread::usleep(200);
    }
    std::printf("done\n");
    std::fflush(stdout);
    QThread::sleep(60);
    return 0;
}

int holdLock(const QString &path)
{
    storage::InstanceLock lock;
    if (const Status status = lock.acquire(path); !status) {
        std::fprintf(stderr, "%s\n", qPrintable(status.errorString()));
        return 1;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    QThread::sleep(60);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("write"))
        return writeEvents(arguments.at(2), arguments.at(3).toInt());
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("lock"))
        return holdLock(arguments.at(2));
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("leases"))
        return bindLeases(arguments.at(2), arguments.at(3).toInt());
    std::fprintf(stderr, "usage: historyhelper write PATH COUNT | lock PATH | leases PATH COUNT\n");
    return 2;
}
