#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <functional>
#include <optional>

class QFileInfo;

namespace ztp::http {

// SHA-256 of boot images for RFC 8572 onboarding information. Hashing runs on a thread of
// QThreadPool::globalInstance(), because a multi-gigabyte image takes seconds and the servers
// share one thread. Results are cached by canonical path, size and modification time. Lives
// in the server's thread; callbacks run there too.
class ImageHasher : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<QByteArray> &sha256)>;

    explicit ImageHasher(QObject *parent = nullptr);
    // Cancels running jobs without calling their callbacks.
    ~ImageHasher() override;

    // The raw SHA-256 when the file was hashed and has not changed since.
    std::optional<QByteArray> cached(const QFileInfo &file) const;
    // Hashes the file on a worker thread and calls `done` in this object's thread. Requests
    // for a file already being hashed share its job.
    void hash(const QFileInfo &file, Callback done);
    bool isHashing(const QString &canonicalPath) const { return m_jobs.contains(canonicalPath); }

private:
    struct Digest
    {
        qint64 size = -1;
        QDateTime modified;
        QByteArray sha256;
    };
    struct Job
    {
        QFutureWatcher<Result<QByteArray>> *watcher = nullptr;
        Digest pending; // size and time when the job started
        QList<Callback> callbacks;
    };

    void finish(const QString &path);

    QHash<QString, Digest> m_digests;
    QHash<QString, Job> m_jobs;
};

} // namespace ztp::http
