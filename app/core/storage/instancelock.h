#pragma once

#include "common/result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace ztp::storage {

// Keeps a second ZTP Workbench (GUI or `ztpw serve`) from running the servers on the same
// workspace, where both would hand out the same addresses and interleave one history.
// A lock file next to the history, held through QLockFile: it records the holder's PID and
// host, and a lock left by a killed process is taken over once that PID no longer runs.
class InstanceLock
{
public:
    InstanceLock();
    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    // Takes the lock `path` without waiting. On failure the error names the process that owns it.
    Status acquire(const QString &path);
    void release();
    bool isHeld() const;

private:
    std::unique_ptr<QLockFile> m_file;
};

} // namespace ztp::storage
