#include "tftp/filedigests.h"

#include "common/logging.h"
#include "tftp/sha256.h"

#include <QFile>
#include <QThreadPool>

#include <sys/stat.h>

namespace ztp::tftp {

namespace {

// Entries kept before unused ones are dropped.
constexpr qsizetype MaxEntries = 256;
constexpr qint64 ChunkSize = 1024 * 1024;

} // namespace

FileDigests::~FileDigests()
{
    for (const Entry &entry : std::as_const(m_entries))
        entry.digest->cancelled.store(true);
}

// fstat(2) gives the inode and the modification time in nanoseconds, which QFileInfo does not,
// so a file replaced by another of the same size within a second is still distinguished.
bool FileDigests::examine(int descriptor, Version *version)
{
    struct stat status {};
    if (descriptor < 0 || ::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode))
        return false;
    version->size = qint64(status.st_size);
    version->modifiedNs = qint64(status.st_mtim.tv_sec) * 1000000000 + status.st_mtim.tv_nsec;
    version->inode = quint64(status.st_ino);
    return true;
}

bool isSameVersion(const SharedDigest &digest, int descriptor)
{
    FileDigests::Version now;
    return FileDigests::examine(descriptor, &now) && now.size == digest.size
           && now.modifiedNs == digest.modifiedNs && now.inode == digest.inode;
}

std::shared_ptr<const SharedDigest> FileDigests::forFile(const QString &path, int descriptor)
{
    Version version;
    if (!examine(descriptor, &version) || version.size < MinimumSize)
        return nullptr;

    const auto found = m_entries.constFind(path);
    if (found != m_entries.cend() && found->version == version)
        return found->digest;

    if (m_entries.size() >= MaxEntries) {
        // Drops the entries that no download uses any more; running jobs keep their own.
        m_entries.removeIf([](const auto &item) { return item.value().digest.use_count() == 1; });
    }

    auto digest = std::make_shared<SharedDigest>();
    digest->size = version.size;
    digest->modifiedNs = version.modifiedNs;
    digest->inode = version.inode;
    if (found != m_entries.cend())
        found->digest->cancelled.store(true); // an older version of the file
    m_entries.insert(path, Entry {version, digest});
    startJob(path, version, digest);
    return digest;
}

void FileDigests::startJob(const QString &path, const Version &version,
                           std::shared_ptr<SharedDigest> digest)
{
    QThreadPool::globalInstance()->start([path, version, digest] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcTftp).noquote() << "cannot hash" << path << ":" << file.errorString()
                                        << "; its downloads hash their own blocks";
            return;
        }

        Sha256 hash;
        qint64 total = 0;
        while (!digest->cancelled.load()) {
            const QByteArray chunk = file.read(ChunkSize);
            if (chunk.isEmpty())
                break;
            hash.addData(chunk);
            total += chunk.size();
        }

        // A file changed while it was read: the downloads keep the digests of what they sent.
        Version after;
        if (digest->cancelled.load() || file.error() != QFileDevice::NoError || total != version.size
            || !examine(file.handle(), &after) || !(after == version)) {
            qCInfo(lcTftp).noquote() << "dropped the shared SHA-256 of" << path
                                     << "because the file changed or the server stopped";
            return;
        }
        digest->sha256 = hash.result();
        digest->ready.store(true, std::memory_order_release);
    });
}

} // namespace ztp::tftp
