#include "devices/mergerules.h"

#include "devices/deviceregistry.h"
#include "platform/netplatform.h"

#include <QRegularExpression>

#include <algorithm>

namespace ztp::devices::rules {

namespace {

QList<QByteArray> sightingMacs(const Sighting &sighting)
{
    QList<QByteArray> macs;
    if (sighting.mac.size() == 6)
        macs.append(sighting.mac);
    for (const QByteArray &mac : sighting.otherMacs + macsFromClientId(sighting.clientId)) {
        if (mac.size() == 6 && !macs.contains(mac))
            macs.append(mac);
    }
    return macs;
}

int firstRow(const QList<int> &rows)
{
    return rows.isEmpty() ? -1 : rows.first();
}

bool sameValue(IdentifierKind kind, const QString &a, const QString &b)
{
    if (kind == IdentifierKind::Mac || kind == IdentifierKind::Serial
        || kind == IdentifierKind::ClientId)
        return a.compare(b, Qt::CaseInsensitive) == 0;
    return a == b;
}

void addIdentifierSeen(Device &device, IdentifierKind kind, const QString &value,
                       const Evidence &evidence, int sightings)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return;

    for (Identifier &identifier : device.identifiers) {
        if (identifier.kind != kind || !sameValue(kind, identifier.value, trimmed))
            continue;
        identifier.sightings += sightings;
        if (evidence.time >= identifier.evidence.time)
            identifier.evidence = evidence;
        return;
    }

    Identifier identifier;
    identifier.kind = kind;
    identifier.value = trimmed;
    identifier.evidence = evidence;
    identifier.sightings = sightings;
    device.identifiers.append(identifier);
}

} // namespace

int findByMac(const DeviceRegistry &registry, const Sighting &sighting)
{
    for (const QByteArray &mac : sightingMacs(sighting)) {
        const int row = firstRow(registry.rowsWith(IdentifierKind::Mac, platform::formatMac(mac)));
        if (row >= 0)
            return row;
    }
    return -1;
}

int findBySerial(const DeviceRegistry &registry, const Sighting &sighting)
{
    return firstRow(registry.rowsWith(IdentifierKind::Serial, sighting.serial));
}

int findByClientId(const DeviceRegistry &registry, const Sighting &sighting)
{
    if (sighting.clientId.isEmpty())
        return -1;
    return firstRow(registry.rowsWith(IdentifierKind::ClientId,
                                      QString::fromLatin1(sighting.clientId.toHex())));
}

int findByAddress(const DeviceRegistry &registry, const Sighting &sighting)
{
    if (sighting.sourceAddress.isNull())
        return -1;

    // A device that only was offered an address, or released it, does not hold it.
    for (int row : registry.rowsWith(IdentifierKind::Address, sighting.sourceAddress.toString())) {
        const Device &device = registry.at(row);
        if (device.ip == sighting.sourceAddress && device.state != DeviceState::Discovered)
            return row;
    }
    return -1;
}

QList<QByteArray> macsFromClientId(const QByteArray &clientId)
{
    // RFC 2132 section 9.14: type 1 is an Ethernet hardware address.
    if (clientId.size() == 7 && clientId.at(0) == 1)
        return {clientId.mid(1)};

    // IOS-XE: type 0, then "cisco-" + MAC in dotted Cisco notation + "-" + interface name.
    static const QRegularExpression ciscoForm(
        QStringLiteral("^cisco-([0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4})-"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(clientId.mid(1));
    const QRegularExpressionMatch match = ciscoForm.match(text);
    if (clientId.size() > 1 && clientId.at(0) == 0 && match.hasMatch())
        return {platform::parseMac(match.captured(1))};
    return {};
}

void absorb(Device &kept, const Device &duplicate)
{
    kept.firstSeen = std::min(kept.firstSeen, duplicate.firstSeen);
    kept.lastSeen = std::max(kept.lastSeen, duplicate.lastSeen);

    // The duplicate's primary MAC stays findable as an identifier of the kept record.
    Evidence mergeEvidence;
    mergeEvidence.source = EvidenceSource::Dhcp;
    mergeEvidence.time = duplicate.lastSeen;
    mergeEvidence.detail = QStringLiteral("record %1 merged").arg(duplicate.key());
    addIdentifier(kept, IdentifierKind::Mac, duplicate.key(), mergeEvidence);
    for (const Identifier &identifier : duplicate.identifiers)
        addIdentifierSeen(kept, identifier.kind, identifier.value, identifier.evidence,
                          identifier.sightings);

    // Fields set without identifiers by older code are taken when the kept record lacks them.
    if (kept.serial.isEmpty())
        kept.serial = duplicate.serial;
    if (kept.hostname.isEmpty())
        kept.hostname = duplicate.hostname;
    if (kept.templateName.isEmpty())
        kept.templateName = duplicate.templateName;
    if (kept.image.isEmpty())
        kept.image = duplicate.image;
    if (kept.ip.isNull())
        kept.ip = duplicate.ip;
    for (auto it = duplicate.inventory.cbegin(); it != duplicate.inventory.cend(); ++it) {
        if (!kept.inventory.contains(it.key()))
            kept.inventory.insert(it.key(), it.value());
    }

    // The record further along keeps its state: a merge never undoes progress.
    if (int(duplicate.state) > int(kept.state) && duplicate.state != DeviceState::Stalled)
        kept.state = duplicate.state;

    kept.timeline.append(duplicate.timeline);
    std::stable_sort(kept.timeline.begin(), kept.timeline.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.time < b.time; });
    refreshDisplayFields(kept);
}

void addIdentifier(Device &device, IdentifierKind kind, const QString &value, const Evidence &evidence)
{
    addIdentifierSeen(device, kind, value, evidence, 1);
}

const Identifier *preferredIdentifier(const Device &device, IdentifierKind kind)
{
    const Identifier *best = nullptr;
    for (const Identifier &identifier : device.identifiers) {
        if (identifier.kind != kind)
            continue;
        if (!best) {
            best = &identifier;
            continue;
        }
        const bool newer = identifier.evidence.time >= best->evidence.time;
        if (kind == IdentifierKind::Address) {
            if (newer)
                best = &identifier;
            continue;
        }
        if (identifier.evidence.source > best->evidence.source
            || (identifier.evidence.source == best->evidence.source && newer))
            best = &identifier;
    }
    return best;
}

void refreshDisplayFields(Device &device)
{
    const auto apply = [&device](IdentifierKind kind, QString &field) {
        if (const Identifier *preferred = preferredIdentifier(device, kind))
            field = preferred->value;
    };
    apply(IdentifierKind::Serial, device.serial);
    apply(IdentifierKind::Model, device.model);
    apply(IdentifierKind::Vendor, device.vendor);
    apply(IdentifierKind::Hostname, device.hostname);
    apply(IdentifierKind::BenchPosition, device.benchPosition);
}

} // namespace ztp::devices::rules
