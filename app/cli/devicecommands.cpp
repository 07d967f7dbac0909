#include "devicecommands.h"
#include "cliutil.h"

#include "devices/devicemerger.h"
#include "devices/deviceregistry.h"
#include "devices/ouiregistry.h"
#include "devices/sightings.h"
#include "platform/netplatform.h"
#include "storage/historydatabase.h"
#include "workspace/csv.h"
#include "workspace/inventory.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace ztp;

namespace {

using namespace ztp::cli;

QCommandLineOption workspaceOption()
{
    return QCommandLineOption(QStringList {QStringLiteral("w"), QStringLiteral("workspace")},
                              tr("Workspace folder (created with 'ztpw init')."), QStringLiteral("DIR"));
}

// Builds the sighting that a stored event records. The device table is stored without
// identifiers, so `ztpw devices` rebuilds their evidence from the DHCP and HTTP events.
std::optional<devices::Sighting> sightingFromEvent(const storage::HistoryEvent &event)
{
    const QByteArray mac = platform::parseMac(event.deviceKey);
    if (mac.isEmpty())
        return std::nullopt;

    devices::Sighting sighting;
    if (event.kind.startsWith(QLatin1String("dhcp."))) {
        const QJsonObject &details = event.details;
        sighting.evidence = {devices::EvidenceSource::Dhcp, event.time,
                             QStringLiteral("%1 xid %2").arg(details.value(QStringLiteral("request")).toString(),
                                                             details.value(QStringLiteral("xid")).toString())};
        sighting.clientId = QByteArray::fromHex(details.value(QStringLiteral("clientId")).toString().toLatin1());
        sighting.serial = details.value(QStringLiteral("serial")).toString();
        sighting.model = details.value(QStringLiteral("model")).toString();
        sighting.vendor = details.value(QStringLiteral("vendor")).toString();
        sighting.profile = details.value(QStringLiteral("profile")).toString();
        if (details.value(QStringLiteral("reply")).toString() == QLatin1String("ACK"))
            sighting.leasedAddress = QHostAddress(details.value(QStringLiteral("address")).toString());
        sighting.origins = {{devices::IdentifierKind::Mac, QStringLiteral("chaddr")},
                            {devices::IdentifierKind::ClientId, QStringLiteral("option 61")},
                            {devices::IdentifierKind::Address, QStringLiteral("ACK yiaddr")}};
    } else if (event.kind == QLatin1String("http.identity")) {
        devices::HttpHeaders headers;
        for (auto it = event.details.constBegin(); it != event.details.constEnd(); ++it)
            headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
        sighting = devices::sightingFromHttpHeaders(
            QHostAddress(event.details.value(QStringLiteral("client")).toString()), headers, event.time);
        // The event names its device, so the address is not needed to find it.
        sighting.sourceAddress = QHostAddress();
        if (!sighting.mac.isEmpty() && sighting.mac != mac)
            sighting.otherMacs.prepend(sighting.mac);
    } else {
        return std::nullopt;
    }
    sighting.mac = mac;
    return sighting;
}

QString joinValues(const devices::Device &device, devices::IdentifierKind kind)
{
    QStringList values;
    for (const devices::Identifier &identifier : device.identifiers) {
        if (identifier.kind == kind)
            values.append(identifier.value);
    }
    return values.join(QLatin1Char(' '));
}

QJsonObject deviceJson(const devices::Device &device)
{
    QJsonArray identifiers;
    for (const devices::Identifier &identifier : device.identifiers) {
        identifiers.append(QJsonObject {
            {QStringLiteral("kind"), devices::identifierKindName(identifier.kind)},
            {QStringLiteral("value"), identifier.value},
            {QStringLiteral("source"), devices::evidenceSourceName(identifier.evidence.source)},
            {QStringLiteral("time"), identifier.evidence.time.toString(Qt::ISODateWithMs)},
            {QStringLiteral("evidence"), identifier.evidence.detail},
            {QStringLiteral("sightings"), identifier.sightings},
        });
    }

    const auto list = [&device](devices::IdentifierKind kind) {
        const QString joined = joinValues(device, kind);
        return QJsonArray::fromStringList(joined.isEmpty() ? QStringList() : joined.split(QLatin1Char(' ')));
    };
    return QJsonObject {
        {QStringLiteral("mac"), device.key()},
        {QStringLiteral("macs"), list(devices::IdentifierKind::Mac)},
        {QStringLiteral("clientIds"), list(devices::IdentifierKind::ClientId)},
        {QStringLiteral("serials"), list(devices::IdentifierKind::Serial)},
        {QStringLiteral("serial"), device.serial},
        {QStringLiteral("model"), device.model},
        {QStringLiteral("vendor"), device.vendor},
        {QStringLiteral("vendorClass"), device.vendorClass},
        {QStringLiteral("hostname"), device.hostname},
        {QStringLiteral("ip"), device.ip.isNull() ? QString() : device.ip.toString()},
        {QStringLiteral("profile"), device.profile},
        {QStringLiteral("template"), device.templateName},
        {QStringLiteral("state"), devices::deviceStateName(device.state)},
        {QStringLiteral("firstSeen"), device.firstSeen.toString(Qt::ISODate)},
        {QStringLiteral("lastSeen"), device.lastSeen.toString(Qt::ISODate)},
        {QStringLiteral("identifiers"), identifiers},
    };
}

QByteArray devicesCsv(const QList<devices::Device> &list)
{
    QList<QStringList> rows {{QStringLiteral("mac"), QStringLiteral("macs"), QStringLiteral("client_ids"),
                              QStringLiteral("serials"), QStringLiteral("serial"), QStringLiteral("model"),
                              QStringLiteral("vendor"), QStringLiteral("hostname"), QStringLiteral("ip"),
                              QStringLiteral("profile"), QStringLiteral("template"), QStringLiteral("state")}};
    for (const devices::Device &device : list) {
        rows.append({device.key(), joinValues(device, devices::IdentifierKind::Mac),
                     joinValues(device, devices::IdentifierKind::ClientId),
                     joinValues(device, devices::IdentifierKind::Serial), device.serial, device.model,
                     device.vendor, device.hostname, device.ip.isNull() ? QString() : device.ip.toString(),
                     device.profile, device.templateName, devices::deviceStateName(device.state)});
    }
    // Hostnames and vendor classes come from the devices themselves, so guard formulas.
    return workspace::formatCsv(rows, workspace::FormulaGuard::On);
}

std::optional<workspace::InventoryField> fieldFromName(const QString &name, QString *variable)
{
    if (name == QLatin1String("mac"))
        return workspace::InventoryField::Mac;
    if (name == QLatin1String("serial"))
        return workspace::InventoryField::Serial;
    if (name == QLatin1String("hostname"))
        return workspace::InventoryField::Hostname;
    if (name == QLatin1String("ignore"))
        return workspace::InventoryField::Ignore;
    if (name.startsWith(QLatin1String("var:"))) {
        *variable = name.mid(4);
        return workspace::InventoryField::Variable;
    }
    return std::nullopt;
}

// Applies "--map HEADER=FIELD" options on top of the guessed mapping.
bool applyMapOptions(const QStringList &options, workspace::InventoryImport &import)
{
    for (const QString &option : options) {
        const qsizetype equals = option.lastIndexOf(QLatin1Char('='));
        const QString header = option.left(equals);
        const qsizetype column = equals > 0 ? import.headers.indexOf(header) : -1;
        QString variable;
        const auto field = equals > 0 ? fieldFromName(option.mid(equals + 1), &variable) : std::nullopt;
        if (column < 0 || !field) {
            err() << tr("Invalid --map '%1': write HEADER=FIELD with a header of the file (%2) and "
                        "FIELD one of mac, serial, hostname, ignore or var:NAME.\n")
                         .arg(option, import.headers.join(QStringLiteral(", ")));
            return false;
        }
        import.mapping[column] = {*field, variable};
    }
    return true;
}

// "line 3, column 2 'MAC Address' (mac): ...": the header as the file has it, so the technician
// finds the cell, and the field it was mapped to.
QString problemText(const workspace::InventoryProblem &problem, const QStringList &headers)
{
    if (problem.column <= 0 || problem.column > headers.size())
        return problem.toString();
    const QString header = headers.at(problem.column - 1);
    const QString mapped = problem.columnName.isEmpty() || problem.columnName == header
        ? QString()
        : QStringLiteral(" (%1)").arg(problem.columnName);
    return tr("line %1, column %2 '%3'%4: %5")
        .arg(problem.line)
        .arg(problem.column)
        .arg(header, mapped, problem.message);
}

int importInventory(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1) {
        err() << tr("Name one CSV file: ztpw inventory import --workspace DIR FILE\n");
        return 2;
    }
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly)) {
        err() << tr("%1: cannot read: %2\n").arg(file.fileName(), file.errorString());
        return 1;
    }

    auto read = workspace::readInventoryImport(file.readAll(), !parser.isSet(QStringLiteral("no-header")));
    if (!read) {
        err() << file.fileName() << ": " << read.errorString() << '\n';
        return 1;
    }
    workspace::InventoryImport import = std::move(read).value();
    if (!applyMapOptions(parser.values(QStringLiteral("map")), import))
        return 2;
    workspace::validateInventoryImport(import);
    if (!import.ok()) {
        for (const workspace::InventoryProblem &problem : std::as_const(import.problems))
            err() << file.fileName() << ": " << problemText(problem, import.headers) << '\n';
        err() << tr("Nothing was imported: fix the %1 problems above and run the import again.\n")
                     .arg(import.problems.size());
        return 1;
    }

    auto workspace = workspace::Workspace::open(parser.value(QStringLiteral("workspace")));
    if (!workspace) {
        err() << workspace.errorString() << '\n';
        return 1;
    }
    workspace::Inventory inventory = workspace->inventory();
    const int replaced = inventory.merge(import.entries);
    if (Status saved = inventory.save(workspace->inventoryPath()); !saved) {
        err() << saved.errorString() << '\n';
        return 1;
    }
    QTextStream(stdout) << tr("Imported %1 rows into %2 (%3 replaced rows with the same MAC or serial).\n")
                               .arg(import.entries.size())
                               .arg(workspace->inventoryPath())
                               .arg(replaced);
    return 0;
}

