#include "storage/historydatabase.h"
#include "storage/historywriter.h"
#include "storage/instancelock.h"
#include "storage/leasejournal.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <csignal>

using namespace ztp;
using namespace std::chrono_literals;

// Crash, lock and second-instance behaviour of the history, each against a real second process:
// the helper (historyhelper.cpp) or the sqlite3 shell.
class HistoryDurabilityTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sigkillKeepsCommittedEvents();
    void sigkillKeepsAcknowledgedLeases();
    void externalLockDelaysWithoutLoss();
    void backlogIsBoundedWithoutLoss();
    void secondInstanceIsRefused();
    void lockOfKilledProcessIsTakenOver();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    bool waitForLine(QProcess &process, const QByteArray &prefix, int timeoutMs, QByteArray *line);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void HistoryDurabilityTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool HistoryDurabilityTest::waitForLine(QProcess &process, const QByteArray &prefix, int timeoutMs,
                                        QByteArray *line)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        while (process.canReadLine()) {
            *line = process.readLine();
            if (line->startsWith(prefix))
                return true;
        }
        if (!process.waitForReadyRead(200) && process.state() == QProcess::NotRunning)
            return false;
    }
    return false;
}

void HistoryDurabilityTest::sigkillKeepsCommittedEvents()
{
    QProcess helper;
    helper.start(QStringLiteral(ZTPW_HISTORY_HELPER),
                 {QStringLiteral("write"), path(), QStringLiteral("200000")});
    QVERIFY2(helper.waitForStarted(), qPrintable(helper.errorString()));

    // Kill it once a few hundred events are committed and while it is still writing.
    QByteArray output;
    int committed = 0;
    QElapsedTimer timer;
    timer.start();
    while (committed < 500 && timer.elapsed() < 20000) {
        QVERIFY2(helper.state() == QProcess::Running, helper.readAllStandardError().constData());
        helper.waitForReadyRead(200);
        const QByteArray chunk = helper.readAll();
        committed += chunk.count("committed ");
        output += chunk;
    }
    QVERIFY2(committed >= 500, "the helper committed fewer than 500 events in 20 s");
    ::kill(pid_t(helper.processId()), SIGKILL);
    QVERIFY(helper.waitForFinished(5000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    output += helper.readAll();
    QVERIFY2(!output.contains("done"), "the helper finished before it was killed");

    // Every line the helper printed was printed after its COMMIT returned. The kill may cut
    // the last line short; only whole lines count.
    QHash<qint64, QByteArray> expected;
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast();
    for (const QByteArray &line : std::as_const(lines)) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() == 3 && fields.at(0) == "committed")
            expected.insert(fields.at(1).toLongLong(), fields.at(2));
    }
    QVERIFY(expected.size() >= 500);

    storage::HistoryDatabase history;
    const Status opened = history.open(path());
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    const Status integrity = history.checkIntegrity();
    QVERIFY2(integrity.ok(), qPrintable(integrity.errorString()));

    QHash<qint64, QString> stored;
    for (const storage::HistoryEvent &event : history.events())
        stored.insert(event.id, event.summary);
    QVERIFY(stored.size() >= expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(stored.contains(it.key()), qPrintable(QStringLiteral("committed event %1 is missing").arg(it.key())));
        QCOMPARE(stored.value(it.key()), QString::fromLatin1(it.value()));
    }
}

