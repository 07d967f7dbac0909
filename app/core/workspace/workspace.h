#pragma once

#include "common/result.h"
#include "workspace/inventory.h"

#include <QString>
#include <QJsonObject>
#include <QStringList>

namespace ztp::workspace {

// Bench settings stored in workbench.json. Empty addresses are derived from the chosen
// interface when the servers start.
struct BenchSettings
{
    QString interfaceName;
    QString poolFirst;
    QString poolLast;
    QString subnetMask;
    QString router;
    QStringList dnsServers;
    QString domainName;
    int leaseTimeSeconds = 3600;
    QString bootFile = QStringLiteral("network-confg");
    int dhcpPort = 67;
    bool dhcpAllowListOnly = false; // answer only inventory devices and profile matches
    int rogueProbeSeconds = 60;     // probe for other DHCP servers this often; 0 turns it off
    int pingBeforeOfferMs = 0;      // ping an address this long before offering it; 0 turns it off
    QString tftpServer;
    int tftpPort = 69;
    // Transfers use ports from this range; 0 and 0 let the system pick any free port.
    int tftpTransferPortFirst = 0;
    int tftpTransferPortLast = 0;
    int tftpBlockRollover = 0;      // the block number after 65535: 0 (most clients) or 1
    bool tftpUploads = false;       // accept WRQ into uploads/<device>/
    int tftpUploadQuotaMiB = 64;    // per device folder, earlier uploads included
    int httpPort = 80;    // HTTP file server and ZTP endpoints; 0 turns it off
    int httpsPort = 443;  // the same over TLS with the workspace's certificate; 0 turns it off
    int syslogPort = 514; // UDP syslog receiver; 0 turns it off
    QString defaultTemplate = QStringLiteral("default.j2");
    // A device in progress that sends nothing for this long is marked stalled.
    int stallTimeoutSeconds = 600;

    QJsonObject toJson() const;
};

// A technician's working folder:
//   workbench.json   bench settings
//   templates/       configuration templates; templates/default.j2 for unassigned devices
//   files/           served as-is over TFTP
//   inventory.csv    optional: expected devices and their variables
//   history.sqlite   leases, devices and events
//   assignment-rules.json, bench-positions.json   optional, edited in the GUI
class Workspace
{
public:
    // Creates the folder layout with defaults and a sample template. Existing files are kept.
    static Result<Workspace> init(const QString &directory);
    // Opens an existing workspace; errors name the file, line and key at fault.
    static Result<Workspace> open(const QString &directory);

    QString root() const { return m_root; }
    QString settingsPath() const;
    QString templatesPath() const;
    QString filesPath() const;
    QString inventoryPath() const;
    QString historyPath() const;
    QString assignmentRulesPath() const; // assignment-rules.json
    QString benchPositionsPath() const;  // bench-positions.json

    const BenchSettings &settings() const { return m_settings; }
    BenchSettings &settings() { return m_settings; }
    // Writes workbench.json atomically.
    Status saveSettings() const;

    const Inventory &inventory() const { return m_inventory; }
    Status reloadInventory();

    static Result<BenchSettings> parseSettings(const QByteArray &json, const QString &fileName);

private:
    QString m_root;
    BenchSettings m_settings;
    Inventory m_inventory;
};

} // namespace ztp::workspace
