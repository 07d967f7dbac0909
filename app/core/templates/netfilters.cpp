#include "netfilters.h"

#include "filters.h"
#include "runtime.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace ztp::templates::net {

namespace {

__extension__ typedef unsigned __int128 Uint128;

struct Interface
{
    bool v6 = false;
    Uint128 address = 0; // IPv4 uses the low 32 bits
    int prefix = 0;

    int bits() const { return v6 ? 128 : 32; }
    Uint128 allOnes() const { return v6 ? ~Uint128(0) : Uint128(0xffffffffu); }
    Uint128 netmask() const { return prefix == 0 ? 0 : (allOnes() << (bits() - prefix)) & allOnes(); }
    Uint128 hostmask() const { return allOnes() & ~netmask(); }
    Uint128 network() const { return address & netmask(); }
    Uint128 broadcast() const { return network() | hostmask(); }
};

// Dotted-quad IPv4 as Python 3.11 accepts it: four decimal octets, no leading zeros.
std::optional<quint32> parseIpv4(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 value = 0;
    for (QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return std::nullopt;
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
        if (part.size() > 1 && part.startsWith(u'0'))
            return std::nullopt;
        const uint octet = part.toUInt();
        if (octet > 255)
            return std::nullopt;
        value = (value << 8) | octet;
    }
    return value;
}

std::optional<Uint128> parseIpv6(QStringView text)
{
    if (text.isEmpty() || text.contains(u'%'))
        return std::nullopt;

    // An embedded IPv4 address takes the last two hextets.
    QString work = text.toString();
    std::optional<quint32> tail;
    const qsizetype lastColon = work.lastIndexOf(u':');
    if (lastColon >= 0 && work.indexOf(u'.', lastColon) >= 0) {
        tail = parseIpv4(QStringView(work).mid(lastColon + 1));
        if (!tail)
            return std::nullopt;
        work = work.left(lastColon + 1) + u"0:0"_s;
    }

    const qsizetype doubleColon = work.indexOf(u"::");
    if (doubleColon >= 0 && work.indexOf(u"::", doubleColon + 1) >= 0)
        return std::nullopt;

    auto parseGroups = [](QStringView part, std::vector<quint16> *groups) {
        if (part.isEmpty())
            return true;
        for (QStringView group : part.split(u':')) {
            if (group.isEmpty() || group.size() > 4)
                return false;
            for (QChar c : group) {
                if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f'))
                    return false;
            }
            groups->push_back(quint16(group.toUInt(nullptr, 16)));
        }
        return true;
    };

    std::vector<quint16> head;
    std::vector<quint16> rest;
    if (doubleColon >= 0) {
        if (!parseGroups(QStringView(work).left(doubleColon), &head)
            || !parseGroups(QStringView(work).mid(doubleColon + 2), &rest))
            return std::nullopt;
        if (head.size() + rest.size() > 7)
            return std::nullopt;
    } else {
        if (!parseGroups(QStringView(work), &head) || head.size() != 8)
            return std::nullopt;
    }
    std::vector<quint16> groups = head;
    groups.resize(8 - rest.size(), 0);
    groups.insert(groups.end(), rest.begin(), rest.end());

    Uint128 value = 0;
    for (quint16 group : groups)
        value = (value << 16) | group;
    if (tail)
        value = (value & ~Uint128(0xffffffffu)) | *tail;
    return value;
}

// Python's _prefix_from_ip_string(): a netmask, or failing that a hostmask.
std::optional<int> prefixFromMask(quint32 mask)
{
    auto prefixOfNetmask = [](quint32 m) -> std::optional<int> {
        int ones = 0;
        while (ones < 32 && (m & (0x80000000u >> ones)))
            ++ones;
        const quint32 expected = ones == 0 ? 0 : 0xffffffffu << (32 - ones);
        if (m != expected)
            return std::nullopt;
        return ones;
    };
    if (auto prefix = prefixOfNetmask(mask))
        return prefix;
    return prefixOfNetmask(~mask);
}

Interface parseInterface(Context &context, const Value &input, SourcePos pos)
{
    const QString text = context.str(input);
    auto invalid = [&]() {
        raise(pos, u"ValueError: '%1' does not appear to be an IPv4 or IPv6 interface"_s.arg(text));
    };

    const qsizetype slash = text.indexOf(u'/');
    const QStringView addressText = slash >= 0 ? QStringView(text).left(slash) : QStringView(text);
    const QStringView prefixText = slash >= 0 ? QStringView(text).mid(slash + 1) : QStringView();
    if (slash >= 0 && prefixText.contains(u'/'))
        invalid();

    Interface interface;
    if (const auto v4 = parseIpv4(addressText)) {
        interface.address = *v4;
    } else if (const auto v6 = parseIpv6(addressText)) {
        interface.v6 = true;
        interface.address = *v6;
    } else {
        invalid();
    }

    interface.prefix = interface.bits();
    if (slash < 0)
        return interface;
    const bool numeric = !prefixText.isEmpty()
        && std::all_of(prefixText.begin(), prefixText.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (numeric) {
        bool ok = false;
        const int prefix = prefixText.toInt(&ok);
        if (!ok || prefix > interface.bits())
            invalid();
        interface.prefix = prefix;
        return interface;
    }
    if (interface.v6)
        invalid();
    const auto mask = parseIpv4(prefixText);
    const auto prefix = mask ? prefixFromMask(*mask) : std::nullopt;
    if (!prefix)
        invalid();
    interface.prefix = *prefix;
    return interface;
}

QString formatAddress(bool v6, Uint128 value)
{
    if (!v6) {
        const quint32 v = quint32(value);
        return u"%1.%2.%3.%4"_s.arg(v >> 24).arg((v >> 16) & 0xff).arg((v >> 8) & 0xff).arg(v & 0xff);
    }
    quint16 groups[8];
    for (int i = 7; i >= 0; --i) {
        groups[i] = quint16(value & 0xffff);
        value >>= 16;
    }
    // The longest run of two or more zero groups becomes "::"; the first wins a tie.
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    QStringList parts;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            parts.append(i == 0 ? u":"_s : QString());
            i += bestLength - 1;
            if (i == 7)
                parts.append(QString());
            continue;
        }
        parts.append(QString::number(groups[i], 16));
    }
    return parts.join(u':');
}

