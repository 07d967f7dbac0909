#pragma once

#include "tftp/tftpsession.h"
#include "tftp/tftpsocket.h"

#include <QString>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <vector>

class QThread;

struct epoll_event;

namespace ztp::tftp {

// A thread that serves a set of transfers in one epoll loop. It sleeps in epoll_wait() until
// a transfer socket is readable, the earliest retransmission deadline passes or the server
// wakes it. Then it handles every ready transfer before it sleeps again, so when many
// transfers are busy, one wake-up serves several packets instead of one thread switch each.
//
// The server owns the sessions and the worker. The public functions and the destructor are
// called on the server's thread, the rest runs on the worker's own thread. The worker stops
// touching a session once it is closed, and passes the session's Closed report on only after
// that, so the server may delete a session when it receives Closed.
// NOTE: epoll and eventfd are Linux-only.
class TransferWorker
{
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    // reportSink receives the sessions' reports on the worker thread; clock is the one the
    // sessions measure deadlines on (empty: steady_clock). While the worker serves two or more
    // transfers it polls their sockets for up to pollTime before it sleeps; zero turns it off.
    TransferWorker(QString name, Clock clock, SessionReportSink reportSink,
                   std::chrono::microseconds pollTime = {});
    // Asks the thread to end once its sessions are closed, and waits for it: abort the
    // sessions first.
    ~TransferWorker();
    TransferWorker(const TransferWorker &) = delete;
    TransferWorker &operator=(const TransferWorker &) = delete;

    // Starts the thread; false when the kernel refused a thread, an epoll set or an eventfd.
    bool start();
    // Hands a session to the thread, which starts it.
    void add(TftpSession *session);
    // Makes the thread look at the sessions' abort requests.
    void wake();
    // Makes the thread handle every passed deadline now; returns a ticket for
    // waitForDeadlineCheck().
    quint64 requestDeadlineCheck();
    // Waits until the thread has handled the check of that ticket or has ended; false after
    // timeout.
    bool waitForDeadlineCheck(quint64 ticket, std::chrono::milliseconds timeout);

    // Sessions added and not yet released by the server after their Closed report.
    int assignedCount() const { return m_assigned; }
    void release() { --m_assigned; }

private:
    void run();
    void takeRequests(quint64 *ticket, bool *exitRequested);
    // Handles the sessions of the ready events.
    void handleEvents(const epoll_event *events, int count);
    // Polls the sessions' sockets for up to m_pollTime; true when something was handled.
    bool pollSessions();
    // Milliseconds epoll_wait() may sleep before the earliest deadline; -1 without one.
    int waitTimeout(std::chrono::steady_clock::time_point now) const;
    void removeClosedSessions();
    std::chrono::steady_clock::time_point now() const;

    QString m_name;
    Clock m_clock;
    SessionReportSink m_reportSink;
    QThread *m_thread = nullptr;
    int m_epoll = -1;
    int m_assigned = 0; // server thread only
    WakeSignal m_wake;
    std::atomic<bool> m_requestsPending {true}; // set with every wake-up

    std::chrono::microseconds m_pollTime;
    int m_pollSkips = 0; // worker thread only: passes left before polling is tried again
    std::vector<TftpSession *> m_sessions; // worker thread only
    std::vector<SessionReport> m_reports; // worker thread only, passed on per loop pass

    std::mutex m_mutex;
    std::condition_variable m_checkHandled;
    std::vector<TftpSession *> m_incoming; // guarded by m_mutex
    quint64 m_checksRequested = 0; // guarded by m_mutex
    quint64 m_checksHandled = 0; // guarded by m_mutex
    bool m_exitRequested = false; // guarded by m_mutex
    bool m_exited = false; // guarded by m_mutex
};

} // namespace ztp::tftp
