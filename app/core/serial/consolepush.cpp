#include "serial/consolepush.h"

#include "common/logging.h"
#include "serial/consoleport.h"
#include "serial/consoletranscript.h"


namespace ztp::serial {

namespace {

constexpr int MaxWakeAttempts = 3;

// Ctrl-U: erases the line typed so far on IOS, EOS and Junos.
constexpr char LineKill = '\x15';

// Cisco IOS scrolls a line longer than the terminal width sideways: the echo then starts with
// '$' and backspaces over the start, so it cannot be compared character by character.
constexpr int ScrolledEchoMinimumLength = 60;

} // namespace

ConsolePushSession::ConsolePushSession(ConsolePort *port, const ConsoleProfile &profile,
                                       const PushOptions &options, QObject *parent)
    : QObject(parent)
    , m_port(port)
    , m_profile(profile)
    , m_options(options)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ConsolePushSession::onTimeout);
    connect(&m_characterTimer, &QTimer::timeout, this, &ConsolePushSession::writeNextCharacter);
}

void ConsolePushSession::start(const QByteArray &configuration)
{
    if (isRunning())
        return;

    m_clock.start();
    Result<QList<ConfigurationLine>> lines = splitLines(configuration);
    if (!lines) {
        m_result = PushResult();
        fail(lines.errorString());
        return;
    }
    m_lines = std::move(*lines);

    m_result = PushResult();
    m_result.linesTotal = int(m_lines.size());
    m_nextLine = 0;
    m_resumeLine = 0;
    m_loginStep = 0;
    m_wakeAttempts = 0;
    m_mode = CliMode::Unknown;

    connect(m_port, &ConsolePort::dataReceived, this, &ConsolePushSession::onData);
    connect(m_port, &ConsolePort::disconnected, this, &ConsolePushSession::onPortDisconnected);
    connect(m_port, &ConsolePort::reconnected, this, &ConsolePushSession::onPortReconnected);

    qCInfo(lcSerial).noquote() << "push started on" << m_port->portName() << "profile" << m_profile.name
                               << m_result.linesTotal << "lines" << (m_options.paced ? "paced" : "unpaced");
    emit progress(0, m_result.linesTotal);

    m_phase = Phase::Waking;
    wake();
}

Result<QList<ConsolePushSession::ConfigurationLine>>
ConsolePushSession::splitLines(const QByteArray &configuration) const
{
    QList<ConfigurationLine> lines;
    const TextBlock *openBlock = nullptr;
    QString delimiter;
    int openedAt = 0;
    QString openingText;

    const QList<QByteArray> rawLines = configuration.split('\n');
    for (qsizetype index = 0; index < rawLines.size(); ++index) {
        const int number = int(index) + 1;
        QString text = QString::fromUtf8(rawLines.at(index));
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);

        // Inside a text block every line is text, blank and comment lines included.
        if (openBlock) {
            const bool closes = delimiter.isEmpty() ? openBlock->end.match(text).hasMatch()
                                                    : text.contains(delimiter);
            lines.append({number, text, !closes, nullptr});
            if (closes)
                openBlock = nullptr;
            continue;
        }

        if (text.trimmed().isEmpty())
            continue;
        if (!m_profile.commentPattern.pattern().isEmpty() && m_profile.commentPattern.match(text).hasMatch())
            continue;

        ConfigurationLine line {number, text, false, nullptr};
        for (const TextBlock &block : m_profile.textBlocks) {
            const QRegularExpressionMatch match = block.start.match(text);
            if (!match.hasMatch())
                continue;
            delimiter = match.captured(QStringLiteral("delimiter"));
            // 'banner motd #Authorised use only#' is complete on one line.
            if (!delimiter.isEmpty()
                && text.indexOf(delimiter, match.capturedEnd(QStringLiteral("delimiter"))) >= 0)
                break;
            line.takesText = true;
            line.opens = &block;
            openBlock = &block;
            openedAt = number;
            openingText = text;
            break;
        }
        lines.append(line);
    }

    if (openBlock) {
        const QString closing = delimiter.isEmpty()
            ? tr("a line that matches %1").arg(openBlock->end.pattern())
            : tr("a line that contains '%1'").arg(delimiter);
        return Error {
            tr("Line %1 '%2' starts text that no later line ends (the device takes every line "
               "after it as text until %3). Add the closing line to the configuration and push again.")
                .arg(openedAt)
                .arg(openingText, closing)};
    }
    return lines;
}

