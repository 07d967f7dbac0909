#include "dhcp/leasetable.h"

#include "common/logging.h"

namespace ztp::dhcp {

QString leaseStateName(LeaseState state)
{
    switch (state) {
    case LeaseState::Offered:
        return QStringLiteral("offered");
    case LeaseState::Bound:
        return QStringLiteral("bound");
    case LeaseState::Released:
        return QStringLiteral("released");
    case LeaseState::Declined:
        return QStringLiteral("declined");
    }
    return {};
}

std::optional<LeaseState> leaseStateFromName(const QString &name)
{
    for (LeaseState state : {LeaseState::Offered, LeaseState::Bound, LeaseState::Released,
                             LeaseState::Declined}) {
        if (leaseStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QByteArray clientKeyFor(const QByteArray &mac, const QByteArray &clientId)
{
    if (!clientId.isEmpty())
        return QByteArrayLiteral("id:") + clientId.toHex();
    return QByteArrayLiteral("hw:") + mac.toHex();
}

QByteArray Lease::clientKey() const
{
    return clientKeyFor(mac, clientId);
}

LeaseTable::LeaseTable(QHostAddress first, QHostAddress last, QList<QHostAddress> excluded,
                       LeaseStore *store, Clock clock)
    : m_first(first.toIPv4Address())
    , m_last(last.toIPv4Address())
    , m_store(store)
    , m_clock(std::move(clock))
    , m_nextCandidate(first.toIPv4Address())
{
    for (const QHostAddress &address : excluded)
        m_excluded.append(address.toIPv4Address());
}

QDateTime LeaseTable::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void LeaseTable::load()
{
    if (!m_store)
        return;
    const QList<Lease> stored = m_store->loadLeases();
    for (const Lease &lease : stored) {
        const quint32 address = lease.address.toIPv4Address();
        m_byAddress.insert(address, lease);
        if (lease.state != LeaseState::Declined)
            m_byClient.insert(lease.clientKey(), address);
    }
    qCInfo(lcDhcp) << "loaded" << stored.size() << "leases";
}

void LeaseTable::beginBatch()
{
    m_batching = true;
}

void LeaseTable::commitBatch()
{
    m_batching = false;
    if (!m_store || m_pendingWrites.isEmpty())
        return;
    m_store->saveLeases(m_pendingWrites.values());
    m_pendingWrites.clear();
}

void LeaseTable::exclude(const QHostAddress &address)
{
    if (!m_excluded.contains(address.toIPv4Address()))
        m_excluded.append(address.toIPv4Address());
}

bool LeaseTable::inPool(const QHostAddress &address) const
{
    const quint32 value = address.toIPv4Address();
    return value >= m_first && value <= m_last && !m_excluded.contains(value);
}

std::optional<Lease> LeaseTable::findByClient(const QByteArray &clientKey) const
{
    const auto it = m_byClient.constFind(clientKey);
    if (it == m_byClient.constEnd())
        return std::nullopt;
    return m_byAddress.value(*it);
}

std::optional<Lease> LeaseTable::findByAddress(const QHostAddress &address) const
{
    const auto it = m_byAddress.constFind(address.toIPv4Address());
    if (it == m_byAddress.constEnd())
        return std::nullopt;
    return *it;
}

bool LeaseTable::isAvailableFor(const QHostAddress &address, const QByteArray &clientKey) const
{
    if (!inPool(address))
        return false;
    const auto it = m_byAddress.constFind(address.toIPv4Address());
    if (it == m_byAddress.constEnd())
        return true;
    if (it->state == LeaseState::Declined)
        return it->expires < now();
    if (it->clientKey() == clientKey)
        return true;

    // Released and expired addresses go to another client only when the pool has nothing
    // never used, which chooseAddress() checks first; here they count as available.
    return it->state == LeaseState::Released || it->expires < now();
}

std::optional<QHostAddress> LeaseTable::chooseAddress(
    const QByteArray &clientKey, const std::optional<QHostAddress> &requested) const
{
    if (const auto current = findByClient(clientKey); current && inPool(current->address))
        return current->address;

    if (requested && isAvailableFor(*requested, clientKey))
        return *requested;

    if (m_last < m_first)
        return std::nullopt;

    // First pass: addresses never leased. Second pass: released or expired ones, so a device
    // that comes back soon after a release still finds its old address free.
    const quint64 poolSize = quint64(m_last) - m_first + 1;
    for (int pass = 0; pass < 2; ++pass) {
        quint32 candidate = m_nextCandidate;
        for (quint64 step = 0; step < poolSize; ++step) {
            if (candidate < m_first || candidate > m_last)
                candidate = m_first;
            const QHostAddress address(candidate);
            const bool unused = !m_byAddress.contains(candidate);
            if (!m_excluded.contains(candidate)
                && (pass == 0 ? unused : isAvailableFor(address, clientKey))) {
                m_nextCandidate = candidate + 1;
                return address;
            }
            ++candidate;
        }
    }
    return std::nullopt;
}

Lease LeaseTable::store(Lease lease)
{
    const quint32 address = lease.address.toIPv4Address();

    // An address belongs to one client: drop any other client's claim on it first.
    if (const auto previous = m_byAddress.constFind(address); previous != m_byAddress.constEnd())
        m_byClient.remove(previous->clientKey());
    if (lease.state != LeaseState::Declined) {
        const QByteArray key = lease.clientKey();
        if (const auto old = m_byClient.constFind(key);
            old != m_byClient.constEnd() && *old != address) {
            m_byAddress.remove(*old);
            m_pendingWrites.remove(*old);
            if (m_store)
                m_store->removeLease(QHostAddress(*old));
        }
        m_byClient.insert(key, address);
    }
    m_byAddress.insert(address, lease);

    // An offer lives for the offer hold only and binds nothing, so it stays in memory: after a
    // restart the client's REQUEST is acknowledged when the address is still free.
    if (m_store && lease.state != LeaseState::Offered) {
        if (m_batching)
            m_pendingWrites.insert(address, lease);
        else
            m_store->saveLease(lease);
    }
    return lease;
}

Lease LeaseTable::offer(const QHostAddress &address, const QByteArray &mac,
                        const QByteArray &clientId, const QString &hostname,
                        std::chrono::seconds hold)
{
    // A client that already holds a bound lease keeps it bound while it asks again.
    if (const auto current = findByAddress(address);
        current && current->state == LeaseState::Bound && current->clientKey()
                == clientKeyFor(mac, clientId) && current->expires > now())
        return *current;

    Lease lease;
    lease.address = address;
    lease.mac = mac;
    lease.clientId = clientId;
    lease.hostname = hostname;
    lease.expires = now().addSecs(hold.count());
    lease.state = LeaseState::Offered;
    return store(lease);
}

Lease LeaseTable::bind(const QHostAddress &address, const QByteArray &mac,
                       const QByteArray &clientId, const QString &hostname,
                       std::chrono::seconds leaseTime)
{
    Lease lease;
    lease.address = address;
    lease.mac = mac;
    lease.clientId = clientId;
    lease.hostname = hostname;
    lease.expires = now().addSecs(leaseTime.count());
    lease.state = LeaseState::Bound;
    return store(lease);
}

std::optional<Lease> LeaseTable::release(const QHostAddress &address, const QByteArray &clientKey)
{
    auto lease = findByAddress(address);
    if (!lease || lease->clientKey() != clientKey)
        return std::nullopt;
    lease->state = LeaseState::Released;
    lease->expires = now();
    return store(*lease);
}

Lease LeaseTable::decline(const QHostAddress &address, std::chrono::seconds quarantine)
{
    Lease lease;
    if (const auto current = findByAddress(address))
        lease = *current;
    m_byClient.remove(lease.clientKey());
    lease.address = address;
    lease.state = LeaseState::Declined;
    lease.expires = now().addSecs(quarantine.count());
    return store(lease);
}

} // namespace ztp::dhcp
