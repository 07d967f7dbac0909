#include "bench/benchservice.h"

#include "common/logging.h"
#include "reports/csvreport.h"
#include "templates/templateengine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace ztp::bench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ztp::bench::BenchService", text);
}

} // namespace

BenchService::BenchService(QObject *parent)
    : QObject(parent)
    , m_devices(new devices::DeviceRegistry(this))
{
}

BenchService::~BenchService()
{
    stop();
}

Status BenchService::openWorkspace(const QString &directory)
{
    stop();

    Result<workspace::Workspace> opened = workspace::Workspace::open(directory);
    if (!opened)
        return opened.error();

    auto history = std::make_unique<storage::HistoryDatabase>();
    if (Status status = history->open(opened->historyPath()); !status)
        return status;

    m_workspace = std::make_unique<workspace::Workspace>(std::move(opened).value());
    m_history = std::move(history);
    m_templates = std::make_unique<templates::Environment>();
    m_templates->setSearchPath(m_workspace->templatesPath());
    m_devices->reset(m_history->loadDevices());

    qCInfo(lcBench).noquote() << "workspace" << m_workspace->root() << "with"
                              << m_workspace->inventory().entries().size() << "inventory rows and"
                              << m_devices->count() << "known devices";
    return Status::success();
}

Status BenchService::start(const QString &interfaceName)
{
    if (!m_workspace)
        return Error{tr("No workspace is open.")};
    if (isRunning())
        stop();
    if (interfaceName.isEmpty())
        return Error{tr("Choose the network interface that faces the devices before starting.")};

    const auto interface = platform::findInterface(interfaceName);
    if (!interface)
        return Error{tr("Network interface '%1' does not exist. Pick one from the list of "
                        "interfaces ('ip link' shows them).")
                         .arg(interfaceName)};
    Result<NetworkPlan> plan = planNetwork(m_workspace->settings(), *interface);
    if (!plan)
        return plan.error();
    m_plan = *plan;

    m_leases = std::make_unique<dhcp::LeaseTable>(m_plan.dhcp.poolFirst, m_plan.dhcp.poolLast,
                                                  QList<QHostAddress> {m_plan.dhcp.serverAddress},
                                                  m_history.get());
    m_leases->load();

    m_dhcp = new dhcp::DhcpServer(m_plan.dhcp, m_leases.get(), this);
    m_dhcp->setPolicyProvider([this](const dhcp::DhcpPacket &request) { return policyFor(request); });
    connect(m_dhcp, &dhcp::DhcpServer::exchanged, this, &BenchService::applyExchange);

    tftp::TftpServerSettings tftpSettings;
    tftpSettings.interfaceName = interfaceName;
    tftpSettings.address = m_plan.tftpAddress;
    tftpSettings.port = m_plan.tftpPort;
    tftpSettings.rootDirectory = m_workspace->filesPath();
    tftpSettings.mtu = m_plan.mtu;
    m_tftp = new tftp::TftpServer(tftpSettings, this);
    m_tftp->setContentProvider([this](const QString &name, const QHostAddress &client,
                                      QString *error) { return provideContent(name, client, error); });
    connect(m_tftp, &tftp::TftpServer::transferFinished, this, &BenchService::onTransferFinished);

    Status status = m_dhcp->start();
    if (status)
        status = m_tftp->start();
    if (!status) {
        stop();
        return status;
    }

    m_interfaceName = interfaceName;
    record(QStringLiteral("bench.start"), QString(),
           QStringLiteral("services started on %1 (%2), pool %3 - %4")
               .arg(interfaceName, m_plan.dhcp.serverAddress.toString(),
                    m_plan.dhcp.poolFirst.toString(), m_plan.dhcp.poolLast.toString()),
           {{QStringLiteral("interface"), interfaceName}});
    emit runningChanged(true);
    return Status::success();
}

void BenchService::stop()
{
    const bool wasRunning = isRunning();
    if (m_dhcp) {
        m_dhcp->stop();
        delete m_dhcp;
        m_dhcp = nullptr;
    }
    if (m_tftp) {
        m_tftp->stop();
        delete m_tftp;
        m_tftp = nullptr;
    }
    m_leases.reset();
    if (wasRunning) {
        record(QStringLiteral("bench.stop"), QString(),
               QStringLiteral("services stopped on %1").arg(m_interfaceName), {});
        m_interfaceName.clear();
        emit runningChanged(false);
    }
}