void HistoryDurabilityTest::sigkillKeepsAcknowledgedLeases()
{
    QProcess helper;
    helper.start(QStringLiteral(ZTPW_HISTORY_HELPER),
                 {QStringLiteral("leases"), path(), QStringLiteral("60000")});
    QVERIFY2(helper.waitForStarted(), qPrintable(helper.errorString()));

    // Past one fold (LeaseJournal::FoldThreshold records), so both the table and the journal
    // hold leases when the kill comes.
    QByteArray output;
    int bound = 0;
    QElapsedTimer timer;
    timer.start();
    while (bound < 2 * storage::LeaseJournal::FoldThreshold && timer.elapsed() < 30000) {
        QVERIFY2(helper.state() == QProcess::Running, helper.readAllStandardError().constData());
        helper.waitForReadyRead(200);
        const QByteArray chunk = helper.readAll();
        bound += chunk.count("bound ");
        output += chunk;
    }
    QVERIFY2(bound >= 2 * storage::LeaseJournal::FoldThreshold, "the helper bound too few leases in 30 s");
    ::kill(pid_t(helper.processId()), SIGKILL);
    QVERIFY(helper.waitForFinished(5000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    output += helper.readAll();
    QVERIFY2(!output.contains("done"), "the helper finished before it was killed");

    QHash<QString, QByteArray> expected; // address -> MAC, printed after commitBatch()
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() == 3 && fields.at(0) == "bound")
            expected.insert(QString::fromLatin1(fields.at(1)), QByteArray::fromHex(fields.at(2)));
    }
    QVERIFY(expected.size() >= 2 * storage::LeaseJournal::FoldThreshold);

    storage::HistoryDatabase history;
    QVERIFY(history.open(path()).ok());
    storage::LeaseJournal journal(&history, nullptr);
    QVERIFY2(QFile::exists(journal.path()), "the kill left no journal to replay");
    const QList<dhcp::Lease> leases = journal.loadLeases();

    QHash<QString, dhcp::Lease> byAddress;
    QHash<QByteArray, QString> addressOfMac;
    for (const dhcp::Lease &lease : leases) {
        const QString address = lease.address.toString();
        QVERIFY2(!byAddress.contains(address), qPrintable(address + QStringLiteral(" is stored twice")));
        byAddress.insert(address, lease);
        QVERIFY2(!addressOfMac.contains(lease.mac),
                 qPrintable(QStringLiteral("%1 holds two addresses").arg(QString::fromLatin1(lease.mac.toHex()))));
        addressOfMac.insert(lease.mac, address);
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(byAddress.contains(it.key()),
                 qPrintable(QStringLiteral("acknowledged lease %1 is missing").arg(it.key())));
        QCOMPARE(byAddress.value(it.key()).mac, it.value());
        QCOMPARE(byAddress.value(it.key()).state, dhcp::LeaseState::Bound);
    }

    // The replay was folded into the leases table and the journal emptied.
    QCOMPARE(history.loadLeases().size(), leases.size());
}

void HistoryDurabilityTest::externalLockDelaysWithoutLoss()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("sqlite3 is not installed (installer/debian-packages.txt lists it)");

    storage::HistoryWriter writer;
    QVERIFY(writer.start(path()).ok());
    QSignalSpy delayed(&writer, &storage::HistoryWriter::writeDelayed);
    QSignalSpy resumed(&writer, &storage::HistoryWriter::writeResumed);

    // Another program takes the write lock and keeps it.
    QProcess shell;
    shell.start(sqlite3, {path()});
    QVERIFY(shell.waitForStarted());
    shell.write("BEGIN EXCLUSIVE;\n"
                "INSERT INTO events (time, kind, summary) VALUES "
                "('2026-03-01T08:00:00.000Z', 'external', 'held');\n"
                "SELECT 'holding';\n");
    QByteArray line;
    QVERIFY2(waitForLine(shell, "holding", 5000, &line), shell.readAllStandardError().constData());

    // Appending returns at once although the database is locked: the caller never waits.
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 300; ++i) {
        storage::HistoryEvent event;
        event.kind = QStringLiteral("dhcp.discover");
        event.summary = QStringLiteral("while locked %1").arg(i);
        writer.append(event);
    }
    QVERIFY2(timer.elapsed() < 100, qPrintable(QStringLiteral("append took %1 ms").arg(timer.elapsed())));

    QTRY_COMPARE_WITH_TIMEOUT(delayed.size(), 1, 5000);
    QVERIFY2(delayed.first().first().toString().contains(QStringLiteral("locked by another program")),
             qPrintable(delayed.first().first().toString()));
    QCOMPARE(writer.pendingCount(), 300);
    QVERIFY(!writer.waitForWritten(300ms));

    shell.write("COMMIT;\n.quit\n");
    shell.closeWriteChannel();
    QVERIFY(shell.waitForFinished(5000));

    QVERIFY(writer.waitForWritten(10s));
    QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, 5000);
    QCOMPARE(delayed.size(), 1);

    storage::HistoryDatabase history;
    QVERIFY(history.open(path()).ok());
    const auto events = history.events();
    QCOMPARE(events.size(), 301);
    QCOMPARE(events.first().summary, QStringLiteral("held"));
    QCOMPARE(events.at(1).summary, QStringLiteral("while locked 0"));
    QCOMPARE(events.last().summary, QStringLiteral("while locked 299"));
}

