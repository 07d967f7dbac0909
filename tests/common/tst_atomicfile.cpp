#include "common/atomicfile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <thread>

using namespace ztp;

class AtomicFileTest : public QObject
{
    Q_OBJECT

private slots:
    void replacesRegularFile();
    void writesIntoFifoWithoutReplacingIt();
    void reportsUnwritablePath();
};

void AtomicFileTest::replacesRegularFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    QVERIFY(writeFileAtomically(path, "old").ok());
    QVERIFY(writeFileAtomically(path, "new content").ok());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("new content"));
}

void AtomicFileTest::writesIntoFifoWithoutReplacingIt()
{
    // Stands in for /dev/null or /dev/stdout: a rename over it would turn it into a plain file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);

    QByteArray received;
    std::thread reader([&] {
        QFile fifo(path);
        if (fifo.open(QIODevice::ReadOnly))
            received = fifo.readAll();
    });
    const Status status = writeFileAtomically(path, "through the pipe");
    reader.join();

    QVERIFY2(status.ok(), qPrintable(status.errorString()));
    QCOMPARE(received, QByteArray("through the pipe"));
    QVERIFY(!QFileInfo(path).isFile());
    QVERIFY(QFileInfo(path).exists());
}

void AtomicFileTest::reportsUnwritablePath()
{
    const Status status = writeFileAtomically(QStringLiteral("/nonexistent-folder/report.csv"), "x");
    QVERIFY(!status.ok());
    QVERIFY2(status.errorString().contains(QStringLiteral("/nonexistent-folder/report.csv")),
             qPrintable(status.errorString()));
}

QTEST_GUILESS_MAIN(AtomicFileTest)
#include "tst_atomicfile.moc"
