#include "serial/consoleprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Q_INIT_RESOURCE must be called outside any namespace.
static void initConsoleProfileResources()
{
    Q_INIT_RESOURCE(console_profiles);
}

namespace ztp::serial {

namespace {

const QString ResourceFolder = QStringLiteral(":/console-profiles");

// Context of this file's messages in the translation files; lupdate reads it from the macro.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ztp::serial::ConsoleProfile)
};

// Collects the first error while a profile is read, so every field can be read in one pass.
class ProfileReader
{
public:
    ProfileReader(const QJsonObject &object, const QString &name)
        : m_object(object)
        , m_name(name)
    {
    }

    QString string(const QString &key, const QString &fallback = QString())
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isString()) {
            fail(Messages::tr("'%1' must be a string").arg(key));
            return fallback;
        }
        return value.toString();
    }

    int integer(const QJsonObject &object, const QString &key, int fallback, int minimum, int maximum)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        const int number = value.toInt(minimum - 1);
        if (!value.isDouble() || number < minimum || number > maximum) {
            fail(Messages::tr("'%1' must be a whole number from %2 to %3")
                     .arg(key)
                     .arg(minimum)
                     .arg(maximum));
            return fallback;
        }
        return number;
    }

    QRegularExpression regex(const QString &key, const QString &pattern)
    {
        QRegularExpression expression(pattern);
        if (!expression.isValid())
            fail(Messages::tr("'%1' is not a valid regular expression: %2")
                     .arg(key, expression.errorString()));
        return expression;
    }

    QRegularExpression regex(const QString &key)
    {
        const QString pattern = string(key);
        return pattern.isEmpty() ? QRegularExpression() : regex(key, pattern);
    }

    QList<PromptResponse> responses(const QString &key)
    {
        QList<PromptResponse> result;
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return result;
        if (!value.isArray()) {
            fail(Messages::tr("'%1' must be a list of {\"pattern\", \"response\"} objects")
                     .arg(key));
            return result;
        }
        for (const QJsonValue item : value.toArray()) {
            const QJsonObject object = item.toObject();
            const QString pattern = object.value(QStringLiteral("pattern")).toString();
            if (pattern.isEmpty() || !object.value(QStringLiteral("response")).isString()) {
                fail(Messages::tr(
                    "every entry of '%1' needs a \"pattern\" and a \"response\" string")
                         .arg(key));
                return result;
            }
            result.append({regex(key, pattern),
                           object.value(QStringLiteral("response")).toString().toUtf8()});
        }
        return result;
    }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    const QJsonObject &object() const { return m_object; }
    bool failed() const { return !m_error.isEmpty(); }
    Error error() const
    {
        return Error {
            Messages::tr("Console profile '%1' is invalid: %2. Fix the profile file and retry.")
                .arg(m_name, m_error)};
    }

private:
    QJsonObject m_object;
    QString m_name;
    QString m_error;
};

SerialLineSettings readLineSettings(ProfileReader &reader)
{
    SerialLineSettings line;
    const QJsonObject object = reader.object().value(QStringLiteral("serial")).toObject();

    line.baudRate = reader.integer(object, QStringLiteral("baud"), 9600, 50, 4000000);
    line.dataBits = QSerialPort::DataBits(
        reader.integer(object, QStringLiteral("dataBits"), 8, 5, 8));

    const QString parity = object.value(QStringLiteral("parity")).toString(QStringLiteral("none"));
    if (parity == QLatin1String("none"))
        line.parity = QSerialPort::NoParity;
    else if (parity == QLatin1String("even"))
        line.parity = QSerialPort::EvenParity;
    else if (parity == QLatin1String("odd"))
        line.parity = QSerialPort::OddParity;
    else
        reader.fail(Messages::tr("'parity' is '%1'; use none, even or odd").arg(parity));

    const int stopBits = reader.integer(object, QStringLiteral("stopBits"), 1, 1, 2);
    line.stopBits = stopBits == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop;

    const QString flow = object.value(QStringLiteral("flowControl")).toString(QStringLiteral("none"));
    if (flow == QLatin1String("none"))
        line.flowControl = QSerialPort::NoFlowControl;
    else if (flow == QLatin1String("rts/cts"))
        line.flowControl = QSerialPort::HardwareControl;
    else if (flow == QLatin1String("xon/xoff"))
        line.flowControl = QSerialPort::SoftwareControl;
    else
        reader.fail(Messages::tr("'flowControl' is '%1'; use none, rts/cts or xon/xoff").arg(flow));
    return line;
}

} // namespace