void ConsolePushSession::abort()
{
    if (!isRunning())
        return;

    m_result.aborted = true;
    fail(tr("The push was aborted after %1 of %2 lines.")
             .arg(m_result.linesSent)
             .arg(m_result.linesTotal));
}

void ConsolePushSession::wake()
{
    ++m_wakeAttempts;
    m_sentCommand.clear();
    m_response.clear();
    m_answeredUpTo = 0;

    // After a reconnect the device may hold part of a line, which Enter alone would run: Ctrl-U
    // erases it first. A device still reading banner text shows no prompt for the first Enter,
    // so the next attempt sends the block's closing line.
    QByteArray text;
    if (m_result.reconnects > 0)
        text += LineKill;
    if (m_wakeAttempts > 1 && !m_pendingClosingLine.isEmpty())
        text += std::exchange(m_pendingClosingLine, QString()).toUtf8();
    sendRaw(text + m_profile.lineEnding);
    m_timeout.start(m_options.wakeTimeout / MaxWakeAttempts);
}

std::chrono::milliseconds ConsolePushSession::lineTimeout() const
{
    return m_options.lineTimeout.value_or(m_profile.lineTimeout);
}

void ConsolePushSession::sendCommand(const QString &command)
{
    m_promptBeforeLine = lastOutputLine();
    m_sentCommand = command;
    m_response.clear();
    m_answeredUpTo = 0;
    sendRaw(command.toUtf8() + m_profile.lineEnding);
    m_timeout.start(lineTimeout());
}

void ConsolePushSession::sendRaw(const QByteArray &bytes)
{
    const std::chrono::milliseconds delay = m_options.characterDelay.value_or(m_profile.characterDelay);
    if (delay.count() <= 0) {
        m_port->write(bytes);
        return;
    }

    m_outbox += bytes;
    if (!m_characterTimer.isActive()) {
        writeNextCharacter();
        m_characterTimer.start(delay);
    }
}

void ConsolePushSession::writeNextCharacter()
{
    if (m_outbox.isEmpty()) {
        m_characterTimer.stop();
        return;
    }
    m_port->write(m_outbox.left(1));
    m_outbox.remove(0, 1);
}

void ConsolePushSession::onData(const QByteArray &data)
{
    if (!isRunning() || m_phase == Phase::WaitingForPort)
        return;

    m_response += QString::fromLatin1(data);

    // The timeouts count from the last output, so a slow command that keeps printing (a long
    // 'show version' behind a pager) is not cut off.
    if (m_phase == Phase::Pasting) {
        m_timeout.start(m_options.quietPeriod);
        return;
    }
    m_timeout.start(m_phase == Phase::Waking ? m_options.wakeTimeout / MaxWakeAttempts : lineTimeout());

    const QString lastLine = lastOutputLine();
    const CliMode mode = m_profile.promptMode(lastLine);

    // A prompt counts only after a line break: before it, the output is still the echo of the
    // line just sent, which may itself end in '#' or '>'.
    if (mode != CliMode::Unknown && m_response.contains(QLatin1Char('\n'))) {
        onPrompt(mode);
        return;
    }

    // Text lines get no prompt and no pager or confirmation: text that looks like a question
    // is the technician's text.
    if (m_phase == Phase::Lines && m_lines.at(m_nextLine).takesText) {
        if (textLineAcknowledged()) {
            m_timeout.stop();
            afterLine(true);
        }
        return;
    }
    answerWaitingPrompt(lastLine);
}

