#pragma once

#include "common/result.h"
#include "workspace/csv.h"

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

// The role of one column of an imported file.
enum class InventoryField {
    Ignore,
    Mac,
    Serial,
    Hostname,
    Variable, // a template variable named by ColumnMapping::variable
};

struct ColumnMapping
{
    InventoryField field = InventoryField::Ignore;
    QString variable; // for Variable: the template variable name
};

// One problem of an import, at a 1-based line of the file and a 1-based column.
struct InventoryProblem
{
    int line = 0;
    int column = 0;     // 0 when the problem concerns the whole row
    QString columnName; // the field's name ("mac", "serial"), or empty to name the column by number
    QString message;

    // "line 3, column 'mac': ..." as the command line and the dialog show it.
    QString toString() const;
};

// An import checked row by row before anything is changed: every problem is listed, so the
// technician fixes the file once instead of once per error.
struct InventoryImport
{
    QStringList headers;        // the header row, or "Column 1", ... when the rows have none
    int headerLine = 1;         // where problems of the mapping are reported
    QList<CsvRecord> rows;      // the data rows, for a preview
    QList<ColumnMapping> mapping;
    QList<InventoryEntry> entries; // valid rows; only applied when problems is empty
    QList<InventoryProblem> problems;

    bool ok() const { return problems.isEmpty(); }
};

// Proposes a mapping from header names: "mac", "MAC address", "serial", "Serial number", "S/N",
// "hostname", "host name"; other valid names become variables, the rest are ignored.
QList<ColumnMapping> guessInventoryMapping(const QStringList &headers);

// Parses CSV text (a file, or rows pasted from a spreadsheet, which arrive tab-separated) and
// validates it with `mapping`, or the guessed mapping when `mapping` is empty. With
// `hasHeader` false the first row is data and columns are named "Column 1", ...
Result<InventoryImport> readInventoryImport(const QByteArray &data, bool hasHeader = true,
                                            const QList<ColumnMapping> &mapping = {});

// Checks rows against a mapping: invalid MACs, duplicate MACs and serials (within the rows),
// rows without a key, extra fields and invalid variable names.
void validateInventoryImport(InventoryImport &import);

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

    // Adds the entries of an import; an entry with the MAC or serial of an existing one
    // replaces it. Returns how many entries were replaced.
    int merge(const QList<InventoryEntry> &entries);
    // The inventory as CSV: mac, serial, hostname, then every variable column, CRLF line ends.
    QByteArray toCsv() const;
    // Writes toCsv() to `path` atomically.
    Status save(const QString &path) const;

private:
    QList<InventoryEntry> m_entries;
    QStringList m_columns;
};

} // namespace ztp::workspace
