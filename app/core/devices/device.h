#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace ztp::devices {

// Where a device is in its provisioning, in the order a successful run passes through.
enum class DeviceState {
    Discovered,        // seen (a DISCOVER, a request), no address yet
    Leased,            // holds an address from the bench
    ConfigurationSent, // its rendered configuration was transferred completely
    Failed,            // a transfer or a rendering failed; the event log says why
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
    QDateTime firstSeen;      // UTC
    QDateTime lastSeen;       // UTC
    QVariantMap inventory;    // extra inventory columns, as template variables

    QString key() const; // "00:1c:73:1a:2b:3c"
};

} // namespace ztp::devices
