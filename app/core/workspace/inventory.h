#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace ztp::workspace {

// One row of inventory.csv: a device the technician expects, keyed by MAC and/or serial.
struct InventoryEntry
{
    int line = 0;
    QByteArray mac; // empty when the row has only a serial
    QString serial;
    QString hostname;
    QVariantMap variables; // every column other than mac, serial and hostname
};

class Inventory
{
public:
    // Parses an inventory. `fileName` only names the file in error messages.
    static Result<Inventory> parse(const QByteArray &data, const QString &fileName);
    static Result<Inventory> load(const QString &path);

    const QList<InventoryEntry> &entries() const { return m_entries; }
    const InventoryEntry *findByMac(const QByteArray &mac) const;
    const InventoryEntry *findBySerial(const QString &serial) const;
    QStringList columns() const { return m_columns; }

private:
    QList<InventoryEntry> m_entries;
    QStringList m_columns;
};

} // namespace ztp::workspace
