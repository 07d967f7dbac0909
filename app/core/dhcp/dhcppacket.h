#pragma once

#include "common/result.h"
#include "dhcp/dhcpoptions.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>

#include <optional>
#include <utility>

namespace ztp::dhcp {

// The options of one message in wire order, each code once with its value joined across
// repeated instances (RFC 3396).
class DhcpOptions
{
public:
    bool contains(quint8 code) const;
    bool contains(OptionCode code) const { return contains(quint8(code)); }
    // The value of an option, or an empty array when it is absent.
    QByteArray value(quint8 code) const;
    QByteArray value(OptionCode code) const { return value(quint8(code)); }
    // Sets an option, keeping its position when it exists and appending it otherwise.
    void set(quint8 code, const QByteArray &value);
    void set(OptionCode code, const QByteArray &value) { set(quint8(code), value); }
    void remove(quint8 code);
    // Appends to an option's value, as the decoder does for repeated instances.
    void append(quint8 code, const QByteArray &value);

    const QList<std::pair<quint8, QByteArray>> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // Typed readers; nullopt when the option is absent or its length is wrong.
    std::optional<QHostAddress> ipv4(OptionCode code) const;
    std::optional<quint32> uint32(OptionCode code) const;
    std::optional<quint16> uint16(OptionCode code) const;
    std::optional<quint8> uint8(OptionCode code) const;

private:
    QList<std::pair<quint8, QByteArray>> m_entries;
};

// One DHCPv4 message (RFC 2131 section 2).
struct DhcpPacket
{
    BootOp op = BootOp::Request;
    quint8 htype = 1; // Ethernet
    quint8 hlen = 6;
    quint8 hops = 0;
    quint32 xid = 0;
    quint16 secs = 0;
    quint16 flags = 0;
    QHostAddress ciaddr {quint32(0)};
    QHostAddress yiaddr {quint32(0)};
    QHostAddress siaddr {quint32(0)};
    QHostAddress giaddr {quint32(0)};
    QByteArray chaddr; // 16 octets as on the wire
    QByteArray sname;  // 64 octets as on the wire, or shorter text padded when encoding
    QByteArray file;   // 128 octets as on the wire, or shorter text padded when encoding
    DhcpOptions options;

    std::optional<MessageType> messageType() const;
    // The client's hardware address: the first hlen octets of chaddr (at most 16).
    QByteArray clientHardwareAddress() const;
    bool broadcast() const { return flags & BroadcastFlag; }
};

// Decodes a message. Options overloaded into `file` and `sname` (option 52) are read too, and
// repeated options are joined (RFC 3396). Malformed input gives an error naming the offset.
Result<DhcpPacket> decodePacket(const QByteArray &datagram);

// Encodes a message whose options fit in maxMessageSize octets (IP and UDP headers included,
// as option 57 counts them). Options longer than 255 octets are split (RFC 3396), and option 82
// is kept last (RFC 3046). Options that do not fit are dropped and named in *dropped.
QByteArray encodePacket(const DhcpPacket &packet, int maxMessageSize = MinimumMaxMessageSize,
                        QList<quint8> *dropped = nullptr);

// Helpers to build option values.
QByteArray encodeIpv4(const QHostAddress &address);
QByteArray encodeIpv4List(const QList<QHostAddress> &addresses);
QByteArray encodeUint32(quint32 value);
QByteArray encodeUint16(quint16 value);

// Text of an option value with trailing NULs removed, as many clients pad strings, and each
// control character (C0, DEL, C1) replaced by '?'.
QString optionText(const QByteArray &value);

} // namespace ztp::dhcp
