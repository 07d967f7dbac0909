#pragma once

#include "common/result.h"
#include "dhcp/dhcppacket.h"
#include "dhcp/optionbuilder.h"

#include <QList>
#include <QString>

namespace ztp::dhcp {

// The clients a profile applies to. Every criterion that is given must match (AND), and within
// one criterion any listed value matches (OR). A profile without criteria matches nothing.
struct ProfileMatch
{
    QStringList vendorClassPrefixes;      // option 60 starts with one of these
    QStringList userClasses;              // option 77 contains one of these classes (either form)
    QList<quint32> vendorClassEnterprises; // option 124 has a block of one of these enterprises
    QList<quint32> vendorSpecificEnterprises; // option 125 has a block of one of these
    QList<QByteArray> macPrefixes;        // chaddr starts with one of these (OUI, 3 octets)
    QStringList circuitIdPrefixes;        // option 82 sub-option 1 starts with one of these
    QList<quint16> architectures;         // option 93 lists one of these (RFC 4578)
    QList<quint8> requestedOptions;       // option 55 lists one of these

    bool isEmpty() const;
};

// A vendor's ZTP conventions as data: how to recognise its devices and which options and boot
// file they get. Loaded from JSON (resources/profiles, and a workspace's profiles/ folder).
struct VendorProfile
{
    QString name;    // file name without .json; workspace files replace built-ins of that name
    QString title;   // shown to the technician
    int priority = 0; // the highest-priority matching profile wins
    ProfileMatch match;
    QString bootFile; // `file` field and option 67 unless the options set 67; may use {server}
    QList<OptionDefinition> options;
    QString source;  // where it was loaded from, for messages
};

Result<VendorProfile> parseVendorProfile(const QByteArray &json, const QString &source);

// Whether one request matches one profile.
bool profileMatches(const ProfileMatch &match, const DhcpPacket &request);

// The profiles in effect: the built-in ones and a workspace's additions.
class ProfileSet
{
public:
    // Loads the profiles compiled into the engine (resources/profiles).
    Status loadBuiltIn();
    // Loads every *.json in a directory; a profile replaces a loaded one of the same name.
    // A missing directory is not an error. Stops at the first invalid file and names it.
    Status loadDirectory(const QString &directory);
    void add(const VendorProfile &profile);

    // The matching profile of highest priority; among equals, the first added.
    const VendorProfile *match(const DhcpPacket &request) const;
    const VendorProfile *find(const QString &name) const;
    const QList<VendorProfile> &profiles() const { return m_profiles; }

private:
    QList<VendorProfile> m_profiles;
};

} // namespace ztp::dhcp
