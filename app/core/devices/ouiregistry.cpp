#include "devices/ouiregistry.h"

#include "common/logging.h"

#include <QFile>

namespace ztp::devices {

namespace {

quint64 prefixKey(int hexDigits, quint64 value)
{
    return (quint64(hexDigits) << 40) | value;
}

} // namespace

const OuiRegistry &OuiRegistry::builtIn()
{
    static const OuiRegistry registry = [] {
        QFile file(QStringLiteral(":/ztpw/oui/oui.tsv"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcDevices) << "IEEE OUI table missing from the resources; vendors stay empty";
            return OuiRegistry();
        }
        return fromTable(file.readAll());
    }();
    return registry;
}

OuiRegistry OuiRegistry::fromTable(const QByteArray &table)
{
    OuiRegistry registry;
    QHash<QString, int> organisationIndex;
    for (const QByteArray &line : table.split('\n')) {
        const int tab = line.indexOf('\t');
        if (tab != 6 && tab != 7 && tab != 9)
            continue;
        bool ok = false;
        const quint64 value = line.left(tab).toULongLong(&ok, 16);
        if (!ok)
            continue;

        const QString organisation = QString::fromUtf8(line.mid(tab + 1));
        int index = organisationIndex.value(organisation, -1);
        if (index < 0) {
            index = int(registry.m_organisations.size());
            registry.m_organisations.append(organisation);
            organisationIndex.insert(organisation, index);
        }
        registry.m_prefixes.insert(prefixKey(tab, value), index);
    }
    return registry;
}

QString OuiRegistry::organisation(const QByteArray &mac) const
{
    if (mac.size() != 6)
        return {};
    // Locally administered addresses (bit 1 of the first octet) are not assigned by the IEEE.
    if (quint8(mac.at(0)) & 0x02)
        return {};

    const quint64 address = mac.toHex().toULongLong(nullptr, 16);
    for (int hexDigits : {9, 7, 6}) {
        const quint64 prefix = address >> (4 * (12 - hexDigits));
        const auto it = m_prefixes.constFind(prefixKey(hexDigits, prefix));
        if (it != m_prefixes.cend())
            return m_organisations.at(*it);
    }
    return {};
}

} // namespace ztp::devices
