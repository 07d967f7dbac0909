#include "storage/historydatabase.h"
#include "storage/historywriter.h"
#include "storage/leasejournal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ztp;
using namespace std::chrono_literals;

// The lease journal against a real history.sqlite: its line format, the replay of what a crash
// leaves, and the folds into the leases table.
class LeaseJournalTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void recordRoundTrip_data();
    void recordRoundTrip();
    void damagedLinesAreRejected_data();
    void damagedLinesAreRejected();
    void journalReplaysAfterCrash();
    void writerFoldsIntoTable();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void LeaseJournalTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void LeaseJournalTest::recordRoundTrip_data()
{
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QByteArray>("clientId");
    QTest::addColumn<int>("state");

    QTest::newRow("plain") << "sw-01" << QByteArray() << int(dhcp::LeaseState::Bound);
    QTest::newRow("spaces and UTF-8") << QStringLiteral("Halle 3 Schrank ü") << QByteArray::fromHex("01001c731a2b3c")
                                      << int(dhcp::LeaseState::Released);
    QTest::newRow("empty hostname") << "" << QByteArray::fromHex("00") << int(dhcp::LeaseState::Declined);
    QTest::newRow("dash hostname") << "-" << QByteArray() << int(dhcp::LeaseState::Bound);
}

void LeaseJournalTest::recordRoundTrip()
{
    QFETCH(QString, hostname);
    QFETCH(QByteArray, clientId);
    QFETCH(int, state);

    dhcp::Lease lease;
    lease.address = QHostAddress(QStringLiteral("10.0.0.23"));
    lease.mac = QByteArray::fromHex("001c731a2b3c");
    lease.clientId = clientId;
    lease.hostname = hostname;
    lease.expires = QDateTime(QDate(2026, 3, 1), QTime(9, 0, 0, 250), Qt::UTC);
    lease.state = dhcp::LeaseState(state);

    const QByteArray line = storage::encodeLeaseRecord(lease);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    const auto decoded = storage::decodeLeaseRecord(line);
    QVERIFY(decoded);
    QCOMPARE(decoded->first, lease.address);
    QVERIFY(decoded->second);
    QCOMPARE(decoded->second->mac, lease.mac);
    QCOMPARE(decoded->second->clientId, lease.clientId);
    QCOMPARE(decoded->second->hostname, lease.hostname);
    QCOMPARE(decoded->second->expires, lease.expires);
    QCOMPARE(decoded->second->state, lease.state);

    const auto removal = storage::decodeLeaseRecord(storage::encodeLeaseRemoval(lease.address));
    QVERIFY(removal);
    QCOMPARE(removal->first, lease.address);
    QVERIFY(!removal->second);
}

void LeaseJournalTest::damagedLinesAreRejected_data()
{
    QTest::addColumn<QByteArray>("line");

    QTest::newRow("empty") << QByteArray("\n");
    QTest::newRow("cut after the address") << QByteArray("L 10.0.0.23 001c731a2b3c\n");
    QTest::newRow("unknown state") << QByteArray("L 10.0.0.23 001c731a2b3c - 1772355600000 lost sw\n");
    QTest::newRow("invalid expiry") << QByteArray("L 10.0.0.23 001c731a2b3c - soon bound sw\n");
    QTest::newRow("IPv6 address") << QByteArray("R fe80::1\n");
    QTest::newRow("unknown kind") << QByteArray("X 10.0.0.23\n");
}

void LeaseJournalTest::damagedLinesAreRejected()
{
    QFETCH(QByteArray, line);
    QVERIFY(!storage::decodeLeaseRecord(line));
}

void LeaseJournalTest::journalReplaysAfterCrash()
{
    storage::HistoryDatabase history;
    QVERIFY(history.open(path()).ok());

    dhcp::Lease surviving;
    surviving.address = QHostAddress(QStringLiteral("10.0.0.10"));
    surviving.mac = QByteArray::fromHex("001c73000010");
    surviving.expires = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    surviving.state = dhcp::LeaseState::Bound;
    dhcp::Lease moved = surviving;
    moved.address = QHostAddress(QStringLiteral("10.0.0.11"));
    moved.mac = QByteArray::fromHex("001c73000011");
    history.saveLeases({moved});

    // What a killed server leaves: journal lines, the last one cut short, and no fold.
    QFile journal(path() + QStringLiteral("-leases"));
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.write(storage::encodeLeaseRecord(surviving));
    journal.write(storage::encodeLeaseRemoval(moved.address));
    journal.write("L 10.0.0.12 001c7300");
    journal.close();

    storage::LeaseJournal store(&history, nullptr);
    const QList<dhcp::Lease> leases = store.loadLeases();
    QCOMPARE(leases.size(), 1);
    QCOMPARE(leases.first().address, surviving.address);
    QCOMPARE(leases.first().mac, surviving.mac);

    // The replay is folded into the table, so the table alone now gives the same result.
    const QList<dhcp::Lease> table = history.loadLeases();
    QCOMPARE(table.size(), 1);
    QCOMPARE(table.first().address, surviving.address);
}

void LeaseJournalTest::writerFoldsIntoTable()
{
    storage::HistoryDatabase history;
    QVERIFY(history.open(path()).ok());
    storage::HistoryWriter writer;
    QVERIFY(writer.start(path()).ok());

    {
        storage::LeaseJournal store(&history, &writer);
        store.loadLeases();
        QList<dhcp::Lease> batch;
        for (int i = 0; i < storage::LeaseJournal::FoldThreshold + 10; ++i) {
            dhcp::Lease lease;
            lease.address = QHostAddress(quint32(0x0a000000 + i));
            lease.mac = QByteArray::fromHex("02aa00000000");
            lease.mac[4] = char(i >> 8);
            lease.mac[5] = char(i);
            lease.expires = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
            lease.state = dhcp::LeaseState::Bound;
            batch.append(lease);
        }
        store.saveLeases(batch);

        // Past the threshold the journal went to the writer thread, which commits it.
        QVERIFY(writer.waitForWritten(10s));
        QTRY_COMPARE(history.loadLeases().size(), batch.size());
        QTRY_VERIFY(!QFile::exists(path() + QStringLiteral("-leases.folding")));

        store.removeLease(batch.first().address);
    }

    // The destructor folds the rest and leaves no journal behind.
    QCOMPARE(history.loadLeases().size(), storage::LeaseJournal::FoldThreshold + 9);
    QVERIFY(!QFile::exists(path() + QStringLiteral("-leases")));
    QVERIFY(!QFile::exists(path() + QStringLiteral("-leases.folding")));
}

QTEST_GUILESS_MAIN(LeaseJournalTest)
#include "tst_leasejournal.moc"
