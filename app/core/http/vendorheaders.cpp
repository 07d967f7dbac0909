#include "http/vendorheaders.h"

#include "platform/netplatform.h"

namespace ztp::http {

namespace {

// One platform's header names; an empty name means the platform sends no such header.
struct HeaderScheme
{
    const char *platform;
    const char *prefix; // all of the platform's headers start with it; empty for SONiC
    const char *serial;
    const char *mac;
    const char *alternateMac;
    const char *model;
    const char *version;
    const char *architecture;
};

// Sources: Arista CloudVision bootstrap scripts, Cumulus Linux ZTP documentation, the SONiC
// ZTP design document (doc/ztp/ztp.md) and the ONIE design specification (discovery.rst).
constexpr HeaderScheme kSchemes[] = {
    {"arista", "x-arista-", "X-Arista-Serial", "X-Arista-SystemMAC", "", "X-Arista-ModelName",
        "X-Arista-SoftwareVersion", "X-Arista-Architecture"},
    {"cumulus", "cumulus-", "CUMULUS-SERIAL", "CUMULUS-BASE-MAC", "CUMULUS-MGMT-MAC",
        "CUMULUS-PRODUCTNAME", "CUMULUS-VERSION", "CUMULUS-ARCH"},
    {"onie", "onie-", "ONIE-SERIAL-NUMBER", "ONIE-ETH-ADDR", "", "ONIE-MACHINE", "ONIE-MACHINE-REV",
        "ONIE-ARCH"},
    {"sonic", "", "SERIAL-NUMBER", "BASE-MAC-ADDRESS", "", "PRODUCT-NAME", "SONiC-VERSION", ""},
};

bool matchesScheme(const HttpRequest &request, const HeaderScheme &scheme)
{
    if (QByteArrayView(scheme.prefix).isEmpty()) {
        // SONiC's names are generic, so its User-Agent or SONiC-VERSION decides.
        return request.header("User-Agent").startsWith("SONiC-ZTP")
            || request.hasHeader("SONiC-VERSION")
            || (request.hasHeader("SERIAL-NUMBER") && request.hasHeader("PRODUCT-NAME"));
    }
    for (const auto &header : request.headers) {
        if (header.first.toLower().startsWith(scheme.prefix))
            return true;
    }
    return QByteArrayView(scheme.platform) == "cumulus"
        && request.header("User-Agent").startsWith("CumulusLinux-AutoProvision");
}

QString headerText(const HttpRequest &request, const char *name)
{
    if (QByteArrayView(name).isEmpty())
        return {};
    return QString::fromUtf8(request.header(name)).trimmed();
}

} // namespace

VendorIdentity identifyFromHeaders(const HttpRequest &request)
{
    VendorIdentity identity;
    for (const HeaderScheme &scheme : kSchemes) {
        if (!matchesScheme(request, scheme))
            continue;

        identity.platform = QString::fromLatin1(scheme.platform);
        identity.serial = headerText(request, scheme.serial);
        identity.mac = platform::parseMac(headerText(request, scheme.mac));
        if (identity.mac.isEmpty())
            identity.mac = platform::parseMac(headerText(request, scheme.alternateMac));
        identity.model = headerText(request, scheme.model);
        identity.softwareVersion = headerText(request, scheme.version);
        identity.architecture = headerText(request, scheme.architecture);

        const QByteArray prefix(scheme.prefix);
        for (const auto &[name, value] : request.headers) {
            const QByteArray lower = name.toLower();
            const bool sonicHeader = prefix.isEmpty()
                && (lower == "serial-number" || lower == "product-name"
                    || lower == "base-mac-address" || lower == "sonic-version");
            if ((!prefix.isEmpty() && lower.startsWith(prefix)) || sonicHeader)
                identity.headers.insert(QString::fromLatin1(lower), QString::fromUtf8(value));
        }
        break;
    }
    return identity;
}

} // namespace ztp::http