void noArguments(const CallArgs &args, const QString &name, SourcePos pos)
{
    BoundArguments bound(args, {}, name, pos);
}

} // namespace

Value filterIpAddress(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    noArguments(args, u"ip_address"_s, pos);
    const Interface i = parseInterface(context, input, pos);
    return Value(formatAddress(i.v6, i.address));
}

Value filterIpNetwork(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    noArguments(args, u"ip_network"_s, pos);
    const Interface i = parseInterface(context, input, pos);
    return Value(u"%1/%2"_s.arg(formatAddress(i.v6, i.network())).arg(i.prefix));
}

Value filterNetmask(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    noArguments(args, u"netmask"_s, pos);
    const Interface i = parseInterface(context, input, pos);
    return Value(formatAddress(i.v6, i.netmask()));
}

Value filterHostmask(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    noArguments(args, u"hostmask"_s, pos);
    const Interface i = parseInterface(context, input, pos);
    return Value(formatAddress(i.v6, i.hostmask()));
}

Value filterPrefixLength(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    noArguments(args, u"prefix_length"_s, pos);
    return Value(qint64(parseInterface(context, input, pos).prefix));
}

Value filterNetworkAddress(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    noArguments(args, u"network_address"_s, pos);
    const Interface i = parseInterface(context, input, pos);
    return Value(formatAddress(i.v6, i.network()));
}

Value filterBroadcast(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    noArguments(args, u"broadcast"_s, pos);
    const Interface i = parseInterface(context, input, pos);
    return Value(formatAddress(i.v6, i.broadcast()));
}

Value filterHost(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"n"}, u"host"_s, pos);
    const Value index = bound.get(0, Value());
    if (!index.isInt())
        raise(pos, u"TypeError: host() needs an integer index, got %1"_s.arg(index.typeName()));
    const Interface i = parseInterface(context, input, pos);

    // Same as Python's ip_network[n]: 0 is the network address, -1 the broadcast address.
    const Uint128 size = i.hostmask() + 1; // wraps to 0 only for ::/0, handled below
    const qint64 n = index.toInt();
    const bool whole = i.v6 && i.prefix == 0;
    if (n >= 0) {
        if (!whole && Uint128(n) >= size)
            raise(pos, u"IndexError: address out of range"_s);
        return Value(formatAddress(i.v6, i.network() + Uint128(n)));
    }
    const Uint128 back = Uint128(-(n + 1));
    if (!whole && back >= size)
        raise(pos, u"IndexError: address out of range"_s);
    return Value(formatAddress(i.v6, i.broadcast() - back));
}

} // namespace ztp::templates::net
