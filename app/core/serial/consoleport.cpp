#include "serial/consoleport.h"

#include "common/logging.h"

#include <QFileInfo>

namespace ztp::serial {

namespace {

// A port given by name ("ttyUSB0") or by path ("/dev/ttyUSB0", "/tmp/sim/console").
QString systemLocationOf(const QString &portName)
{
    if (portName.startsWith(QLatin1Char('/')))
        return portName;
    return QSerialPortInfo(portName).systemLocation();
}

} // namespace

ConsolePort::ConsolePort(QObject *parent)
    : QObject(parent)
{
    m_breakTimer.setSingleShot(true);
    m_breakTimer.setTimerType(Qt::PreciseTimer);
    m_reconnectTimer.setInterval(std::chrono::milliseconds(500));

    connect(&m_port, &QSerialPort::readyRead, this, &ConsolePort::onReadyRead);
    connect(&m_port, &QSerialPort::errorOccurred, this, &ConsolePort::onError);
    connect(&m_breakTimer, &QTimer::timeout, this, [this] {
        m_port.setBreakEnabled(false);
        qCInfo(lcSerial).noquote() << "BREAK released on" << m_portName;
        emit breakFinished();
    });
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ConsolePort::tryReconnect);
}

ConsolePort::~ConsolePort()
{
    close();
}

Status ConsolePort::open(const QString &portName, const SerialLineSettings &settings)
{
    close();

    const QString location = systemLocationOf(portName);
    if (!QFileInfo::exists(location))
        return Error{tr("Serial port %1 does not exist. Plug the console cable in, or pick a port "
                        "from 'ztpw console ports'.")
                         .arg(portName)};

    m_portName = portName;
    m_settings = settings;
    m_adapter = PortDescription::fromInfo(QSerialPortInfo(location));
    m_adapter.systemLocation = location;

    m_port.setPortName(location);
    if (!m_port.open(QIODevice::ReadWrite))
        return Error{tr("Cannot open serial port %1: %2. Check that no other program uses it and "
                        "that you are in the 'dialout' group.")
                         .arg(portName, m_port.errorString())};
    if (Status status = applySettings(); !status) {
        m_port.close();
        return status;
    }

    qCInfo(lcSerial).noquote() << "opened" << location << m_settings.toString()
                               << m_adapter.usbId() << m_adapter.serialNumber;
    return Status::success();
}

Status ConsolePort::applySettings()
{
    const bool applied = m_port.setBaudRate(m_settings.baudRate)
        && m_port.setDataBits(m_settings.dataBits) && m_port.setParity(m_settings.parity)
        && m_port.setStopBits(m_settings.stopBits) && m_port.setFlowControl(m_settings.flowControl);
    if (!applied)
        return Error{tr("Serial port %1 does not accept %2: %3. Choose other line settings in the "
                        "console profile.")
                         .arg(m_portName, m_settings.toString(), m_port.errorString())};
    return Status::success();
}

void ConsolePort::close()
{
    m_reconnectTimer.stop();
    m_breakTimer.stop();
    if (!m_port.isOpen())
        return;

    m_port.close();
    qCInfo(lcSerial).noquote() << "closed" << m_portName;
}

bool ConsolePort::write(const QByteArray &data)
{
    if (!m_port.isOpen())
        return false;

    m_transcript.append(ConsoleTranscript::Direction::Sent, data);
    qCDebug(lcSerialData).noquote() << m_portName << "sent" << data.toHex(' ');
    m_port.write(data);
    emit dataSent(data);
    return true;
}

Status ConsolePort::setBaudRate(qint32 baudRate)
{
    m_settings.baudRate = baudRate;
    if (m_port.isOpen() && !m_port.setBaudRate(baudRate))
        return Error{tr("Serial port %1 does not accept %2 baud: %3.")
                         .arg(m_portName)
                         .arg(baudRate)
                         .arg(m_port.errorString())};
    return Status::success();
}

void ConsolePort::clearBuffers()
{
    if (m_port.isOpen())
        m_port.clear(QSerialPort::AllDirections);
}

Status ConsolePort::sendBreak(std::chrono::milliseconds duration)
{
    if (!m_port.isOpen())
        return Error{tr("Open a serial port before sending BREAK.")};
    if (duration.count() <= 0 || duration > std::chrono::seconds(10))
        return Error{tr("BREAK duration %1 ms is out of range; use 1 to 10000 ms.")
                         .arg(duration.count())};

    m_port.flush();
    if (!m_port.setBreakEnabled(true))
        return Error{tr("Serial port %1 cannot send BREAK: %2.").arg(m_portName, m_port.errorString())};

    qCInfo(lcSerial).noquote() << "BREAK on" << m_portName << "for" << duration.count() << "ms";
    m_breakTimer.start(duration);
    return Status::success();
}

