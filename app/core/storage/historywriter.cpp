#include "storage/historywriter.h"

#include "common/logging.h"
#include "platform/netplatform.h"
#include "storage/historydatabase.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace ztp::storage {

namespace {

using namespace std::chrono_literals;

// The writer's connection waits this long inside SQLite before a locked database is reported,
// then the writer itself pauses and retries, so a lock held for minutes costs a few warnings
// and no data.
constexpr auto WriterBusyTimeout = 200ms;
constexpr auto FirstRetryPause = 50ms;
constexpr auto MaxRetryPause = 1000ms;
// Items per transaction: large enough to absorb a DHCP storm, small enough that one commit
// stays short for the lease writes on the other connection.
constexpr qsizetype MaxBatch = 500;
// After a commit the writer gathers what arrives for this long before the next transaction,
// unless a full batch is waiting. During a DHCP storm this turns hundreds of small commits a
// second, each with its own fsync and index page writes, into a few large ones. The replies
// do not wait for it, because leases go through the journal.
constexpr auto GroupCommitWindow = 20ms;
// A backlog this long (the writer runs at a lower priority, so a storm builds one) is returned
// to the system once written, so the memory it took does not stay with the process.
constexpr qsizetype LargeBacklog = 10000;

} // namespace

HistoryWriter::HistoryWriter(QObject *parent)
    : QObject(parent)
{
}

HistoryWriter::~HistoryWriter()
{
    stop();
}

Status HistoryWriter::start(const QString &path)
{
    stop();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }

    std::promise<Status> opened;
    std::future<Status> result = opened.get_future();
    // The thread owns the promise, so it is never destroyed while set_value() still runs.
    m_thread = std::thread([this, path, opened = std::move(opened)]() mutable {
        run(path, std::move(opened));
    });
    Status status = result.get();
    if (!status && m_thread.joinable())
        m_thread.join();
    return status;
}

void HistoryWriter::stop(std::chrono::milliseconds drainTimeout)
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_stopDeadline = std::chrono::steady_clock::now() + drainTimeout;
    }
    m_wake.notify_all();
    m_room.notify_all();
    m_thread.join();
}

bool HistoryWriter::isRunning() const
{
    return m_thread.joinable();
}

void HistoryWriter::append(const HistoryEvent &event)
{
    Item item;
    item.event = event;
    enqueue(std::move(item));
}

void HistoryWriter::append(HistoryEvent &&event)
{
    Item item;
    item.event = std::move(event);
    enqueue(std::move(item));
}

void HistoryWriter::saveDevice(const devices::Device &device)
{
    Item item;
    item.device = device;
    enqueue(std::move(item));
}

void HistoryWriter::saveLeases(const QList<dhcp::Lease> &leases,
                               const QList<QHostAddress> &removed, std::function<void()> committed)
{
    Item item;
    item.leases = LeaseFold {leases, removed, std::move(committed)};
    enqueue(std::move(item));
}

void HistoryWriter::forgetDevice(const QString &deviceKey)
{
    if (deviceKey.isEmpty())
        return;
    Item item;
    item.forgetKey = deviceKey;
    enqueue(std::move(item));
}

void HistoryWriter::enqueue(Item &&item)
{
    bool wake = false;
    {
        std::unique_lock lock(m_mutex);
        // Only while the writer runs, and never on its own thread (eventsWritten receivers).
        if (qsizetype(m_queue.size()) >= MaxBacklog && m_writerId != std::thread::id()
            && std::this_thread::get_id() != m_writerId) {
            if (!m_backlogWarned)
                qCWarning(lcStorage).noquote()
                    << "the history writer is" << m_queue.size()
                    << "records behind; the servers now wait for it";
            m_backlogWarned = true;
            m_wake.notify_one();
            m_room.wait(lock, [this] {
                return m_stopping || m_writerId == std::thread::id()
                    || qsizetype(m_queue.size()) < MaxBacklog;
            });
        }
        // The writer waits either for a first item or, while it gathers a batch, for a full
        // one. Any other wake-up finds its condition still false and costs a context switch,
        // which during a DHCP storm was one per packet.
        wake = m_queue.empty() || qsizetype(m_queue.size()) + 1 >= MaxBatch;
        m_queue.push_back(std::move(item));
    }
    if (wake)
        m_wake.notify_one();
}

bool HistoryWriter::waitForWritten(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_idle.wait_for(lock, timeout, [this] { return m_queue.empty() && m_inFlight == 0; });
}

qsizetype HistoryWriter::pendingCount() const
{
    std::lock_guard lock(m_mutex);
    return qsizetype(m_queue.size()) + m_inFlight;
}

