#pragma once

#include "serial/consoleprofile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace ztp::serial {

class ConsolePort;

// Settings of one push. An empty optional takes the profile's value.
struct PushOptions
{
    // Paced: each line waits for its echo and the next prompt. Unpaced writes the whole
    // configuration at once, as a terminal paste does. It is kept to show what pacing prevents.
    bool paced = true;
    bool identify = true;        // run the profile's identify command and read the serial number
    QString expectedSerial;      // stop before configuring when the console reports another one
    bool save = false;           // run the profile's save command after the configuration
    QString username;            // for the profile's login steps
    QString password;            // for the profile's login steps, never logged
    std::optional<std::chrono::milliseconds> lineTimeout;
    std::optional<std::chrono::milliseconds> characterDelay;
    std::chrono::milliseconds wakeTimeout {6000};
    // Unpaced only: the push ends when the device has been silent this long.
    std::chrono::milliseconds quietPeriod {1500};
    // How long a paced push waits for a vanished port to come back (the same USB adapter
    // plugged in again) before it fails. Zero fails at once.
    std::chrono::milliseconds reconnectTimeout {60000};
};

// The outcome of a push, for the technician and the history.
struct PushResult
{
    bool success = false;
    bool aborted = false;
    QString error;            // what failed and what to do, empty on success
    int failedLineNumber = 0; // 1-based line of the configuration, 0 if no line was at fault
    QString failedLine;
    QString deviceError;      // the device's own message for the rejected line
    int linesSent = 0;
    int linesTotal = 0;       // lines to send: blank and comment lines outside text blocks are skipped
    QString serialNumber;     // as read from the console, empty if not read
    int reconnects = 0;       // times the port vanished and came back during the push
    qint64 elapsedMs = 0;
};

// Sends a configuration to a device CLI over a console port, line by line. It wakes the console,
// logs in, enters privileged mode, turns paging off, reads the serial number and enters
// configuration mode. Then each line waits for its echo and the next prompt, pagers and
// confirmations get the profile's response, and the first line the device rejects stops the
// push. Lives in the port's thread.
class ConsolePushSession : public QObject
{
    Q_OBJECT

public:
    ConsolePushSession(ConsolePort *port, const ConsoleProfile &profile, const PushOptions &options,
                       QObject *parent = nullptr);

    void start(const QByteArray &configuration);
    void abort();
    bool isRunning() const { return m_phase != Phase::Idle && m_phase != Phase::Done; }
    const PushResult &result() const { return m_result; }
    CliMode mode() const { return m_mode; }

signals:
    void progress(int linesSent, int linesTotal);
    void serialNumberRead(const QString &serialNumber);
    void finished(const ztp::serial::PushResult &result);

private:
    enum class Phase {
        Idle,
        Waking,
        Enabling,
        PagingOff,
        Identifying,
        Configuring,
        Lines,
        Pasting,
        ExitingConfiguration,
        Saving,
        WaitingForPort,
        Done,
    };

    struct ConfigurationLine
    {
        int number;
        QString text;
        // The device reads the next line as text and shows no prompt after this one: the line
        // opens a text block or is inside it. The closing line gets a prompt again.
        bool takesText = false;
        const TextBlock *opens = nullptr; // the block this line opens, for its ready pattern
    };

    // Splits a configuration into the lines to send, or names the text block left open.
    Result<QList<ConfigurationLine>> splitLines(const QByteArray &configuration) const;

    void onData(const QByteArray &data);
    void onTimeout();
    void onPortDisconnected(const QString &reason);
    void onPortReconnected();
    // The closing line of the text block the device may be reading when the line at `index`
    // is next, or empty.
    QString closingLineAt(qsizetype index) const;
    QString promptContext() const;
    void sendCommand(const QString &command);
    void sendRaw(const QByteArray &bytes);
    void writeNextCharacter();
    void wake();

    bool answerWaitingPrompt(const QString &lastLine);
    void onPrompt(CliMode mode);
    void continueFromPrompt();
    void afterWake();
    void afterEnable();
    void afterIdentify();
    void sendNextLine();
    bool textLineAcknowledged() const;
    void afterLine(bool textAcknowledged = false);
    void finishConfiguration();
    void succeed();
    void fail(const QString &error);
    void finish();

    QString lastOutputLine() const;
    QString echoedLine() const;
    std::chrono::milliseconds lineTimeout() const;

    ConsolePort *m_port;
    ConsoleProfile m_profile;
    PushOptions m_options;
    QList<ConfigurationLine> m_lines;
    int m_nextLine = 0;

    Phase m_phase = Phase::Idle;
    CliMode m_mode = CliMode::Unknown;
    QString m_sentCommand;      // text of the command whose response is being collected
    QString m_promptBeforeLine; // the prompt the command was typed at
    QString m_response;         // output since the command was sent, Latin-1 one char per byte
    qsizetype m_answeredUpTo = 0; // end of the output already responded to (pager, confirmation)
    int m_loginStep = 0;
    int m_wakeAttempts = 0;
    QString m_disconnectReason; // while waiting for the port to come back
    QString m_pendingClosingLine; // sent by the next wake attempt after a reconnect
    // The configuration prompt from its '(' on, "(config)#", which shows that no sub-mode is
    // open, and the first line after the last such prompt: a push resumed there re-enters the
    // sub-mode of the line it resends.
    QString m_topLevelPrompt;
    int m_resumeLine = 0;

    QByteArray m_outbox; // bytes still to write one at a time when a character delay is set
    QTimer m_characterTimer;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    PushResult m_result;
};

} // namespace ztp::serial
