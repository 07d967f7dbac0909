#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTimer>

// Helpers shared by the TFTP tests that run real clients. The server under test lives on the
// test's thread, so a client process is awaited by running the event loop, never by blocking.

struct ProcessOutcome
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;

    bool succeeded() const { return started && !timedOut && exitCode == 0; }
    QString describe() const
    {
        return QStringLiteral("exit %1%2, stdout \"%3\", stderr \"%4\"")
            .arg(exitCode)
            .arg(timedOut ? QStringLiteral(" (timed out)") : QString())
            .arg(QString::fromLocal8Bit(standardOutput.left(400)).trimmed(),
                 QString::fromLocal8Bit(standardError.right(800)).trimmed());
    }
};

// Runs a program while the event loop keeps serving; kills it after timeoutMs.
inline ProcessOutcome runProcess(const QString &program, const QStringList &arguments,
                                 const QString &workingDirectory, int timeoutMs)
{
    ProcessOutcome outcome;
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.setStandardInputFile(QProcess::nullDevice());

    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        outcome.timedOut = true;
        loop.quit();
    });

    process.start(program, arguments);
    deadline.start(timeoutMs);
    loop.exec();

    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(2000);
    }
    outcome.started = process.error() != QProcess::FailedToStart;
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.standardOutput = process.readAllStandardOutput();
    outcome.standardError = process.readAllStandardError();
    return outcome;
}

// Writes size pseudo-random octets, the same for the same seed.
inline bool writeTestFile(const QString &path, qint64 size, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QRandomGenerator generator(seed);
    QByteArray chunk;
    qint64 remaining = size;
    while (remaining > 0) {
        const qint64 length = std::min<qint64>(remaining, 1 << 20);
        chunk.resize(length);
        generator.fillRange(reinterpret_cast<quint32 *>(chunk.data()), int(length / 4));
        for (qint64 i = length / 4 * 4; i < length; ++i)
            chunk[i] = char(generator.generate());
        if (file.write(chunk) != length)
            return false;
        remaining -= length;
    }
    return true;
}

inline QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

inline bool programAvailable(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}
