// Helper process for tst_historydurability: writes to a history or holds its instance lock, so
// the test can kill it with SIGKILL or compete with it from another process.
//   historyhelper write PATH COUNT   appends COUNT events through HistoryWriter and prints
//                                    "committed ID SUMMARY" for each after its COMMIT
//   historyhelper lock PATH          takes the instance lock PATH, prints "locked", then waits
//                                    up to 60 s for the test to kill it

#include "storage/historywriter.h"
#include "storage/instancelock.h"

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
    std::fprintf(stderr, "usage: historyhelper write PATH COUNT | lock PATH\n");
    return 2;
}
