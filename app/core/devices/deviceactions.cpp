#include "devices/deviceactions.h"

#include "common/logging.h"
#include "devices/devicemerger.h"
#include "devices/deviceregistry.h"

namespace ztp::devices {

void reprovision(Device &device, const QDateTime &time)
{
    device.configSha256.clear();
    device.progress.clear();
    device.transfer = {};
    const DeviceState next = device.ip.isNull() ? DeviceState::Discovered : DeviceState::Leased;
    enterState(device, next, QStringLiteral("re-provision requested"), time);
}

void markDone(Device &device, const QDateTime &time)
{
    device.transfer = {};
    enterState(device, DeviceState::ReportedDone, QStringLiteral("marked done by the technician"), time);
}

void assignTemplate(Device &device, const QString &templateName, const QDateTime &time)
{
    device.templateName = templateName;
    addTimelineEntry(device,
                     templateName.isEmpty() ? QStringLiteral("template reset to the default")
                                            : QStringLiteral("template %1 assigned").arg(templateName),
                     time);
}

bool forget(DeviceRegistry &registry, const QByteArray &mac)
{
    const int row = registry.indexOf(mac);
    if (row < 0)
        return false;
    qCInfo(lcDevices).noquote() << "forgetting device" << registry.at(row).key();
    registry.remove(row);
    return true;
}

bool isInProgress(DeviceState state)
{
    switch (state) {
    case DeviceState::Discovered:
    case DeviceState::Leased:
    case DeviceState::ImageSent:
        return true;
    // Classic AutoInstall ends with the configuration transfer and reports nothing afterwards,
    // so a device there is finished as far as the bench can tell.
    case DeviceState::ConfigurationSent:
    case DeviceState::ReportedDone:
    case DeviceState::Failed:
    case DeviceState::Stalled:
        return false;
    }
    return false;
}

QList<int> markStalledDevices(DeviceRegistry &registry, const QDateTime &now,
                              std::chrono::seconds timeout)
{
    QList<int> stalled;
    const QDateTime limit = now.addSecs(-timeout.count());
    for (int row = 0; row < registry.count(); ++row) {
        const Device &device = registry.at(row);
        if (!isInProgress(device.state) || !device.lastSeen.isValid() || device.lastSeen >= limit)
            continue;

        Device updated = device;
        enterState(updated, DeviceState::Stalled,
                   QStringLiteral("no progress for %1 s").arg(device.lastSeen.secsTo(now)), now);
        qCInfo(lcDevices).noquote() << "device" << device.key() << "stalled; last seen"
                                    << device.lastSeen.toString(Qt::ISODate);
        registry.upsert(updated);
        stalled.append(row);
    }
    return stalled;
}

StallWatch::StallWatch(DeviceRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
    connect(&m_timer, &QTimer::timeout, this, &StallWatch::check);
}

void StallWatch::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

QList<int> StallWatch::check()
{
    const QList<int> rows = markStalledDevices(*m_registry, m_clock(), m_timeout);
    if (!rows.isEmpty())
        emit devicesStalled(rows);
    return rows;
}

} // namespace ztp::devices
