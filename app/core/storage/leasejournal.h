#pragma once

#include "common/result.h"
#include "dhcp/leasetable.h"

#include <QFile>
#include <QHash>
#include <atomic>
#include <memory>
#include <optional>

namespace ztp::storage {

class HistoryDatabase;
class HistoryWriter;

// The lease store of a running DHCP server. Each batch of lease changes is appended to a journal
// file next to the history (history.sqlite-leases) with one write() call, so the server can send
// its ACKs without waiting for SQLite or an fsync. The history writer thread later folds the
// journal into the leases table of history.sqlite, and loadLeases() folds what a crash left.
//
// Durability: once write() has returned the kernel holds the record, so a lease survives a crash
// or SIGKILL of the process. It does not survive a power cut or a kernel crash before the kernel
// writes the page back.
// NOTE: HistoryDatabase::backupTo() copies the leases table only, so a backup taken while the
// bench runs misses the changes still in the journal (fewer than FoldThreshold records).
// Used from one thread, the one that owns the LeaseTable.
class LeaseJournal : public dhcp::LeaseStore
{
public:
    // Records after which the journal is handed to the writer thread and a new one started.
    static constexpr int FoldThreshold = 4096;

    // `writer` may be null; then folds are written through `history` on the caller's thread.
    LeaseJournal(HistoryDatabase *history, HistoryWriter *writer);
    // Folds the open journal and waits up to 10 s for the writer to commit it.
    ~LeaseJournal() override;
    LeaseJournal(const LeaseJournal &) = delete;
    LeaseJournal &operator=(const LeaseJournal &) = delete;

    QString path() const { return m_path; }

    // Returns the leases table with the journals of an earlier run applied, after writing that
    // result to the table and deleting those journals. Opens a new journal for the changes.
    QList<dhcp::Lease> loadLeases() override;
    void saveLease(const dhcp::Lease &lease) override;
    void saveLeases(const QList<dhcp::Lease> &leases) override;
    void removeLease(const QHostAddress &address) override;

    // Hands the records written so far to the writer thread and starts a new journal file.
    // Does nothing while an earlier fold is still being written.
    void fold();

private:
    // Replays one journal file onto `leases`, keyed by IPv4 address; returns the records read.
    int replay(const QString &path, QHash<quint32, std::optional<dhcp::Lease>> &changes) const;
    bool openJournal();
    void append(const QByteArray &records, int count);

    HistoryDatabase *m_history;
    HistoryWriter *m_writer;
    QString m_path;
    QString m_foldingPath; // the journal the writer thread is folding, deleted after COMMIT
    QFile m_file;
    // The latest state of every address changed since the last fold; nullopt is a removal.
    QHash<quint32, std::optional<dhcp::Lease>> m_unfolded;
    int m_recordsSinceFold = 0;
    std::shared_ptr<std::atomic<bool>> m_foldInProgress;
    int m_failedWrites = 0;
};

// One journal line for a lease or a removal, and back. Exposed for tests.
QByteArray encodeLeaseRecord(const dhcp::Lease &lease);
QByteArray encodeLeaseRemoval(const QHostAddress &address);
// Returns the address and the lease (nullopt for a removal), or nothing for a damaged line.
std::optional<std::pair<QHostAddress, std::optional<dhcp::Lease>>> decodeLeaseRecord(
    const QByteArray &line);

} // namespace ztp::storage