void HistoryWriter::run(const QString &path, std::promise<Status> opened)
{
    // Replies to devices must not wait for history rows: they reach the disk later, in order.
    platform::lowerCurrentThreadPriority();

    HistoryDatabase history;
    Status status = history.open(path, WriterBusyTimeout);
    const bool ok = status.ok();
    opened.set_value(std::move(status));
    if (!ok)
        return;
    qCInfo(lcStorage).noquote() << "history writer started on" << path;
    {
        std::lock_guard lock(m_mutex);
        m_writerId = std::this_thread::get_id();
    }

    qsizetype largestBacklog = 0;
    for (;;) {
        std::deque<Item> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty()) {
                m_room.notify_all();
                break;
            }
            largestBacklog = std::max(largestBacklog, qsizetype(m_queue.size()));
            qsizetype count = std::min<qsizetype>(MaxBatch, qsizetype(m_queue.size()));
            // A forget request ends a batch, or is one on its own, so it deletes only what was
            // queued before it.
            const auto forget = std::find_if(m_queue.begin(), m_queue.begin() + count,
                                             [](const Item &item) { return !item.forgetKey.isEmpty(); });
            if (forget == m_queue.begin())
                count = 1;
            else if (forget != m_queue.begin() + count)
                count = forget - m_queue.begin();
            batch.assign(std::make_move_iterator(m_queue.begin()),
                         std::make_move_iterator(m_queue.begin() + count));
            m_queue.erase(m_queue.begin(), m_queue.begin() + count);
            m_inFlight = count;
            if (qsizetype(m_queue.size()) < MaxBacklog)
                m_room.notify_all();
        }

        const bool written = writeBatch(history, batch);

        std::unique_lock lock(m_mutex);
        m_inFlight = 0;
        if (!written) {
            qCCritical(lcStorage).noquote()
                << "history writer stopped before" << batch.size() + m_queue.size()
                << "queued events and device records were written to" << path;
            m_queue.clear();
            m_idle.notify_all();
            m_room.notify_all();
            break;
        }
        if (m_queue.empty()) {
            m_idle.notify_all();
            m_backlogWarned = false;
            if (largestBacklog >= LargeBacklog) {
                lock.unlock();
                qCInfo(lcStorage).noquote() << "history writer caught up with a backlog of"
                                            << largestBacklog << "records";
                platform::releaseFreeMemory();
                largestBacklog = 0;
            }
            continue;
        }
        m_wake.wait_for(lock, GroupCommitWindow, [this] {
            return m_stopping || qsizetype(m_queue.size()) >= MaxBatch;
        });
    }
    {
        std::lock_guard lock(m_mutex);
        m_writerId = std::thread::id();
    }
    m_room.notify_all();
    qCInfo(lcStorage).noquote() << "history writer stopped on" << path;
}

// Returns false only when stopping and the drain time is over. Until then every failure is
// retried, because a dropped event is a hole in the customer's evidence.
bool HistoryWriter::writeBatch(HistoryDatabase &history, std::deque<Item> &batch)
{
    QList<HistoryEvent> events;
    QList<devices::Device> devices;
    // A device saved several times in one batch is written once, in its latest state.
    QHash<QString, qsizetype> deviceIndex;
    QStringList forgetKeys;
    for (Item &item : batch) {
        // Lease folds touch only the leases table, so writing them ahead of the events and
        // devices of the same batch keeps every table in queue order.
        if (item.leases && !writeLeaseFold(history, *item.leases))
            return false;
        if (item.event) {
            events.append(std::move(*item.event));
        } else if (item.device) {
            const QString key = item.device->key();
            const auto found = deviceIndex.constFind(key);
            if (found != deviceIndex.cend()) {
                devices[*found] = std::move(*item.device);
            } else {
                deviceIndex.insert(key, devices.size());
                devices.append(std::move(*item.device));
            }
        } else if (!item.forgetKey.isEmpty()) {
            forgetKeys.append(item.forgetKey);
        }
    }

    auto pause = std::chrono::milliseconds(FirstRetryPause);
    int failures = 0;
    bool recordsDone = false;
    for (;;) {
        bool busy = false;
        Status status = recordsDone ? Status::success() : history.writeRecords(devices, events, &busy);
        if (status)
            recordsDone = true;
        if (status)
            status = history.forgetDevices(forgetKeys, &busy);
        if (status)
            break;

        ++failures;
        if (failures == 1 || failures % 20 == 0) {
            qCWarning(lcStorage).noquote()
                << "history write of" << events.size() << "events and" << devices.size()
                << "devices failed, attempt" << failures << (busy ? "(database locked)" : "")
                << ":" << status.errorString() << "; retrying";
        }
        if (failures == 1) {
            emit writeDelayed(
                busy ? QCoreApplication::translate(
                           "ztp::storage",
                           "The history %1 is locked by another program. Events are kept in "
                           "memory and written as soon as it is released; close the program "
                           "that holds it (a database browser, a backup tool).")
                           .arg(history.path())
                     : QCoreApplication::translate("ztp::storage",
                                                   "Cannot write to the history %1: %2. Events "
                                                   "are kept in memory and retried.")
                           .arg(history.path(), status.errorString()));
        }

        {
            std::unique_lock lock(m_mutex);
            if (m_stopping && std::chrono::steady_clock::now() >= m_stopDeadline)
                return false;
        }
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(MaxRetryPause));
    }

    if (failures > 0) {
        qCInfo(lcStorage).noquote() << "history write succeeded after" << failures << "retries";
        emit writeResumed();
    }
    if (!events.isEmpty())
        emit eventsWritten(events);
    return true;
}

bool HistoryWriter::writeLeaseFold(HistoryDatabase &history, LeaseFold &fold)
{
    auto pause = std::chrono::milliseconds(FirstRetryPause);
    for (int failures = 1;; ++failures) {
        bool busy = false;
        const Status status = history.writeLeases(fold.leases, fold.removed, &busy);
        if (status)
            break;
        if (failures == 1 || failures % 20 == 0)
            qCWarning(lcStorage).noquote()
                << "folding" << fold.leases.size() + fold.removed.size()
                << "journal records into the leases table failed, attempt" << failures
                << (busy ? "(database locked)" : "") << ":" << status.errorString()
                << "; retrying";
        {
            std::unique_lock lock(m_mutex);
            // The journal file stays, so the records are folded at the next start instead.
            if (m_stopping && std::chrono::steady_clock::now() >= m_stopDeadline)
                return false;
        }
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(MaxRetryPause));
    }
    if (fold.committed)
        fold.committed();
    return true;
}

} // namespace ztp::storage
