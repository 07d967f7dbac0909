#include "dhcp/dhcppacket.h"

#include "common/text.h"

#include <QtEndian>

namespace ztp::dhcp {

namespace {

constexpr quint32 MagicCookie = 0x63825363;
constexpr int UdpIpHeaderSize = 28;  // IPv4 without options (20) + UDP (8)
constexpr int MinimumBootpSize = 300; // RFC 1542 section 2.1: some relays drop shorter BOOTP

constexpr int OverloadFile = 1;
constexpr int OverloadSname = 2;

Error malformed(const QString &what, int offset)
{
    return Error{QStringLiteral("malformed DHCP message: %1 at offset %2").arg(what).arg(offset)};
}

// Reads code/length/value options from one area into `options`. `base` is the area's offset in
// the datagram, for error messages.
Status readOptionArea(const QByteArray &area, int base, DhcpOptions &options)
{
    int position = 0;
    while (position < area.size()) {
        const auto code = quint8(area.at(position));
        if (code == quint8(OptionCode::Pad)) {
            ++position;
            continue;
        }
        if (code == quint8(OptionCode::End))
            return Status::success();

        if (position + 1 >= area.size())
            return malformed(QStringLiteral("option %1 has no length").arg(code), base + position);
        const int length = quint8(area.at(position + 1));
        if (position + 2 + length > area.size())
            return malformed(QStringLiteral("option %1 of %2 octets runs past the end")
                                 .arg(code)
                                 .arg(length),
                             base + position);

        options.append(code, area.mid(position + 2, length));
        position += 2 + length;
    }

    // A missing End option is tolerated: many embedded clients omit it.
    return Status::success();
}

QHostAddress readAddress(const char *data)
{
    return QHostAddress(qFromBigEndian<quint32>(data));
}

void writeAddress(QByteArray &out, const QHostAddress &address)
{
    const quint32 value = address.isNull() ? 0 : address.toIPv4Address();
    char buffer[4];
    qToBigEndian(value, buffer);
    out.append(buffer, 4);
}

QByteArray fixedField(const QByteArray &value, int size)
{
    QByteArray field = value.left(size);
    field.append(QByteArray(size - field.size(), '\0'));
    return field;
}

// Appends one option, split into 255-octet instances when longer (RFC 3396 section 5).
void writeOption(QByteArray &out, quint8 code, const QByteArray &value)
{
    if (value.isEmpty()) {
        out.append(char(code));
        out.append(char(0));
        return;
    }
    for (int offset = 0; offset < value.size(); offset += 255) {
        const QByteArray chunk = value.mid(offset, 255);
        out.append(char(code));
        out.append(char(chunk.size()));
        out.append(chunk);
    }
}

int encodedOptionSize(const QByteArray &value)
{
    if (value.isEmpty())
        return 2;
    const int instances = int((value.size() + 254) / 255);
    return int(value.size()) + 2 * instances;
}

} // namespace

const char *messageTypeName(MessageType type)
{
    switch (type) {
    case MessageType::Discover:
        return "DISCOVER";
    case MessageType::Offer:
        return "OFFER";
    case MessageType::Request:
        return "REQUEST";
    case MessageType::Decline:
        return "DECLINE";
    case MessageType::Ack:
        return "ACK";
    case MessageType::Nak:
        return "NAK";
    case MessageType::Release:
        return "RELEASE";
    case MessageType::Inform:
        return "INFORM";
    }
    return "UNKNOWN";
}

bool DhcpOptions::contains(quint8 code) const
{
    for (const auto &entry : m_entries) {
        if (entry.first == code)
            return true;
    }
    return false;
}

QByteArray DhcpOptions::value(quint8 code) const
{
    for (const auto &entry : m_entries) {
        if (entry.first == code)
            return entry.second;
    }
    return {};
}

void DhcpOptions::set(quint8 code, const QByteArray &value)
{
    for (auto &entry : m_entries) {
        if (entry.first == code) {
            entry.second = value;
            return;
        }
    }
    m_entries.append({code, value});
}

void DhcpOptions::remove(quint8 code)
{
    m_entries.removeIf([code](const auto &entry) { return entry.first == code; });
}

void DhcpOptions::append(quint8 code, const QByteArray &value)
{
    for (auto &entry : m_entries) {
        if (entry.first == code) {
            entry.second.append(value);
            return;
        }
    }
    m_entries.append({code, value});
}

std::optional<QHostAddress> DhcpOptions::ipv4(OptionCode code) const
{
    const QByteArray data = value(code);
    if (data.size() != 4)
        return std::nullopt;
    return readAddress(data.constData());
}

std::optional<quint32> DhcpOptions::uint32(OptionCode code) const
{
    const QByteArray data = value(code);
    if (data.size() != 4)
        return std::nullopt;
    return qFromBigEndian<quint32>(data.constData());
}

std::optional<quint16> DhcpOptions::uint16(OptionCode code) const
{
    const QByteArray data = value(code);
    if (data.size() != 2)
        return std::nullopt;
    return qFromBigEndian<quint16>(data.constData());
}

std::optional<quint8> DhcpOptions::uint8(OptionCode code) const
{
    const QByteArray data = value(code);
    if (data.size() != 1)
        return std::nullopt;
    return quint8(data.at(0));
}

std::optional<MessageType> DhcpPacket::messageType() const
{
    const auto type = options.uint8(OptionCode::MessageType);
    if (!type || *type < quint8(MessageType::Discover) || *type > quint8(MessageType::Inform))
        return std::nullopt;
    return MessageType(*type);
}

QByteArray DhcpPacket::clientHardwareAddress() const
{
    return chaddr.left(qMin<int>(hlen, 16));
}

Result<DhcpPacket> decodePacket(const QByteArray &datagram)
{
    if (datagram.size() < OptionsOffset)
        return malformed(QStringLiteral("message of %1 octets is shorter than the %2-octet header")
                             .arg(datagram.size())
                             .arg(OptionsOffset),
                         0);

    const char *data = datagram.constData();
    if (qFromBigEndian<quint32>(data + FixedHeaderSize) != MagicCookie)
        return malformed(QStringLiteral("magic cookie missing"), FixedHeaderSize);

    DhcpPacket packet;
    const quint8 op = quint8(data[0]);
    if (op != quint8(BootOp::Request) && op != quint8(BootOp::Reply))
        return malformed(QStringLiteral("op %1 is neither BOOTREQUEST nor BOOTREPLY").arg(op), 0);
    packet.op = BootOp(op);
    packet.htype = quint8(data[1]);
    packet.hlen = quint8(data[2]);
    packet.hops = quint8(data[3]);
    packet.xid = qFromBigEndian<quint32>(data + 4);
    packet.secs = qFromBigEndian<quint16>(data + 8);
    packet.flags = qFromBigEndian<quint16>(data + 10);
    packet.ciaddr = readAddress(data + 12);
    packet.yiaddr = readAddress(data + 16);
    packet.siaddr = readAddress(data + 20);
    packet.giaddr = readAddress(data + 24);
    packet.chaddr = datagram.mid(28, 16);
    packet.sname = datagram.mid(44, 64);
    packet.file = datagram.mid(108, 128);

    if (const Status status = readOptionArea(datagram.mid(OptionsOffset), OptionsOffset,
                                             packet.options);
        !status)
        return Error{status.errorString()};

    // RFC 2131 section 4.1 and RFC 3396 section 7: the options field first, then `file`, then
    // `sname`, when option 52 says they carry options.
    const auto overload = packet.options.uint8(OptionCode::OptionOverload);
    if (overload) {
        if (*overload & OverloadFile) {
            if (const Status status = readOptionArea(packet.file, 108, packet.options); !status)
                return Error{status.errorString()};
            packet.file.clear();
        }
        if (*overload & OverloadSname) {
            if (const Status status = readOptionArea(packet.sname, 44, packet.options); !status)
                return Error{status.errorString()};
            packet.sname.clear();
        }
    }

    return packet;
}

QByteArray encodePacket(const DhcpPacket &packet, int maxMessageSize, QList<quint8> *dropped)
{
    QByteArray out;
    out.reserve(qMax(MinimumBootpSize, maxMessageSize));

    out.append(char(packet.op));
    out.append(char(packet.htype));
    out.append(char(packet.hlen));
    out.append(char(packet.hops));
    char buffer[4];
    qToBigEndian(packet.xid, buffer);
    out.append(buffer, 4);
    qToBigEndian(packet.secs, buffer);
    out.append(buffer, 2);
    qToBigEndian(packet.flags, buffer);
    out.append(buffer, 2);
    writeAddress(out, packet.ciaddr);
    writeAddress(out, packet.yiaddr);
    writeAddress(out, packet.siaddr);
    writeAddress(out, packet.giaddr);
    out.append(fixedField(packet.chaddr, 16));
    out.append(fixedField(packet.sname, 64));
    out.append(fixedField(packet.file, 128));
    qToBigEndian(MagicCookie, buffer);
    out.append(buffer, 4);

    // Room for options, keeping one octet for End.
    const int limit = qMax(maxMessageSize, MinimumMaxMessageSize) - UdpIpHeaderSize - 1;
    const quint8 relayAgent = quint8(OptionCode::RelayAgentInformation);
    const QByteArray relayValue = packet.options.value(relayAgent);
    const bool hasRelay = packet.options.contains(relayAgent);
    const int reserved = hasRelay ? encodedOptionSize(relayValue) : 0;

    for (const auto &[code, value] : packet.options.entries()) {
        if (code == relayAgent)
            continue;
        if (out.size() + encodedOptionSize(value) + reserved > limit) {
            if (dropped)
                dropped->append(code);
            continue;
        }
        writeOption(out, code, value);
    }

    // RFC 3046 section 2.2: echoed last, and dropped whole rather than truncated.
    if (hasRelay) {
        if (out.size() + reserved <= limit)
            writeOption(out, relayAgent, relayValue);
        else if (dropped)
            dropped->append(relayAgent);
    }

    out.append(char(OptionCode::End));
    if (out.size() < MinimumBootpSize)
        out.append(QByteArray(MinimumBootpSize - out.size(), '\0'));
    return out;
}

QByteArray encodeIpv4(const QHostAddress &address)
{
    QByteArray out;
    writeAddress(out, address);
    return out;
}

QByteArray encodeIpv4List(const QList<QHostAddress> &addresses)
{
    QByteArray out;
    for (const QHostAddress &address : addresses)
        writeAddress(out, address);
    return out;
}

QByteArray encodeUint32(quint32 value)
{
    char buffer[4];
    qToBigEndian(value, buffer);
    return QByteArray(buffer, 4);
}

QByteArray encodeUint16(quint16 value)
{
    char buffer[2];
    qToBigEndian(value, buffer);
    return QByteArray(buffer, 2);
}

QString optionText(const QByteArray &value)
{
    QByteArray bytes = value;
    while (bytes.endsWith('\0'))
        bytes.chop(1);

    // These texts become hostnames and serials in templates, tables and logs, where a line
    // break or an escape sequence from a client would inject lines or terminal commands.
    QString text = QString::fromUtf8(bytes);
    for (QChar &c : text) {
        if (isControlCharacter(c))
            c = u'?';
    }
    return text;
}

} // namespace ztp::dhcp
