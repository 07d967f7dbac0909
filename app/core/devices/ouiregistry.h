#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace ztp::devices {

// The organisations of the IEEE MAC address registries (MA-L, MA-M, MA-S) as shipped by
// Debian's ieee-data package, compiled at build time into the :/ztpw/oui/oui.tsv resource.
// Loaded once on first use; read-only afterwards, so it may be shared between threads.
class OuiRegistry
{
public:
    // The registry built into the engine.
    static const OuiRegistry &builtIn();

    // Parses "<hex prefix>\t<organisation>" lines; prefixes of 6, 7 or 9 hex digits.
    static OuiRegistry fromTable(const QByteArray &table);

    // The organisation assigned the longest prefix of `mac` (6 octets), or empty when the MAC
    // is unassigned or locally administered.
    QString organisation(const QByteArray &mac) const;
    int size() const { return int(m_prefixes.size()); }

private:
    // Key: prefix length in hex digits << 40 | prefix value.
    QHash<quint64, int> m_prefixes;
    QStringList m_organisations;
};

} // namespace ztp::devices
