#include "console/consolewindow.h"

#include "bench/benchservice.h"
#include "console/hexview.h"
#include "console/terminalwidget.h"
#include "serial/bauddetector.h"
#include "serial/consolebench.h"
#include "serial/consolepush.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ztp::ui {

using namespace std::chrono_literals;

namespace {

// Output kept for the serial-number scan: enough for a whole 'show version'.
constexpr qsizetype ScanWindow = 16384;

QString portLabel(const serial::PortDescription &port)
{
    QStringList parts {port.systemLocation};
    if (!port.description.isEmpty())
        parts.append(port.description);
    if (!port.usbId().isEmpty())
        parts.append(port.usbId());
    if (!port.serialNumber.isEmpty())
        parts.append(port.serialNumber);
    return parts.join(QStringLiteral(" - "));
}

} // namespace

ConsoleWindow::ConsoleWindow(bench::BenchService *bench, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_bench(bench)
    , m_port(new serial::ConsolePort(this))
    , m_watcher(new serial::PortWatcher(this))
{
    setWindowTitle(tr("Console cable"));
    resize(1000, 700);

    m_terminal = new TerminalWidget(this);
    m_hexView = new HexView(this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_terminal, tr("Terminal"));
    //: Tab title: the received bytes as a hexadecimal dump.
    tabs->addTab(m_hexView, tr("Hex"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createConnectionBar());
    layout->addWidget(createLineControls());
    layout->addWidget(tabs, 1);
    layout->addWidget(createPushPanel());

    connectSignals();
    m_watcher->start();
    updateConnectedState();
}

ConsoleWindow::~ConsoleWindow()
{
    recordSession();
}

QWidget *ConsoleWindow::createConnectionBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    // Editable, so a path that QSerialPortInfo does not list (a pty, a symlink) can be typed.
    m_portBox = new QComboBox(bar);
    m_portBox->setEditable(true);
    m_portBox->setMinimumContentsLength(40);
    m_profileBox = new QComboBox(bar);
    m_profileBox->addItems(serial::ConsoleProfile::builtInNames());
    m_baudBox = new QSpinBox(bar);
    m_baudBox->setRange(50, 4000000);
    m_baudBox->setValue(9600);
    m_connectButton = new QPushButton(tr("Connect"), bar);
    m_detectButton = new QPushButton(tr("Detect baud rate"), bar);

    layout->addWidget(new QLabel(tr("Port:"), bar));
    layout->addWidget(m_portBox, 1);
    layout->addWidget(new QLabel(tr("Profile:"), bar));
    layout->addWidget(m_profileBox);
    layout->addWidget(new QLabel(tr("Baud:"), bar));
    layout->addWidget(m_baudBox);
    layout->addWidget(m_detectButton);
    layout->addWidget(m_connectButton);
    return bar;
}

QWidget *ConsoleWindow::createLineControls()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    // TODO: a timestamp column in the terminal. Timestamps are in the hex view and in the
    // transcript stored in the history so far.
    m_localEchoBox = new QCheckBox(tr("Local echo"), bar);
    m_breakDurationBox = new QSpinBox(bar);
    m_breakDurationBox->setRange(1, 10000);
    m_breakDurationBox->setValue(300);
    //: Unit suffix of the BREAK duration, in milliseconds; keep the leading space.
    m_breakDurationBox->setSuffix(tr(" ms"));
    m_breakButton = new QPushButton(tr("Send BREAK"), bar);
    m_dtrBox = new QCheckBox(tr("DTR"), bar);
    m_rtsBox = new QCheckBox(tr("RTS"), bar);

    layout->addWidget(m_localEchoBox);
    layout->addStretch(1);
    //: Label before the BREAK duration field: "send a BREAK signal lasting N ms".
    layout->addWidget(new QLabel(tr("BREAK for"), bar));
    layout->addWidget(m_breakDurationBox);
    layout->addWidget(m_breakButton);
    layout->addWidget(m_dtrBox);
    layout->addWidget(m_rtsBox);
    return bar;
}

QWidget *ConsoleWindow::createPushPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;

    m_deviceField = new QLineEdit(panel);
    m_deviceField->setPlaceholderText(tr("Serial number or MAC of the device on this cable"));
    m_saveBox = new QCheckBox(tr("Save on the device"), panel);
    m_pushButton = new QPushButton(tr("Push configuration"), panel);
    m_abortButton = new QPushButton(tr("Abort"), panel);
    m_progress = new QProgressBar(panel);
    m_statusLabel = new QLabel(panel);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    row->addWidget(new QLabel(tr("Device:"), panel));
    row->addWidget(m_deviceField, 1);
    row->addWidget(m_saveBox);
    row->addWidget(m_pushButton);
    row->addWidget(m_abortButton);
    layout->addLayout(row);
    layout->addWidget(m_progress);
    layout->addWidget(m_statusLabel);
    return panel;
}

