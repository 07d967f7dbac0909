#pragma once

#include "common/result.h"
#include "serial/consoleprofile.h"
#include "serial/consoletranscript.h"
#include "serial/portwatcher.h"

#include <QObject>
#include <QSerialPort>
#include <QTimer>

#include <chrono>

namespace ztp::serial {

// One open console port: reads and writes bytes, records them in a transcript, sends BREAK,
// drives DTR and RTS, and reopens the port when the same adapter is plugged back in. Owns its
// QSerialPort; lives in the thread that creates it.
class ConsolePort : public QObject
{
    Q_OBJECT

public:
    explicit ConsolePort(QObject *parent = nullptr);
    ~ConsolePort() override;

    // Opens `portName` ("ttyUSB0", "/dev/ttyUSB0" or any path to a tty) with `settings`.
    Status open(const QString &portName, const SerialLineSettings &settings);
    void close();
    bool isOpen() const { return m_port.isOpen(); }
    QString portName() const { return m_portName; }
    const SerialLineSettings &settings() const { return m_settings; }

    // Writes `data` and records it in the transcript; false when the port is closed.
    bool write(const QByteArray &data);
    Status setBaudRate(qint32 baudRate);
    // Drops bytes the driver has buffered in both directions.
    void clearBuffers();

    // Holds the line in the BREAK state for `duration`, then releases it. Cisco ROMMON and many
    // boot loaders stop the boot on a BREAK within their first seconds.
    Status sendBreak(std::chrono::milliseconds duration);
    bool isBreakActive() const { return m_breakTimer.isActive(); }
    Status setDataTerminalReady(bool on);
    Status setRequestToSend(bool on);

    // Whether a port that vanished (cable pulled, adapter reset) is reopened when the same
    // adapter comes back. On by default.
    void setAutoReconnect(bool enabled) { m_autoReconnect = enabled; }
    void setReconnectInterval(std::chrono::milliseconds interval) { m_reconnectTimer.setInterval(interval); }
    bool isReconnecting() const { return m_reconnectTimer.isActive(); }

    ConsoleTranscript &transcript() { return m_transcript; }
    const ConsoleTranscript &transcript() const { return m_transcript; }

signals:
    void dataReceived(const QByteArray &data);
    void dataSent(const QByteArray &data);
    // The port failed or vanished; `reason` is the driver's message.
    void disconnected(const QString &reason);
    void reconnected();
    void breakFinished();

private:
    void onReadyRead();
    void onError(QSerialPort::SerialPortError error);
    void tryReconnect();
    std::optional<PortDescription> findAdapter() const;
    Status applySettings();

    QSerialPort m_port;
    QString m_portName;
    SerialLineSettings m_settings;
    PortDescription m_adapter;
    ConsoleTranscript m_transcript;
    QTimer m_breakTimer;
    QTimer m_reconnectTimer;
    int m_reconnectAttempts = 0;
    bool m_autoReconnect = true;
};

} // namespace ztp::serial
