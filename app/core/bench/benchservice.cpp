#include "bench/benchservice.h"

#include "common/logging.h"
#include "devices/deviceactions.h"
#include "devices/devicemerger.h"
#include "devices/ouiregistry.h"
#include "devices/sightings.h"
#include "reports/reportformats.h"
#include "templates/templateengine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>

namespace ztp::bench {

namespace {

// Large enough for any request a client sends without fragmentation on Ethernet.
constexpr int MaximumRecordedRequestSize = 1500;

// Context of this file's messages in the translation files; lupdate reads it from the macro.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ztp::bench::BenchService)
};

// Size and modification time of a file, "" when it is missing: enough to tell a new inventory.
QString inventoryStamp(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QString();
    return QStringLiteral("%1 %2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

// The device facts every template can use; VariableResolver::builtInNames() lists the same names.
QVariantMap builtInVariables(const devices::Device &device)
{
    return {
        {QStringLiteral("hostname"), device.hostname},
        {QStringLiteral("mac"), device.mac.isEmpty() ? QString() : device.key()},
        {QStringLiteral("ip"), device.ip.isNull() ? QString() : device.ip.toString()},
        {QStringLiteral("serial"), device.serial},
        {QStringLiteral("model"), device.model},
        {QStringLiteral("vendor"), workspace::VariableResolver::vendorName(device.platform, device.vendorClass)},
        {QStringLiteral("vendor_class"), device.vendorClass},
        {QStringLiteral("platform"), device.platform},
        {QStringLiteral("software_version"), device.softwareVersion},
        {QStringLiteral("image"), device.image},
    };
}

// Feeds the device table's progress column from running TFTP transfers: the device is the
// lease holder of the client address, and the transfer is cleared when it finishes.
void connectTransferProgress(tftp::TftpServer *server, devices::DeviceRegistry *registry,
                             dhcp::LeaseTable *leases)
{
    auto transferDevices = std::make_shared<QHash<quint64, QByteArray>>();
    QObject::connect(server, &tftp::TftpServer::transferStarted, registry,
                     [transferDevices, leases](const tftp::TransferRecord &record) {
        if (const auto lease = leases->findByAddress(record.client))
            transferDevices->insert(record.id, lease->mac);
    });
    QObject::connect(server, &tftp::TftpServer::transferProgress, registry,
                     [transferDevices, registry](quint64 id, qint64 bytesSent, qint64 totalBytes, double bytesPerSecond) {
        auto device = registry->find(transferDevices->value(id));
        if (!device)
            return;
        device->transfer.bytesDone = bytesSent;
        device->transfer.bytesTotal = std::max<qint64>(0, totalBytes);
        device->transfer.bytesPerSecond = bytesPerSecond;
        // A long image transfer is progress, so the stall check must not count it as silence.
        device->lastSeen = QDateTime::currentDateTimeUtc();
        if (device->transfer.fileName.isEmpty())
            device->transfer.fileName = QStringLiteral("TFTP transfer %1").arg(id);
        registry->upsert(*device);
    });
    QObject::connect(server, &tftp::TftpServer::transferFinished, registry,
                     [transferDevices, registry](const tftp::TransferRecord &record) {
        auto device = registry->find(transferDevices->take(record.id));
        if (!device || !device->transfer.isRunning())
            return;
        device->transfer = {};
        registry->upsert(*device);
    });
}

} // namespace

BenchService::BenchService(QObject *parent)
    : QObject(parent)
    , m_devices(new devices::DeviceRegistry(this))
    , m_inventoryWatcher(new QFileSystemWatcher(this))
    , m_inventoryReload(new QTimer(this))
{
    // An inventory edited or imported while the bench is open applies at once. The watcher
    // follows the file, and also its folder for editors that replace the file by renaming.
    // The timer waits until an editor has finished writing.
    m_inventoryReload->setSingleShot(true);
    m_inventoryReload->setInterval(300);
    connect(m_inventoryReload, &QTimer::timeout, this, &BenchService::reloadChangedInventory);
    connect(m_inventoryWatcher, &QFileSystemWatcher::fileChanged, m_inventoryReload,
            qOverload<>(&QTimer::start));
    connect(m_inventoryWatcher, &QFileSystemWatcher::directoryChanged, m_inventoryReload,
            qOverload<>(&QTimer::start));
}

BenchService::~BenchService()
{
    stop();
}

Status BenchService::openWorkspace(const QString &directory)
{
    stop();
    m_workspaceClaimed = false;
    m_instanceLock.release();

    Result<workspace::Workspace> opened = workspace::Workspace::open(directory);
    if (!opened)
        return opened.error();

    auto history = std::make_unique<storage::HistoryDatabase>();
    if (Status status = history->open(opened->historyPath()); !status)
        return status;
    auto writer = std::make_unique<storage::HistoryWriter>();
    if (Status status = writer->start(opened->historyPath()); !status)
        return status;
    auto revisions = std::make_unique<templates::RevisionStore>();
    if (Status status = revisions->open(opened->historyPath()); !status)
        return status;
    Result<devices::AssignmentRules> rules = devices::AssignmentRules::load(opened->assignmentRulesPath());
    if (!rules)
        return rules.error();
    Result<devices::BenchPositions> positions = devices::loadBenchPositions(opened->benchPositionsPath());
    if (!positions)
        return positions.error();

    m_workspace = std::make_unique<workspace::Workspace>(std::move(opened).value());
    m_history = std::move(history);
    m_writer = std::move(writer);
    m_revisions = std::move(revisions);
    m_assignmentRules = *rules;
    m_benchPositions = *positions;
    m_templates = std::make_unique<templates::Environment>();
    m_templates->setSearchPath(m_workspace->templatesPath());
    m_variables = std::make_unique<workspace::VariableResolver>(m_workspace->root());
    m_devices->reset(m_history->loadDevices());

    qCInfo(lcBench).noquote() << "workspace" << m_workspace->root() << "with"
                              << m_workspace->inventory().entries().size() << "inventory rows and"
                              << m_devices->count() << "known devices";
    watchInventory();
    return Status::success();
}

Status BenchService::start(const QString &interfaceName)
{
    if (!m_workspace)
        return Error{Messages::tr("No workspace is open.")};
    if (isRunning())
        stop();
    if (interfaceName.isEmpty())
        return Error{Messages::tr("Choose the network interface that faces the devices before starting.")};

    const auto interface = platform::findInterface(interfaceName);
    if (!interface)
        return Error{Messages::tr("Network interface '%1' does not exist. Pick one from the list of "
                        "interfaces ('ip link' shows them).")
                         .arg(interfaceName)};
    Result<NetworkPlan> plan = planNetwork(m_workspace->settings(), *interface);
    if (!plan)
        return plan.error();
    m_plan = *plan;
    m_plan.dhcp.pingTimeout = std::chrono::milliseconds(m_workspace->settings().pingBeforeOfferMs);

    m_leaseJournal = std::make_unique<storage::LeaseJournal>(m_history.get(), m_writer.get());
    m_leases = std::make_unique<dhcp::LeaseTable>(m_plan.dhcp.poolFirst, m_plan.dhcp.poolLast,
                                                  QList<QHostAddress> {m_plan.dhcp.serverAddress},
                                                  m_leaseJournal.get());
    m_leases->load();

    if (Status status = loadProfiles(); !status)
        return status;
    Result<QList<dhcp::Reservation>> reservations = reservationsFromInventory();
    if (!reservations)
        return reservations.error();
    m_plan.dhcp.reservations = *reservations;

    m_dhcp = new dhcp::DhcpServer(m_plan.dhcp, m_leases.get(), this);
    m_dhcp->setIgnoredHardwareAddress(dhcp::RogueServerProbe::probeHardwareAddress());
    m_dhcp->setPolicyProvider([this](const dhcp::DhcpPacket &request) { return policyFor(request); });
    connect(m_dhcp, &dhcp::DhcpServer::exchanged, this, &BenchService::applyExchange);

    tftp::TftpServerSettings tftpSettings;
    tftpSettings.interfaceName = interfaceName;
    tftpSettings.address = m_plan.tftpAddress;
    tftpSettings.port = m_plan.tftpPort;
    tftpSettings.rootDirectory = m_workspace->filesPath();
    tftpSettings.mtu = m_plan.mtu;
    const workspace::BenchSettings &settings = m_workspace->settings();
    tftpSettings.transferPortFirst = quint16(settings.tftpTransferPortFirst);
    tftpSettings.transferPortLast = quint16(settings.tftpTransferPortLast);
    tftpSettings.rolloverToZero = settings.tftpBlockRollover == 0;
    if (settings.tftpUploads) {
        tftpSettings.allowUploads = true;
        tftpSettings.uploadDirectory = QDir(m_workspace->root()).filePath(QStringLiteral("uploads"));
        QDir().mkpath(tftpSettings.uploadDirectory);
    }
    tftpSettings.uploadQuota = qint64(settings.tftpUploadQuotaMiB) * 1024 * 1024;
    m_tftp = new tftp::TftpServer(tftpSettings, this);
    m_tftp->setContentProvider([this](const QString &name, const QHostAddress &client,
                                      QString *error) { return provideContent(name, client, error); });
    connect(m_tftp, &tftp::TftpServer::transferFinished, this, &BenchService::onTransferFinished);
    connectTransferProgress(m_tftp, m_devices, m_leases.get());

    Status status = m_dhcp->start();
    if (status)
        status = m_tftp->start();
    if (status)
        status = startProvisioningServices(interfaceName);
    if (status && !m_instanceLock.isHeld())
        status = m_instanceLock.acquire(
            QDir(m_workspace->root()).filePath(QStringLiteral("workbench.lock")));
    if (!status) {
        stop();
        return status;
    }

    m_interfaceName = interfaceName;
    startRogueServerProbe();
    startStallWatch();
    record(QStringLiteral("bench.start"), QString(),
           QStringLiteral("services started on %1 (%2), pool %3 - %4")
               .arg(interfaceName, m_plan.dhcp.serverAddress.toString(),
                    m_plan.dhcp.poolFirst.toString(), m_plan.dhcp.poolLast.toString()),
           {{QStringLiteral("interface"), interfaceName}});

    // Devices without an assigned template get the default one. Without it every configuration
    // request would fail, so the warning comes now rather than at the first device.
    const QString defaultTemplate = m_workspace->settings().defaultTemplate;
    if (!QFileInfo::exists(QDir(m_workspace->templatesPath()).filePath(defaultTemplate))) {
        record(QStringLiteral("template.missing"), QString(),
               QStringLiteral("the default template %1 does not exist in %2; devices without an "
                              "assigned template will get no configuration until it is created "
                              "or templates.default in workbench.json names another one")
                   .arg(defaultTemplate, m_workspace->templatesPath()),
               {{QStringLiteral("template"), defaultTemplate}});
    }

    emit runningChanged(true);
    return Status::success();
}

void BenchService::stop()
{
    const bool wasRunning = isRunning();
    delete m_stallWatch;
    m_stallWatch = nullptr;
    if (m_rogueProbe) {
        m_rogueProbe->stop();
        delete m_rogueProbe;
        m_rogueProbe = nullptr;
    }
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
    delete m_provisioning;
    m_provisioning = nullptr;
    m_leases.reset();
    m_leaseJournal.reset();
    // A start that failed half way (a port in use, the workspace locked) recorded no start.
    if (wasRunning && !m_interfaceName.isEmpty()) {
        record(QStringLiteral("bench.stop"), QString(),
               QStringLiteral("services stopped on %1").arg(m_interfaceName), {});
        m_interfaceName.clear();
        emit runningChanged(false);
    }
    if (!m_workspaceClaimed)
        m_instanceLock.release();
}

Status BenchService::claimWorkspace()
{
    if (!m_workspace)
        return Error{Messages::tr("No workspace is open.")};
    if (!m_instanceLock.isHeld()) {
        const Status status = m_instanceLock.acquire(
            QDir(m_workspace->root()).filePath(QStringLiteral("workbench.lock")));
        if (!status)
            return status;
    }
    m_workspaceClaimed = true;
    return Status::success();
}

Status BenchService::startProvisioningServices(const QString &interfaceName)
{
    const workspace::BenchSettings &settings = m_workspace->settings();
    http::ProvisioningSettings provisioning;
    provisioning.interfaceName = interfaceName;
    provisioning.address = m_plan.tftpAddress;
    provisioning.httpPort = quint16(settings.httpPort);
    provisioning.httpsPort = quint16(settings.httpsPort);
    provisioning.syslogPort = quint16(settings.syslogPort);
    provisioning.filesDirectory = m_workspace->filesPath();
    provisioning.templatesDirectory = m_workspace->templatesPath();
    provisioning.pkiDirectory = QDir(m_workspace->root()).filePath(QStringLiteral("pki"));
    m_provisioning = new http::ProvisioningServices(provisioning, ztpBackend(), this);
    return m_provisioning->start();
}

http::ZtpBackend BenchService::ztpBackend()
{
    http::ZtpBackend backend;
    backend.deviceForAddress = [this](const QHostAddress &address) -> std::optional<devices::Device> {
        if (const auto lease = m_leases ? m_leases->findByAddress(address) : std::nullopt;
            lease && lease->state == dhcp::LeaseState::Bound)
            return m_devices->find(lease->mac);
        return m_devices->findByAddress(address);
    };
    backend.deviceForMac = [this](const QByteArray &mac, bool create) { return deviceForMac(mac, create); };
    backend.deviceForSerial = [this](const QString &serial) { return deviceForSerial(serial); };
    backend.isConfigurationName = [this](const QString &fileName, const devices::Device &device) {
        return isConfigurationName(fileName, device);
    };
    backend.identifyByHeaders = [this](const QHostAddress &source, const http::HeaderList &headers) {
        return identifyFromHeaders(source, headers);
    };
    backend.render = [this](const devices::Device &device,
                            const QString &templateName) -> Result<http::RenderedText> {
        devices::Device subject = device;
        if (!templateName.isEmpty())
            subject.templateName = templateName;
        Result<RenderedConfiguration> rendered = renderConfiguration(subject);
        if (!rendered)
            return rendered.error();
        keepTemplateRevision(*rendered);
        return http::RenderedText {rendered->text, rendered->templateName, rendered->templateSha256};
    };
    backend.configurationServed = [this](const devices::Device &device, const http::RenderedText &served) {
        keepSentConfiguration(device.key(), served.templateName, served.templateSha256, served.text);
    };
    backend.updateDevice = [this](const devices::Device &device) { updateDevice(device); };
    backend.record = [this](const QString &kind, const QString &deviceKey, const QString &summary,
                            const QJsonObject &details) { record(kind, deviceKey, summary, details); };
    return backend;
}

std::optional<devices::Device> BenchService::deviceForMac(const QByteArray &mac, bool create)
{
    if (mac.size() != 6)
        return std::nullopt;
    if (auto device = m_devices->find(mac))
        return device;
    if (!create)
        return std::nullopt;

    // A device with a static address that reaches the HTTP server without DHCP.
    devices::Device device;
    device.mac = mac;
    device.firstSeen = device.lastSeen = QDateTime::currentDateTimeUtc();
    if (const auto *entry = m_workspace->inventory().findByMac(mac)) {
        device.serial = entry->serial;
        device.hostname = entry->hostname;
        device.inventory = entry->variables;
    }
    updateDevice(device);
    return device;
}

std::optional<devices::Device> BenchService::deviceForSerial(const QString &serial)
{
    if (serial.isEmpty())
        return std::nullopt;
    for (const devices::Device &device : m_devices->devices()) {
        if (device.serial.compare(serial, Qt::CaseInsensitive) == 0)
            return device;
    }
    const auto *entry = m_workspace->inventory().findBySerial(serial);
    if (!entry || entry->mac.isEmpty())
        return std::nullopt;
    return deviceForMac(entry->mac, true);
}

dhcp::ClientPolicy BenchService::policyFor(const dhcp::DhcpPacket &request) const
{
    dhcp::ClientPolicy policy;
    const workspace::InventoryEntry *entry =
        m_workspace->inventory().findByMac(request.clientHardwareAddress());
    if (!entry) {
        const QString serial = dhcp::parseDeviceIdentity(request.options).serial;
        if (!serial.isEmpty())
            entry = m_workspace->inventory().findBySerial(serial);
    }
    if (entry)
        policy.hostname = entry->hostname;

    const dhcp::VendorProfile *profile = m_profiles.match(request);
    if (const dhcp::VendorProfile *assigned = profileAssignedByRule(request, profile, entry))
        profile = assigned;
    if (profile)
        applyProfile(*profile, request, policy);

    if (m_workspace->settings().dhcpAllowListOnly && !entry && !profile) {
        policy.ignore = true;
        policy.ignoreReason = QStringLiteral("allow-list mode: not in the inventory and no profile matches");
    }
    return policy;
}

// A device that sends no serial number over DHCP (Aruba AOS-CX, for one) still gets its
// inventory serial in file names. `key` falls back to the MAC, so a file name is never empty.
dhcp::OptionVariables BenchService::profileVariables(const dhcp::DhcpPacket &request,
                                                     const dhcp::ClientPolicy &policy) const
{
    const QByteArray mac = request.clientHardwareAddress();
    const dhcp::DeviceIdentity identity = dhcp::parseDeviceIdentity(request.options);
    const auto device = m_devices->find(mac);
    const workspace::InventoryEntry *entry = m_workspace->inventory().findByMac(mac);

    QString serial = identity.serial;
    if (serial.isEmpty() && entry)
        serial = entry->serial;
    if (serial.isEmpty() && device)
        serial = device->serial;
    QString hostname = policy.hostname;
    if (hostname.isEmpty() && device)
        hostname = device->hostname;
    const workspace::BenchSettings &settings = m_workspace->settings();

    return {
        {QStringLiteral("server"), m_plan.dhcp.serverAddress.toString()},
        {QStringLiteral("tftp"), m_plan.dhcp.tftpServer.toString()},
        {QStringLiteral("httpPort"), QString::number(settings.httpPort)},
        {QStringLiteral("httpsPort"), QString::number(settings.httpsPort)},
        {QStringLiteral("mac"), platform::formatMac(mac)},
        {QStringLiteral("key"), serial.isEmpty() ? QString::fromLatin1(mac.toHex()) : serial},
        {QStringLiteral("serial"), serial},
        {QStringLiteral("model"), identity.model},
        {QStringLiteral("hostname"), hostname},
        {QStringLiteral("image"), device ? device->image : QString()},
    };
}

void BenchService::applyProfile(const dhcp::VendorProfile &profile, const dhcp::DhcpPacket &request,
                                dhcp::ClientPolicy &policy) const
{
    const dhcp::OptionVariables variables = profileVariables(request, policy);

    // Profiles were encoded once at load, so a failure here comes from a variable's value.
    const auto encoded = dhcp::encodeOptions(profile.options, variables);
    if (!encoded) {
        qCWarning(lcBench).noquote() << "profile" << profile.name << "not applied to"
                                     << platform::formatMac(request.clientHardwareAddress()) << ":"
                                     << encoded.errorString();
        return;
    }

    policy.profile = profile.name;
    for (const dhcp::EncodedOption &option : *encoded)
        policy.options.set(option.code, option.value);
    for (const dhcp::OptionDefinition &definition : profile.options) {
        if (definition.onlyIfRequested)
            policy.onlyIfRequested.append(definition.code);
    }
    if (!profile.bootFile.isEmpty()) {
        QString bootFile = profile.bootFile;
        for (auto it = variables.cbegin(); it != variables.cend(); ++it)
            bootFile.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
        policy.bootFile = bootFile;
    }
}

Result<QList<dhcp::Reservation>> BenchService::reservationsFromInventory() const
{
    // An inventory column "ip" fixes a device's address, keyed by its MAC or else its serial.
    QList<dhcp::Reservation> reservations;
    const quint32 mask = m_plan.dhcp.subnetMask.toIPv4Address();
    const quint32 network = m_plan.dhcp.serverAddress.toIPv4Address() & mask;
    for (const workspace::InventoryEntry &entry : m_workspace->inventory().entries()) {
        const QString text = entry.variables.value(QStringLiteral("ip")).toString().trimmed();
        if (text.isEmpty())
            continue;

        QHostAddress address;
        if (!address.setAddress(text) || address.protocol() != QAbstractSocket::IPv4Protocol
            || (address.toIPv4Address() & mask) != network || address == m_plan.dhcp.serverAddress)
            return Error{Messages::tr("%1: line %2, column 'ip': '%3' is not a free IPv4 address in the "
                            "subnet of %4; correct it or leave it empty for a pool address.")
                             .arg(m_workspace->inventoryPath())
                             .arg(entry.line)
                             .arg(text, m_plan.dhcp.serverAddress.toString())};

        dhcp::Reservation reservation;
        reservation.key = entry.mac.isEmpty() ? dhcp::Reservation::Key::Serial : dhcp::Reservation::Key::Mac;
        reservation.value = entry.mac.isEmpty() ? entry.serial.toUtf8() : entry.mac;
        reservation.address = address;
        reservations.append(reservation);
    }
    return reservations;
}

Status BenchService::loadProfiles()
{
    // Workspace profiles/ files replace built-in profiles of the same name.
    m_profiles = dhcp::ProfileSet();
    if (Status status = m_profiles.loadBuiltIn(); !status)
        return status;
    return m_profiles.loadDirectory(QDir(m_workspace->root()).filePath(QStringLiteral("profiles")));
}

void BenchService::startRogueServerProbe()
{
    const int seconds = m_workspace->settings().rogueProbeSeconds;
    if (seconds == 0)
        return;

    m_rogueProbe = new dhcp::RogueServerProbe(m_interfaceName, m_plan.dhcp.serverAddress, this);
    m_rogueProbe->setServerPort(m_plan.dhcp.serverPort);
    m_rogueProbe->setInterval(std::chrono::seconds(seconds));
    connect(m_rogueProbe, &dhcp::RogueServerProbe::rogueServerDetected, this,
            &BenchService::onRogueServer);
    if (Status status = m_rogueProbe->start(); !status) {
        record(QStringLiteral("dhcp.rogue-probe-failed"), QString(), status.errorString(), {});
        delete m_rogueProbe;
        m_rogueProbe = nullptr;
    }
}

void BenchService::onRogueServer(const QHostAddress &server, const QByteArray &serverMac,
                                 const QHostAddress &offeredAddress)
{
    const QString mac = serverMac.isEmpty() ? tr("unknown") : platform::formatMac(serverMac);
    record(QStringLiteral("dhcp.rogue-server"), QString(),
           Messages::tr("Another DHCP server, %1, answers on %2 and offered %3; its MAC address is %4. "
              "Devices may take their address from it: disconnect it or move the bench to its "
              "own segment.")
               .arg(server.toString(), m_interfaceName, offeredAddress.toString(), mac),
           {{QStringLiteral("server"), server.toString()},
            {QStringLiteral("serverMac"), serverMac.isEmpty() ? QString() : mac},
            {QStringLiteral("interface"), m_interfaceName},
            {QStringLiteral("offered"), offeredAddress.toString()}});
    emit rogueServerDetected(m_interfaceName, server, serverMac, offeredAddress);
}

void BenchService::applyExchange(const dhcp::DhcpExchange &exchange)
{
    const QString key = platform::formatMac(exchange.mac);

    // The merge rules find the record however the device identifies itself this time (option 61
    // alternating, another port) and keep every identifier with the packet that supplied it.
    const int row = deviceMerger().apply(devices::sightingFromDhcpExchange(exchange));
    devices::Device device = row >= 0 ? m_devices->at(row) : devices::Device {};
    const devices::DeviceState previousState = device.state;
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
    if (!entry && !exchange.identity.serial.isEmpty())
        entry = m_workspace->inventory().findBySerial(exchange.identity.serial);
    if (!exchange.identity.serial.isEmpty())
        device.serial = exchange.identity.serial;
    if (entry) {
        const devices::Evidence fromInventory {devices::EvidenceSource::Inventory, exchange.time,
                                               QStringLiteral("inventory.csv line %1").arg(entry->line)};
        devices::rules::addIdentifier(device, devices::IdentifierKind::Serial, entry->serial, fromInventory);
        devices::rules::addIdentifier(device, devices::IdentifierKind::Hostname, entry->hostname, fromInventory);
        if (!entry->serial.isEmpty())
            device.serial = entry->serial;
        device.hostname = entry->hostname;
        device.inventory = entry->variables;
    } else if (!exchange.clientHostname.isEmpty() && device.hostname.isEmpty()) {
        device.hostname = exchange.clientHostname;
    }

    if (!exchange.identity.model.isEmpty())
        device.model = exchange.identity.model;

    if (exchange.replyType == dhcp::MessageType::Ack && exchange.requestType == dhcp::MessageType::Request) {
        device.ip = exchange.address;
        if (device.state == devices::DeviceState::Discovered)
            device.state = devices::DeviceState::Leased;
    } else if (exchange.requestType == dhcp::MessageType::Release
               || exchange.replyType == dhcp::MessageType::Nak) {
        if (device.state == devices::DeviceState::Leased)
            device.state = devices::DeviceState::Discovered;
    }
    if (device.state != previousState)
        devices::enterState(device, device.state,
                            QStringLiteral("DHCP %1").arg(QLatin1String(dhcp::messageTypeName(exchange.requestType))),
                            exchange.time);
    devices::applyAssignmentRules(device, m_assignmentRules, exchange.time);
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

    // Empty fields are left out: readers take a missing key as empty, and each key costs an
    // insertion here and bytes in the history on every packet of a DHCP storm.
    QJsonObject details {
        {QStringLiteral("request"), request},
        {QStringLiteral("xid"), QString::number(exchange.xid, 16)},
    };
    const auto put = [&details](const QString &name, const QString &value) {
        if (!value.isEmpty())
            details.insert(name, value);
    };
    put(QStringLiteral("reply"), exchange.replyType ? reply : QString());
    put(QStringLiteral("address"), exchange.address.isNull() ? QString() : exchange.address.toString());
    put(QStringLiteral("vendorClass"), exchange.vendorClass);
    put(QStringLiteral("clientId"), QString::fromLatin1(exchange.clientId.toHex()));
    put(QStringLiteral("hostname"), exchange.hostname);
    put(QStringLiteral("bootFile"), exchange.bootFile);
    put(QStringLiteral("note"), exchange.note);
    put(QStringLiteral("serial"), exchange.identity.serial);
    put(QStringLiteral("model"), exchange.identity.model);
    put(QStringLiteral("vendor"), exchange.identity.vendor);
    put(QStringLiteral("profile"), exchange.profile);
    put(QStringLiteral("replyBytes"), QString::fromLatin1(exchange.replyBytes.toHex()));
    // The request as decoded and encoded again: the same fields and options in wire order,
    // though padding and option splitting may differ from the datagram received.
    put(QStringLiteral("requestBytes"),
        QString::fromLatin1(dhcp::encodePacket(exchange.request, MaximumRecordedRequestSize).toHex()));
    record(QStringLiteral("dhcp.") + request.toLower(), key, summary, details);
}

bool BenchService::isConfigurationName(const QString &fileName, const devices::Device &device) const
{
    const QString name = QFileInfo(fileName).fileName();
    if (name.compare(m_plan.dhcp.bootFile, Qt::CaseInsensitive) == 0)
        return true;
    if (fileName.compare(m_plan.dhcp.bootFile, Qt::CaseInsensitive) == 0)
        return true;

    // Cisco AutoInstall requests <hostname>-confg and <hostname>.cfg after network-confg.
    // Profiles name per-device files after the serial number or the MAC ("{serial}.conf" for
    // Junos, "{key}.cfg" for AOS-CX), so those names are rendered too.
    const QString stem = name.section(QLatin1Char('.'), 0, -2);
    const QString suffix = name.section(QLatin1Char('.'), -1).toLower();
    const bool configurationSuffix = name.contains(QLatin1Char('.'))
        && (suffix == QLatin1String("cfg") || suffix == QLatin1String("conf")
            || suffix == QLatin1String("confg"));
    const QStringList deviceNames {device.hostname, device.serial, QString::fromLatin1(device.mac.toHex())};
    for (const QString &deviceName : deviceNames) {
        if (deviceName.isEmpty())
            continue;
        if (name.compare(deviceName + QStringLiteral("-confg"), Qt::CaseInsensitive) == 0)
            return true;
        if (configurationSuffix && stem.compare(deviceName, Qt::CaseInsensitive) == 0)
            return true;
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
    keepTemplateRevision(*rendered);
    keepSentConfiguration(device->key(), rendered->templateName, rendered->templateSha256, rendered->text);
    return tftp::DynamicContent {rendered->text, device->key()};
}

void BenchService::keepTemplateRevision(const RenderedConfiguration &rendered)
{
    if (!m_revisions)
        return;
    // Saving a revision that is already stored only reads it back.
    if (const auto saved = m_revisions->saveRevision(rendered.templateName, rendered.templateSource); !saved)
        qCWarning(lcBench).noquote() << saved.errorString();
}

void BenchService::keepSentConfiguration(const QString &deviceKey, const QString &templateName,
                                         const QString &templateSha256, const QByteArray &text)
{
    if (!m_revisions)
        return;
    if (Status saved = m_revisions->saveRenderedConfiguration(deviceKey, templateName, templateSha256, text);
        !saved)
        qCWarning(lcBench).noquote() << saved.errorString();
}

Result<workspace::DeviceVariables> BenchService::deviceVariables(const devices::Device &device) const
{
    if (!m_variables)
        return Error{Messages::tr("No workspace is open.")};
    const QString mac = device.mac.isEmpty() ? QString() : device.key();
    return m_variables->resolve(builtInVariables(device), device.inventory, device.serial, mac);
}

QVariantMap BenchService::variablesFor(const devices::Device &device) const
{
    const Result<workspace::DeviceVariables> resolved = deviceVariables(device);
    if (resolved)
        return resolved->values;

    qCWarning(lcBench).noquote() << "variables of" << device.key() << "fall back to built-ins and"
                                 << "inventory:" << resolved.errorString();
    QVariantMap variables = builtInVariables(device);
    variables.insert(device.inventory);
    return variables;
}

QList<devices::Device> BenchService::expectedDevices() const
{
    QList<devices::Device> devices = m_devices->devices();
    if (!m_workspace)
        return devices;

    for (const workspace::InventoryEntry &entry : m_workspace->inventory().entries()) {
        if (!entry.mac.isEmpty() && m_devices->find(entry.mac))
            continue;
        const bool seenBySerial = !entry.serial.isEmpty()
            && std::any_of(devices.cbegin(), devices.cend(), [&entry](const devices::Device &known) {
                   return known.serial == entry.serial;
               });
        if (seenBySerial)
            continue;

        devices::Device expected;
        expected.mac = entry.mac;
        expected.serial = entry.serial;
        expected.hostname = entry.hostname;
        expected.inventory = entry.variables;
        devices.append(expected);
    }
    return devices;
}

QList<templates::LintFinding> BenchService::lintTemplates() const
{
    QList<templates::LintFinding> findings;
    if (!m_workspace)
        return findings;

    for (const devices::Device &device : expectedDevices()) {
        const QString key = device.mac.isEmpty() ? device.serial : device.key();
        const QString templateName = device.templateName.isEmpty()
            ? m_workspace->settings().defaultTemplate
            : device.templateName;
        const Result<workspace::DeviceVariables> variables = deviceVariables(device);
        if (!variables) {
            templates::LintFinding finding;
            finding.deviceKey = key;
            finding.templateName = templateName;
            finding.error.message = variables.errorString();
            findings.append(finding);
            continue;
        }
        findings.append(templates::lintTemplate(*m_templates, key, templateName, variables->values));
    }
    return findings;
}

Status BenchService::assignTemplate(const QByteArray &mac, const QString &templateName)
{
    std::optional<devices::Device> device = m_devices->find(mac);
    if (!device)
        return Error{Messages::tr("No device with MAC %1 is known; wait until it has sent a DHCP request, "
                        "then assign the template again.")
                         .arg(QString::fromLatin1(mac.toHex(':')))};
    if (!templateName.isEmpty() && m_workspace
        && !QFileInfo(QDir(m_workspace->templatesPath()).filePath(templateName)).isFile())
        return Error{Messages::tr("Template %1 is not in %2; save it there first.")
                         .arg(templateName, m_workspace->templatesPath())};

    device->templateName = templateName;
    updateDevice(*device);
    record(QStringLiteral("template.assigned"), device->key(),
           QStringLiteral("assigned template %1 to %2")
               .arg(templateName.isEmpty() ? QStringLiteral("(default)") : templateName, device->key()),
           {{QStringLiteral("template"), templateName}});
    return Status::success();
}

Result<RenderedConfiguration> BenchService::renderConfiguration(const devices::Device &device) const
{
    if (!m_workspace)
        return Error{Messages::tr("No workspace is open.")};

    RenderedConfiguration result;
    result.templateName = device.templateName.isEmpty() ? m_workspace->settings().defaultTemplate
                                                        : device.templateName;

    templates::TemplateError error;
    const auto compiled = m_templates->load(result.templateName, &error);
    if (!compiled)
        return Error{error.toString()};
    result.templateSha256 = compiled->sourceSha256();
    result.templateSource = compiled->source().toUtf8();
    const Result<workspace::DeviceVariables> variables = deviceVariables(device);
    if (!variables)
        return variables.error();
    const QString text = compiled->render(variables->values, &error);
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
    // The report names the template revision each device received: the one that rendered the
    // configuration with this SHA-256, stored when provideContent() served it.
    std::optional<templates::RenderedConfigurationRecord> sent;
    if (device && record.dynamic && m_revisions) {
        const auto found = m_revisions->findRenderedConfiguration(deviceKey, sha256);
        if (!found)
            qCWarning(lcBench).noquote() << found.errorString();
        else
            sent = *found;
        // NOTE: a netascii transfer changes line ends, so its SHA-256 matches no stored
        // rendering and the event and the record name no revision.
    }
    if (sent) {
        details.insert(QStringLiteral("template"), sent->templateName);
        details.insert(QStringLiteral("templateSha256"), sent->templateSha256);
    }
    const QString summary = record.success
        ? QStringLiteral("sent %1 (%2 bytes) to %3, sha256 %4")
              .arg(record.fileName)
              .arg(record.bytesSent)
              .arg(record.client.toString(), sha256)
        : QStringLiteral("transfer of %1 to %2 failed: %3")
              .arg(record.fileName, record.client.toString(), record.error);
    this->record(QStringLiteral("tftp.transfer"), deviceKey, summary, details);

    // A large static file sent completely is taken for a software image.
    // NOTE: a guess by size; a profile that names the image file would make this exact.
    constexpr qint64 MinimumImageBytes = 1024 * 1024;
    if (device && !record.dynamic && record.success && qint64(record.bytesSent) >= MinimumImageBytes) {
        devices::Device updated = *device;
        updated.image = record.fileName;
        updated.lastSeen = QDateTime::currentDateTimeUtc();
        devices::enterState(updated, devices::DeviceState::ImageSent,
                            QStringLiteral("image %1 sent").arg(record.fileName), updated.lastSeen);
        updateDevice(updated);
    }

    if (device && record.dynamic) {
        devices::Device updated = *device;
        updated.lastSeen = QDateTime::currentDateTimeUtc();
        if (record.success) {
            updated.configSha256 = sha256;
            updated.templateSha256 = sent ? sent->templateSha256 : QString();
            devices::enterState(updated, devices::DeviceState::ConfigurationSent,
                                QStringLiteral("configuration %1 sent").arg(record.fileName), updated.lastSeen);
        } else {
            devices::enterState(updated, devices::DeviceState::Failed,
                                QStringLiteral("transfer of %1 failed: %2").arg(record.fileName, record.error),
                                updated.lastSeen);
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
    qCInfo(lcBench).noquote() << kind << summary;
    emit eventRecorded(event);
    // Queued for the writer thread, so the id stays 0 here; the stored row gets one.
    if (m_writer)
        m_writer->append(std::move(event));
}

void BenchService::updateDevice(const devices::Device &device)
{
    m_devices->upsert(device);
    if (m_writer)
        m_writer->saveDevice(device);
}

Status BenchService::exportCsvReport(const QString &path) const
{
    if (!m_history)
        return Error{Messages::tr("No workspace is open.")};

    // The report reads the history, so events still queued for the writer go in first.
    if (m_writer)
        m_writer->waitForWritten(std::chrono::seconds(5));
    const Result<reports::Report> report = reports::buildReport(*m_history, {}, {});
    if (!report)
        return report.error();
    return reports::writeReport(*report, reports::ReportFormat::Csv, path);
}

devices::DeviceMerger BenchService::deviceMerger() const
{
    devices::DeviceMerger merger(m_devices);
    merger.setOuiRegistry(&devices::OuiRegistry::builtIn());
    merger.setBenchPositions(m_benchPositions);
    return merger;
}

// The record an HTTP agent's identity headers belong to, found and updated by the merge rules
// like any DHCP sighting, so a Cumulus switch known by its headers stays one row.
std::optional<devices::Device> BenchService::identifyFromHeaders(const QHostAddress &source,
                                                                 const http::HeaderList &headers)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    devices::Sighting sighting = devices::sightingFromHttpHeaders(source, headers, now);
    if (sighting.mac.isEmpty() && sighting.serial.isEmpty())
        return std::nullopt;
    // Only a bound lease ties an address to one device. Agents with static addresses may share
    // one (a jump host, NAT), and must not be merged by it.
    const auto lease = m_leases ? m_leases->findByAddress(source) : std::nullopt;
    if (!lease || lease->state != dhcp::LeaseState::Bound)
        sighting.sourceAddress = QHostAddress();

    const int row = deviceMerger().apply(sighting);
    if (row < 0)
        return std::nullopt;
    devices::Device device = m_devices->at(row);

    // A device that never sent DHCP gets its inventory row here, by MAC or by serial.
    if (device.inventory.isEmpty() && m_workspace) {
        const workspace::InventoryEntry *entry = m_workspace->inventory().findByMac(device.mac);
        if (!entry && !device.serial.isEmpty())
            entry = m_workspace->inventory().findBySerial(device.serial);
        if (entry) {
            const devices::Evidence fromInventory {devices::EvidenceSource::Inventory, now,
                                                   QStringLiteral("inventory.csv line %1").arg(entry->line)};
            devices::rules::addIdentifier(device, devices::IdentifierKind::Serial, entry->serial, fromInventory);
            devices::rules::addIdentifier(device, devices::IdentifierKind::Hostname, entry->hostname, fromInventory);
            devices::rules::refreshDisplayFields(device);
            device.inventory = entry->variables;
        }
    }
    devices::applyAssignmentRules(device, m_assignmentRules, now);
    updateDevice(device);
    return device;
}

const dhcp::VendorProfile *BenchService::profileAssignedByRule(const dhcp::DhcpPacket &request,
                                                               const dhcp::VendorProfile *matched,
                                                               const workspace::InventoryEntry *entry) const
{
    if (m_assignmentRules.isEmpty())
        return nullptr;

    // The request as a device record, with what the rules compare: MAC, serial, model, vendor
    // and the profile the vendor class matched.
    const dhcp::DeviceIdentity identity = dhcp::parseDeviceIdentity(request.options);
    devices::Device subject;
    subject.mac = request.clientHardwareAddress();
    subject.serial = entry && !entry->serial.isEmpty() ? entry->serial : identity.serial;
    subject.model = identity.model;
    subject.vendor = identity.vendor.isEmpty() ? devices::OuiRegistry::builtIn().organisation(subject.mac)
                                               : identity.vendor;
    subject.profile = matched ? matched->name : QString();
    if (const auto known = m_devices->find(subject.mac))
        subject.identifiers = known->identifiers;

    const devices::Assignment assignment = m_assignmentRules.evaluate(subject);
    if (assignment.profile.isEmpty())
        return nullptr;
    const dhcp::VendorProfile *assigned = m_profiles.find(assignment.profile);
    if (!assigned)
        qCWarning(lcBench).noquote() << "assignment rule" << assignment.profileRule << "names profile"
                                     << assignment.profile << "which is not loaded; using"
                                     << (matched ? matched->name : QStringLiteral("no profile"));
    return assigned;
}

Status BenchService::setAssignmentRules(const devices::AssignmentRules &rules)
{
    if (!m_workspace)
        return Error{tr("No workspace is open.")};
    if (Status saved = rules.save(m_workspace->assignmentRulesPath()); !saved)
        return saved;
    m_assignmentRules = rules;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_devices->count(); ++row) {
        devices::Device device = m_devices->at(row);
        if (devices::applyAssignmentRules(device, m_assignmentRules, now))
            updateDevice(device);
    }
    return Status::success();
}

Status BenchService::setBenchPositions(const devices::BenchPositions &positions)
{
    if (!m_workspace)
        return Error{tr("No workspace is open.")};
    if (Status saved = devices::saveBenchPositions(positions, m_workspace->benchPositionsPath()); !saved)
        return saved;
    m_benchPositions = positions;

    // Devices whose position is still an unnamed circuit id get the new name now. A renamed
    // position shows from the device's next request, because the record keeps only the name.
    for (int row = 0; row < m_devices->count(); ++row) {
        devices::Device device = m_devices->at(row);
        bool renamed = false;
        for (devices::Identifier &identifier : device.identifiers) {
            if (identifier.kind == devices::IdentifierKind::BenchPosition
                && identifier.evidence.source == devices::EvidenceSource::Dhcp
                && positions.contains(identifier.value)) {
                identifier.value = positions.value(identifier.value);
                renamed = true;
            }
        }
        if (!renamed)
            continue;
        devices::rules::refreshDisplayFields(device);
        updateDevice(device);
    }
    return Status::success();
}

bool BenchService::forgetDevice(const QByteArray &mac)
{
    const std::optional<devices::Device> device = m_devices->find(mac);
    if (!device)
        return false;
    const QString key = device->key();

    devices::forget(*m_devices, mac);
    if (m_writer)
        m_writer->forgetDevice(key);
    // Recorded without a device key, so that the deletion does not leave an event of it behind.
    record(QStringLiteral("device.forgotten"), QString(),
           QStringLiteral("forgot device %1 and deleted its history").arg(key),
           {{QStringLiteral("mac"), key}, {QStringLiteral("serial"), device->serial}});
    return true;
}

void BenchService::startStallWatch()
{
    const std::chrono::seconds timeout(m_workspace->settings().stallTimeoutSeconds);
    m_stallWatch = new devices::StallWatch(m_devices, this);
    m_stallWatch->setTimeout(timeout);
    connect(m_stallWatch, &devices::StallWatch::devicesStalled, this, &BenchService::onDevicesStalled);
    // Checked every quarter of the timeout, but 250 ms to 5 s apart, so a stall shows at most
    // 25 % of the timeout or 5 s late, whichever is less.
    const auto interval = std::clamp<std::chrono::milliseconds>(timeout / 4, std::chrono::milliseconds(250),
                                                                std::chrono::seconds(5));
    m_stallWatch->start(interval);
    qCInfo(lcBench).noquote() << "stall check every" << interval.count() << "ms, timeout"
                              << timeout.count() << "s";
}

void BenchService::onDevicesStalled(const QList<int> &rows)
{
    for (int row : rows) {
        const devices::Device &device = m_devices->at(row);
        if (m_writer)
            m_writer->saveDevice(device);
        record(QStringLiteral("device.stalled"), device.key(),
               QStringLiteral("%1 made no progress for %2 s; last seen %3")
                   .arg(device.key())
                   .arg(m_workspace->settings().stallTimeoutSeconds)
                   .arg(device.lastSeen.toString(Qt::ISODate)),
               {{QStringLiteral("lastSeen"), device.lastSeen.toString(Qt::ISODate)},
                {QStringLiteral("timeoutSeconds"), m_workspace->settings().stallTimeoutSeconds}});
    }
}

void BenchService::watchInventory()
{
    if (const QStringList watched = m_inventoryWatcher->files() + m_inventoryWatcher->directories();
        !watched.isEmpty())
        m_inventoryWatcher->removePaths(watched);
    if (!m_workspace)
        return;
    m_inventoryWatcher->addPath(m_workspace->root());
    if (QFile::exists(m_workspace->inventoryPath()))
        m_inventoryWatcher->addPath(m_workspace->inventoryPath());
    m_inventoryStamp = inventoryStamp(m_workspace->inventoryPath());
}

void BenchService::reloadChangedInventory()
{
    if (!m_workspace)
        return;

    // The folder also changes for the history and its journal; only a new inventory counts.
    const QString path = m_workspace->inventoryPath();
    const QString stamp = inventoryStamp(path);
    if (!m_inventoryWatcher->files().contains(path) && QFile::exists(path))
        m_inventoryWatcher->addPath(path);
    if (stamp == m_inventoryStamp)
        return;
    m_inventoryStamp = stamp;

    if (const Status status = m_workspace->reloadInventory(); !status) {
        qCWarning(lcBench).noquote() << "inventory" << path << "changed but was not reloaded:"
                                     << status.errorString();
        record(QStringLiteral("inventory.invalid"), QString(),
               QStringLiteral("inventory.csv changed but is invalid; the previous rows stay in use: %1")
                   .arg(status.errorString()),
               {{QStringLiteral("error"), status.errorString()}});
        return;
    }
    qCInfo(lcBench).noquote() << "inventory" << path << "reloaded with"
                              << m_workspace->inventory().entries().size() << "rows";
    record(QStringLiteral("inventory.reloaded"), QString(),
           QStringLiteral("inventory.csv reloaded with %1 rows")
               .arg(m_workspace->inventory().entries().size()),
           {});
}

} // namespace ztp::bench
