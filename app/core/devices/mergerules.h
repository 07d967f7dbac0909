#pragma once

#include "devices/device.h"

#include <QHostAddress>
#include <QMap>

namespace ztp::devices {

class DeviceRegistry;

// What one packet, header set or console line tells about a device. Fields the source did not
// carry stay empty.
struct Sighting
{
    Evidence evidence;
    QByteArray mac;              // chaddr, or the MAC of the interface an agent reports using
    QList<QByteArray> otherMacs; // further MACs it reported: base MAC, system MAC
    QByteArray clientId;         // DHCP option 61 as sent, type octet included
    QString serial;
    QString model;
    QString vendor;
    QString hostname;
    QHostAddress leasedAddress;  // an address the bench acknowledged to it
    QHostAddress sourceAddress;  // the address a request came from; only used to find it
    QString circuitId;           // DHCP option 82 sub-option 1
    QString profile;
    // Where in the source each value was found, e.g. Serial -> "option 61"; added to evidence.
    QMap<IdentifierKind, QString> origins;
};

// The merge rules that keep one record per physical device, one function per rule. DeviceMerger
// applies them in the order declared here; tests/devices has one test per rule.
namespace rules {

// A sighting whose chaddr or reported MAC equals a MAC of a record belongs to that record.
int findByMac(const DeviceRegistry &registry, const Sighting &sighting);

// The same serial number (compared case-insensitively) is the same device, whatever MAC it uses:
// a switch that boots from its management port and later from a front-panel port.
int findBySerial(const DeviceRegistry &registry, const Sighting &sighting);

// An option 61 value seen before identifies its device (RFC 2131 section 4.2). Cisco IOS-XE
// alternates between two values, so both are recorded and either one matches.
int findByClientId(const DeviceRegistry &registry, const Sighting &sighting);

// An HTTP request from an address the bench leased belongs to the lease holder. This is how
// SONiC without option 61 and Cumulus without a vendor class get their serial numbers.
int findByAddress(const DeviceRegistry &registry, const Sighting &sighting);

// MACs encoded in option 61: type 1 + MAC (RFC 2132 section 9.14), and the IOS-XE form
// "cisco-481b.a447.b647-Vl1" whose MAC is that of the VLAN interface, not chaddr.
QList<QByteArray> macsFromClientId(const QByteArray &clientId);

// When one sighting matches two records, both describe one device: `kept` (the older record)
// takes every identifier and timeline entry of `duplicate`, which is then forgotten.
void absorb(Device &kept, const Device &duplicate);

// Adds a value with its evidence. A value already present (MACs and serials compared
// case-insensitively) counts one more sighting and keeps the newer evidence.
void addIdentifier(Device &device, IdentifierKind kind, const QString &value, const Evidence &evidence);

// The value shown for a kind: the most trusted source, and among equals the latest. The
// exception is Address, where the latest value wins because leases move.
const Identifier *preferredIdentifier(const Device &device, IdentifierKind kind);

// Copies the preferred identifiers into the device's display fields (serial, model, vendor,
// hostname, bench position). A field without an identifier of its kind is left as it is,
// because older code sets those fields directly.
void refreshDisplayFields(Device &device);

} // namespace rules

} // namespace ztp::devices
