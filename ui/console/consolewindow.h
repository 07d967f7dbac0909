#pragma once

#include "serial/consoleport.h"
#include "serial/consoleprofile.h"
#include "serial/portwatcher.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace ztp::bench {
class BenchService;
}

namespace ztp::serial {
class ConsolePushSession;
class BaudDetector;
struct PushResult;
} // namespace ztp::serial

namespace ztp::ui {

class HexView;
class TerminalWidget;

// The console-cable window: choose a port and a vendor profile, work in the terminal, watch the
// raw bytes, send BREAK or toggle DTR and RTS, and push a device's rendered configuration line
// by line. The session transcript is stored in the history when the port is closed.
class ConsoleWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ConsoleWindow(bench::BenchService *bench, QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    TerminalWidget *terminal() const { return m_terminal; }
    HexView *hexView() const { return m_hexView; }
    QComboBox *portBox() const { return m_portBox; }
    QComboBox *profileBox() const { return m_profileBox; }
    QLineEdit *deviceField() const { return m_deviceField; }
    QPushButton *connectButton() const { return m_connectButton; }
    QPushButton *pushButton() const { return m_pushButton; }
    QLabel *statusLabel() const { return m_statusLabel; }
    serial::ConsolePort *port() const { return m_port; }

public slots:
    void toggleConnection();
    void startPush();
    void abortPush();
    void sendBreak();
    void detectBaudRate();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createConnectionBar();
    QWidget *createLineControls();
    QWidget *createPushPanel();
    void connectSignals();
    void updatePortList(const QList<serial::PortDescription> &ports);
    void updateConnectedState();
    void onPushFinished(const serial::PushResult &result);
    void onDataReceived(const QByteArray &data);
    void recordSession();
    std::optional<serial::ConsoleProfile> selectedProfile();

    bench::BenchService *m_bench;
    serial::ConsolePort *m_port;
    serial::PortWatcher *m_watcher;
    serial::ConsolePushSession *m_push = nullptr;
    serial::BaudDetector *m_detector = nullptr;
    QString m_serialNumber; // read from the console in this session
    QString m_receivedText; // recent output, scanned for the serial number

    TerminalWidget *m_terminal = nullptr;
    HexView *m_hexView = nullptr;
    QComboBox *m_portBox = nullptr;
    QComboBox *m_profileBox = nullptr;
    QSpinBox *m_baudBox = nullptr;
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_detectButton = nullptr;
    QCheckBox *m_localEchoBox = nullptr;
    QSpinBox *m_breakDurationBox = nullptr;
    QPushButton *m_breakButton = nullptr;
    QCheckBox *m_dtrBox = nullptr;
    QCheckBox *m_rtsBox = nullptr;
    QLineEdit *m_deviceField = nullptr;
    QCheckBox *m_saveBox = nullptr;
    QPushButton *m_pushButton = nullptr;
    QPushButton *m_abortButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace ztp::ui