void ConsoleWindow::connectSignals()
{
    connect(m_watcher, &serial::PortWatcher::portsChanged, this,
            [this](const QList<serial::PortDescription> &ports) { updatePortList(ports); });
    connect(m_connectButton, &QPushButton::clicked, this, &ConsoleWindow::toggleConnection);
    connect(m_detectButton, &QPushButton::clicked, this, &ConsoleWindow::detectBaudRate);
    connect(m_profileBox, &QComboBox::currentTextChanged, this, [this] {
        if (const auto profile = selectedProfile())
            m_baudBox->setValue(profile->line.baudRate);
    });
    if (const auto profile = selectedProfile())
        m_baudBox->setValue(profile->line.baudRate);

    connect(m_terminal, &TerminalWidget::sendRequested, m_port, &serial::ConsolePort::write);
    connect(m_localEchoBox, &QCheckBox::toggled, m_terminal, &TerminalWidget::setLocalEcho);
    connect(m_port, &serial::ConsolePort::dataReceived, this, &ConsoleWindow::onDataReceived);
    connect(m_port, &serial::ConsolePort::dataSent, m_hexView, &HexView::appendSent);
    connect(m_port, &serial::ConsolePort::disconnected, this, [this](const QString &reason) {
        m_statusLabel->setText(tr("The port disconnected (%1); waiting for the same adapter to come back.")
                                   .arg(reason));
        updateConnectedState();
    });
    connect(m_port, &serial::ConsolePort::reconnected, this, [this] {
        m_statusLabel->setText(tr("Reconnected to %1.").arg(m_port->portName()));
        updateConnectedState();
    });

    connect(m_breakButton, &QPushButton::clicked, this, &ConsoleWindow::sendBreak);
    connect(m_dtrBox, &QCheckBox::toggled, this, [this](bool on) {
        if (const Status status = m_port->setDataTerminalReady(on); !status)
            m_statusLabel->setText(status.errorString());
    });
    connect(m_rtsBox, &QCheckBox::toggled, this, [this](bool on) {
        if (const Status status = m_port->setRequestToSend(on); !status)
            m_statusLabel->setText(status.errorString());
    });
    connect(m_pushButton, &QPushButton::clicked, this, &ConsoleWindow::startPush);
    connect(m_abortButton, &QPushButton::clicked, this, &ConsoleWindow::abortPush);
}

void ConsoleWindow::updatePortList(const QList<serial::PortDescription> &ports)
{
    const QString current = m_portBox->currentText();
    m_portBox->clear();
    for (const serial::PortDescription &port : ports)
        m_portBox->addItem(portLabel(port), port.systemLocation);
    m_portBox->setCurrentText(current);
}

std::optional<serial::ConsoleProfile> ConsoleWindow::selectedProfile()
{
    const auto profile = serial::ConsoleProfile::load(m_profileBox->currentText());
    if (!profile) {
        m_statusLabel->setText(profile.errorString());
        return std::nullopt;
    }
    return *profile;
}

void ConsoleWindow::toggleConnection()
{
    if (m_port->isOpen() || m_port->isReconnecting()) {
        recordSession();
        m_port->close();
        updateConnectedState();
        return;
    }

    const auto profile = selectedProfile();
    if (!profile)
        return;
    serial::SerialLineSettings line = profile->line;
    line.baudRate = m_baudBox->value();

    // A listed port carries its path as item data; a typed one is taken as written.
    const int index = m_portBox->findText(m_portBox->currentText());
    const QString portName = index >= 0 ? m_portBox->itemData(index).toString() : m_portBox->currentText();
    if (const Status status = m_port->open(portName, line); !status) {
        m_statusLabel->setText(status.errorString());
        return;
    }
    m_port->transcript().clear();
    m_serialNumber.clear();
    m_receivedText.clear();
    m_statusLabel->setText(tr("Connected to %1, %2.").arg(portName, line.toString()));
    updateConnectedState();
    m_terminal->setFocus();
}

void ConsoleWindow::updateConnectedState()
{
    const bool open = m_port->isOpen();
    const bool pushing = m_push != nullptr;
    m_connectButton->setText(open || m_port->isReconnecting() ? tr("Disconnect") : tr("Connect"));
    m_portBox->setEnabled(!open);
    m_profileBox->setEnabled(!pushing);
    m_detectButton->setEnabled(open && !pushing && !m_detector);
    m_breakButton->setEnabled(open && !pushing);
    m_dtrBox->setEnabled(open);
    m_rtsBox->setEnabled(open);
    m_pushButton->setEnabled(open && !pushing && m_bench && m_bench->hasWorkspace());
    m_abortButton->setEnabled(pushing);
}

