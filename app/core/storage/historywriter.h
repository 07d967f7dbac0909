#pragma once

#include "common/result.h"
#include "devices/device.h"
#include "dhcp/leasetable.h"
#include "storage/historyevent.h"

#include <QList>
#include <QObject>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <thread>

namespace ztp::storage {

// Writes events and device records to the history on a thread of its own, with its own SQLite
// connection, so append() and saveDevice() never wait for the disk or for a lock held by
// another program. Items queued together are written in one transaction. A locked database is
// retried with a growing pause and reported through writeDelayed(), and nothing is dropped
// while the writer runs. stop() drains the queue and gives up only after the given time.
// Leases reach the DHCP server's journal (LeaseJournal) before the ACK leaves, and saveLeases()
// here only folds journal records into the leases table.
class HistoryWriter : public QObject
{
    Q_OBJECT

public:
    // The maximum number of records kept waiting in memory (about 2.5 KiB each for a DHCP exchange). At the
    // limit append() waits until the writer has taken the next batch, so a storm that outlasts
    // the writer slows the servers to the writer's pace instead of filling the laptop's memory.
    static constexpr qsizetype MaxBacklog = 50000;

    explicit HistoryWriter(QObject *parent = nullptr);
    ~HistoryWriter() override;
    HistoryWriter(const HistoryWriter &) = delete;
    HistoryWriter &operator=(const HistoryWriter &) = delete;

    // Opens the history on the writer thread; returns once it is open or has failed.
    Status start(const QString &path);
    // Writes what is queued, then closes the connection. Items still unwritten after `drainTimeout`
    // are logged as lost with their count.
    void stop(std::chrono::milliseconds drainTimeout = std::chrono::seconds(30));
    bool isRunning() const;

    // Thread-safe; returns at once unless MaxBacklog records already wait (see the .cpp).
    void append(const HistoryEvent &event);
    void append(HistoryEvent &&event);
    void saveDevice(const devices::Device &device);
    // Deletes the device's record and events (HistoryDatabase::forgetDevices) after everything
    // queued before this call is written, so a queued save cannot bring the record back.
    void forgetDevice(const QString &deviceKey);
    // Stores the leases and deletes the rows of `removed` in one transaction, in queue order
    // with the other items, then calls `committed` on the writer thread.
    void saveLeases(const QList<dhcp::Lease> &leases, const QList<QHostAddress> &removed,
                    std::function<void()> committed);

    // Waits until everything queued so far is committed; false on timeout.
    bool waitForWritten(std::chrono::milliseconds timeout);
    qsizetype pendingCount() const;

signals:
    // Emitted on the writer thread right after COMMIT, with the ids set.
    void eventsWritten(const QList<ztp::storage::HistoryEvent> &events);
    // The database stays locked by another connection or a write failed; `message` is for the
    // technician. Writes go on being retried.
    void writeDelayed(const QString &message);
    void writeResumed();

private:
    struct LeaseFold
    {
        QList<dhcp::Lease> leases;
        QList<QHostAddress> removed;
        std::function<void()> committed;
    };

    struct Item
    {
        std::optional<HistoryEvent> event;
        std::optional<devices::Device> device;
        QString forgetKey; // a forget request, written in a batch of its own
        std::optional<LeaseFold> leases;
    };

    void enqueue(Item &&item);
    void run(const QString &path, std::promise<Status> opened);
    bool writeBatch(class HistoryDatabase &history, std::deque<Item> &batch);
    bool writeLeaseFold(class HistoryDatabase &history, LeaseFold &fold);

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::condition_variable m_room; // the backlog fell under MaxBacklog
    std::deque<Item> m_queue;
    qsizetype m_inFlight = 0;
    bool m_stopping = false;
    std::chrono::steady_clock::time_point m_stopDeadline;
    std::thread m_thread;
    std::thread::id m_writerId; // set while run() works, under m_mutex
    bool m_backlogWarned = false; // logged once per storm
};

} // namespace ztp::storage
