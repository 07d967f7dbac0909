#pragma once

#include "common/result.h"

#include <QList>
#include <QRegularExpression>
#include <QSerialPort>
#include <QString>
#include <QStringList>

#include <chrono>

namespace ztp::serial {

// Line settings of a console port, as a vendor's console expects them out of the box.
struct SerialLineSettings
{
    qint32 baudRate = 9600;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    QSerialPort::FlowControl flowControl = QSerialPort::NoFlowControl;

    // "9600 8N1, no flow control", for logs and the transcript header.
    QString toString() const;
};

// A prompt the device prints while it waits for input, and what the push sends back:
// a pager ("--More--"), a confirmation ("[confirm]", "[yes/no]:"), a factory set-up question.
struct PromptResponse
{
    QRegularExpression pattern; // matched against the last, unfinished output line
    QByteArray response;        // sent as is; the profile spells out any line ending
};

// One step of a login: wait for `expect` on the last output line, then send `send` and the line
// ending. `send` may contain {username} and {password}, filled from the push options at run
// time, so a profile file never stores a secret.
struct LoginStep
{
    QRegularExpression expect;
    QString send;
};

// A command after which the device reads lines of text without showing a prompt, until a
// closing line: IOS's 'banner motd #' up to the next '#', EOS's 'banner login' up to 'EOF'.
// Those lines are text, so blank and comment lines in them are sent as well.
struct TextBlock
{
    // Matches the opening line. With a capture group named "delimiter", the block ends at the
    // next occurrence of the captured character, and a line that contains it twice opens no block.
    QRegularExpression start;
    QRegularExpression end;   // without a delimiter: matches the closing line
    QRegularExpression ready; // the device's request for the text, empty if it prints none
};

// The modes of a network device CLI, which the push distinguishes by their prompt.
enum class CliMode { Unknown, User, Privileged, Configuration };

// How to drive one vendor's console: line settings, the commands that prepare the session, the
// prompts of each CLI mode, and what the device prints when it rejects a line. Built-in
// profiles are JSON files compiled into the serial module (resources/console-profiles/).
struct ConsoleProfile
{
    QString name;        // file name without .json, the --profile value
    QString description; // vendor and software the profile was written for
    SerialLineSettings line;
    QByteArray lineEnding = "\r";

    QString enableCommand;            // user mode to privileged mode, empty if none
    QString pagingOffCommand;         // run once before the configuration
    QString identifyCommand;          // prints the serial number, e.g. "show version"
    QRegularExpression serialNumberPattern; // first capture group is the serial number
    QString configureCommand;         // privileged mode to configuration mode
    QString exitConfigurationCommand; // configuration mode back to privileged mode
    // Leaves configuration mode without applying anything, for a console found in that mode.
    // Junos needs it because its exit command commits. Empty means exitConfigurationCommand.
    QString abandonConfigurationCommand;
    QString saveCommand;              // stores the running configuration, run on request

    QRegularExpression userPrompt;
    QRegularExpression privilegedPrompt;
    QRegularExpression configurationPrompt;
    QRegularExpression commentPattern; // configuration lines not sent at all (e.g. "!")
    QList<QRegularExpression> errorPatterns;
    PromptResponse pager;
    QList<PromptResponse> confirmations;
    QList<LoginStep> loginSteps;
    QList<TextBlock> textBlocks;

    // Whether the device echoes each character, so a dropped character shows up in the echo.
    bool verifyEcho = true;
    std::chrono::milliseconds lineTimeout {10000};
    std::chrono::milliseconds characterDelay {0};

    // The mode whose prompt `line` is, or Unknown. `line` is the last output line, unfinished.
    CliMode promptMode(const QString &line) const;
    // The first error pattern that matches one line of `output`, with that line, or empty.
    QString findError(const QString &output) const;

    // Parses a profile from JSON; `name` names it in error messages and becomes its name.
    static Result<ConsoleProfile> fromJson(const QByteArray &json, const QString &name);
    // A built-in profile by name ("cisco-ios"), or a JSON file when `nameOrPath` ends in .json.
    static Result<ConsoleProfile> load(const QString &nameOrPath);
    // Names of the built-in profiles, sorted.
    static QStringList builtInNames();
};

} // namespace ztp::serial
