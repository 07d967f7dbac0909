#pragma once

#include "devices/device.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace ztp::devices {

class DeviceRegistry;

// The technician's actions on one device record. Each adds a timeline entry; the caller stores
// the record (DeviceRegistry::upsert, then the history).

// Forgets what the device was sent so its next request starts provisioning again.
void reprovision(Device &device, const QDateTime &time);
void markDone(Device &device, const QDateTime &time);
// An empty name returns the device to the workspace's default template.
void assignTemplate(Device &device, const QString &templateName, const QDateTime &time);
// Removes the record; returns false when no device has this MAC.
bool forget(DeviceRegistry &registry, const QByteArray &mac);

// Whether a device in this state is still expected to make progress.
bool isInProgress(DeviceState state);

// Moves every device that is in progress and was last seen more than `timeout` before `now`
// to Stalled. Returns the rows it changed.
QList<int> markStalledDevices(DeviceRegistry &registry, const QDateTime &now,
                              std::chrono::seconds timeout);

// Runs markStalledDevices() every few seconds on a registry. The clock is injectable so tests
// need not wait.
class StallWatch : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit StallWatch(DeviceRegistry *registry, QObject *parent = nullptr);

    // Default 10 minutes, after which AOS-CX itself gives up ZTP (HPE AOS-CX ZTP documentation).
    // NOTE: a guess for other platforms; an image install over a slow link may need longer.
    void setTimeout(std::chrono::seconds timeout) { m_timeout = timeout; }
    std::chrono::seconds timeout() const { return m_timeout; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void start(std::chrono::milliseconds interval = std::chrono::seconds(5));
    void stop() { m_timer.stop(); }
    // Checks once now.
    QList<int> check();

signals:
    void devicesStalled(const QList<int> &rows);

private:
    DeviceRegistry *m_registry;
    std::chrono::seconds m_timeout = std::chrono::minutes(10);
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QTimer m_timer;
};

} // namespace ztp::devices
