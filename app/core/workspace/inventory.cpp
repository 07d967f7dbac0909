#include "workspace/inventory.h"

#include "common/logging.h"
#include "common/text.h"
#include "platform/netplatform.h"
#include "workspace/csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace ztp::workspace {

namespace {

// Context of this file's messages in the translation files; lupdate reads it from the macro.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ztp::workspace::Inventory)
};

bool containsControlCharacter(const QString &value)
{
    return std::any_of(value.cbegin(), value.cend(), isControlCharacter);
}

bool isVariableName(const QString &name)
{
    static const QRegularExpression variableName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return variableName.match(name).hasMatch();
}

QString fieldName(InventoryField field)
{
    switch (field) {
    case InventoryField::Mac:
        return QStringLiteral("mac");
    case InventoryField::Serial:
        return QStringLiteral("serial");
    case InventoryField::Hostname:
        return QStringLiteral("hostname");
    case InventoryField::Variable:
    case InventoryField::Ignore:
        break;
    }
    return {};
}

InventoryField fieldForHeader(const QString &header)
{
    QString key = header.trimmed().toLower();
    key.remove(QLatin1Char(' ')).remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    if (key == QLatin1String("mac") || key == QLatin1String("macaddress"))
        return InventoryField::Mac;
    if (key == QLatin1String("serial") || key == QLatin1String("serialnumber") || key == QLatin1String("s/n"))
        return InventoryField::Serial;
    if (key == QLatin1String("hostname"))
        return InventoryField::Hostname;
    return InventoryField::Variable;
}

// Checks the mapping itself: a key column, valid and unique variable names.
void validateMapping(InventoryImport &import, int headerLine)
{
    bool hasKey = false;
    for (int column = 0; column < import.mapping.size(); ++column) {
        const ColumnMapping &mapping = import.mapping.at(column);
        hasKey = hasKey || mapping.field == InventoryField::Mac || mapping.field == InventoryField::Serial;
        if (mapping.field != InventoryField::Variable || isVariableName(mapping.variable))
            continue;
        import.problems.append({headerLine, column + 1, QString(),
                                Messages::tr("header '%1' is not a valid variable name; use letters, digits "
                                   "and underscores")
                                    .arg(mapping.variable)});
    }
    // Two columns feeding one field would let the last one win silently.
    QHash<QString, int> targets;
    for (int column = 0; column < import.mapping.size(); ++column) {
        const ColumnMapping &mapping = import.mapping.at(column);
        if (mapping.field == InventoryField::Ignore)
            continue;
        const QString target = mapping.field == InventoryField::Variable ? mapping.variable
                                                                         : fieldName(mapping.field);
        if (const int first = targets.value(target); first > 0)
            import.problems.append({headerLine, column + 1, target,
                                    Messages::tr("column %1 maps to '%2' like column %3; rename or ignore "
                                       "one of them")
                                        .arg(column + 1)
                                        .arg(target)
                                        .arg(first)});
        else
            targets.insert(target, column + 1);
    }

    if (!hasKey)
        import.problems.append({headerLine, 0, QString(),
                                Messages::tr("the header has neither a 'mac' nor a 'serial' column; add "
                                   "one so devices can be matched")});
}

void checkDuplicates(InventoryImport &import, const InventoryEntry &entry, int macColumn,
                     int serialColumn, QHash<QByteArray, int> &macLines,
                     QHash<QString, int> &serialLines)
{
    if (!entry.mac.isEmpty()) {
        if (const int first = macLines.value(entry.mac); first > 0)
            import.problems.append({entry.line, macColumn + 1, QStringLiteral("mac"),
                                    Messages::tr("%1 is already on line %2").arg(platform::formatMac(entry.mac)).arg(first)});
        else
            macLines.insert(entry.mac, entry.line);
    }
    if (!entry.serial.isEmpty()) {
        const QString key = entry.serial.toUpper();
        if (const int first = serialLines.value(key); first > 0)
            import.problems.append({entry.line, serialColumn + 1, QStringLiteral("serial"),
                                    Messages::tr("%1 is already on line %2").arg(entry.serial).arg(first)});
        else
            serialLines.insert(key, entry.line);
    }
}

} // namespace

QString InventoryProblem::toString() const
{
    if (!columnName.isEmpty())
        return Messages::tr("line %1, column '%2': %3").arg(line).arg(columnName, message);
    if (column > 0)
        return Messages::tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
    return Messages::tr("line %1: %2").arg(line).arg(message);
}

