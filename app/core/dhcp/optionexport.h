#pragma once

#include "common/result.h"
#include "dhcp/optionbuilder.h"
#include "dhcp/vendorprofile.h"

#include <QStringList>

namespace ztp::dhcp {

// The format names of `ztpw dhcp export --format` and the GUI's chooser: isc, kea, dnsmasq, ios.
QStringList exportFormatNames();
std::optional<ExportFormat> exportFormatFromName(const QString &name);

// Returns the "{server}", "{tftp}", "{httpPort}" and "{httpsPort}" values of an export. `tftp`
// falls back to `server`; both must be IPv4 addresses in dotted form. The errors name the value
// and the fix.
Result<OptionVariables> exportVariables(const QString &server, const QString &tftp,
                                        int httpPort = 80, int httpsPort = 443);

// A profile set exported for another DHCP server.
struct ProfileExport
{
    QString text;
    // Profiles left out, each with the reason, for the caller to show.
    QStringList skipped;
};

// Exports the options and boot file of each profile as one class (ISC dhcpd, Kea, dnsmasq) or
// DHCP pool (Cisco IOS) named "ztp-<profile name>", matching option 60 on the profile's first
// vendor-class prefix. `variables` fills "{server}" and "{tftp}". Per-device variables ("{serial}")
// stay literal, because the target server has no per-device value, and the output notes it.
// A profile that does not match on option 60 is skipped for the formats with classes.
// Fails when no profile is left or when an option does not encode.
Result<ProfileExport> exportProfiles(
    const QList<VendorProfile> &profiles, ExportFormat format, const OptionVariables &variables);

} // namespace ztp::dhcp
