#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ztp::devices {

enum class DeviceState; // device.h

// Kind of value that identifies a device.
enum class IdentifierKind {
    Mac,           // "00:1c:73:1a:2b:3c": chaddr, or a MAC that the device reported
    ClientId,      // DHCP option 61 in lower-case hex, type octet included
    Serial,
    Model,
    Vendor,
    Hostname,
    Address,       // IPv4 address leased to it or that it sent from
    BenchPosition, // position on the bench, from option 82 circuit id
};

// Source of a value, lowest trust first. When two sources disagree the higher one is shown,
// and every value stays in the record with its evidence.
enum class EvidenceSource {
    Oui,        // derived from the MAC through the IEEE registry
    Dhcp,       // a DHCP request
    Http,       // headers of an HTTP request of a ZTP agent
    Console,    // a line read from the serial console
    Inventory,  // a row of the inventory the technician imported
    Technician, // typed or scanned in the GUI
};

QString identifierKindName(IdentifierKind kind);
std::optional<IdentifierKind> identifierKindFromName(const QString &name);
QString evidenceSourceName(EvidenceSource source);

// Packet, header or console line that supplied a value.
struct Evidence
{
    EvidenceSource source = EvidenceSource::Dhcp;
    QDateTime time;  // UTC
    QString detail;  // e.g. "DISCOVER xid 3903f326, option 61", "header CUMULUS-SERIAL"
};

struct Identifier
{
    IdentifierKind kind = IdentifierKind::Mac;
    QString value;
    Evidence evidence; // the latest sighting of this value
    int sightings = 1; // how many times this value was seen
};

// One line of a device's timeline: a state change or an action.
struct TimelineEntry
{
    QDateTime time; // UTC
    std::optional<DeviceState> state; // the state entered, when the entry changed it
    QString summary;
};

// A transfer in progress, for the table's progress column.
struct TransferProgress
{
    QString fileName;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;     // 0 when the size is unknown
    double bytesPerSecond = 0; // over the whole transfer so far

    bool isRunning() const { return !fileName.isEmpty(); }
};

} // namespace ztp::devices