bool ConsolePushSession::textLineAcknowledged() const
{
    // The echo has ended with a line break and nothing follows yet. An opening line waits for
    // the device's request for text as well, since typing before it may be lost.
    if (!m_response.endsWith(QLatin1Char('\n')))
        return false;
    const TextBlock *block = m_lines.at(m_nextLine).opens;
    return !block || block->ready.pattern().isEmpty() || block->ready.match(m_response).hasMatch();
}

QString ConsolePushSession::lastOutputLine() const
{
    const QString tail = m_response.mid(m_response.lastIndexOf(QLatin1Char('\n')) + 1);
    const QStringList segments = tail.split(QLatin1Char('\r'), Qt::SkipEmptyParts);
    return segments.isEmpty() ? QString() : applyBackspaces(segments.constLast());
}

QString ConsolePushSession::echoedLine() const
{
    const qsizetype end = m_response.indexOf(QRegularExpression(QStringLiteral("[\r\n]")));
    return applyBackspaces(m_response.left(end));
}

bool ConsolePushSession::answerWaitingPrompt(const QString &lastLine)
{
    if (m_response.size() <= m_answeredUpTo || lastLine.isEmpty())
        return false;

    const bool loggingIn = m_phase == Phase::Waking || m_phase == Phase::Enabling;

    // A login prompt that was already answered, asked again, means the device rejected it.
    for (int step = 0; loggingIn && step < m_loginStep; ++step) {
        if (m_profile.loginSteps.at(step).expect.match(lastLine).hasMatch()) {
            fail(tr("The device rejected the login of user '%1' (it asks '%2' again). Check the "
                    "user name and the password.")
                     .arg(m_options.username, lastLine.trimmed()));
            return true;
        }
    }
    for (int step = m_loginStep; loggingIn && step < m_profile.loginSteps.size(); ++step) {
        const LoginStep &login = m_profile.loginSteps.at(step);
        if (!login.expect.match(lastLine).hasMatch())
            continue;

        const bool needsUser = login.send.contains(QLatin1String("{username}"));
        const bool needsPassword = login.send.contains(QLatin1String("{password}"));
        if ((needsUser && m_options.username.isEmpty()) || (needsPassword && m_options.password.isEmpty())) {
            //: %1 is the device's login prompt; %2 is "password" or "user name".
            fail(tr("The device asks '%1' but no %2 was given. Pass --username, and the password "
                    "in the ZTPW_CONSOLE_PASSWORD environment variable.")
                     .arg(lastLine.trimmed(), needsPassword ? tr("password") : tr("user name")));
            return true;
        }

        QString text = login.send;
        text.replace(QLatin1String("{username}"), m_options.username);
        text.replace(QLatin1String("{password}"), m_options.password);
        qCInfo(lcSerial).noquote() << "login step" << step + 1 << "answered" << lastLine.trimmed();
        m_loginStep = step + 1;
        m_answeredUpTo = m_response.size();
        sendRaw(text.toUtf8() + m_profile.lineEnding);
        return true;
    }

    if (!m_profile.pager.pattern.pattern().isEmpty() && m_profile.pager.pattern.match(lastLine).hasMatch()) {
        m_answeredUpTo = m_response.size();
        sendRaw(m_profile.pager.response);
        return true;
    }

    for (const PromptResponse &confirmation : m_profile.confirmations) {
        if (!confirmation.pattern.match(lastLine).hasMatch())
            continue;
        qCInfo(lcSerial).noquote() << "answered" << lastLine.trimmed() << "with"
                                   << confirmation.response.trimmed();
        m_answeredUpTo = m_response.size();
        sendRaw(confirmation.response);
        return true;
    }
    return false;
}

