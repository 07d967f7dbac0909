#include "workspace/inventory.h"

#include "platform/netplatform.h"
#include "workspace/csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace ztp::workspace {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ztp::workspace::Inventory", text);
}

} // namespace

Result<Inventory> Inventory::parse(const QByteArray &data, const QString &fileName)
{
    const Result<QList<CsvRecord>> records = parseCsv(data);
    if (!records)
        return Error{QStringLiteral("%1: %2").arg(fileName, records.errorString())};
    if (records->isEmpty())
        return Error{tr("%1: the file is empty; add a header row with at least a mac or "
                        "serial column").arg(fileName)};

    const CsvRecord &header = records->first();
    int macColumn = -1, serialColumn = -1, hostnameColumn = -1;
    Inventory inventory;
    static const QRegularExpression variableName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (int column = 0; column < header.fields.size(); ++column) {
        const QString name = header.fields.at(column).trimmed();
        const QString lower = name.toLower();
        if (lower == QLatin1String("mac"))
            macColumn = column;
        else if (lower == QLatin1String("serial"))
            serialColumn = column;
        else if (lower == QLatin1String("hostname"))
            hostnameColumn = column;
        else if (!variableName.match(name).hasMatch())
            return Error{tr("%1: line %2, column %3: header '%4' is not a valid variable name; "
                            "use letters, digits and underscores")
                             .arg(fileName)
                             .arg(header.line)
                             .arg(column + 1)
                             .arg(name)};
        inventory.m_columns.append(name);
    }
    if (macColumn < 0 && serialColumn < 0)
        return Error{tr("%1: line %2: the header has neither a 'mac' nor a 'serial' column; add "
                        "one so devices can be matched")
                         .arg(fileName)
                         .arg(header.line)};

    for (qsizetype index = 1; index < records->size(); ++index) {
        const CsvRecord &record = records->at(index);
        if (record.fields.size() > header.fields.size())
            return Error{tr("%1: line %2: %3 fields but the header has %4; quote fields that "
                            "contain the delimiter")
                             .arg(fileName)
                             .arg(record.line)
                             .arg(record.fields.size())
                             .arg(header.fields.size())};

        InventoryEntry entry;
        entry.line = record.line;
        for (int column = 0; column < record.fields.size(); ++column) {
            const QString value = record.fields.at(column);
            if (column == macColumn) {
                if (value.isEmpty())
                    continue;
                entry.mac = platform::parseMac(value);
                if (entry.mac.isEmpty())
                    return Error{tr("%1: line %2, column 'mac': '%3' is not a MAC address; write "
                                    "it as 00:1c:73:1a:2b:3c")
                                     .arg(fileName)
                                     .arg(record.line)
                                     .arg(value)};
            } else if (column == serialColumn) {
                entry.serial = value;
            } else if (column == hostnameColumn) {
                entry.hostname = value;
            } else {
                entry.variables.insert(header.fields.at(column).trimmed(), value);
            }
        }
        if (entry.mac.isEmpty() && entry.serial.isEmpty())
            return Error{tr("%1: line %2: the row has neither a MAC address nor a serial number")
                             .arg(fileName)
                             .arg(record.line)};

        for (const InventoryEntry &other : std::as_const(inventory.m_entries)) {
            if (!entry.mac.isEmpty() && other.mac == entry.mac)
                return Error{tr("%1: line %2, column 'mac': %3 is already on line %4")
                                 .arg(fileName)
                                 .arg(record.line)
                                 .arg(platform::formatMac(entry.mac))
                                 .arg(other.line)};
            if (!entry.serial.isEmpty() && other.serial == entry.serial)
                return Error{tr("%1: line %2, column 'serial': %3 is already on line %4")
                                 .arg(fileName)
                                 .arg(record.line)
                                 .arg(entry.serial)
                                 .arg(other.line)};
        }
        inventory.m_entries.append(entry);
    }
    return inventory;
}

Result<Inventory> Inventory::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot read: %2").arg(path, file.errorString())};
    return parse(file.readAll(), path);
}

const InventoryEntry *Inventory::findByMac(const QByteArray &mac) const
{
    for (const InventoryEntry &entry : m_entries) {
        if (!entry.mac.isEmpty() && entry.mac == mac)
            return &entry;
    }
    return nullptr;
}

const InventoryEntry *Inventory::findBySerial(const QString &serial) const
{
    for (const InventoryEntry &entry : m_entries) {
        if (!entry.serial.isEmpty() && entry.serial.compare(serial, Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

} // namespace ztp::workspace
