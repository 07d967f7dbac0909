#pragma once

#include "bench/networkplan.h"
#include "common/result.h"
#include "devices/assignmentrules.h"
#include "devices/benchpositions.h"
#include "devices/deviceregistry.h"
#include "dhcp/dhcpserver.h"
#include "http/provisioningservices.h"
#include "dhcp/rogueserverprobe.h"
#include "dhcp/vendorprofile.h"
#include "storage/historydatabase.h"
#include "storage/historywriter.h"
#include "storage/instancelock.h"
#include "storage/leasejournal.h"
#include "tftp/tftpserver.h"
#include "templates/revisionstore.h"
#include "templates/templatelint.h"
#include "workspace/variables.h"
#include "workspace/workspace.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace ztp::templates {
class Environment;
}
namespace ztp::devices {
class DeviceMerger;
class StallWatch;
}

namespace ztp::bench {

// A device's configuration as rendered for it.
struct RenderedConfiguration
{
    QString templateName;
    QString templateSha256; // hex SHA-256 of the template source: the revision rendered
    QByteArray templateSource; // that revision's source as UTF-8
    QByteArray text;
    QString sha256; // hex
};

// The bench: one workspace, its history and devices, and the DHCP and TFTP servers on the
// interface the technician chose. The GUI and `ztpw` both drive the engine through this class.
// Lives in one thread; every server runs in it.
class BenchService : public QObject
{
    Q_OBJECT

public:
    explicit BenchService(QObject *parent = nullptr);
    ~BenchService() override;

    // Opens a workspace and its history; stops the servers of a previous one first.
    Status openWorkspace(const QString &directory);
    bool hasWorkspace() const { return m_workspace != nullptr; }
    workspace::Workspace *workspace() const { return m_workspace.get(); }
    devices::DeviceRegistry *devices() const { return m_devices; }
    storage::HistoryDatabase *history() const { return m_history.get(); }
    // Events and device records go through this writer thread; leases do not.
    storage::HistoryWriter *historyWriter() const { return m_writer.get(); }
    // Template revisions and the configurations rendered for transfers, in history.sqlite.
    templates::RevisionStore *revisions() const { return m_revisions.get(); }

    // Starts DHCP, TFTP, HTTP(S) and syslog on one interface. No server runs until this is
    // called with an interface the technician chose, and on any failure none stays up. Unless
    // claimWorkspace() already did, it takes the workspace's instance lock (workbench.lock)
    // after the ports are bound, so a port conflict is reported as such.
    Status start(const QString &interfaceName);
    void stop();

    // Takes the workspace's instance lock until another workspace is opened. A second GUI or
    // `ztpw serve` on this workspace is then refused, and its error names the process holding
    // the lock. Read-only commands (export, render) never call this.
    Status claimWorkspace();
    bool isRunning() const { return m_dhcp != nullptr; }
    QString interfaceName() const { return m_interfaceName; }
    const NetworkPlan &plan() const { return m_plan; }
    // HTTP, HTTPS and syslog of the running bench (ports, certificate fingerprints); null when stopped.
    const http::ProvisioningServices *provisioningServices() const { return m_provisioning; }

    // Resolves the variables a device's template renders with, from the built-ins,
    // variables.json, its inventory columns and its file under variables/. VariableResolver
    // describes the precedence.
    Result<workspace::DeviceVariables> deviceVariables(const devices::Device &device) const;
    // Returns the values of deviceVariables(), secrets included. When a variables file is
    // invalid, it logs the error and returns the built-ins and inventory columns alone.
    QVariantMap variablesFor(const devices::Device &device) const;
    // Returns the known devices, then a record for each inventory row not seen yet. Such a
    // record has the row's MAC, or only its serial when the row has no MAC.
    QList<devices::Device> expectedDevices() const;
    // Lints the template of every expected device (its assigned one, else the default).
    QList<templates::LintFinding> lintTemplates() const;
    // Assigns a template to a known device and stores the record; empty restores the default.
    Status assignTemplate(const QByteArray &mac, const QString &templateName);
    Result<RenderedConfiguration> renderConfiguration(const devices::Device &device) const;

    // The workspace's assignment rules (assignment-rules.json).
    const devices::AssignmentRules &assignmentRules() const { return m_assignmentRules; }
    // Saves the rules and applies them to every known device that lacks a template or image.
    Status setAssignmentRules(const devices::AssignmentRules &rules);
    // Circuit id -> bench position names (bench-positions.json), used for DHCP option 82.
    const devices::BenchPositions &benchPositions() const { return m_benchPositions; }
    // Saves the mapping and names the positions of known devices that show an unnamed circuit id.
    Status setBenchPositions(const devices::BenchPositions &positions);
    // Removes the device's record, and deletes its record and events from the history. Returns
    // false when no device has this MAC.
    bool forgetDevice(const QByteArray &mac);