void ConsolePushSession::onPrompt(CliMode mode)
{
    m_mode = mode;
    m_timeout.stop();

    switch (m_phase) {
    case Phase::Waking:
        afterWake();
        return;
    case Phase::Enabling:
        afterEnable();
        return;
    case Phase::PagingOff:
        if (const QString error = m_profile.findError(m_response); !error.isEmpty())
            qCWarning(lcSerial).noquote() << "paging-off command" << m_sentCommand << "rejected:" << error;
        continueFromPrompt();
        return;
    case Phase::Identifying:
        afterIdentify();
        return;
    case Phase::Configuring:
        if (mode != CliMode::Configuration) {
            fail(tr("'%1' did not reach configuration mode; the device answered: %2")
                     .arg(m_sentCommand, m_response.trimmed()));
            return;
        }
        if (!m_options.paced) {
            m_phase = Phase::Pasting;
            QByteArray paste;
            for (const ConfigurationLine &line : std::as_const(m_lines))
                paste += line.text.toUtf8() + m_profile.lineEnding;
            m_response.clear();
            m_port->write(paste);
            m_timeout.start(m_options.quietPeriod);
            return;
        }
        m_phase = Phase::Lines;
        m_topLevelPrompt = promptContext();
        m_resumeLine = m_nextLine;
        sendNextLine();
        return;
    case Phase::Lines:
        afterLine();
        return;
    case Phase::ExitingConfiguration:
    case Phase::Saving:
        if (const QString error = m_profile.findError(m_response); !error.isEmpty()) {
            m_result.failedLine = m_sentCommand;
            m_result.deviceError = error;
            fail(tr("The device rejected '%1': %2").arg(m_sentCommand, error));
            return;
        }
        if (m_phase == Phase::ExitingConfiguration && m_options.save && !m_profile.saveCommand.isEmpty()) {
            m_phase = Phase::Saving;
            sendCommand(m_profile.saveCommand);
            return;
        }
        succeed();
        return;
    case Phase::Pasting:
    case Phase::WaitingForPort:
    case Phase::Idle:
    case Phase::Done:
        return;
    }
}

void ConsolePushSession::afterWake()
{
    // A console left in configuration mode by an earlier session goes back to privileged mode
    // first, so every push starts from the same place.
    if (m_mode == CliMode::Configuration && !m_profile.abandonConfigurationCommand.isEmpty()) {
        qCInfo(lcSerial).noquote() << "console was in configuration mode, sending"
                                   << m_profile.abandonConfigurationCommand;
        sendCommand(m_profile.abandonConfigurationCommand);
        return;
    }

    if (m_mode == CliMode::User && !m_profile.enableCommand.isEmpty()) {
        m_phase = Phase::Enabling;
        sendCommand(m_profile.enableCommand);
        return;
    }
    afterEnable();
}

void ConsolePushSession::afterEnable()
{
    if (m_mode != CliMode::Privileged) {
        fail(tr("The console did not reach privileged mode (the last prompt was '%1'). Log in by "
                "hand once, or check the prompts of console profile '%2'.")
                 .arg(lastOutputLine().trimmed(), m_profile.name));
        return;
    }

    if (!m_profile.pagingOffCommand.isEmpty()) {
        m_phase = Phase::PagingOff;
        sendCommand(m_profile.pagingOffCommand);
        return;
    }
    continueFromPrompt();
}

// Runs after paging is off: identify the device if asked, then enter configuration mode.
void ConsolePushSession::continueFromPrompt()
{
    if (m_phase != Phase::Identifying && m_options.identify && !m_profile.identifyCommand.isEmpty()) {
        m_phase = Phase::Identifying;
        sendCommand(m_profile.identifyCommand);
        return;
    }

    if (m_profile.configureCommand.isEmpty()) {
        m_phase = Phase::Configuring;
        onPrompt(CliMode::Configuration);
        return;
    }
    m_phase = Phase::Configuring;
    sendCommand(m_profile.configureCommand);
}

