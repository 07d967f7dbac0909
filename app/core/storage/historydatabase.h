#pragma once

#include "common/result.h"
#include "devices/device.h"
#include "dhcp/leasetable.h"
#include "storage/historyevent.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <chrono>

struct sqlite3;

namespace ztp::storage {

// Filter of an event search. Empty fields do not filter.
struct EventFilter
{
    QString deviceKey;
    QStringList kinds;  // exact kinds ("dhcp.request"), any of them
    QDateTime from;     // inclusive, UTC
    QDateTime to;       // exclusive, UTC
    QString text;       // substring of the summary or the details, case-insensitive for ASCII
    int limit = -1;
};

// Counts of the rows a purge deleted.
struct PurgeResult
{
    int events = 0;
    int devices = 0;
};

// The workspace's history.sqlite: events, leases and device records. WAL journaling and
// synchronous=FULL so that a committed event survives a crash or a power cut. One object is one
// SQLite connection and is used only from the thread that opened it; HistoryWriter owns a
// second connection on its own thread for the event stream.
class HistoryDatabase : public dhcp::LeaseStore
{
public:
    // PRAGMA user_version written by this build. Version 1 is the first release; version 2 adds
    // the site and job columns of devices and the time and kind indexes of events.
    static constexpr int SchemaVersion = 3;

    HistoryDatabase();
    ~HistoryDatabase() override;
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    // Opens or creates the file and migrates it to SchemaVersion. A statement that finds the
    // database locked by another connection waits up to `busyTimeout` before it fails.
    Status open(const QString &path,
                std::chrono::milliseconds busyTimeout = std::chrono::seconds(5));
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    Result<qint64> recordEvent(const HistoryEvent &event);
    // Inserts the events in one transaction and sets their ids; nothing is inserted on failure.
    // `busy` is set when the failure was another connection's lock (SQLITE_BUSY), so the caller
    // can retry.
    Status recordEvents(QList<HistoryEvent> &events, bool *busy = nullptr);
    // Events in time order, optionally of one device only.
    QList<HistoryEvent> events(const QString &deviceKey = QString(), int limit = -1) const;
    QList<HistoryEvent> findEvents(const EventFilter &filter) const;
    // The distinct event kinds, for filter lists.
    QStringList eventKinds() const;

    void saveDevice(const devices::Device &device);
    Status saveDevices(const QList<devices::Device> &devices, bool *busy = nullptr);
    // Saves the devices and inserts the events in one transaction, so a batch of a DHCP storm
    // costs one commit and one fsync instead of two.
    Status writeRecords(const QList<devices::Device> &devices, QList<HistoryEvent> &events,
                        bool *busy = nullptr);
    QList<devices::Device> loadDevices() const;
    // Deletes the device records and every event of these devices (keys as Device::key()) in
    // one transaction, so a forgotten device leaves no timeline behind. Leases stay, because
    // the DHCP server still honours them.
    Status forgetDevices(const QStringList &keys, bool *busy = nullptr);

    QList<dhcp::Lease> loadLeases() override;
    // Lease writes stay on the caller's thread and return after COMMIT. The running bench does
    // not call them per lease: it writes through LeaseJournal, which folds into this table.
    void saveLease(const dhcp::Lease &lease) override;
    // Writes the leases in one transaction, so a burst costs one fsync.
    void saveLeases(const QList<dhcp::Lease> &leases) override;
    void removeLease(const QHostAddress &address) override;
    // Stores `leases` and deletes the rows of `removed` in one transaction, so nothing changes on
    // failure. `busy` is set when another connection's lock was the cause.
    Status writeLeases(const QList<dhcp::Lease> &leases, const QList<QHostAddress> &removed,
                       bool *busy = nullptr);

    // Writes a consistent copy to `target` with VACUUM INTO while writers go on. The target must
    // not exist, so a backup never overwrites an earlier one.
    Status backupTo(const QString &target) const;
    // Deletes events older than `cutoff` and devices last seen before it. Leases stay, because
    // the DHCP server still honours them.
    Result<PurgeResult> purgeBefore(const QDateTime &cutoff);
    // Runs PRAGMA integrity_check; returns its first message when it is not "ok".
    Status checkIntegrity() const;

private:
    Status migrate();
    Status migrateTo(int version);
    bool exec(const QString &statement) const;
    // The SQLite connection under the Qt one, for the rows written per packet; null when closed.
    sqlite3 *handle() const;

    QString m_connectionName;
    QString m_path;
};

} // namespace ztp::storage
