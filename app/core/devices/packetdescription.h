#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ztp::devices {

// One line of a decoded DHCP message for the device detail panel: a header field or an option.
struct PacketField
{
    int code = -1;     // option code; -1 for a BOOTP header field
    QString name;      // "Vendor class identifier", "yiaddr"
    QString value;     // decoded value, e.g. "10.0.0.23" or "ciscopnp"
    QByteArray raw;    // the option value as sent; empty for header fields
};

struct PacketDescription
{
    QString summary; // "DHCP ACK, xid 3903f326, 10.0.0.23"
    QList<PacketField> fields;
};

// The RFC name of a DHCPv4 option ("Router", "Client identifier"); "Option N" for codes the
// bench does not know.
QString dhcpOptionName(int code);

// Decodes one DHCPv4 datagram into named header fields and options with decoded values.
// Malformed input returns the decoder's error, which names the offset.
Result<PacketDescription> describeDhcpPacket(const QByteArray &datagram);

} // namespace ztp::devices
