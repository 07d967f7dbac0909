#pragma once

// Pseudo-terminal pairs from socat and the simulated device CLI (devicesim.py) for the serial
// suites. Every process is started here and stopped by its own QProcess, never by name.

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <QTest>

namespace serialtest {

inline QString simulatorPath()
{
    return QStringLiteral(ZTPW_SERIAL_TEST_SOURCE_DIR "/devicesim.py");
}

inline bool waitForPath(const QString &path, int timeoutMs = 5000)
{
    QElapsedTimer clock;
    clock.start();
    while (!QFileInfo::exists(path) && clock.elapsed() < timeoutMs)
        QTest::qWait(20);
    return QFileInfo::exists(path);
}

// `socat -d -d pty,raw,echo=0 pty,raw,echo=0`: two linked pseudo-terminals, the application's
// end at appPath() and the device's end at devicePath().
class PtyPair
{
public:
    explicit PtyPair(const QString &directory)
        : m_appPath(directory + QStringLiteral("/console"))
        , m_devicePath(directory + QStringLiteral("/device"))
    {
    }

    ~PtyPair() { stop(); }

    bool start()
    {
        // socat's -d -d notices (the pty names) go to /dev/null, not to the test log.
        m_socat.setStandardErrorFile(QProcess::nullDevice());
        m_socat.start(QStringLiteral("socat"),
                      {QStringLiteral("-d"), QStringLiteral("-d"),
                       QStringLiteral("pty,raw,echo=0,link=%1").arg(m_appPath),
                       QStringLiteral("pty,raw,echo=0,link=%1").arg(m_devicePath)});
        if (!m_socat.waitForStarted(5000))
            return false;
        return waitForPath(m_appPath) && waitForPath(m_devicePath);
    }

    void stop()
    {
        if (m_socat.state() == QProcess::NotRunning)
            return;
        m_socat.terminate();
        if (!m_socat.waitForFinished(3000)) {
            m_socat.kill();
            m_socat.waitForFinished(3000);
        }
    }

    QString appPath() const { return m_appPath; }
    QString devicePath() const { return m_devicePath; }

private:
    QString m_appPath;
    QString m_devicePath;
    QProcess m_socat;
};

// The simulated device CLI on the device end of a PtyPair, or on a pseudo-terminal of its own.
class DeviceSimulator
{
public:
    ~DeviceSimulator() { stop(); }

    bool start(const QStringList &arguments)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral("/usr/bin/python3"), QStringList {simulatorPath()} + arguments);
        return m_process.waitForStarted(5000);
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

    // What the simulator printed on standard error: its count of received and dropped bytes.
    QString diagnostics()
    {
        return QString::fromUtf8(m_process.readAllStandardError());
    }

private:
    QProcess m_process;
};

// A configuration of `lineCount` lines in IOS syntax, each different, none of them a comment.
inline QByteArray generatedConfiguration(int lineCount)
{
    QByteArray text = "hostname bench-sw1\n";
    int line = 1;
    int vlan = 100;
    while (line < lineCount) {
        const QByteArray number = QByteArray::number(vlan);
        const QList<QByteArray> block = {
            "vlan " + number,
            " name users-" + number,
            "interface Vlan" + number,
            " description uplink-to-core-" + number + "-with-a-longer-text",
            " ip address 10." + QByteArray::number(vlan / 250) + "." + QByteArray::number(vlan % 250)
                + ".1 255.255.255.0",
            " no shutdown",
            "exit",
        };
        for (const QByteArray &entry : block) {
            if (line >= lineCount)
                break;
            text += entry + '\n';
            ++line;
        }
        ++vlan;
    }
    return text;
}

} // namespace serialtest
