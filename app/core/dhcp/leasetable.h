#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace ztp::dhcp {

enum class LeaseState {
    Offered,  // reserved for a client between OFFER and REQUEST
    Bound,    // ACKed
    Released, // freed by RELEASE; kept so the client gets the same address back
    Declined, // DECLINEd: the address is in use by someone else and quarantined
};

QString leaseStateName(LeaseState state);
std::optional<LeaseState> leaseStateFromName(const QString &name);

struct Lease
{
    QHostAddress address;
    QByteArray mac;       // chaddr, 6 octets for Ethernet
    QByteArray clientId;  // option 61 as received, empty when absent
    QString hostname;
    QDateTime expires;    // UTC
    LeaseState state = LeaseState::Offered;

    // The key a client is known by: option 61 when present (RFC 2131 section 4.2), else chaddr.
    QByteArray clientKey() const;
};

QByteArray clientKeyFor(const QByteArray &mac, const QByteArray &clientId);

// Persists leases so they survive a restart or a crash. Implemented by the history database.
class LeaseStore
{
public:
    virtual ~LeaseStore() = default;
    virtual QList<Lease> loadLeases() = 0;
    virtual void saveLease(const Lease &lease) = 0;
    virtual void removeLease(const QHostAddress &address) = 0;
    // Saves several leases. A store that writes them in one transaction (one fsync) lets the
    // server answer a burst of requests at the disk's transaction rate, not its write rate.
    virtual void saveLeases(const QList<Lease> &leases)
    {
        for (const Lease &lease : leases)
            saveLease(lease);
    }
};

// The address pool and the leases in it. Every change is written through to the store before
// the caller replies to the client, so a restarted server never hands a bound address to another
// client.
class LeaseTable
{
public:
    using Clock = std::function<QDateTime()>;

    LeaseTable(QHostAddress first, QHostAddress last, QList<QHostAddress> excluded,
               LeaseStore *store = nullptr, Clock clock = {});

    void load();

    // Between beginBatch() and commitBatch() changes are kept and written to the store in one
    // saveLeases() call. The server replies to the batch's requests only after commitBatch().
    void beginBatch();
    void commitBatch();
    // Takes an address out of dynamic allocation (a reservation); bind() still accepts it.
    void exclude(const QHostAddress &address);

    bool inPool(const QHostAddress &address) const;
    std::optional<Lease> findByClient(const QByteArray &clientKey) const;
    std::optional<Lease> findByAddress(const QHostAddress &address) const;

    // Picks an address for a client: its current lease, else the requested address when free,
    // else the next free one. nullopt when the pool is exhausted.
    std::optional<QHostAddress> chooseAddress(const QByteArray &clientKey,
                                              const std::optional<QHostAddress> &requested) const;

    // True when the address may be given to this client (free, expired, or already its own).
    bool isAvailableFor(const QHostAddress &address, const QByteArray &clientKey) const;

    Lease offer(const QHostAddress &address, const QByteArray &mac, const QByteArray &clientId,
                const QString &hostname, std::chrono::seconds hold);
    Lease bind(const QHostAddress &address, const QByteArray &mac, const QByteArray &clientId,
               const QString &hostname, std::chrono::seconds leaseTime);
    std::optional<Lease> release(const QHostAddress &address, const QByteArray &clientKey);
    Lease decline(const QHostAddress &address, std::chrono::seconds quarantine);

    QList<Lease> leases() const { return m_byAddress.values(); }
    QDateTime now() const;

private:
    Lease store(Lease lease);

    quint32 m_first;
    quint32 m_last;
    QList<quint32> m_excluded;
    LeaseStore *m_store;
    Clock m_clock;
    QHash<quint32, Lease> m_byAddress;
    QHash<QByteArray, quint32> m_byClient;
    mutable quint32 m_nextCandidate;
    bool m_batching = false;
    QHash<quint32, Lease> m_pendingWrites;
};

} // namespace ztp::dhcp