int exportInventory(const QCommandLineParser &parser)
{
    auto workspace = workspace::Workspace::open(parser.value(QStringLiteral("workspace")));
    if (!workspace) {
        err() << workspace.errorString() << '\n';
        return 1;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        QTextStream(stdout) << QString::fromUtf8(workspace->inventory().toCsv());
        return 0;
    }
    if (Status saved = workspace->inventory().save(output); !saved) {
        err() << saved.errorString() << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int runDevices(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List every device record with its identifiers; in JSON "
                                        "also the evidence behind each identifier."));
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("format"), tr("Output format: csv or json (default csv)."),
                      QStringLiteral("FORMAT"), QStringLiteral("csv")});
    int exitCode = 0;
    if (!parseWorkspaceOptions(parser, QStringLiteral("devices"), arguments, &exitCode))
        return exitCode;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        err() << tr("Invalid --format '%1': use csv or json.\n").arg(format);
        return 2;
    }

    auto workspace = workspace::Workspace::open(parser.value(QStringLiteral("workspace")));
    if (!workspace) {
        err() << workspace.errorString() << '\n';
        return 1;
    }
    storage::HistoryDatabase history;
    if (Status opened = history.open(workspace->historyPath()); !opened) {
        err() << opened.errorString() << '\n';
        return 1;
    }

    devices::DeviceRegistry registry;
    registry.reset(history.loadDevices());
    devices::DeviceMerger merger(&registry);
    merger.setOuiRegistry(&devices::OuiRegistry::builtIn());
    for (const storage::HistoryEvent &event : history.events()) {
        if (const auto sighting = sightingFromEvent(event); sighting && registry.indexOf(sighting->mac) >= 0)
            merger.apply(*sighting);
    }

    QTextStream out(stdout);
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const devices::Device &device : registry.devices())
            list.append(deviceJson(device));
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else {
        out << QString::fromUtf8(devicesCsv(registry.devices()));
    }
    return 0;
}

int runInventory(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("import: check a CSV file (comma, semicolon or tab separated; keys mac and/or serial; "
           "every other column a template variable) and add it to the workspace's inventory.csv. "
           "Every problem is listed by line and column and nothing is imported until there are none.\n"
           "export: write the inventory as CSV to --output or standard output."));
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("map"),
                      tr("Map a column: HEADER=mac|serial|hostname|ignore|var:NAME. Repeatable."),
                      QStringLiteral("HEADER=FIELD")});
    parser.addOption({QStringLiteral("no-header"), tr("The first row is data; columns are named "
                                                      "'Column 1', 'Column 2', ...")});
    parser.addOption({QStringLiteral("output"), tr("File for export (default: standard output)."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("import|export"), tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file to import."));
    int exitCode = 0;
    if (!parseWorkspaceOptions(parser, QStringLiteral("inventory"), arguments, &exitCode))
        return exitCode;

    const QString action = parser.positionalArguments().value(0);
    if (action == QLatin1String("import"))
        return importInventory(parser);
    if (action == QLatin1String("export"))
        return exportInventory(parser);
    err() << tr("Unknown inventory action '%1': use import or export.\n").arg(action);
    return 2;
}