Status ConsolePort::setDataTerminalReady(bool on)
{
    if (!m_port.isOpen() || !m_port.setDataTerminalReady(on))
        return Error{tr("Cannot set DTR on serial port %1: %2. Pseudo-terminals and some adapters "
                        "have no modem control lines.")
                         .arg(m_portName, m_port.isOpen() ? m_port.errorString() : tr("port is closed"))};
    qCInfo(lcSerial).noquote() << "DTR" << (on ? "on" : "off") << "on" << m_portName;
    return Status::success();
}

Status ConsolePort::setRequestToSend(bool on)
{
    if (m_settings.flowControl == QSerialPort::HardwareControl)
        return Error{tr("RTS is driven by RTS/CTS flow control on %1; switch flow control off to "
                        "set it by hand.")
                         .arg(m_portName)};
    if (!m_port.isOpen() || !m_port.setRequestToSend(on))
        return Error{tr("Cannot set RTS on serial port %1: %2. Pseudo-terminals and some adapters "
                        "have no modem control lines.")
                         .arg(m_portName, m_port.isOpen() ? m_port.errorString() : tr("port is closed"))};
    qCInfo(lcSerial).noquote() << "RTS" << (on ? "on" : "off") << "on" << m_portName;
    return Status::success();
}

void ConsolePort::onReadyRead()
{
    const QByteArray data = m_port.readAll();
    if (data.isEmpty())
        return;

    m_transcript.append(ConsoleTranscript::Direction::Received, data);
    qCDebug(lcSerialData).noquote() << m_portName << "received" << data.toHex(' ');
    emit dataReceived(data);
}

void ConsolePort::onError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError)
        return;

    const QString reason = m_port.errorString();
    qCWarning(lcSerial).noquote() << "serial port" << m_portName << "error" << error << reason;

    // A pulled USB cable produces ResourceError. A pseudo-terminal whose other side closed
    // produces ReadError (EIO) on every read, so it counts as gone too.
    if (error != QSerialPort::ResourceError && error != QSerialPort::ReadError)
        return;

    m_breakTimer.stop();
    m_port.close();

    // The timer starts before the signal goes out, so isReconnecting() is true for a receiver.
    if (m_autoReconnect) {
        m_reconnectAttempts = 0;
        qCInfo(lcSerial).noquote() << "waiting for" << m_adapter.systemLocation << m_adapter.usbId()
                                   << m_adapter.serialNumber << "to come back";
        m_reconnectTimer.start();
    }
    emit disconnected(reason);
}

std::optional<PortDescription> ConsolePort::findAdapter() const
{
    // Pseudo-terminals and platform UARTs are not in QSerialPortInfo's list: the path is all
    // there is to go by.
    if (!m_adapter.hasUsbIds) {
        if (QFileInfo::exists(m_adapter.systemLocation))
            return m_adapter;
        return std::nullopt;
    }

    const QList<PortDescription> ports = availablePorts();
    for (const PortDescription &port : ports) {
        if (m_adapter.isSameAdapter(port))
            return port;
    }
    return std::nullopt;
}

void ConsolePort::tryReconnect()
{
    ++m_reconnectAttempts;
    const std::optional<PortDescription> adapter = findAdapter();
    if (!adapter)
        return;

    m_port.setPortName(adapter->systemLocation);
    if (!m_port.open(QIODevice::ReadWrite) || !applySettings()) {
        // Logged on the first failure and every 20th after, so a port that stays busy does not
        // flood the log.
        if (m_reconnectAttempts % 20 == 1)
            qCWarning(lcSerial).noquote() << "reconnect to" << adapter->systemLocation << "failed:"
                                          << m_port.errorString() << "attempt" << m_reconnectAttempts;
        m_port.close();
        return;
    }

    m_reconnectTimer.stop();
    m_adapter.systemLocation = adapter->systemLocation;
    qCInfo(lcSerial).noquote() << "reconnected" << m_portName << "as" << adapter->systemLocation
                               << "after" << m_reconnectAttempts << "attempts";
    emit reconnected();
}

} // namespace ztp::serial
