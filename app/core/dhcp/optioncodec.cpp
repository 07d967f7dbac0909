#include "dhcp/optioncodec.h"

#include <QtEndian>

namespace ztp::dhcp {

namespace {

constexpr int MaxOptionLength = 255;

struct TypeName
{
    OptionType type;
    const char *name;
};

constexpr TypeName TypeNames[] = {
    {OptionType::Ipv4, "ipv4"},
    {OptionType::Ipv4List, "ipv4-list"},
    {OptionType::Text, "text"},
    {OptionType::Hex, "hex"},
    {OptionType::Uint8, "uint8"},
    {OptionType::Uint16, "uint16"},
    {OptionType::Uint32, "uint32"},
    {OptionType::Boolean, "boolean"},
    {OptionType::SubOptions, "sub-options"},
    {OptionType::VendorClass, "vendor-class"},
    {OptionType::VendorSpecific, "vendor-specific"},
    {OptionType::UserClass, "user-class"},
    {OptionType::SztpRedirect, "sztp-redirect"},
};

Error invalid(const QString &text, const QString &expected)
{
    return Error{QStringLiteral("invalid value '%1': expected %2").arg(text, expected)};
}

Result<QByteArray> parseIpv4(const QString &text)
{
    QHostAddress address;
    if (!address.setAddress(text.trimmed()) || address.protocol() != QAbstractSocket::IPv4Protocol)
        return invalid(text, QStringLiteral("an IPv4 address such as 10.0.0.1"));
    QByteArray out(4, '\0');
    qToBigEndian(address.toIPv4Address(), out.data());
    return out;
}

Result<QByteArray> parseIpv4List(const QString &text)
{
    QByteArray out;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return invalid(text, QStringLiteral("one or more IPv4 addresses separated by commas"));
    for (const QString &part : parts) {
        const Result<QByteArray> address = parseIpv4(part);
        if (!address)
            return address;
        out += *address;
    }
    return out;
}

// Accepts "00:1c:73", "00 1c 73", "001c73" and "0x001c73"; rejects odd digit counts and
// anything but hex digits, so a typing slip cannot become silent garbage.
Result<QByteArray> parseHex(const QString &text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QStringLiteral("0x"), Qt::CaseInsensitive))
        digits = digits.mid(2);
    digits.remove(QLatin1Char(':')).remove(QLatin1Char(' ')).remove(QLatin1Char('.'));
    const bool allHex = std::all_of(digits.cbegin(), digits.cend(), [](QChar c) {
        return c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'));
    });
    if (digits.isEmpty() || digits.size() % 2 != 0 || !allHex)
        return invalid(text, QStringLiteral("an even number of hex digits such as 00:1c:73"));
    return QByteArray::fromHex(digits.toLatin1());
}

Result<QByteArray> parseUnsigned(const QString &text, int octets)
{
    bool ok = false;
    const quint64 value = text.trimmed().toULongLong(&ok, 0);
    const quint64 max = octets == 4 ? 0xffffffffULL : (1ULL << (8 * octets)) - 1;
    if (!ok || value > max)
        return invalid(text, QStringLiteral("an integer from 0 to %1").arg(max));
    QByteArray out(octets, '\0');
    for (int i = 0; i < octets; ++i)
        out[octets - 1 - i] = char((value >> (8 * i)) & 0xff);
    return out;
}

Result<QByteArray> parseBoolean(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("true") || value == QLatin1String("1") || value == QLatin1String("on"))
        return QByteArray(1, '\1');
    if (value == QLatin1String("false") || value == QLatin1String("0") || value == QLatin1String("off"))
        return QByteArray(1, '\0');
    return invalid(text, QStringLiteral("true or false"));
}

