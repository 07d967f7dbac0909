#include "devices/devicemerger.h"

#include "common/logging.h"
#include "devices/deviceregistry.h"
#include "devices/ouiregistry.h"
#include "platform/netplatform.h"

namespace ztp::devices {

namespace {

Evidence evidenceFor(const Sighting &sighting, IdentifierKind kind)
{
    Evidence evidence = sighting.evidence;
    const QString origin = sighting.origins.value(kind);
    if (!origin.isEmpty())
        evidence.detail = evidence.detail.isEmpty() ? origin
                                                    : QStringLiteral("%1, %2").arg(evidence.detail, origin);
    return evidence;
}

} // namespace

DeviceMerger::DeviceMerger(DeviceRegistry *registry)
    : m_registry(registry)
{
}

int DeviceMerger::find(const Sighting &sighting) const
{
    const QList<int> rows = matchingRows(sighting);
    return rows.isEmpty() ? -1 : rows.first();
}

QList<int> DeviceMerger::matchingRows(const Sighting &sighting) const
{
    QList<int> rows;
    for (int row : {rules::findByMac(*m_registry, sighting), rules::findBySerial(*m_registry, sighting),
                    rules::findByClientId(*m_registry, sighting),
                    rules::findByAddress(*m_registry, sighting)}) {
        if (row >= 0 && !rows.contains(row))
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

int DeviceMerger::apply(const Sighting &sighting)
{
    const QList<int> rows = matchingRows(sighting);

    Device device;
    if (!rows.isEmpty()) {
        const int row = mergeRows(rows);
        device = m_registry->at(row);
    } else {
        QByteArray mac = sighting.mac;
        if (mac.size() != 6 && !sighting.otherMacs.isEmpty())
            mac = sighting.otherMacs.first();
        if (mac.size() != 6) {
            qCInfo(lcDevices).noquote() << "sighting without a MAC matches no device:"
                                        << sighting.evidence.detail;
            return -1;
        }
        device.mac = mac;
        device.firstSeen = sighting.evidence.time;
        enterState(device, DeviceState::Discovered,
                   QStringLiteral("first seen: %1").arg(sighting.evidence.detail),
                   sighting.evidence.time);
    }

    record(device, sighting);
    m_registry->upsert(device);
    return m_registry->indexOf(device.mac);
}

int DeviceMerger::mergeRows(QList<int> rows)
{
    const int kept = rows.takeFirst();
    if (rows.isEmpty())
        return kept;

    Device merged = m_registry->at(kept);
    for (int row : std::as_const(rows)) {
        const Device &duplicate = m_registry->at(row);
        qCInfo(lcDevices).noquote() << "records" << merged.key() << "and" << duplicate.key()
                                    << "are one device; merging into" << merged.key();
        rules::absorb(merged, duplicate);
        addTimelineEntry(merged, QStringLiteral("merged with record %1").arg(duplicate.key()),
                         QDateTime::currentDateTimeUtc());
    }

    // Remove from the bottom so the rows still to remove keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_registry->remove(row);

    m_registry->upsert(merged);
    return m_registry->indexOf(merged.mac);
}

void DeviceMerger::record(Device &device, const Sighting &sighting) const
{
    const auto add = [&](IdentifierKind kind, const QString &value) {
        rules::addIdentifier(device, kind, value, evidenceFor(sighting, kind));
    };

    if (sighting.mac.size() == 6)
        add(IdentifierKind::Mac, platform::formatMac(sighting.mac));
    for (const QByteArray &mac : sighting.otherMacs + rules::macsFromClientId(sighting.clientId)) {
        if (mac.size() == 6)
            add(IdentifierKind::Mac, platform::formatMac(mac));
    }
    if (!sighting.clientId.isEmpty()) {
        add(IdentifierKind::ClientId, QString::fromLatin1(sighting.clientId.toHex()));
        device.clientId = sighting.clientId;
    }
    add(IdentifierKind::Serial, sighting.serial);
    add(IdentifierKind::Model, sighting.model);
    add(IdentifierKind::Vendor, sighting.vendor);
    add(IdentifierKind::Hostname, sighting.hostname);
    if (!sighting.leasedAddress.isNull()) {
        add(IdentifierKind::Address, sighting.leasedAddress.toString());
        device.ip = sighting.leasedAddress;
    }
    if (!sighting.circuitId.isEmpty()) {
        const QString position = m_positions.value(sighting.circuitId);
        add(IdentifierKind::BenchPosition, position.isEmpty() ? sighting.circuitId : position);
    }
    if (!sighting.profile.isEmpty())
        device.profile = sighting.profile;

    if (m_oui && !device.identifiers.isEmpty()) {
        const QString organisation = m_oui->organisation(device.mac);
        if (!organisation.isEmpty()) {
            Evidence oui {EvidenceSource::Oui, sighting.evidence.time,
                          QStringLiteral("IEEE OUI %1").arg(platform::formatMac(device.mac).left(8))};
            rules::addIdentifier(device, IdentifierKind::Vendor, organisation, oui);
        }
    }

    if (sighting.evidence.time > device.lastSeen)
        device.lastSeen = sighting.evidence.time;
    rules::refreshDisplayFields(device);
}

void enterState(Device &device, DeviceState state, const QString &summary, const QDateTime &time)
{
    device.state = state;
    TimelineEntry entry;
    entry.time = time;
    entry.state = state;
    entry.summary = summary;
    device.timeline.append(entry);
    if (device.timeline.size() > TimelineLimit)
        device.timeline.remove(0, device.timeline.size() - TimelineLimit);
}

void addTimelineEntry(Device &device, const QString &summary, const QDateTime &time)
{
    TimelineEntry entry;
    entry.time = time;
    entry.summary = summary;
    device.timeline.append(entry);
    if (device.timeline.size() > TimelineLimit)
        device.timeline.remove(0, device.timeline.size() - TimelineLimit);
}

} // namespace ztp::devices