dhcp::ClientPolicy BenchService::policyFor(const dhcp::DhcpPacket &request) const
{
    dhcp::ClientPolicy policy;
    if (const auto *entry = m_workspace->inventory().findByMac(request.clientHardwareAddress()))
        policy.hostname = entry->hostname;
    return policy;
}

void BenchService::applyExchange(const dhcp::DhcpExchange &exchange)
{
    const QString key = platform::formatMac(exchange.mac);

    devices::Device device = m_devices->find(exchange.mac).value_or(devices::Device {});
    const bool isNew = device.mac.isEmpty();
    if (isNew) {
        device.mac = exchange.mac;
        device.firstSeen = exchange.time;
    }
    device.lastSeen = exchange.time;
    if (!exchange.clientId.isEmpty())
        device.clientId = exchange.clientId;
    if (!exchange.vendorClass.isEmpty())
        device.vendorClass = exchange.vendorClass;

    const workspace::InventoryEntry *entry = m_workspace->inventory().findByMac(exchange.mac);
    if (entry) {
        device.serial = entry->serial;
        device.hostname = entry->hostname;
        device.inventory = entry->variables;
    } else if (!exchange.clientHostname.isEmpty() && device.hostname.isEmpty()) {
        device.hostname = exchange.clientHostname;
    }

    if (exchange.replyType == dhcp::MessageType::Ack && exchange.requestType == dhcp::MessageType::Request) {
        device.ip = exchange.address;
        if (device.state == devices::DeviceState::Discovered)
            device.state = devices::DeviceState::Leased;
    } else if (exchange.requestType == dhcp::MessageType::Release
               || exchange.replyType == dhcp::MessageType::Nak) {
        if (device.state == devices::DeviceState::Leased)
            device.state = devices::DeviceState::Discovered;
    }
    updateDevice(device);

    const QString request = QString::fromLatin1(dhcp::messageTypeName(exchange.requestType));
    const QString reply = exchange.replyType
        ? QString::fromLatin1(dhcp::messageTypeName(*exchange.replyType))
        : QStringLiteral("no reply");
    QString summary = QStringLiteral("%1 from %2 -> %3").arg(request, key, reply);
    if (!exchange.address.isNull() && exchange.address.toIPv4Address() != 0)
        summary += QLatin1Char(' ') + exchange.address.toString();
    if (!exchange.note.isEmpty())
        summary += QStringLiteral(" (%1)").arg(exchange.note);

    QJsonObject details {
        {QStringLiteral("request"), request},
        {QStringLiteral("reply"), exchange.replyType ? reply : QString()},
        {QStringLiteral("xid"), QString::number(exchange.xid, 16)},
        {QStringLiteral("address"), exchange.address.isNull() ? QString() : exchange.address.toString()},
        {QStringLiteral("vendorClass"), exchange.vendorClass},
        {QStringLiteral("clientId"), QString::fromLatin1(exchange.clientId.toHex())},
        {QStringLiteral("hostname"), exchange.hostname},
        {QStringLiteral("bootFile"), exchange.bootFile},
        {QStringLiteral("note"), exchange.note},
    };
    record(QStringLiteral("dhcp.") + request.toLower(), key, summary, details);
}