QList<ColumnMapping> guessInventoryMapping(const QStringList &headers)
{
    QList<ColumnMapping> mapping;
    QList<InventoryField> usedKeyFields;
    for (const QString &header : headers) {
        ColumnMapping column;
        column.field = fieldForHeader(header);
        // A second column that looks like a key is kept as a variable, never as a second key.
        if (column.field != InventoryField::Variable && usedKeyFields.contains(column.field))
            column.field = InventoryField::Variable;
        usedKeyFields.append(column.field);
        if (column.field == InventoryField::Variable)
            column.variable = header.trimmed();
        mapping.append(column);
    }
    return mapping;
}

Result<InventoryImport> readInventoryImport(const QByteArray &data, bool hasHeader,
                                            const QList<ColumnMapping> &mapping)
{
    Result<QList<CsvRecord>> records = parseCsv(data);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error{Messages::tr("the file is empty; add a header row with at least a mac or serial column")};

    InventoryImport import;
    QList<CsvRecord> rows = std::move(records).value();
    if (hasHeader) {
        import.headerLine = rows.first().line;
        for (const QString &header : rows.takeFirst().fields)
            import.headers.append(header.trimmed());
    } else {
        for (int column = 1; column <= rows.first().fields.size(); ++column)
            import.headers.append(Messages::tr("Column %1").arg(column));
    }
    import.rows = rows;
    import.mapping = mapping.isEmpty() ? guessInventoryMapping(import.headers) : mapping;
    validateInventoryImport(import);
    return import;
}

void validateInventoryImport(InventoryImport &import)
{
    import.entries.clear();
    import.problems.clear();
    validateMapping(import, import.headerLine);

    const int macColumn = int(std::find_if(import.mapping.cbegin(), import.mapping.cend(),
                                           [](const ColumnMapping &m) { return m.field == InventoryField::Mac; })
                              - import.mapping.cbegin());
    const int serialColumn = int(std::find_if(import.mapping.cbegin(), import.mapping.cend(),
                                              [](const ColumnMapping &m) { return m.field == InventoryField::Serial; })
                                 - import.mapping.cbegin());
    QHash<QByteArray, int> macLines;
    QHash<QString, int> serialLines;
    QHash<QString, int> uniqueLines;

    for (const CsvRecord &record : std::as_const(import.rows)) {
        if (record.fields.size() > import.mapping.size()) {
            import.problems.append({record.line, 0, QString(),
                                    Messages::tr("%1 fields but the header has %2; quote fields that contain "
                                       "the delimiter")
                                        .arg(record.fields.size())
                                        .arg(import.mapping.size())});
            continue;
        }

        InventoryEntry entry;
        entry.line = record.line;
        bool valid = true;
        for (int column = 0; column < record.fields.size(); ++column) {
            const QString value = record.fields.at(column);
            const ColumnMapping &mapping = import.mapping.at(column);

            // Serials and hostnames end up in configurations and file names, where a line break
            // would add a line. Variables may contain several lines, for example a banner.
            const bool identifier = mapping.field == InventoryField::Mac
                || mapping.field == InventoryField::Serial
                || mapping.field == InventoryField::Hostname;
            if (identifier && containsControlCharacter(value)) {
                import.problems.append({record.line, column + 1, fieldName(mapping.field),
                                        Messages::tr("the value contains a line break or another "
                                                     "control character; keep it on one line")});
                valid = false;
                continue;
            }
            if (mapping.field == InventoryField::Variable && value.contains(QChar(0))) {
                import.problems.append({record.line, column + 1, mapping.variable,
                                        Messages::tr("the value contains a NUL character; remove it")});
                valid = false;
                continue;
            }

            switch (mapping.field) {
            case InventoryField::Mac:
                if (value.isEmpty())
                    break;
                entry.mac = platform::parseMac(value);
                if (entry.mac.isEmpty()) {
                    import.problems.append({record.line, column + 1, fieldName(mapping.field),
                                            Messages::tr("'%1' is not a MAC address; write it as "
                                               "00:1c:73:1a:2b:3c")
                                                .arg(value)});
                    valid = false;
                } else if ((quint8(entry.mac.at(0)) & 0x01) || entry.mac == QByteArray(6, '\0')) {
                    // A device's own address is unicast and not all zeros; these are typos.
                    import.problems.append({record.line, column + 1, fieldName(mapping.field),
                                            Messages::tr("'%1' is a multicast, broadcast or zero address, "
                                               "not a device's MAC address")
                                                .arg(value)});
                    valid = false;
                }
                break;
            case InventoryField::Serial:
                entry.serial = value;
                break;
            case InventoryField::Hostname:
                entry.hostname = value;
                break;
            case InventoryField::Variable:
                // The ip column reserves an address, so it must be one.
                if (mapping.variable == QLatin1String("ip") && !value.isEmpty()
                    && QHostAddress(value).protocol() != QAbstractSocket::IPv4Protocol) {
                    import.problems.append({record.line, column + 1, mapping.variable,
                                            Messages::tr("'%1' is not an IPv4 address; write it as "
                                               "10.0.0.23 or leave it empty")
                                                .arg(value)});
                    valid = false;
                }
                entry.variables.insert(mapping.variable, value);
                break;
            case InventoryField::Ignore:
                break;
            }
        }
        if (!valid)
            continue;
        if (entry.mac.isEmpty() && entry.serial.isEmpty()) {
            import.problems.append({record.line, 0, QString(),
                                    Messages::tr("the row has neither a MAC address nor a serial number")});
            continue;
        }
        checkDuplicates(import, entry, macColumn, serialColumn, macLines, serialLines);

        // Devices fetch <hostname>-confg and reservations bind one address: neither may repeat.
        for (const char *unique : {"hostname", "ip"}) {
            const QString name = QString::fromLatin1(unique);
            const QString value = name == QLatin1String("hostname")
                ? entry.hostname
                : entry.variables.value(name).toString();
            if (value.isEmpty())
                continue;
            const QString key = name + QLatin1Char('\n') + value.toLower();
            if (const int first = uniqueLines.value(key); first > 0)
                import.problems.append({record.line, 0, name,
                                        Messages::tr("%1 '%2' is already on line %3").arg(name, value).arg(first)});
            else
                uniqueLines.insert(key, record.line);
        }
        import.entries.append(entry);
    }
}