// A writer that cannot keep up (here: locked out) keeps at most MaxBacklog records queued. The
// producer then waits instead of growing the queue, and resumes without losing a record.
void HistoryDurabilityTest::backlogIsBoundedWithoutLoss()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("sqlite3 is not installed (installer/debian-packages.txt lists it)");

    storage::HistoryWriter writer;
    QVERIFY(writer.start(path()).ok());

    QProcess shell;
    shell.start(sqlite3, {path()});
    QVERIFY(shell.waitForStarted());
    shell.write("BEGIN EXCLUSIVE;\nSELECT 'holding';\n");
    QByteArray line;
    QVERIFY2(waitForLine(shell, "holding", 5000, &line), shell.readAllStandardError().constData());

    constexpr int Count = int(storage::HistoryWriter::MaxBacklog) + 2000;
    std::atomic<int> appended = 0;
    std::thread producer([&] {
        for (int i = 0; i < Count; ++i) {
            storage::HistoryEvent event;
            event.kind = QStringLiteral("dhcp.discover");
            event.summary = QStringLiteral("storm %1").arg(i);
            writer.append(std::move(event));
            appended = i + 1;
        }
    });

    // On every way out of this test the lock is released and the producer finishes.
    auto release = qScopeGuard([&] {
        if (shell.state() == QProcess::Running) {
            shell.write("COMMIT;\n.quit\n");
            shell.closeWriteChannel();
            shell.waitForFinished(5000);
        }
        if (producer.joinable())
            producer.join();
    });

    // The producer stops at the limit while the lock holds: the queue keeps MaxBacklog records,
    // plus the one batch (at most 500) the writer took and keeps retrying.
    QTRY_VERIFY_WITH_TIMEOUT(appended.load() >= int(storage::HistoryWriter::MaxBacklog), 20000);
    QTest::qWait(300);
    const int stalledAt = appended.load();
    QTest::qWait(300);
    QCOMPARE(appended.load(), stalledAt);
    QVERIFY2(stalledAt <= int(storage::HistoryWriter::MaxBacklog) + 500, QByteArray::number(stalledAt));
    QVERIFY(writer.pendingCount() <= storage::HistoryWriter::MaxBacklog + 500);

    release.dismiss();
    shell.write("COMMIT;\n.quit\n");
    shell.closeWriteChannel();
    QVERIFY(shell.waitForFinished(5000));
    producer.join();
    QCOMPARE(appended.load(), Count);
    QVERIFY(writer.waitForWritten(60s));

    storage::HistoryDatabase history;
    QVERIFY(history.open(path()).ok());
    const auto events = history.events();
    QCOMPARE(events.size(), Count);
    QCOMPARE(events.first().summary, QStringLiteral("storm 0"));
    QCOMPARE(events.last().summary, QStringLiteral("storm %1").arg(Count - 1));
}

void HistoryDurabilityTest::secondInstanceIsRefused()
{
    const QString lockPath = m_dir->filePath(QStringLiteral("workbench.lock"));
    QProcess helper;
    helper.start(QStringLiteral(ZTPW_HISTORY_HELPER), {QStringLiteral("lock"), lockPath});
    QByteArray line;
    QVERIFY2(waitForLine(helper, "locked", 5000, &line), helper.readAllStandardError().constData());

    storage::InstanceLock second;
    const Status status = second.acquire(lockPath);
    QVERIFY(!status.ok());
    QVERIFY(!second.isHeld());
    QVERIFY2(status.errorString().contains(QStringLiteral("in use by another ZTP Workbench")),
             qPrintable(status.errorString()));
    QVERIFY2(status.errorString().contains(QString::number(helper.processId())),
             qPrintable(status.errorString()));

    helper.kill();
    QVERIFY(helper.waitForFinished(5000));
}

void HistoryDurabilityTest::lockOfKilledProcessIsTakenOver()
{
    const QString lockPath = m_dir->filePath(QStringLiteral("workbench.lock"));
    QProcess helper;
    helper.start(QStringLiteral(ZTPW_HISTORY_HELPER), {QStringLiteral("lock"), lockPath});
    QByteArray line;
    QVERIFY2(waitForLine(helper, "locked", 5000, &line), helper.readAllStandardError().constData());
    ::kill(pid_t(helper.processId()), SIGKILL);
    QVERIFY(helper.waitForFinished(5000));
    QVERIFY(QFile::exists(lockPath));

    storage::InstanceLock lock;
    const Status status = lock.acquire(lockPath);
    QVERIFY2(status.ok(), qPrintable(status.errorString()));
    QVERIFY(lock.isHeld());
    lock.release();
    QVERIFY(!QFile::exists(lockPath));
}

QTEST_GUILESS_MAIN(HistoryDurabilityTest)
#include "tst_historydurability.moc"
