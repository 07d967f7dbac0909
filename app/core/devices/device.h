#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QString>
#include <QVariantMap>

#include "devices/identifier.h"

#include <optional>

namespace ztp::devices {

// Provisioning stage of a device, in the order a successful run passes through.
enum class DeviceState {
    Discovered,        // seen (a DISCOVER, a request), no address yet
    Leased,            // has a DHCP lease from the bench
    ConfigurationSent, // its rendered configuration was transferred completely
    ImageSent,         // a software image was transferred completely
    ReportedDone,      // the device reported success, or the technician marked it done
    Failed,            // a transfer or a rendering failed; the event log records why
    Stalled,           // no progress for longer than the stall timeout (see StallWatch)
};

QString deviceStateName(DeviceState state);
std::optional<DeviceState> deviceStateFromName(const QString &name);

// One physical device on the bench.
struct Device
{
    QByteArray mac;           // 6 octets; the record's key
    QByteArray clientId;      // last DHCP option 61
    QString vendorClass;      // last DHCP option 60
    QString hostname;         // from the inventory, else what the device sent
    QString serial;           // from the inventory
    QHostAddress ip;
    DeviceState state = DeviceState::Discovered;
    QString templateName;     // template used for its configuration
    QString configSha256;     // hex SHA-256 of the last configuration sent
    QString templateSha256;   // hex SHA-256 of the template revision that rendered it
    QDateTime firstSeen;      // UTC
    QDateTime lastSeen;       // UTC
    QVariantMap inventory;    // extra inventory columns, as template variables
    // Reported by the device itself over HTTP headers, PnP or SZTP; not yet stored in history.
    QString platform;         // "arista", "cumulus", "sonic", "onie", "cisco-pnp", "sztp"
    QString model;
    QString softwareVersion;
    QString progress;         // last ZTP progress the device reported, e.g. "config-complete"
    // Every identifier any source gave, with its evidence; the fields above show the preferred
    // value of each kind (see mergerules.h). Not yet stored in history.
    QList<Identifier> identifiers;
    QList<TimelineEntry> timeline; // state changes and actions, oldest first, at most TimelineLimit
    QString vendor;           // IEEE OUI organisation of the MAC, or what the device reported
    QString profile;          // vendor profile that matched its DHCP request
    QString image;            // software image assigned to it
    QString benchPosition;    // from its option 82 circuit id through BenchPositions
    TransferProgress transfer; // the running TFTP or HTTP transfer, if any

    QString key() const; // "00:1c:73:1a:2b:3c"
};

} // namespace ztp::devices