QString SerialLineSettings::toString() const
{
    const QChar parityLetter = parity == QSerialPort::EvenParity ? QLatin1Char('E')
        : parity == QSerialPort::OddParity                       ? QLatin1Char('O')
                                                                  : QLatin1Char('N');
    const QString flow = flowControl == QSerialPort::HardwareControl ? QStringLiteral("RTS/CTS")
        : flowControl == QSerialPort::SoftwareControl                ? QStringLiteral("XON/XOFF")
                                                                     : QStringLiteral("no");
    return QStringLiteral("%1 %2%3%4, %5 flow control")
        .arg(baudRate)
        .arg(int(dataBits))
        .arg(parityLetter)
        .arg(stopBits == QSerialPort::TwoStop ? 2 : 1)
        .arg(flow);
}

CliMode ConsoleProfile::promptMode(const QString &line) const
{
    // Configuration first: on most CLIs its prompt also ends in the privileged prompt's '#'.
    if (configurationPrompt.isValid() && !configurationPrompt.pattern().isEmpty()
        && configurationPrompt.match(line).hasMatch())
        return CliMode::Configuration;
    if (privilegedPrompt.isValid() && !privilegedPrompt.pattern().isEmpty()
        && privilegedPrompt.match(line).hasMatch())
        return CliMode::Privileged;
    if (userPrompt.isValid() && !userPrompt.pattern().isEmpty() && userPrompt.match(line).hasMatch())
        return CliMode::User;
    return CliMode::Unknown;
}

QString ConsoleProfile::findError(const QString &output) const
{
    const QStringList lines = output.split(QRegularExpression(QStringLiteral("[\r\n]+")),
                                           Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        for (const QRegularExpression &pattern : errorPatterns) {
            if (pattern.match(line).hasMatch())
                return line.trimmed();
        }
    }
    return {};
}