void ConsoleWindow::onDataReceived(const QByteArray &data)
{
    m_terminal->appendData(data);
    m_hexView->appendReceived(data);

    // The serial number from a 'show version' typed by hand links the session to its device.
    if (!m_serialNumber.isEmpty())
        return;
    m_receivedText += QString::fromLatin1(data);
    if (m_receivedText.size() > ScanWindow)
        m_receivedText.remove(0, m_receivedText.size() - ScanWindow);
    const auto profile = serial::ConsoleProfile::load(m_profileBox->currentText());
    if (!profile || profile->serialNumberPattern.pattern().isEmpty())
        return;
    QRegularExpression pattern = profile->serialNumberPattern;
    pattern.setPatternOptions(pattern.patternOptions() | QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pattern.match(m_receivedText);
    if (match.hasMatch()) {
        m_serialNumber = match.captured(1);
        if (m_deviceField->text().isEmpty())
            m_deviceField->setText(m_serialNumber);
        m_statusLabel->setText(tr("The console reports serial number %1.").arg(m_serialNumber));
    }
}

void ConsoleWindow::sendBreak()
{
    if (const Status status = m_port->sendBreak(std::chrono::milliseconds(m_breakDurationBox->value())); !status)
        m_statusLabel->setText(status.errorString());
}

void ConsoleWindow::detectBaudRate()
{
    const auto profile = selectedProfile();
    if (!profile || !m_port->isOpen())
        return;

    m_detector = new serial::BaudDetector(m_port, profile->lineEnding, this);
    connect(m_detector, &serial::BaudDetector::finished, this, [this](qint32 rate, double score) {
        m_detector->deleteLater();
        m_detector = nullptr;
        if (rate != 0) {
            m_baudBox->setValue(rate);
            m_statusLabel->setText(tr("The console answers at %1 baud.").arg(rate));
        } else {
            m_statusLabel->setText(tr("No baud rate gave readable output (best score %1). Check the "
                                      "cable, or press Enter on the device.")
                                       .arg(score, 0, 'f', 2));
        }
        updateConnectedState();
    });
    m_statusLabel->setText(tr("Trying the common baud rates..."));
    m_detector->start();
    updateConnectedState();
}

void ConsoleWindow::startPush()
{
    if (!m_bench || !m_bench->hasWorkspace() || m_push)
        return;

    auto device = serial::findConsoleDevice(*m_bench, m_deviceField->text());
    if (!device) {
        m_statusLabel->setText(device.errorString());
        return;
    }
    const auto configuration = m_bench->renderConfiguration(device->device);
    const auto profile = selectedProfile();
    if (!configuration) {
        m_statusLabel->setText(tr("Cannot render the configuration of %1: %2")
                                   .arg(device->historyKey, configuration.errorString()));
        return;
    }
    if (!profile)
        return;

    serial::PushOptions options;
    options.expectedSerial = device->device.serial;
    options.save = m_saveBox->isChecked();
    m_push = new serial::ConsolePushSession(m_port, *profile, options, this);
    connect(m_push, &serial::ConsolePushSession::progress, this, [this](int sent, int total) {
        m_progress->setMaximum(qMax(total, 1));
        m_progress->setValue(sent);
    });
    connect(m_push, &serial::ConsolePushSession::finished, this, [this, device = device.value(), configuration = configuration.value(), profile = *profile](const serial::PushResult &result) mutable {
        const serial::ConsolePushRecord record {m_port->portName(), profile.name, profile.line.toString(),
                                                configuration.templateName, configuration.sha256,
                                                m_port->transcript().toText()};
        serial::recordConsolePush(*m_bench, device, result, record);
        onPushFinished(result);
    });

    m_statusLabel->setText(tr("Pushing %1 (%2)...").arg(device->historyKey, configuration->templateName));
    m_push->start(configuration->text);
    updateConnectedState();
}

void ConsoleWindow::onPushFinished(const serial::PushResult &result)
{
    if (result.success) {
        m_statusLabel->setText(tr("Pushed %1 lines in %2 s.")
                                   .arg(result.linesSent)
                                   .arg(double(result.elapsedMs) / 1000.0, 0, 'f', 1));
    } else if (result.failedLineNumber > 0) {
        m_statusLabel->setText(tr("<b>Line %1 was rejected:</b> <tt>%2</tt><pre>%3</pre>")
                                   .arg(result.failedLineNumber)
                                   .arg(result.failedLine.toHtmlEscaped(), result.deviceError.toHtmlEscaped()));
    } else {
        m_statusLabel->setText(result.error);
    }

    m_push->deleteLater();
    m_push = nullptr;
    updateConnectedState();
}

void ConsoleWindow::abortPush()
{
    if (m_push)
        m_push->abort();
}

void ConsoleWindow::recordSession()
{
    if (!m_bench || !m_bench->hasWorkspace() || m_port->transcript().receivedBytes() == 0)
        return;

    // The session belongs to the device named in the field, else to the serial number read.
    QString key = m_deviceField->text().trimmed();
    if (key.isEmpty())
        key = m_serialNumber;
    QString historyKey = key;
    if (const auto device = serial::findConsoleDevice(*m_bench, key))
        historyKey = device->historyKey;
    serial::recordConsoleSession(*m_bench, historyKey, m_port->portName(), m_serialNumber,
                                 m_port->transcript().toText());
    m_port->transcript().clear();
}

void ConsoleWindow::closeEvent(QCloseEvent *event)
{
    if (m_push)
        m_push->abort();
    recordSession();
    m_port->close();
    event->accept();
}

} // namespace ztp::ui