Result<Inventory> Inventory::parse(const QByteArray &data, const QString &fileName)
{
    const Result<InventoryImport> import = readInventoryImport(data);
    if (!import)
        return Error{QStringLiteral("%1: %2").arg(fileName, import.errorString())};
    if (!import->ok())
        return Error{QStringLiteral("%1: %2").arg(fileName, import->problems.first().toString())};

    Inventory inventory;
    for (qsizetype column = 0; column < import->headers.size(); ++column) {
        const ColumnMapping &mapping = import->mapping.at(column);
        inventory.m_columns.append(mapping.field == InventoryField::Variable ? mapping.variable
                                                                             : import->headers.at(column));
    }
    inventory.m_entries = import->entries;
    return inventory;
}

Result<Inventory> Inventory::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Messages::tr("%1: cannot read: %2").arg(path, file.errorString())};
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

int Inventory::merge(const QList<InventoryEntry> &entries)
{
    int replaced = 0;
    for (const InventoryEntry &entry : entries) {
        const InventoryEntry *existing = entry.mac.isEmpty() ? nullptr : findByMac(entry.mac);
        if (!existing && !entry.serial.isEmpty())
            existing = findBySerial(entry.serial);

        if (existing) {
            m_entries[existing - m_entries.constData()] = entry;
            ++replaced;
        } else {
            m_entries.append(entry);
        }
        for (auto it = entry.variables.cbegin(); it != entry.variables.cend(); ++it) {
            if (!m_columns.contains(it.key()))
                m_columns.append(it.key());
        }
    }
    return replaced;
}

QByteArray Inventory::toCsv() const
{
    QStringList variables;
    for (const QString &column : m_columns) {
        if (fieldForHeader(column) == InventoryField::Variable && !variables.contains(column))
            variables.append(column);
    }
    for (const InventoryEntry &entry : m_entries) {
        for (auto it = entry.variables.cbegin(); it != entry.variables.cend(); ++it) {
            if (!variables.contains(it.key()))
                variables.append(it.key());
        }
    }

    QList<QStringList> rows;
    rows.append(QStringList {QStringLiteral("mac"), QStringLiteral("serial"), QStringLiteral("hostname")}
                + variables);
    for (const InventoryEntry &entry : m_entries) {
        QStringList row {entry.mac.isEmpty() ? QString() : platform::formatMac(entry.mac), entry.serial,
                         entry.hostname};
        for (const QString &variable : std::as_const(variables))
            row.append(entry.variables.value(variable).toString());
        rows.append(row);
    }
    return formatCsv(rows);
}

Status Inventory::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv()) < 0 || !file.commit())
        return Error{Messages::tr("%1: cannot write: %2; check the directory's permissions and free space")
                         .arg(path, file.errorString())};
    qCInfo(lcWorkspace).noquote() << "inventory saved to" << path << "with" << m_entries.size() << "rows";
    return Status::success();
}

} // namespace ztp::workspace