void ConsolePushSession::afterIdentify()
{
    QRegularExpression pattern = m_profile.serialNumberPattern;
    pattern.setPatternOptions(pattern.patternOptions() | QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pattern.match(m_response);
    if (match.hasMatch()) {
        // After the port came back, the cable may be on another device of the rack.
        const QString serialNumber = match.captured(1);
        if (m_result.reconnects > 0 && !m_result.serialNumber.isEmpty()
            && serialNumber.compare(m_result.serialNumber, Qt::CaseInsensitive) != 0) {
            fail(tr("After the console port came back, the console reports serial number %1, not "
                    "%2 as before, so the cable is now on another device. %3 of %4 lines reached "
                    "%2: move the cable back and push again.")
                     .arg(serialNumber, m_result.serialNumber)
                     .arg(m_result.linesSent)
                     .arg(m_result.linesTotal));
            return;
        }
        m_result.serialNumber = serialNumber;
        qCInfo(lcSerial).noquote() << "console reports serial number" << m_result.serialNumber;
        emit serialNumberRead(m_result.serialNumber);
    }

    const QString expected = m_options.expectedSerial;
    if (!expected.isEmpty() && m_result.serialNumber.isEmpty()) {
        fail(tr("'%1' printed no serial number, so the device cannot be checked against the "
                "expected serial number %2. Push without identification (--no-identify) if the "
                "cable is on the right device.")
                 .arg(m_sentCommand, expected));
        return;
    }
    if (!expected.isEmpty() && m_result.serialNumber.compare(expected, Qt::CaseInsensitive) != 0) {
        fail(tr("The console cable is on the device with serial number %1, not on %2. Move the "
                "cable to the right device, or choose the device that has serial number %1.")
                 .arg(m_result.serialNumber, expected));
        return;
    }
    continueFromPrompt();
}

void ConsolePushSession::sendNextLine()
{
    if (m_nextLine >= m_lines.size()) {
        finishConfiguration();
        return;
    }
    sendCommand(m_lines.at(m_nextLine).text);
}

void ConsolePushSession::afterLine(bool textAcknowledged)
{
    const ConfigurationLine &line = m_lines.at(m_nextLine);

    const QString echo = echoedLine();
    const bool scrolled = echo.contains(QLatin1Char('$')) && line.text.size() >= ScrolledEchoMinimumLength;
    // The output is read one character per byte, so the line is compared in the same form.
    const QString sentBytes = QString::fromLatin1(line.text.toUtf8());
    if (m_profile.verifyEcho && echo != sentBytes && !scrolled) {
        m_result.failedLineNumber = line.number;
        m_result.failedLine = line.text;
        m_result.deviceError = echo;
        fail(tr("Line %1 arrived damaged: the device echoed '%2' for '%3', so characters were "
                "lost on the way. Set a character delay or lower the baud rate, and push again.")
                 .arg(line.number)
                 .arg(echo, line.text));
        return;
    }

    const qsizetype bodyStart = m_response.indexOf(QLatin1Char('\n')) + 1;
    const qsizetype bodyEnd = m_response.lastIndexOf(QLatin1Char('\n'));
    const QString body = bodyEnd > bodyStart ? m_response.mid(bodyStart, bodyEnd - bodyStart) : QString();
    if (const QString error = m_profile.findError(body); !error.isEmpty()) {
        m_result.failedLineNumber = line.number;
        m_result.failedLine = line.text;
        // The prompt and the echo above the device's message keep IOS's '^' marker under the
        // character it points at.
        QString output = applyBackspaces(body).remove(QLatin1Char('\r'));
        while (output.startsWith(QLatin1Char('\n')))
            output.remove(0, 1);
        while (!output.isEmpty() && output.back().isSpace())
            output.chop(1);
        m_result.deviceError = m_promptBeforeLine + echo + QLatin1Char('\n') + output;
        fail(tr("The device rejected line %1 '%2': %3").arg(line.number).arg(line.text, error));
        return;
    }

    // Had the device shown a prompt here, it would run the text lines that follow as commands.
    if (line.takesText && !textAcknowledged) {
        m_result.failedLineNumber = line.number;
        m_result.failedLine = line.text;
        m_phase = Phase::ExitingConfiguration; // at its prompt, the device needs no closing line
        fail(tr("Line %1 '%2' should make the device wait for lines of text, but it showed its "
                "prompt again, so it would run that text as commands. Put the text on one line, "
                "or fix the text blocks of console profile '%3'.")
                 .arg(line.number)
                 .arg(line.text, m_profile.name));
        return;
    }

    ++m_result.linesSent;
    ++m_nextLine;
    if (!textAcknowledged && promptContext() == m_topLevelPrompt)
        m_resumeLine = m_nextLine;
    emit progress(m_result.linesSent, m_result.linesTotal);
    if (m_phase == Phase::Lines) // a receiver of progress may have aborted the push
        sendNextLine();
}

void ConsolePushSession::finishConfiguration()
{
    if (m_mode == CliMode::Configuration && !m_profile.exitConfigurationCommand.isEmpty()) {
        m_phase = Phase::ExitingConfiguration;
        sendCommand(m_profile.exitConfigurationCommand);
        return;
    }
    m_phase = Phase::ExitingConfiguration;
    onPrompt(m_mode);
}

void ConsolePushSession::onTimeout()
{
    switch (m_phase) {
    case Phase::Waking:
        if (m_wakeAttempts < MaxWakeAttempts) {
            qCInfo(lcSerial).noquote() << "no prompt yet on" << m_port->portName() << "attempt"
                                       << m_wakeAttempts << "last output" << lastOutputLine();
            wake();
            return;
        }
        fail(tr("No prompt from the device on %1 after %2 tries (last output: '%3'). Check the "
                "cable and the baud rate (%4 in console profile '%5'), or detect the baud rate.")
                 .arg(m_port->portName())
                 .arg(MaxWakeAttempts)
                 .arg(lastOutputLine().trimmed())
                 .arg(m_port->settings().baudRate)
                 .arg(m_profile.name));
        return;
    case Phase::Pasting: {
        // The device has gone quiet after the paste: whatever it rejected is in the output, but
        // which line caused it is not known.
        if (const QString error = m_profile.findError(m_response); !error.isEmpty()) {
            m_result.deviceError = error;
            fail(tr("The device rejected part of the pasted configuration: %1").arg(error));
            return;
        }
        m_result.linesSent = m_result.linesTotal;
        emit progress(m_result.linesSent, m_result.linesTotal);
        m_mode = m_profile.promptMode(lastOutputLine());
        finishConfiguration();
        return;
    }
    case Phase::WaitingForPort:
        fail(tr("The console port %1 disconnected during the push (%2) after %3 of %4 lines and "
                "did not come back within %5 s. Check the cable and push again.")
                 .arg(m_port->portName(), m_disconnectReason)
                 .arg(m_result.linesSent)
                 .arg(m_result.linesTotal)
                 .arg(double(m_options.reconnectTimeout.count()) / 1000.0, 0, 'g', 3));
        return;
    case Phase::Lines: {
        const ConfigurationLine &line = m_lines.at(m_nextLine);
        m_result.failedLineNumber = line.number;
        m_result.failedLine = line.text;
        m_result.deviceError = m_response.trimmed();
        if (line.takesText) {
            fail(tr("Line %1 '%2' got no echo or request for text back within %3 ms (last "
                    "output: '%4'). Check the text blocks of console profile '%5'.")
                     .arg(line.number)
                     .arg(line.text)
                     .arg(lineTimeout().count())
                     .arg(lastOutputLine().trimmed(), m_profile.name));
            return;
        }
        fail(tr("Line %1 '%2' got no prompt back within %3 ms (last output: '%4'). Raise the line "
                "timeout if the command is slow.")
                 .arg(line.number)
                 .arg(line.text)
                 .arg(lineTimeout().count())
                 .arg(lastOutputLine().trimmed()));
        return;
    }
    default:
        fail(tr("'%1' got no prompt back within %2 ms (last output: '%3').")
                 .arg(m_sentCommand)
                 .arg(lineTimeout().count())
                 .arg(lastOutputLine().trimmed()));
        return;
    }
}

void ConsolePushSession::onPortDisconnected(const QString &reason)
{
    if (m_phase == Phase::WaitingForPort)
        return;

    // A paste cannot tell which lines arrived, so only a paced push waits for the port.
    const bool canWait = m_phase != Phase::Pasting && m_options.reconnectTimeout.count() > 0
                         && m_port->isReconnecting();
    if (!canWait) {
        fail(tr("The console port %1 disconnected during the push (%2) after %3 of %4 lines. Check "
                "the cable and push again.")
                 .arg(m_port->portName(), reason)
                 .arg(m_result.linesSent)
                 .arg(m_result.linesTotal));
        return;
    }

    qCWarning(lcSerial).noquote() << "console port" << m_port->portName() << "disconnected during the push ("
                                  << reason << ") after" << m_result.linesSent << "lines, waiting up to"
                                  << m_options.reconnectTimeout.count() << "ms for it to come back";
    m_disconnectReason = reason;
    m_phase = Phase::WaitingForPort;
    m_characterTimer.stop();
    m_outbox.clear();
    m_timeout.start(m_options.reconnectTimeout);
}

void ConsolePushSession::onPortReconnected()
{
    if (m_phase != Phase::WaitingForPort)
        return;
    m_timeout.stop();
    ++m_result.reconnects;

    // The line in flight may or may not have reached the device, so it is sent again, after
    // the lines since the last top-level prompt that re-enter its sub-mode. Inside a text block,
    // waking sends the block's closing line if the device shows no prompt (see wake()).
    m_pendingClosingLine = closingLineAt(m_nextLine);
    m_nextLine = std::min(m_nextLine, m_resumeLine);
    m_result.linesSent = m_nextLine;
    emit progress(m_result.linesSent, m_result.linesTotal);
    qCInfo(lcSerial).noquote() << "console port" << m_port->portName() << "came back, resuming the push at line"
                               << (m_nextLine < m_lines.size() ? m_lines.at(m_nextLine).number : 0);

    if (!m_options.identify || m_result.serialNumber.isEmpty())
        qCWarning(lcSerial).noquote() << "the push resumes without checking that the cable is on the same "
                                         "device, because no serial number was read before";

    // The device may have rebooted or logged out meanwhile: the push starts again from waking
    // the console, and identifying it checks that the cable is on the same device.
    m_phase = Phase::Waking;
    m_wakeAttempts = 0;
    m_loginStep = 0;
    m_mode = CliMode::Unknown;
    wake();
}

QString ConsolePushSession::promptContext() const
{
    // "sw-1(config-if)#" gives "(config-if)#", so a new hostname does not look like a new mode.
    const QString prompt = lastOutputLine().trimmed();
    const qsizetype open = prompt.indexOf(QLatin1Char('('));
    return open < 0 ? prompt : prompt.mid(open);
}

QString ConsolePushSession::closingLineAt(qsizetype index) const
{
    // The device may read text when the line at `index` opens a block, or when the line before
    // it takes text (it opens the block or is inside it).
    const bool opening = index < m_lines.size() && m_lines.at(index).opens;
    if (!opening && (index == 0 || !m_lines.at(index - 1).takesText))
        return {};
    qsizetype closing = index;
    while (m_lines.at(closing).takesText)
        ++closing;
    return m_lines.at(closing).text;
}

void ConsolePushSession::succeed()
{
    m_result.success = true;
    qCInfo(lcSerial).noquote() << "push finished on" << m_port->portName() << m_result.linesSent
                               << "lines in" << m_clock.elapsed() << "ms";
    finish();
}

void ConsolePushSession::fail(const QString &error)
{
    // A push that stops inside a text block sends its closing line, so the device does not take
    // the next push's lines as banner text.
    if (m_phase == Phase::Lines && m_port->isOpen()) {
        if (const QString closing = closingLineAt(m_nextLine); !closing.isEmpty()) {
            qCInfo(lcSerial).noquote() << "ending the text entry with" << closing;
            m_port->write(QByteArray(1, LineKill) + closing.toUtf8() + m_profile.lineEnding);
        }
    }

    m_result.success = false;
    m_result.error = error;
    qCWarning(lcSerial).noquote() << "push failed on" << m_port->portName() << ":" << error;
    finish();
}

void ConsolePushSession::finish()
{
    m_phase = Phase::Done;
    m_timeout.stop();
    m_characterTimer.stop();
    m_outbox.clear();
    disconnect(m_port, nullptr, this, nullptr);
    m_result.elapsedMs = m_clock.elapsed();
    emit finished(m_result);
}

} // namespace ztp::serial
