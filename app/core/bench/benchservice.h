#pragma once

#include "bench/networkplan.h"
#include "common/result.h"
#include "devices/deviceregistry.h"
#include "dhcp/dhcpserver.h"
#include "storage/historydatabase.h"
#include "tftp/tftpserver.h"
#include "workspace/workspace.h"

#include <QObject>

#include <memory>

namespace ztp::templates {
class Environment;
}

namespace ztp::bench {

// A device's configuration as rendered for it.
struct RenderedConfiguration
{
    QString templateName;
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

    // Starts DHCP and TFTP on one interface. Nothing answers until this is called with an
    // interface the technician chose; on any failure neither server stays up.
    Status start(const QString &interfaceName);
    void stop();
    bool isRunning() const { return m_dhcp != nullptr; }
    QString interfaceName() const { return m_interfaceName; }
    const NetworkPlan &plan() const { return m_plan; }

    // The variables a device's template sees: built-ins, then its inventory columns.
    QVariantMap variablesFor(const devices::Device &device) const;
    Result<RenderedConfiguration> renderConfiguration(const devices::Device &device) const;

    Status exportCsvReport(const QString &path) const;

public slots:
    // Applies one DHCP exchange to the device records and the history.
    void applyExchange(const ztp::dhcp::DhcpExchange &exchange);

signals:
    void eventRecorded(const ztp::storage::HistoryEvent &event);
    void runningChanged(bool running);

private:
    void onTransferFinished(const tftp::TransferRecord &record);
    std::optional<tftp::DynamicContent> provideContent(const QString &fileName,
                                                       const QHostAddress &client, QString *error);
    dhcp::ClientPolicy policyFor(const dhcp::DhcpPacket &request) const;
    bool isConfigurationName(const QString &fileName, const devices::Device &device) const;
    void record(const QString &kind, const QString &deviceKey, const QString &summary,
                const QJsonObject &details);
    void updateDevice(const devices::Device &device);

    std::unique_ptr<workspace::Workspace> m_workspace;
    std::unique_ptr<storage::HistoryDatabase> m_history;
    std::unique_ptr<templates::Environment> m_templates;
    devices::DeviceRegistry *m_devices;
    std::unique_ptr<dhcp::LeaseTable> m_leases;
    dhcp::DhcpServer *m_dhcp = nullptr;
    tftp::TftpServer *m_tftp = nullptr;
    QString m_interfaceName;
    NetworkPlan m_plan;
};

} // namespace ztp::bench
