#include "tftp/tftpworker.h"

#include "common/logging.h"

#include <QThread>
#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <sys/epoll.h>
#include <unistd.h>

namespace ztp::tftp {

namespace {

// A worker formats log messages and hashes blocks, nothing deeply recursive, so it needs far
// less than the default 8 MiB stack, and hundreds of transfers may run at once.
constexpr uint WorkerStackSize = 512 * 1024;

// Ready sockets handled per epoll_wait().
constexpr int MaxEventsPerWait = 64;
// Passes without polling after a poll found nothing (see pollSessions()).
constexpr int PollSkipsAfterMiss = 64;

} // namespace

TransferWorker::TransferWorker(QString name, Clock clock, SessionReportSink reportSink,
                               std::chrono::microseconds pollTime)
    : m_name(std::move(name))
    , m_clock(std::move(clock))
    , m_reportSink(std::move(reportSink))
    , m_pollTime(pollTime)
{
}

TransferWorker::~TransferWorker()
{
    if (m_thread) {
        {
            std::lock_guard lock(m_mutex);
            m_exitRequested = true;
        }
        wake();
        m_thread->wait();
        delete m_thread;
    }
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool TransferWorker::start()
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0 || m_wake.descriptor() < 0) {
        qCWarning(lcTftp).noquote()
            << QStringLiteral("%1: cannot create an epoll set or eventfd: %2")
                   .arg(m_name, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.ptr = nullptr; // the wake-up descriptor
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake.descriptor(), &event) < 0) {
        qCWarning(lcTftp).noquote()
            << QStringLiteral("%1: cannot watch its eventfd: %2")
                   .arg(m_name, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }

    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(m_name);
    m_thread->setStackSize(WorkerStackSize);
    m_thread->start();
    if (!m_thread->isRunning() && !m_thread->isFinished()) {
        qCWarning(lcTftp).noquote() << QStringLiteral("%1: cannot start a thread").arg(m_name);
        delete m_thread;
        m_thread = nullptr;
        return false;
    }
    return true;
}

void TransferWorker::add(TftpSession *session)
{
    ++m_assigned;
    {
        std::lock_guard lock(m_mutex);
        m_incoming.push_back(session);
    }
    wake();
}

void TransferWorker::wake()
{
    m_requestsPending.store(true);
    m_wake.wake();
}

quint64 TransferWorker::requestDeadlineCheck()
{
    // The mutex orders the caller's earlier writes, such as a test moving its injected
    // clock, before the worker reads the clock for this check.
    quint64 ticket = 0;
    {
        std::lock_guard lock(m_mutex);
        ticket = ++m_checksRequested;
    }
    wake();
    return ticket;
}

bool TransferWorker::waitForDeadlineCheck(quint64 ticket, std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_checkHandled.wait_for(
        lock, timeout, [this, ticket] { return m_exited || m_checksHandled >= ticket; });
}

std::chrono::steady_clock::time_point TransferWorker::now() const
{
    return m_clock ? m_clock() : std::chrono::steady_clock::now();
}

void TransferWorker::run()
{
    while (true) {
        // Looked at on every pass, because a busy-polling transfer may skip epoll_wait() and
        // so the eventfd for a long time.
        quint64 ticket = 0;
        bool exitRequested = false;
        if (m_requestsPending.exchange(false)) {
            takeRequests(&ticket, &exitRequested);
            for (TftpSession *session : m_sessions)
                session->handleAbortRequest();
        }

        // Every deadline is looked at on every pass: a pass costs system calls anyway, and a
        // transfer whose client floods it must still time out.
        const auto current = now();
        for (TftpSession *session : m_sessions)
            session->checkDeadline(current);

        removeClosedSessions();
        if (!m_reports.empty()) {
            m_reportSink(std::move(m_reports));
            m_reports.clear();
        }
        if (ticket != 0) {
            std::lock_guard lock(m_mutex);
            m_checksHandled = std::max(m_checksHandled, ticket);
            m_checkHandled.notify_all();
        }
        if (exitRequested && m_sessions.empty())
            break;

        // A lone transfer may poll its socket instead of sleeping (see setBusyPollTime()).
        if (m_sessions.size() == 1 && m_sessions.front()->pollForReply())
            continue;
        if (m_sessions.size() > 1 && pollSessions())
            continue;

        epoll_event events[MaxEventsPerWait];
        const int ready = ::epoll_wait(m_epoll, events, MaxEventsPerWait, waitTimeout(current));
        handleEvents(events, ready);
    }

    std::lock_guard lock(m_mutex);
    m_exited = true;
    m_checkHandled.notify_all();
}

void TransferWorker::handleEvents(const epoll_event *events, int count)
{
    for (int i = 0; i < count; ++i) {
        auto *session = static_cast<TftpSession *>(events[i].data.ptr);
        if (!session)
            m_wake.clear(); // the requests are looked at on the next pass
        else if (!session->isClosed())
            session->handleReadable();
    }
}

bool TransferWorker::pollSessions()
{
    if (m_pollTime.count() <= 0)
        return false;
    if (m_pollSkips > 0) {
        --m_pollSkips;
        return false;
    }

    // With many lock-step transfers the next ACK is usually microseconds away, and sleeping
    // until it comes cost the worker a context switch every few packets (a third of its time
    // in 20 concurrent downloads on one core).
    const auto until = std::chrono::steady_clock::now() + m_pollTime;
    epoll_event events[MaxEventsPerWait];
    do {
        const int ready = ::epoll_wait(m_epoll, events, MaxEventsPerWait, 0);
        if (ready > 0) {
            handleEvents(events, ready);
            return true;
        }
    } while (std::chrono::steady_clock::now() < until);

    // Slow clients would cost the whole polling time on every pass, so a miss pauses polling.
    m_pollSkips = PollSkipsAfterMiss;
    return false;
}

void TransferWorker::takeRequests(quint64 *ticket, bool *exitRequested)
{
    std::vector<TftpSession *> incoming;
    {
        std::lock_guard lock(m_mutex);
        incoming.swap(m_incoming);
        if (m_checksRequested != m_checksHandled)
            *ticket = m_checksRequested;
        *exitRequested = m_exitRequested;
    }

    for (TftpSession *session : incoming) {
        m_sessions.push_back(session);
        epoll_event event {};
        event.events = EPOLLIN;
        event.data.ptr = session;
        // The session starts even when its socket cannot be watched: its deadline still
        // passes, it resends and finally fails, so the failure is reported.
        if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, session->descriptor(), &event) < 0)
            qCWarning(lcTftp).noquote()
                << QStringLiteral("transfer %1: cannot watch its socket: %2")
                       .arg(session->startRecord().id)
                       .arg(QString::fromLocal8Bit(std::strerror(errno)));
        session->start();
    }
}

int TransferWorker::waitTimeout(std::chrono::steady_clock::time_point current) const
{
    std::optional<std::chrono::steady_clock::time_point> earliest;
    for (const TftpSession *session : m_sessions) {
        const auto deadline = session->deadline();
        if (deadline && (!earliest || *deadline < *earliest))
            earliest = deadline;
    }
    if (!earliest)
        return -1;
    const auto rest = std::chrono::ceil<std::chrono::milliseconds>(*earliest - current);
    return int(std::clamp<qint64>(rest.count(), 0, INT_MAX));
}

void TransferWorker::removeClosedSessions()
{
    // Closing a socket removes it from the epoll set, and epoll_wait() never returns a
    // session after this pass, because the closed ones are skipped above.
    for (TftpSession *session : m_sessions)
        session->takeReports(m_reports);
    std::erase_if(m_sessions, [](const TftpSession *session) { return session->isClosed(); });
}

} // namespace ztp::tftp
