#pragma once

#include "dhcp/dhcppacket.h"

#include <QString>

namespace ztp::dhcp {

// What a device says about itself in a DHCP request: vendor, model and serial number, read from
// option 60, 61, 124 and 12 in the formats vendors document or send in captures.
struct DeviceIdentity
{
    QString vendor; // "Cisco", "Juniper", "Arista", "SONiC", "ZPE", "ONIE", "Dell", or empty
    QString model;
    QString serial;

    bool isEmpty() const { return vendor.isEmpty() && model.isEmpty() && serial.isEmpty(); }
};

// Parses the identity. Fields the request does not carry stay empty.
DeviceIdentity parseDeviceIdentity(const DhcpOptions &options);

// The option 61 value the lease table keys this client on, or an empty array to key on chaddr.
// Empty when option 61 is absent or malformed (ignored, RFC 2131 section 4.2 makes it optional)
// and for Cisco IOS-XE, whose option 61 alternates between consecutive DISCOVER bursts (the
// serial, then "cisco-<mac>-Vl1"), so only chaddr stays the same; the serial is recorded with
// the device instead.
QByteArray leaseClientIdentifier(const DhcpPacket &request);

} // namespace ztp::dhcp
