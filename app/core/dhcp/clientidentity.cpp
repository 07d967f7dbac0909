#include "dhcp/clientidentity.h"

#include "dhcp/optioncodec.h"

namespace ztp::dhcp {

namespace {

constexpr quint32 CiscoEnterprise = 9;

// Returns option 61 as text. Cisco puts the free-form type octet 0 first, which is dropped;
// SONiC's dhclient sends bare text without a type octet.
QString clientIdentifierText(const QByteArray &value)
{
    if (value.size() > 1 && value.at(0) == '\0')
        return optionText(value.mid(1));
    return optionText(value);
}

bool isPrintable(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x21 && c.unicode() < 0x7f;
    });
}

// Juniper: "Juniper-<model>-<serial>", split on the last dash because models contain dashes
// ("Juniper-qfx10002-36q-DN817"). With option 12 present the serial is there and the rest of
// option 60 is the model.
void parseJuniper(const QString &vendorClass, const QString &hostName, DeviceIdentity &identity)
{
    identity.vendor = QStringLiteral("Juniper");
    const QString rest = vendorClass.mid(int(qstrlen("Juniper-")));
    if (!hostName.isEmpty()) {
        identity.model = rest;
        identity.serial = hostName;
        return;
    }
    const qsizetype dash = rest.lastIndexOf(QLatin1Char('-'));
    if (dash <= 0) {
        identity.model = rest;
        return;
    }
    identity.model = rest.left(dash);
    identity.serial = rest.mid(dash + 1);
}

// Dell FTOS BMP: fixed "TY=DELLNTW-<model> HW=... SN=<serial> ..." fields.
void parseDell(const QString &vendorClass, DeviceIdentity &identity)
{
    identity.vendor = QStringLiteral("Dell");
    const QStringList fields = vendorClass.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &field : fields) {
        if (field.startsWith(QLatin1String("TY=DELLNTW-")))
            identity.model = field.mid(int(qstrlen("TY=DELLNTW-")));
        else if (field.startsWith(QLatin1String("SN=")))
            identity.serial = field.mid(3);
    }
}

void parseVendorClass(const QString &vendorClass, const QString &hostName, DeviceIdentity &identity)
{
    if (vendorClass.startsWith(QLatin1String("Juniper-"))) {
        parseJuniper(vendorClass, hostName, identity);
    } else if (vendorClass.startsWith(QLatin1String("Arista;"))) {
        // "Arista;<model>;<hardware revision>;<serial>"
        const QStringList fields = vendorClass.split(QLatin1Char(';'));
        identity.vendor = QStringLiteral("Arista");
        identity.model = fields.value(1);
        identity.serial = fields.value(3);
    } else if (vendorClass.startsWith(QLatin1String("ZPESystems:"))) {
        // "ZPESystems:<model>:<serial>"
        const QStringList fields = vendorClass.split(QLatin1Char(':'));
        identity.vendor = QStringLiteral("ZPE");
        identity.model = fields.value(1);
        identity.serial = fields.value(2);
    } else if (vendorClass.startsWith(QLatin1String("onie_vendor:"))) {
        // "onie_vendor:<arch>-<vendor>_<machine>-r<rev>": the platform string is the model.
        identity.vendor = QStringLiteral("ONIE");
        identity.model = vendorClass.mid(int(qstrlen("onie_vendor:")));
    } else if (vendorClass.startsWith(QLatin1String("TY=DELLNTW-"))) {
        parseDell(vendorClass, identity);
    } else if (vendorClass == QLatin1String("ciscopnp")) {
        identity.vendor = QStringLiteral("Cisco");
    } else if (vendorClass == QLatin1String("FPR4100") || vendorClass == QLatin1String("FPR9300")) {
        // Firepower sends the bare model in option 60 and its serial in option 61.
        identity.vendor = QStringLiteral("Cisco");
        identity.model = vendorClass;
    }
}

// Option 124 from Cisco: IOS-XR sends "SN:<serial>;PID:<pid>", IOS-XE the bare model.
void parseCiscoVendorClass(const DhcpOptions &options, DeviceIdentity &identity)
{
    const Result<QList<VendorBlock>> blocks =
        decodeVendorBlocks(options.value(OptionCode::VendorIdentifyingVendorClass));
    if (!blocks)
        return;
    for (const VendorBlock &block : *blocks) {
        if (block.enterprise != CiscoEnterprise)
            continue;
        identity.vendor = QStringLiteral("Cisco");
        for (const QByteArray &instance : decodeVendorClassData(block.data)) {
            const QString text = optionText(instance);
            if (!text.contains(QLatin1String("SN:"))) {
                identity.model = text;
                continue;
            }
            for (const QString &field : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                if (field.startsWith(QLatin1String("SN:")))
                    identity.serial = field.mid(3);
                else if (field.startsWith(QLatin1String("PID:")))
                    identity.model = field.mid(4);
            }
        }
    }
}

void parseClientIdentifierIdentity(const QByteArray &value, DeviceIdentity &identity)
{
    const QString text = clientIdentifierText(value);

    // SONiC: "SONiC##<product name>##<serial>".
    if (text.startsWith(QLatin1String("SONiC##"))) {
        const QStringList fields = text.split(QStringLiteral("##"));
        identity.vendor = QStringLiteral("SONiC");
        identity.model = fields.value(1);
        identity.serial = fields.value(2);
        return;
    }

    // Cisco: the serial in one burst, "cisco-<mac>-<interface>" in the other.
    if (identity.vendor == QLatin1String("Cisco") && identity.serial.isEmpty()
        && !text.startsWith(QLatin1String("cisco-")) && value.at(0) != '\1' && isPrintable(text))
        identity.serial = text;
}

} // namespace

DeviceIdentity parseDeviceIdentity(const DhcpOptions &options)
{
    DeviceIdentity identity;
    const QString vendorClass = optionText(options.value(OptionCode::VendorClassIdentifier));
    const QString hostName = optionText(options.value(OptionCode::HostName));

    parseVendorClass(vendorClass, hostName, identity);
    if (options.contains(OptionCode::VendorIdentifyingVendorClass))
        parseCiscoVendorClass(options, identity);

    const QByteArray clientId = options.value(OptionCode::ClientIdentifier);
    if (parseClientIdentifier(clientId).kind != ClientIdentifier::Kind::Absent
        && parseClientIdentifier(clientId).kind != ClientIdentifier::Kind::Malformed)
        parseClientIdentifierIdentity(clientId, identity);

    // SONiC's option 60 is "<VENDOR>:<PRODUCT>", so only option 61 identifies SONiC.
    if (identity.vendor == QLatin1String("SONiC") && identity.model.isEmpty())
        identity.model = vendorClass.section(QLatin1Char(':'), 1);
    return identity;
}

QByteArray leaseClientIdentifier(const DhcpPacket &request)
{
    const QByteArray value = request.options.value(OptionCode::ClientIdentifier);
    const ClientIdentifier id = parseClientIdentifier(value);
    if (id.kind == ClientIdentifier::Kind::Absent || id.kind == ClientIdentifier::Kind::Malformed)
        return {};

    const QString text = clientIdentifierText(value);
    if (text.startsWith(QLatin1String("cisco-")))
        return {};
    if (parseDeviceIdentity(request.options).vendor == QLatin1String("Cisco"))
        return {};
    return value;
}

} // namespace ztp::dhcp
