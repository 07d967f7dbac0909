#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>

namespace ztp::tftp {

// The SHA-256 of one version of a served file, computed once on a thread of
// QThreadPool::globalInstance() and shared by every download of that version. A download hashes
// its own blocks until `ready` is set and then stops, so twenty devices that fetch one image
// hash it about once instead of twenty times.
// NOTE: a file rewritten in place (same inode) after its job ended keeps the earlier digest.
struct SharedDigest
{
    std::atomic<bool> ready{false};
    std::atomic<bool> cancelled{false};
    QByteArray sha256; // written once, before `ready` is set
    // The file version hashed, set before the job starts.
    qint64 size = -1;
    qint64 modifiedNs = 0;
    quint64 inode = 0;
};

// Whether the file open on `descriptor` is still the version that `digest` names. A download
// that took over the shared digest checks it at its end, because the file may have been
// rewritten in place while it was sent.
bool isSameVersion(const SharedDigest &digest, int descriptor);

// The digests of served files by path, size, modification time and inode. Lives in the
// server's thread; the hashing jobs touch only their own SharedDigest.
class FileDigests
{
public:
    // Files smaller than this are hashed by their downloads alone: a job would cost more.
    static constexpr qint64 MinimumSize = 1024 * 1024;

    FileDigests() = default;
    // Cancels running jobs, which then stop at their next chunk.
    ~FileDigests();
    FileDigests(const FileDigests &) = delete;
    FileDigests &operator=(const FileDigests &) = delete;

    // Returns the shared digest of the file that `descriptor` (open on `path`) reads, and starts
    // its job when this version is new. Returns null when the file cannot be examined or is
    // smaller than MinimumSize.
    std::shared_ptr<const SharedDigest> forFile(const QString &path, int descriptor);

private:
    friend bool isSameVersion(const SharedDigest &digest, int descriptor);

    struct Version
    {
        qint64 size = -1;
        qint64 modifiedNs = 0;
        quint64 inode = 0;
        bool operator==(const Version &) const = default;
    };
    struct Entry
    {
        Version version;
        std::shared_ptr<SharedDigest> digest;
    };

    static bool examine(int descriptor, Version *version);
    void startJob(const QString &path, const Version &version, std::shared_ptr<SharedDigest> digest);

    QHash<QString, Entry> m_entries;
};

} // namespace ztp::tftp