Result<ConsoleProfile> ConsoleProfile::fromJson(const QByteArray &json, const QString &name)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error {
            Messages::tr("Console profile '%1' is not a JSON object (%2 at offset %3). Fix the "
                         "profile file and retry.")
                .arg(name, parseError.errorString())
                .arg(parseError.offset)};

    ProfileReader reader(document.object(), name);
    ConsoleProfile profile;
    profile.name = name;
    profile.description = reader.string(QStringLiteral("description"));
    profile.line = readLineSettings(reader);

    const QString ending = reader.string(QStringLiteral("lineEnding"), QStringLiteral("cr"));
    if (ending == QLatin1String("cr"))
        profile.lineEnding = "\r";
    else if (ending == QLatin1String("crlf"))
        profile.lineEnding = "\r\n";
    else
        reader.fail(Messages::tr("'lineEnding' is '%1'; use cr or crlf").arg(ending));

    profile.enableCommand = reader.string(QStringLiteral("enableCommand"));
    profile.pagingOffCommand = reader.string(QStringLiteral("pagingOffCommand"));
    profile.identifyCommand = reader.string(QStringLiteral("identifyCommand"));
    profile.serialNumberPattern = reader.regex(QStringLiteral("serialNumberPattern"));
    profile.configureCommand = reader.string(QStringLiteral("configureCommand"));
    profile.exitConfigurationCommand = reader.string(QStringLiteral("exitConfigurationCommand"));
    profile.abandonConfigurationCommand = reader.string(QStringLiteral("abandonConfigurationCommand"),
                                                        profile.exitConfigurationCommand);
    profile.saveCommand = reader.string(QStringLiteral("saveCommand"));

    const QJsonObject prompts = document.object().value(QStringLiteral("prompts")).toObject();
    ProfileReader promptReader(prompts, name);
    profile.userPrompt = promptReader.regex(QStringLiteral("user"));
    profile.privilegedPrompt = promptReader.regex(QStringLiteral("privileged"));
    profile.configurationPrompt = promptReader.regex(QStringLiteral("configuration"));
    if (promptReader.failed())
        return promptReader.error();
    if (profile.privilegedPrompt.pattern().isEmpty())
        reader.fail(Messages::tr("'prompts' needs at least a \"privileged\" pattern"));

    profile.commentPattern = reader.regex(QStringLiteral("commentPattern"));
    for (const QJsonValue value : document.object().value(QStringLiteral("errorPatterns")).toArray())
        profile.errorPatterns.append(reader.regex(QStringLiteral("errorPatterns"), value.toString()));
    if (profile.errorPatterns.isEmpty())
        reader.fail(Messages::tr(
            "'errorPatterns' needs at least one pattern, or a rejected line goes unseen"));

    const QList<PromptResponse> pager = reader.responses(QStringLiteral("pager"));
    if (!pager.isEmpty())
        profile.pager = pager.constFirst();
    profile.confirmations = reader.responses(QStringLiteral("confirmations"));

    for (const QJsonValue value : document.object().value(QStringLiteral("loginSteps")).toArray()) {
        const QJsonObject step = value.toObject();
        profile.loginSteps.append({reader.regex(QStringLiteral("loginSteps"),
                                                step.value(QStringLiteral("expect")).toString()),
                                   step.value(QStringLiteral("send")).toString()});
    }

    for (const QJsonValue value : document.object().value(QStringLiteral("textBlocks")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString key = QStringLiteral("textBlocks");
        TextBlock block {reader.regex(key, object.value(QStringLiteral("start")).toString()),
                         QRegularExpression(), QRegularExpression()};
        if (const QString end = object.value(QStringLiteral("end")).toString(); !end.isEmpty())
            block.end = reader.regex(key, end);
        if (const QString ready = object.value(QStringLiteral("ready")).toString(); !ready.isEmpty())
            block.ready = reader.regex(key, ready);
        const bool hasDelimiter = block.start.namedCaptureGroups().contains(QStringLiteral("delimiter"));
        if (block.start.pattern().isEmpty() || hasDelimiter == !block.end.pattern().isEmpty())
            reader.fail(Messages::tr("each of 'textBlocks' needs a \"start\" pattern, and either a "
                                     "capture group named \"delimiter\" in it or an \"end\" pattern"));
        profile.textBlocks.append(block);
    }

    profile.verifyEcho = document.object().value(QStringLiteral("verifyEcho")).toBool(true);
    profile.lineTimeout = std::chrono::milliseconds(
        reader.integer(document.object(), QStringLiteral("lineTimeoutMs"), 10000, 100, 600000));
    profile.characterDelay = std::chrono::milliseconds(
        reader.integer(document.object(), QStringLiteral("characterDelayMs"), 0, 0, 1000));

    if (reader.failed())
        return reader.error();
    return profile;
}

Result<ConsoleProfile> ConsoleProfile::load(const QString &nameOrPath)
{
    initConsoleProfileResources();

    const bool isFile = nameOrPath.endsWith(QLatin1String(".json"));
    const QString path = isFile ? nameOrPath : ResourceFolder + QLatin1Char('/') + nameOrPath
            + QStringLiteral(".json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (isFile)
            return Error {
                Messages::tr("Cannot read console profile %1: %2.").arg(path, file.errorString())};
        return Error {
            Messages::tr("Unknown console profile '%1'. Built-in profiles: %2; or give the path "
                         "of a .json profile file.")
                .arg(nameOrPath, builtInNames().join(QStringLiteral(", ")))};
    }
    return fromJson(file.readAll(), QFileInfo(path).completeBaseName());
}

QStringList ConsoleProfile::builtInNames()
{
    initConsoleProfileResources();

    QStringList names;
    const QStringList files = QDir(ResourceFolder).entryList({QStringLiteral("*.json")}, QDir::Files,
                                                             QDir::Name);
    for (const QString &file : files)
        names.append(QFileInfo(file).completeBaseName());
    return names;
}

} // namespace ztp::serial
