#pragma once

#include "devices/mergerules.h"

#include <QHash>

namespace ztp::devices {

class DeviceRegistry;
class OuiRegistry;

// Turns sightings into device records, one record per physical device, by applying the merge
// rules of mergerules.h. Lives in the registry's thread.
class DeviceMerger
{
public:
    explicit DeviceMerger(DeviceRegistry *registry);

    // Optional: fills the vendor from the MAC when no source reported one.
    void setOuiRegistry(const OuiRegistry *oui) { m_oui = oui; }
    // Maps option 82 circuit ids ("Gi1/0/7") to bench positions the technician named.
    void setBenchPositions(const QHash<QString, QString> &positions) { m_positions = positions; }

    // Applies one sighting and returns the row of its device, or -1 when the sighting carries
    // no MAC and matches no record (a record needs a MAC as its key).
    int apply(const Sighting &sighting);

    // Finds the record a sighting belongs to without changing anything; -1 when none.
    int find(const Sighting &sighting) const;

private:
    QList<int> matchingRows(const Sighting &sighting) const;
    int mergeRows(QList<int> rows);
    void record(Device &device, const Sighting &sighting) const;

    DeviceRegistry *m_registry;
    const OuiRegistry *m_oui = nullptr;
    QHash<QString, QString> m_positions;
};

// Moves a device to a state and adds a timeline entry, keeping at most TimelineLimit entries.
void enterState(Device &device, DeviceState state, const QString &summary, const QDateTime &time);
// Adds a timeline entry that changes no state.
void addTimelineEntry(Device &device, const QString &summary, const QDateTime &time);
constexpr int TimelineLimit = 200;

} // namespace ztp::devices
