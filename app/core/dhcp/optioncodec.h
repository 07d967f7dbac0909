#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace ztp::dhcp {

// Typed encoders and decoders for option values. Encoders validate lengths and reject what
// does not fit. Decoders also accept the known non-RFC forms that devices and other servers
// send, while the encoders always write the RFC form.

// The value types the option builder and the vendor profiles know.
enum class OptionType {
    Ipv4,
    Ipv4List,
    Text,
    Hex,
    Uint8,
    Uint16,
    Uint32,
    Boolean,
    SubOptions,       // code/length/value list, as option 43 (RFC 2132 section 8.4)
    VendorClass,      // option 124 blocks (RFC 3925 section 3)
    VendorSpecific,   // option 125 blocks (RFC 3925 section 4)
    UserClass,        // option 77 (RFC 3004)
    SztpRedirect,     // option 143 bootstrap-server-list (RFC 8572 section 8.3)
};

QString optionTypeName(OptionType type);
std::optional<OptionType> optionTypeFromName(const QString &name);

// One code/length/value sub-option inside option 43 or one option 125 block.
struct SubOption
{
    quint8 code = 0;
    QByteArray value;

    bool operator==(const SubOption &other) const = default;
};

// One enterprise block of option 124 or 125 (RFC 3925).
struct VendorBlock
{
    quint32 enterprise = 0;
    QByteArray data; // the block's data as sent, after the data-len octet

    bool operator==(const VendorBlock &other) const = default;
};

// Decoded sub-options and what was not quite RFC about them.
struct SubOptionList
{
    QList<SubOption> subOptions;
    bool trailingEnd = false; // dnsmasq appends 255; RFC 2132 section 8.4 makes it optional
};

// Parses a value of a scalar type from text ("10.0.0.1", "10.0.0.1, 10.0.0.2", "0x2a",
// "00:1c:73", "true"). The error names the text and the expected form.
Result<QByteArray> encodeScalar(OptionType type, const QString &text);
// Renders an encoded value of any type for a preview, the inverse of the encoders.
QString decodeForPreview(OptionType type, const QByteArray &value);

Result<QByteArray> encodeSubOptions(const QList<SubOption> &subOptions);
// Accepts an optional trailing 255 and trailing pad octets; 0 elsewhere is a sub-option code,
// because Juniper sends its image file name as sub-option 0.
Result<SubOptionList> decodeSubOptions(const QByteArray &value);

Result<QByteArray> encodeVendorBlocks(const QList<VendorBlock> &blocks);
// Fails on a data-len that does not match the octets present, naming both numbers.
Result<QList<VendorBlock>> decodeVendorBlocks(const QByteArray &value);

// Option 124 data: each vendor-class instance as len(1) + data.
Result<QByteArray> encodeVendorClassData(const QList<QByteArray> &instances);
// Reads len(1) + data instances; data that does not parse that way (Kea renders blocks without
// inner lengths) is returned as a single instance.
QList<QByteArray> decodeVendorClassData(const QByteArray &data);

// Option 77: each user class as len(1) + data (RFC 3004).
Result<QByteArray> encodeUserClass(const QList<QByteArray> &classes);
// Detects the form without inner lengths that dhclient's `user-class = text` sends: when the
// length octets do not walk exactly to the end, the whole value is one class.
QList<QByteArray> decodeUserClass(const QByteArray &value);

// Option 143: uri-length(2) + URI for each bootstrap server (RFC 8572 section 8.3).
Result<QByteArray> encodeSztpRedirect(const QStringList &uris);
// Also accepts a plain-text URI without the length prefix (opiproject/sztp, early bootz).
QStringList decodeSztpRedirect(const QByteArray &value);

// Client identifier (option 61) forms (RFC 2132 section 9.14, RFC 4361 section 6.1).
struct ClientIdentifier
{
    enum class Kind { Absent, Malformed, HardwareAddress, Rfc4361, Other };
    Kind kind = Kind::Absent;
    quint8 type = 0;
    QByteArray identifier; // the octets after the type octet
};

// Classifies option 61. Too short (RFC 2132 requires at least 2 octets), a hardware type whose
// address length is wrong, or an RFC 4361 value without IAID and DUID type is Malformed.
ClientIdentifier parseClientIdentifier(const QByteArray &value);

} // namespace ztp::dhcp