bool BenchService::isConfigurationName(const QString &fileName, const devices::Device &device) const
{
    const QString name = QFileInfo(fileName).fileName();
    if (name.compare(m_plan.dhcp.bootFile, Qt::CaseInsensitive) == 0)
        return true;
    if (fileName.compare(m_plan.dhcp.bootFile, Qt::CaseInsensitive) == 0)
        return true;

    // Cisco AutoInstall asks for <hostname>-confg and <hostname>.cfg after network-confg.
    if (!device.hostname.isEmpty()) {
        for (const QString &candidate : {device.hostname + QStringLiteral("-confg"),
                                         device.hostname + QStringLiteral(".cfg")}) {
            if (name.compare(candidate, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

std::optional<tftp::DynamicContent> BenchService::provideContent(const QString &fileName,
                                                                 const QHostAddress &client,
                                                                 QString *error)
{
    const auto lease = m_leases ? m_leases->findByAddress(client) : std::nullopt;
    if (!lease || lease->state != dhcp::LeaseState::Bound)
        return std::nullopt;
    const auto device = m_devices->find(lease->mac);
    if (!device || !isConfigurationName(fileName, *device))
        return std::nullopt;

    const Result<RenderedConfiguration> rendered = renderConfiguration(*device);
    if (!rendered) {
        devices::Device failed = *device;
        failed.state = devices::DeviceState::Failed;
        updateDevice(failed);
        record(QStringLiteral("template.error"), device->key(),
               QStringLiteral("cannot render %1 for %2: %3")
                   .arg(fileName, device->key(), rendered.errorString()),
               {{QStringLiteral("file"), fileName}, {QStringLiteral("error"), rendered.errorString()}});
        *error = rendered.errorString();
        return std::nullopt;
    }

    devices::Device updated = *device;
    updated.templateName = rendered->templateName;
    updateDevice(updated);
    return tftp::DynamicContent {rendered->text, device->key()};
}

QVariantMap BenchService::variablesFor(const devices::Device &device) const
{
    // Inventory columns first, so the built-ins below win over a column of the same name.
    QVariantMap variables = device.inventory;
    variables.insert(QStringLiteral("hostname"), device.hostname);
    variables.insert(QStringLiteral("mac"), device.key());
    variables.insert(QStringLiteral("ip"), device.ip.isNull() ? QString() : device.ip.toString());
    variables.insert(QStringLiteral("serial"), device.serial);
    variables.insert(QStringLiteral("vendor_class"), device.vendorClass);
    return variables;
}

Result<RenderedConfiguration> BenchService::renderConfiguration(const devices::Device &device) const
{
    if (!m_workspace)
        return Error{tr("No workspace is open.")};

    RenderedConfiguration result;
    result.templateName = device.templateName.isEmpty() ? m_workspace->settings().defaultTemplate
                                                        : device.templateName;

    templates::TemplateError error;
    const auto compiled = m_templates->load(result.templateName, &error);
    if (!compiled)
        return Error{error.toString()};
    const QString text = compiled->render(variablesFor(device), &error);
    if (!error.message.isEmpty())
        return Error{error.toString()};

    result.text = text.toUtf8();
    result.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(result.text, QCryptographicHash::Sha256).toHex());
    return result;
}

void BenchService::onTransferFinished(const tftp::TransferRecord &record)
{
    const QString sha256 = QString::fromLatin1(record.sha256.toHex());
    QString deviceKey = record.deviceKey;
    std::optional<devices::Device> device;
    if (m_leases) {
        if (const auto lease = m_leases->findByAddress(record.client))
            device = m_devices->find(lease->mac);
    }
    if (device && deviceKey.isEmpty())
        deviceKey = device->key();

    QJsonObject details {
        {QStringLiteral("file"), record.fileName},
        {QStringLiteral("client"), record.client.toString()},
        {QStringLiteral("bytes"), double(record.bytesSent)},
        {QStringLiteral("result"), record.success ? QStringLiteral("ok") : QStringLiteral("failed")},
        {QStringLiteral("error"), record.error},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("dynamic"), record.dynamic},
    };
    const QString summary = record.success
        ? QStringLiteral("sent %1 (%2 bytes) to %3, sha256 %4")
              .arg(record.fileName)
              .arg(record.bytesSent)
              .arg(record.client.toString(), sha256)
        : QStringLiteral("transfer of %1 to %2 failed: %3")
              .arg(record.fileName, record.client.toString(), record.error);
    this->record(QStringLiteral("tftp.transfer"), deviceKey, summary, details);

    if (device && record.dynamic) {
        devices::Device updated = *device;
        updated.lastSeen = QDateTime::currentDateTimeUtc();
        if (record.success) {
            updated.state = devices::DeviceState::ConfigurationSent;
            updated.configSha256 = sha256;
        } else {
            updated.state = devices::DeviceState::Failed;
        }
        updateDevice(updated);
    }
}

void BenchService::record(const QString &kind, const QString &deviceKey, const QString &summary,
                          const QJsonObject &details)
{
    storage::HistoryEvent event;
    event.time = QDateTime::currentDateTimeUtc();
    event.kind = kind;
    event.deviceKey = deviceKey;
    event.summary = summary;
    event.details = details;
    if (m_history) {
        const Result<qint64> id = m_history->recordEvent(event);
        if (id)
            event.id = *id;
    }
    qCInfo(lcBench).noquote() << kind << summary;
    emit eventRecorded(event);
}

void BenchService::updateDevice(const devices::Device &device)
{
    m_devices->upsert(device);
    if (m_history)
        m_history->saveDevice(device);
}

Status BenchService::exportCsvReport(const QString &path) const
{
    return reports::writeDeviceReportCsv(m_devices->devices(), path);
}

} // namespace ztp::bench