QString previewText(const QByteArray &value)
{
    QString out;
    for (const char c : value) {
        const auto octet = quint8(c);
        if (octet >= 0x20 && octet < 0x7f)
            out += QLatin1Char(c);
        else
            out += QStringLiteral("\\x%1").arg(octet, 2, 16, QLatin1Char('0'));
    }
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString previewIpv4List(const QByteArray &value)
{
    if (value.isEmpty() || value.size() % 4 != 0)
        return QStringLiteral("(%1 octets, not a multiple of 4) %2")
            .arg(value.size())
            .arg(QString::fromLatin1(value.toHex(' ')));
    QStringList addresses;
    for (int offset = 0; offset < value.size(); offset += 4)
        addresses.append(QHostAddress(qFromBigEndian<quint32>(value.constData() + offset)).toString());
    return addresses.join(QStringLiteral(", "));
}

QString previewUnsigned(const QByteArray &value, int octets)
{
    if (value.size() != octets)
        return QStringLiteral("(%1 octets, expected %2) %3")
            .arg(value.size())
            .arg(octets)
            .arg(QString::fromLatin1(value.toHex(' ')));
    quint64 number = 0;
    for (const char c : value)
        number = (number << 8) | quint8(c);
    return QString::number(number);
}

QString previewSubOptions(const QByteArray &value)
{
    const Result<SubOptionList> list = decodeSubOptions(value);
    if (!list)
        return QStringLiteral("(%1) %2").arg(list.errorString(), QString::fromLatin1(value.toHex(' ')));
    QStringList parts;
    for (const SubOption &sub : list->subOptions)
        parts.append(QStringLiteral("%1=%2").arg(sub.code).arg(previewText(sub.value)));
    if (list->trailingEnd)
        parts.append(QStringLiteral("end"));
    return parts.join(QStringLiteral("; "));
}

QString previewVendorBlocks(const QByteArray &value, bool subOptions)
{
    const Result<QList<VendorBlock>> blocks = decodeVendorBlocks(value);
    if (!blocks)
        return QStringLiteral("(%1) %2").arg(blocks.errorString(), QString::fromLatin1(value.toHex(' ')));
    QStringList parts;
    for (const VendorBlock &block : *blocks) {
        QString data;
        if (subOptions) {
            data = previewSubOptions(block.data);
        } else {
            QStringList instances;
            for (const QByteArray &instance : decodeVendorClassData(block.data))
                instances.append(previewText(instance));
            data = instances.join(QStringLiteral(", "));
        }
        parts.append(QStringLiteral("enterprise %1: %2").arg(block.enterprise).arg(data));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString optionTypeName(OptionType type)
{
    for (const TypeName &entry : TypeNames) {
        if (entry.type == type)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<OptionType> optionTypeFromName(const QString &name)
{
    for (const TypeName &entry : TypeNames) {
        if (name == QLatin1String(entry.name))
            return entry.type;
    }
    return std::nullopt;
}

Result<QByteArray> encodeScalar(OptionType type, const QString &text)
{
    switch (type) {
    case OptionType::Ipv4:
        return parseIpv4(text);
    case OptionType::Ipv4List:
        return parseIpv4List(text);
    case OptionType::Text:
        if (text.toUtf8().size() > MaxOptionLength * 8)
            return invalid(text.left(40) + QStringLiteral("..."),
                           QStringLiteral("text of at most %1 octets").arg(MaxOptionLength * 8));
        return text.toUtf8();
    case OptionType::Hex:
        return parseHex(text);
    case OptionType::Uint8:
        return parseUnsigned(text, 1);
    case OptionType::Uint16:
        return parseUnsigned(text, 2);
    case OptionType::Uint32:
        return parseUnsigned(text, 4);
    case OptionType::Boolean:
        return parseBoolean(text);
    case OptionType::SztpRedirect:
        return encodeSztpRedirect(text.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    case OptionType::SubOptions:
    case OptionType::VendorClass:
    case OptionType::VendorSpecific:
    case OptionType::UserClass:
        break;
    }
    return Error{QStringLiteral("option type %1 is not a scalar; give its sub-options or blocks")
                     .arg(optionTypeName(type))};
}

QString decodeForPreview(OptionType type, const QByteArray &value)
{
    switch (type) {
    case OptionType::Ipv4:
    case OptionType::Ipv4List:
        return previewIpv4List(value);
    case OptionType::Text:
        return previewText(value);
    case OptionType::Hex:
        return QString::fromLatin1(value.toHex(':'));
    case OptionType::Uint8:
        return previewUnsigned(value, 1);
    case OptionType::Uint16:
        return previewUnsigned(value, 2);
    case OptionType::Uint32:
        return previewUnsigned(value, 4);
    case OptionType::Boolean:
        if (value.size() != 1)
            return QStringLiteral("(%1 octets, expected 1)").arg(value.size());
        return value.at(0) ? QStringLiteral("true") : QStringLiteral("false");
    case OptionType::SubOptions:
        return previewSubOptions(value);
    case OptionType::VendorClass:
        return previewVendorBlocks(value, false);
    case OptionType::VendorSpecific:
        return previewVendorBlocks(value, true);
    case OptionType::UserClass: {
        QStringList classes;
        for (const QByteArray &userClass : decodeUserClass(value))
            classes.append(previewText(userClass));
        return classes.join(QStringLiteral(", "));
    }
    case OptionType::SztpRedirect:
        return decodeSztpRedirect(value).join(QStringLiteral(", "));
    }
    return {};
}

Result<QByteArray> encodeSubOptions(const QList<SubOption> &subOptions)
{
    QByteArray out;
    for (const SubOption &sub : subOptions) {
        if (sub.value.size() > MaxOptionLength)
            return Error{QStringLiteral("sub-option %1 has %2 octets but a sub-option contains at "
                                        "most 255; shorten its value")
                             .arg(sub.code)
                             .arg(sub.value.size())};
        out.append(char(sub.code));
        out.append(char(sub.value.size()));
        out.append(sub.value);
    }
    return out;
}

Result<SubOptionList> decodeSubOptions(const QByteArray &value)
{
    SubOptionList list;
    int position = 0;
    while (position < value.size()) {
        const auto code = quint8(value.at(position));

        // Juniper uses sub-option 0 (image file name), so 0 is a pad octet only where the rest
        // of the value is zeros.
        if (code == 0 && std::all_of(value.cbegin() + position, value.cend(), [](char c) { return c == 0; }))
            break;

        // RFC 2132 section 8.4: an encapsulated 255 ends the list; dnsmasq sends it, most
        // vendors do not.
        if (code == 255) {
            list.trailingEnd = true;
            break;
        }

        if (position + 1 >= value.size())
            return Error{QStringLiteral("sub-option %1 at offset %2 has no length octet")
                             .arg(code)
                             .arg(position)};
        const int length = quint8(value.at(position + 1));
        if (position + 2 + length > value.size())
            return Error{QStringLiteral("sub-option %1 at offset %2 declares %3 octets but %4 remain")
                             .arg(code)
                             .arg(position)
                             .arg(length)
                             .arg(value.size() - position - 2)};
        list.subOptions.append({code, value.mid(position + 2, length)});
        position += 2 + length;
    }
    return list;
}

Result<QByteArray> encodeVendorBlocks(const QList<VendorBlock> &blocks)
{
    QByteArray out;
    for (const VendorBlock &block : blocks) {
        if (block.data.size() > MaxOptionLength)
            return Error{QStringLiteral("the block of enterprise %1 has %2 octets; RFC 3925 "
                                        "allows at most 255 per block, so split the data")
                             .arg(block.enterprise)
                             .arg(block.data.size())};
        char enterprise[4];
        qToBigEndian(block.enterprise, enterprise);
        out.append(enterprise, 4);
        out.append(char(block.data.size()));
        out.append(block.data);
    }
    return out;
}

Result<QList<VendorBlock>> decodeVendorBlocks(const QByteArray &value)
{
    QList<VendorBlock> blocks;
    int position = 0;
    while (position < value.size()) {
        if (position + 5 > value.size())
            return Error{QStringLiteral("vendor block at offset %1 has %2 octets, fewer than the "
                                        "5 of enterprise number and data-len")
                             .arg(position)
                             .arg(value.size() - position)};
        VendorBlock block;
        block.enterprise = qFromBigEndian<quint32>(value.constData() + position);
        const int length = quint8(value.at(position + 4));
        const int remaining = int(value.size()) - position - 5;

        // The Cisco 3560 AutoInstall example and FreeZTP declare data-len 0x0a for longer data.
        if (length > remaining)
            return Error{QStringLiteral("vendor block of enterprise %1 declares data-len %2 but "
                                        "%3 octets follow")
                             .arg(block.enterprise)
                             .arg(length)
                             .arg(remaining)};
        block.data = value.mid(position + 5, length);
        blocks.append(block);
        position += 5 + length;
    }
    return blocks;
}

Result<QByteArray> encodeVendorClassData(const QList<QByteArray> &instances)
{
    QByteArray out;
    for (const QByteArray &instance : instances) {
        if (instance.size() > MaxOptionLength - 1)
            return Error{QStringLiteral("vendor class '%1' has %2 octets; at most 254 fit")
                             .arg(QString::fromUtf8(instance.left(40)))
                             .arg(instance.size())};
        out.append(char(instance.size()));
        out.append(instance);
    }
    return out;
}

QList<QByteArray> decodeVendorClassData(const QByteArray &data)
{
    QList<QByteArray> instances;
    int position = 0;
    while (position < data.size()) {
        const int length = quint8(data.at(position));
        if (length == 0 || position + 1 + length > data.size())
            return {data};
        instances.append(data.mid(position + 1, length));
        position += 1 + length;
    }
    return instances;
}

Result<QByteArray> encodeUserClass(const QList<QByteArray> &classes)
{
    if (classes.isEmpty())
        return Error{QStringLiteral("option 77 needs at least one user class")};
    return encodeVendorClassData(classes);
}

QList<QByteArray> decodeUserClass(const QByteArray &value)
{
    // The same walk as dnsmasq: the RFC form only when the inner lengths end exactly at the end.
    return decodeVendorClassData(value);
}

Result<QByteArray> encodeSztpRedirect(const QStringList &uris)
{
    if (uris.isEmpty())
        return Error{QStringLiteral("option 143 needs at least one bootstrap server URI")};
    QByteArray out;
    for (const QString &uri : uris) {
        const QByteArray bytes = uri.toUtf8();
        if (!uri.startsWith(QLatin1String("https://")))
            return Error{QStringLiteral("bootstrap server URI '%1' is not https://; RFC 8572 "
                                        "section 8.3 requires an HTTPS URI")
                             .arg(uri)};
        if (bytes.size() > 0xffff)
            return Error{QStringLiteral("bootstrap server URI of %1 octets is too long").arg(bytes.size())};
        char length[2];
        qToBigEndian(quint16(bytes.size()), length);
        out.append(length, 2);
        out.append(bytes);
    }
    return out;
}

QStringList decodeSztpRedirect(const QByteArray &value)
{
    QStringList uris;
    int position = 0;
    while (position + 2 <= value.size()) {
        const int length = qFromBigEndian<quint16>(value.constData() + position);
        if (length == 0 || position + 2 + length > value.size())
            break;
        uris.append(QString::fromUtf8(value.mid(position + 2, length)));
        position += 2 + length;
    }
    if (position == value.size() && !uris.isEmpty())
        return uris;

    // Plain text without uri-length prefixes, as opiproject/sztp's dhcpd template sends it.
    QByteArray text = value;
    while (text.endsWith('\0'))
        text.chop(1);
    return {QString::fromUtf8(text)};
}

ClientIdentifier parseClientIdentifier(const QByteArray &value)
{
    ClientIdentifier id;
    if (value.isEmpty())
        return id;

    id.type = quint8(value.at(0));
    id.identifier = value.mid(1);
    if (value.size() < 2) {
        id.kind = ClientIdentifier::Kind::Malformed;
        return id;
    }

    // RFC 4361 section 6.1: 255, IAID (4 octets), then a DUID of at least its 2-octet type.
    if (id.type == 255) {
        id.kind = value.size() >= 1 + 4 + 2 ? ClientIdentifier::Kind::Rfc4361
                                            : ClientIdentifier::Kind::Malformed;
        return id;
    }

    // Type 1 is Ethernet (RFC 1700 hardware types): exactly a 6-octet MAC.
    if (id.type == 1) {
        id.kind = id.identifier.size() == 6 ? ClientIdentifier::Kind::HardwareAddress
                                            : ClientIdentifier::Kind::Malformed;
        return id;
    }

    id.kind = ClientIdentifier::Kind::Other;
    return id;
}

} // namespace ztp::dhcp
