#pragma once

#include "devices/mergerules.h"

#include <QList>
#include <QPair>

namespace ztp::dhcp {
struct DhcpExchange;
struct DhcpPacket;
} // namespace ztp::dhcp

namespace ztp::devices {

// Reads a DHCP request: chaddr, option 61, 12, 82 circuit id, and the vendor, model and serial
// that dhcp::parseDeviceIdentity() finds in options 60, 61, 124 and 12.
Sighting sightingFromDhcpRequest(const dhcp::DhcpPacket &request, const QDateTime &time);

// As above, plus the address when the bench acknowledged one and the matched profile.
Sighting sightingFromDhcpExchange(const dhcp::DhcpExchange &exchange);

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// Reads the identity headers ZTP agents send with every GET: SONiC (SERIAL-NUMBER,
// PRODUCT-NAME, BASE-MAC-ADDRESS), Cumulus (CUMULUS-SERIAL, -MGMT-MAC, -BASE-MAC,
// -PRODUCTNAME, -MANUFACTURER), ONIE (ONIE-SERIAL-NUMBER, ONIE-ETH-ADDR, ONIE-MACHINE,
// ONIE-VENDOR-ID) and Arista (X-Arista-Serial, X-Arista-SystemMAC, X-Arista-ModelName).
// `source` is the address the request came from.
Sighting sightingFromHttpHeaders(const QHostAddress &source, const HttpHeaders &headers,
                                 const QDateTime &time);

} // namespace ztp::devices
