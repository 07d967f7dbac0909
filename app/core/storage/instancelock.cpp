#include "storage/instancelock.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QLockFile>

namespace ztp::storage {

InstanceLock::InstanceLock() = default;

InstanceLock::~InstanceLock()
{
    release();
}

Status InstanceLock::acquire(const QString &path)
{
    release();

    auto file = std::make_unique<QLockFile>(path);
    // QLockFile takes over a lock whose PID no longer runs on this host. A stale time of 0 turns
    // off its second rule, which would take the lock from a holder running for over 30 s.
    file->setStaleLockTime(0);
    if (file->tryLock(0)) {
        m_file = std::move(file);
        qCInfo(lcStorage).noquote() << "took the instance lock" << path;
        return Status::success();
    }

    qint64 pid = 0;
    QString host;
    QString application;
    file->getLockInfo(&pid, &host, &application);
    qCWarning(lcStorage).noquote() << "instance lock" << path << "is held by pid" << pid << "on"
                                   << host << "error" << int(file->error());
    if (file->error() == QLockFile::LockFailedError) {
        return Error{QCoreApplication::translate(
                         "ztp::storage",
                         "This workspace is in use by another ZTP Workbench (%1, process %2 on "
                         "%3). Stop that one first, or open another workspace. The lock file is "
                         "%4.")
                         .arg(application.isEmpty() ? QStringLiteral("unknown program") : application)
                         .arg(pid)
                         .arg(host, path)};
    }
    return Error{QCoreApplication::translate("ztp::storage",
                                             "Cannot create the lock file %1; check that the "
                                             "workspace folder is writable.")
                     .arg(path)};
}

void InstanceLock::release()
{
    if (!m_file)
        return;
    m_file->unlock();
    m_file.reset();
}

bool InstanceLock::isHeld() const
{
    return m_file && m_file->isLocked();
}

} // namespace ztp::storage
