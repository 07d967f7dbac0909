#include "storage/leasejournal.h"

#include "common/logging.h"
#include "storage/historydatabase.h"
#include "storage/historywriter.h"

#include <QFileInfo>

namespace ztp::storage {

namespace {

using namespace std::chrono_literals;

// Empty fields are written as "-" so that every line has the same number of fields.
QByteArray field(const QByteArray &value)
{
    return value.isEmpty() ? QByteArrayLiteral("-") : value;
}

QByteArray unfield(const QByteArray &value)
{
    return value == "-" ? QByteArray() : value;
}

} // namespace

// Line format, fields separated by one space and the line ended by '\n':
//   L address mac-hex client-id-hex expires-ms-since-epoch state hostname-percent-encoded
//   R address
QByteArray encodeLeaseRecord(const dhcp::Lease &lease)
{
    QByteArray line = QByteArrayLiteral("L ");
    line += lease.address.toString().toLatin1();
    line += ' ';
    line += field(lease.mac.toHex());
    line += ' ';
    line += field(lease.clientId.toHex());
    line += ' ';
    line += QByteArray::number(lease.expires.isValid() ? lease.expires.toMSecsSinceEpoch() : 0);
    line += ' ';
    line += dhcp::leaseStateName(lease.state).toLatin1();
    line += ' ';
    // "-" is encoded too, because a bare "-" is the empty field.
    line += field(lease.hostname.toUtf8().toPercentEncoding(QByteArray(), "-"));
    line += '\n';
    return line;
}

QByteArray encodeLeaseRemoval(const QHostAddress &address)
{
    return QByteArrayLiteral("R ") + address.toString().toLatin1() + '\n';
}

std::optional<std::pair<QHostAddress, std::optional<dhcp::Lease>>> decodeLeaseRecord(
    const QByteArray &line)
{
    const QList<QByteArray> fields = line.trimmed().split(' ');
    if (fields.isEmpty())
        return std::nullopt;

    QHostAddress address;
    if (fields.size() < 2 || !address.setAddress(QString::fromLatin1(fields.at(1)))
        || address.protocol() != QAbstractSocket::IPv4Protocol)
        return std::nullopt;

    if (fields.at(0) == "R" && fields.size() == 2)
        return std::pair {address, std::optional<dhcp::Lease>()};
    if (fields.at(0) != "L" || fields.size() != 7)
        return std::nullopt;

    bool ok = false;
    const qint64 expires = fields.at(4).toLongLong(&ok);
    const auto state = dhcp::leaseStateFromName(QString::fromLatin1(fields.at(5)));
    if (!ok || !state)
        return std::nullopt;

    dhcp::Lease lease;
    lease.address = address;
    lease.mac = QByteArray::fromHex(unfield(fields.at(2)));
    lease.clientId = QByteArray::fromHex(unfield(fields.at(3)));
    lease.expires = QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC);
    lease.state = *state;
    lease.hostname = QString::fromUtf8(QByteArray::fromPercentEncoding(unfield(fields.at(6))));
    return std::pair {address, std::optional<dhcp::Lease>(lease)};
}

LeaseJournal::LeaseJournal(HistoryDatabase *history, HistoryWriter *writer)
    : m_history(history)
    , m_writer(writer)
    , m_path(history->path() + QStringLiteral("-leases"))
    , m_foldingPath(m_path + QStringLiteral(".folding"))
    , m_foldInProgress(std::make_shared<std::atomic<bool>>(false))
{
}

LeaseJournal::~LeaseJournal()
{
    if (!m_file.isOpen())
        return;
    // Two rounds: the first may find an earlier fold still in progress. A journal that is not
    // folded in time stays on disk, and the next loadLeases() replays it.
    for (int round = 0; round < 2 && !m_unfolded.isEmpty(); ++round) {
        fold();
        if (m_writer && m_writer->isRunning() && !m_writer->waitForWritten(10s))
            qCWarning(lcStorage).noquote() << "the lease journal" << m_foldingPath
                                           << "is not folded yet; the next start replays it";
    }
    m_file.close();
    if (m_recordsSinceFold == 0 && !m_foldInProgress->load())
        QFile::remove(m_path);
}

int LeaseJournal::replay(
    const QString &path, QHash<quint32, std::optional<dhcp::Lease>> &changes) const
{
    QFile file(path);
    if (!file.exists())
        return 0;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcStorage).noquote()
            << "cannot read the lease journal" << path << ":" << file.errorString();
        return 0;
    }

    int records = 0;
    int damaged = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        // A crash can cut the last line short. Its write never returned, so no ACK went out for
        // it, and it is skipped.
        const auto record = line.endsWith('\n') ? decodeLeaseRecord(line) : std::nullopt;
        if (!record) {
            ++damaged;
            continue;
        }
        changes.insert(record->first.toIPv4Address(), record->second);
        ++records;
    }
    if (damaged > 0)
        qCWarning(lcStorage).noquote()
            << "skipped" << damaged << "damaged lines of the lease journal" << path;
    return records;
}

