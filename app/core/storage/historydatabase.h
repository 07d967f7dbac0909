#pragma once

#include "common/result.h"
#include "devices/device.h"
#include "dhcp/leasetable.h"
#include "storage/historyevent.h"

#include <QString>

namespace ztp::storage {

// The workspace's history.sqlite: events, leases and device records. WAL journaling and
// synchronous=FULL so that a committed event survives a crash or a power cut. Used from the
// thread that opened it.
class HistoryDatabase : public dhcp::LeaseStore
{
public:
    HistoryDatabase();
    ~HistoryDatabase() override;
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    Status open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    Result<qint64> recordEvent(const HistoryEvent &event);
    // Events in time order, optionally of one device only.
    QList<HistoryEvent> events(const QString &deviceKey = QString(), int limit = -1) const;

    void saveDevice(const devices::Device &device);
    QList<devices::Device> loadDevices() const;

    QList<dhcp::Lease> loadLeases() override;
    void saveLease(const dhcp::Lease &lease) override;
    void removeLease(const QHostAddress &address) override;

private:
    Status migrate();
    bool exec(const QString &statement) const;

    QString m_connectionName;
    QString m_path;
};

} // namespace ztp::storage
