#include "http/imagehasher.h"

#include "common/logging.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QThreadPool>
#include <memory>

namespace ztp::http {

namespace {

// Runs in a pool thread: reads the file in 1 MiB blocks and stops early when canceled.
void hashFile(const QString &path, QPromise<Result<QByteArray>> &promise)
{
    promise.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        promise.addResult(
            Error {QStringLiteral("cannot read boot image %1: %2").arg(path, file.errorString())});
        promise.finish();
        return;
    }

    QElapsedTimer timer;
    timer.start();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        if (promise.isCanceled()) {
            promise.finish();
            return;
        }
        const qint64 read = file.read(block.data(), block.size());
        if (read < 0) {
            promise.addResult(Error {
                QStringLiteral("cannot read boot image %1: %2").arg(path, file.errorString())});
            promise.finish();
            return;
        }
        if (read == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), read));
    }
    qCInfo(lcHttp).noquote() << "hashed boot image" << path << "(" << file.size() << "bytes) in"
                             << timer.elapsed() << "ms";
    promise.addResult(hash.result());
    promise.finish();
}

} // namespace

ImageHasher::ImageHasher(QObject *parent)
    : QObject(parent)
{
}

ImageHasher::~ImageHasher()
{
    for (Job &job : m_jobs) {
        job.watcher->disconnect(this);
        job.watcher->cancel();
    }
}

std::optional<QByteArray> ImageHasher::cached(const QFileInfo &file) const
{
    const auto digest = m_digests.constFind(file.canonicalFilePath());
    if (digest == m_digests.constEnd() || digest->size != file.size()
        || digest->modified != file.lastModified())
        return std::nullopt;
    return digest->sha256;
}

void ImageHasher::hash(const QFileInfo &file, Callback done)
{
    const QString path = file.canonicalFilePath();
    if (const auto digest = cached(file)) {
        done(*digest);
        return;
    }
    if (auto job = m_jobs.find(path); job != m_jobs.end()) {
        job->callbacks.append(std::move(done));
        return;
    }

    // QPromise is move-only and QThreadPool wants a copyable callable, hence the shared_ptr.
    auto promise = std::make_shared<QPromise<Result<QByteArray>>>();
    Job job;
    job.watcher = new QFutureWatcher<Result<QByteArray>>(this);
    job.pending = {file.size(), file.lastModified(), {}};
    job.callbacks.append(std::move(done));
    connect(job.watcher, &QFutureWatcherBase::finished, this, [this, path] { finish(path); });
    job.watcher->setFuture(promise->future());
    m_jobs.insert(path, job);
    qCInfo(lcHttp).noquote() << "hashing boot image" << path << "on a worker thread";
    QThreadPool::globalInstance()->start([promise, path] { hashFile(path, *promise); });
}

void ImageHasher::finish(const QString &path)
{
    Job job = m_jobs.take(path);
    job.watcher->deleteLater();
    if (job.watcher->isCanceled() || job.watcher->future().resultCount() == 0)
        return;

    const Result<QByteArray> result = job.watcher->result();
    if (result) {
        job.pending.sha256 = *result;
        m_digests.insert(path, job.pending);
    } else {
        qCWarning(lcHttp).noquote() << result.errorString();
    }
    for (const Callback &callback : std::as_const(job.callbacks))
        callback(result);
}

} // namespace ztp::http
