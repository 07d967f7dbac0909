// XmodemSender against lrzsz's `rx` (0.12.21 as Debian 12 ships it) on the other end of a socat
// pty pair. The received file is compared by SHA-256 with what was sent.

#include "serial/consoleport.h"
#include "serial/xmodemsender.h"
#include "serialtestsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ztp::serial;
using namespace std::chrono_literals;
using namespace serialtest;

namespace {

QByteArray randomData(int size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray data(size, Qt::Uninitialized);
    for (char &byte : data)
        byte = char(generator.bounded(256));
    return data;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

class XmodemSendTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sendToRx_data();
    void sendToRx();
    void noReceiverTimesOut();
    void receiverCancelNoticed();
};

void XmodemSendTest::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty())
        QSKIP("socat is not installed (Debian package socat)");
    if (QStandardPaths::findExecutable(QStringLiteral("rx")).isEmpty())
        QSKIP("rx is not installed (Debian package lrzsz)");
}

void XmodemSendTest::sendToRx_data()
{
    QTest::addColumn<int>("blockSize");
    QTest::addColumn<bool>("crc");
    QTest::addColumn<int>("size");

    // 70001 is no multiple of 128, so the last block carries padding; 32768 is a multiple of 1024.
    QTest::newRow("1k crc, padded tail") << 1024 << true << 70001;
    QTest::newRow("1k crc, whole blocks") << 1024 << true << 32768;
    QTest::newRow("128 crc") << 128 << true << 20000;
    QTest::newRow("checksum, 1k asked") << 1024 << false << 9000;
    QTest::newRow("over 255 blocks") << 128 << true << 256 * 128 + 300;
}

void XmodemSendTest::sendToRx()
{
    QFETCH(int, blockSize);
    QFETCH(bool, crc);
    QFETCH(int, size);

    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    PtyPair pty(directory.path());
    QVERIFY(pty.start());
    ConsolePort port;
    QVERIFY(port.open(pty.appPath(), SerialLineSettings()).ok());

    // rx runs behind a second socat that joins the device end of the pair to rx's standard
    // input and output. Given the pty itself, rx restores its terminal settings on exit with a
    // flush, which on a pty can discard its final ACK before socat has read it. In its default
    // restricted mode rx rejects a path with a '/', so it runs in the folder.
    const QString received = directory.filePath(QStringLiteral("received.bin"));
    QProcess rx;
    rx.setStandardErrorFile(QProcess::nullDevice());
    rx.setWorkingDirectory(directory.path());
    rx.start(QStringLiteral("socat"),
             {QStringLiteral("%1,raw,echo=0").arg(pty.devicePath()),
              QStringLiteral("EXEC:rx %1 -q received.bin").arg(crc ? QStringLiteral("-c") : QString())});
    QVERIFY(rx.waitForStarted(5000));

    const QByteArray data = randomData(size, quint32(size));
    XmodemSender sender(&port);
    sender.setBlockSize(blockSize);
    sender.setBlockTimeout(2s);
    QSignalSpy finished(&sender, &XmodemSender::finished);
    sender.start(data);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(rx.state() == QProcess::NotRunning || rx.waitForFinished(10000));
    QCOMPARE(rx.exitCode(), 0);

    // XMODEM has no length field: the file arrives padded with 0x1A to a 128-octet block.
    QByteArray expected = data;
    if (expected.size() % 128 != 0)
        expected.append(128 - expected.size() % 128, xmodem::Padding);
    QFile file(received);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray arrived = file.readAll();
    QCOMPARE(arrived.size(), expected.size());
    QCOMPARE(sha256(arrived), sha256(expected));
}

void XmodemSendTest::noReceiverTimesOut()
{
    QTemporaryDir directory;
    PtyPair pty(directory.path());
    QVERIFY(pty.start());
    ConsolePort port;
    QVERIFY(port.open(pty.appPath(), SerialLineSettings()).ok());

    XmodemSender sender(&port);
    sender.setStartTimeout(1s);
    QSignalSpy finished(&sender, &XmodemSender::finished);
    sender.start(randomData(1000, 1));

    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(finished.at(0).at(1).toString().contains(QStringLiteral("No XMODEM receiver")),
             qPrintable(finished.at(0).at(1).toString()));
}

// A receiver that gives up sends CAN CAN; the sender must stop instead of retrying.
void XmodemSendTest::receiverCancelNoticed()
{
    QTemporaryDir directory;
    PtyPair pty(directory.path());
    QVERIFY(pty.start());
    ConsolePort port;
    QVERIFY(port.open(pty.appPath(), SerialLineSettings()).ok());
    QFile device(pty.devicePath());
    QVERIFY(device.open(QIODevice::ReadWrite | QIODevice::Unbuffered));

    XmodemSender sender(&port);
    QSignalSpy finished(&sender, &XmodemSender::finished);
    sender.start(randomData(4096, 2));
    device.write("C");
    QTest::qWait(200);
    device.write("\x18\x18");

    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(finished.at(0).at(1).toString().contains(QStringLiteral("cancelled")),
             qPrintable(finished.at(0).at(1).toString()));
}

QTEST_GUILESS_MAIN(XmodemSendTest)
#include "tst_xmodemsend.moc"