    Status exportCsvReport(const QString &path) const;

    // The functions through which the HTTP(S) endpoints reach the devices, the templates and
    // the history. start() passes them to the provisioning services, and tests that run those
    // services on loopback use them too.
    http::ZtpBackend ztpBackend();

public slots:
    // Applies one DHCP exchange to the device records and the history.
    void applyExchange(const ztp::dhcp::DhcpExchange &exchange);

signals:
    void eventRecorded(const ztp::storage::HistoryEvent &event);
    void runningChanged(bool running);
    // Another DHCP server answers on the bench interface: devices may take its addresses.
    // `serverMac` is empty when the probe could not capture it.
    void rogueServerDetected(const QString &interfaceName, const QHostAddress &server,
                             const QByteArray &serverMac, const QHostAddress &offeredAddress);

private:
    void onTransferFinished(const tftp::TransferRecord &record);
    std::optional<tftp::DynamicContent> provideContent(const QString &fileName,
                                                       const QHostAddress &client, QString *error);
    dhcp::ClientPolicy policyFor(const dhcp::DhcpPacket &request) const;
    dhcp::OptionVariables profileVariables(const dhcp::DhcpPacket &request,
                                           const dhcp::ClientPolicy &policy) const;
    void applyProfile(const dhcp::VendorProfile &profile, const dhcp::DhcpPacket &request,
                      dhcp::ClientPolicy &policy) const;
    Status loadProfiles();
    Result<QList<dhcp::Reservation>> reservationsFromInventory() const;
    void startRogueServerProbe();
    void onRogueServer(const QHostAddress &server, const QByteArray &serverMac,
                       const QHostAddress &offeredAddress);
    bool isConfigurationName(const QString &fileName, const devices::Device &device) const;
    Status startProvisioningServices(const QString &interfaceName);
    // Store the template revision that rendered a configuration being served, and the text a
    // device is sent, so that the transfer's record can name the revision and the editor can
    // diff against what the device received. Errors are logged, and the transfer goes on.
    void keepTemplateRevision(const RenderedConfiguration &rendered);
    void keepSentConfiguration(const QString &deviceKey, const QString &templateName,
                               const QString &templateSha256, const QByteArray &text);
    std::optional<devices::Device> deviceForMac(const QByteArray &mac, bool create);
    std::optional<devices::Device> deviceForSerial(const QString &serial);
    void record(const QString &kind, const QString &deviceKey, const QString &summary,
                const QJsonObject &details);
    void updateDevice(const devices::Device &device);
    devices::DeviceMerger deviceMerger() const;
    std::optional<devices::Device> identifyFromHeaders(const QHostAddress &source,
                                                       const http::HeaderList &headers);
    const dhcp::VendorProfile *profileAssignedByRule(const dhcp::DhcpPacket &request,
                                                     const dhcp::VendorProfile *matched,
                                                     const workspace::InventoryEntry *entry) const;
    void startStallWatch();
    void watchInventory();
    void reloadChangedInventory();
    void onDevicesStalled(const QList<int> &rows);

    std::unique_ptr<workspace::Workspace> m_workspace;
    std::unique_ptr<storage::HistoryDatabase> m_history;
    std::unique_ptr<storage::HistoryWriter> m_writer;
    storage::InstanceLock m_instanceLock;
    bool m_workspaceClaimed = false; // keep the lock across stop() until the workspace changes
    std::unique_ptr<templates::Environment> m_templates;
    std::unique_ptr<workspace::VariableResolver> m_variables;
    std::unique_ptr<templates::RevisionStore> m_revisions;
    devices::DeviceRegistry *m_devices;
    std::unique_ptr<storage::LeaseJournal> m_leaseJournal;
    std::unique_ptr<dhcp::LeaseTable> m_leases;
    dhcp::DhcpServer *m_dhcp = nullptr;
    tftp::TftpServer *m_tftp = nullptr;
    http::ProvisioningServices *m_provisioning = nullptr;
    dhcp::RogueServerProbe *m_rogueProbe = nullptr;
    dhcp::ProfileSet m_profiles;
    devices::AssignmentRules m_assignmentRules;
    devices::BenchPositions m_benchPositions;
    devices::StallWatch *m_stallWatch = nullptr; // runs while the services run
    QFileSystemWatcher *m_inventoryWatcher;
    QTimer *m_inventoryReload;
    QString m_inventoryStamp;  // size and time of the inventory last loaded
    QString m_interfaceName;
    NetworkPlan m_plan;
};

} // namespace ztp::bench