QList<dhcp::Lease> LeaseJournal::loadLeases()
{
    m_file.close();
    // A fold queued by an earlier journal object must land before this one reads the table.
    if (m_writer && m_writer->isRunning())
        m_writer->waitForWritten(10s);

    QHash<quint32, std::optional<dhcp::Lease>> changes;
    const int records = replay(m_foldingPath, changes) + replay(m_path, changes);

    if (records > 0) {
        QList<dhcp::Lease> saved;
        QList<QHostAddress> removed;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            if (it.value())
                saved.append(*it.value());
            else
                removed.append(QHostAddress(it.key()));
        }
        // Until this commit succeeds the journals stay, so nothing is lost when it fails.
        if (const Status status = m_history->writeLeases(saved, removed); !status) {
            qCCritical(lcStorage).noquote()
                << "cannot fold the lease journal into" << m_history->path() << ":"
                << status.errorString() << "; leases are read from the journal this time";
        } else {
            qCInfo(lcStorage).noquote()
                << "folded" << records << "lease journal records from" << m_path;
            QFile::remove(m_foldingPath);
            QFile::remove(m_path);
            changes.clear();
        }
    }

    QHash<quint32, dhcp::Lease> leases;
    for (const dhcp::Lease &lease : m_history->loadLeases())
        leases.insert(lease.address.toIPv4Address(), lease);
    // Only when the fold above failed: the journal's records win over the table's.
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value())
            leases.insert(it.key(), *it.value());
        else
            leases.remove(it.key());
    }

    // After a failed fold the journals stay on disk and their records are folded again later.
    if (!changes.isEmpty()) {
        m_unfolded = changes;
        m_recordsSinceFold = records;
    }
    openJournal();
    return leases.values();
}

bool LeaseJournal::openJournal()
{
    m_file.setFileName(m_path);
    // Unbuffered, so QFile hands each write() to write(2) before saveLeases() returns.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        qCCritical(lcStorage).noquote()
            << "cannot open the lease journal" << m_path << ":" << m_file.errorString();
        return false;
    }
    return true;
}

void LeaseJournal::saveLease(const dhcp::Lease &lease)
{
    saveLeases({lease});
}

void LeaseJournal::saveLeases(const QList<dhcp::Lease> &leases)
{
    if (leases.isEmpty())
        return;
    QByteArray records;
    records.reserve(leases.size() * 96);
    for (const dhcp::Lease &lease : leases) {
        records += encodeLeaseRecord(lease);
        m_unfolded.insert(lease.address.toIPv4Address(), lease);
    }
    append(records, int(leases.size()));
}

void LeaseJournal::removeLease(const QHostAddress &address)
{
    m_unfolded.insert(address.toIPv4Address(), std::nullopt);
    append(encodeLeaseRemoval(address), 1);
}

// TODO: LeaseStore returns nothing, so when this write fails (disk full) the DHCP server still
// sends its ACK; the warning below and the in-memory copy folded later are all that remain.
void LeaseJournal::append(const QByteArray &records, int count)
{
    if (!m_file.isOpen() && !openJournal())
        return;

    if (m_file.write(records) != records.size()) {
        if (m_failedWrites++ % 1000 == 0)
            qCCritical(lcStorage).noquote()
                << "cannot append to the lease journal" << m_path << ":" << m_file.errorString()
                << "(" << m_failedWrites << "failed writes)";
    }
    m_recordsSinceFold += count;
    if (m_recordsSinceFold >= FoldThreshold)
        fold();
}

void LeaseJournal::fold()
{
    if (m_unfolded.isEmpty() || m_foldInProgress->load() || QFile::exists(m_foldingPath))
        return;

    QList<dhcp::Lease> saved;
    QList<QHostAddress> removed;
    saved.reserve(m_unfolded.size());
    for (auto it = m_unfolded.cbegin(); it != m_unfolded.cend(); ++it) {
        if (it.value())
            saved.append(*it.value());
        else
            removed.append(QHostAddress(it.key()));
    }

    if (!m_writer || !m_writer->isRunning()) {
        if (const Status status = m_history->writeLeases(saved, removed); !status) {
            qCWarning(lcStorage).noquote()
                << "cannot fold the lease journal:" << status.errorString();
            return;
        }
        m_file.resize(0);
        m_unfolded.clear();
        m_recordsSinceFold = 0;
        return;
    }

    // The journal becomes the folding file; after COMMIT the writer thread deletes it. A crash
    // before then leaves it for loadLeases(), so every record is in the table or in a file.
    m_file.close();
    if (!QFile::rename(m_path, m_foldingPath)) {
        qCWarning(lcStorage).noquote()
            << "cannot rename the lease journal" << m_path << "to" << m_foldingPath;
        openJournal();
        return;
    }
    openJournal();

    m_foldInProgress->store(true);
    m_writer->saveLeases(saved, removed, [path = m_foldingPath, inProgress = m_foldInProgress] {
        QFile::remove(path);
        inProgress->store(false);
    });
    m_unfolded.clear();
    m_recordsSinceFold = 0;
}

} // namespace ztp::storage
