#include "syslog/syslogmessage.h"

#include <QLocale>
#include <QStringList>
#include <optional>

namespace ztp::syslog {

namespace {

struct Priority
{
    int facility = 1;
    int severity = 5;
    qsizetype length = 0; // octets of "<PRI>"
};

// RFC 5424 section 6.2.1: "<" 1-3 digits ">" with a value up to 191.
std::optional<Priority> parsePriority(QByteArrayView text)
{
    if (text.size() < 3 || text.front() != '<')
        return std::nullopt;
    int value = 0;
    qsizetype i = 1;
    for (; i < text.size() && i <= 4 && text[i] >= '0' && text[i] <= '9'; ++i)
        value = value * 10 + (text[i] - '0');
    if (i == 1 || i > 4 || i >= text.size() || text[i] != '>' || value > 191)
        return std::nullopt;
    return Priority {value / 8, value % 8, i + 1};
}

// Splits the next space-separated field off `rest`.
QString takeField(QString *rest)
{
    const qsizetype space = rest->indexOf(QLatin1Char(' '));
    QString field = space < 0 ? *rest : rest->left(space);
    *rest = space < 0 ? QString() : rest->mid(space + 1);
    return field;
}

QString nilToEmpty(const QString &field)
{
    return field == QLatin1String("-") ? QString() : field;
}

// RFC 5424 section 6.3: "-" or one or more "[...]" elements whose values escape '"', '\' and
// ']' with a backslash. Returns the length of the SD, or -1 when it does not parse.
qsizetype structuredDataLength(const QString &text)
{
    if (text.startsWith(QLatin1Char('-')))
        return 1;
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('[')) {
        bool inValue = false;
        ++i;
        for (; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (inValue && c == QLatin1Char('\\')) {
                ++i;
                continue;
            }
            if (c == QLatin1Char('"'))
                inValue = !inValue;
            else if (!inValue && c == QLatin1Char(']'))
                break;
        }
        if (i >= text.size())
            return -1;
        ++i;
    }
    return i == 0 ? -1 : i;
}

void parseRfc5424(QString rest, SyslogMessage *message)
{
    message->format = SyslogFormat::Rfc5424;
    const QString timestamp = takeField(&rest);
    if (timestamp != QLatin1String("-")) {
        message->timestamp = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
        if (message->timestamp.isValid())
            message->timestamp = message->timestamp.toUTC();
    }
    message->hostname = nilToEmpty(takeField(&rest));
    message->appName = nilToEmpty(takeField(&rest));
    message->procId = nilToEmpty(takeField(&rest));
    message->msgId = nilToEmpty(takeField(&rest));

    const qsizetype sdLength = structuredDataLength(rest);
    if (sdLength < 0) {
        // A broken SD: keep the text rather than lose what the device said.
        message->message = rest;
        return;
    }
    message->structuredData = nilToEmpty(rest.left(sdLength));
    QString text = rest.mid(sdLength);
    if (text.startsWith(QLatin1Char(' ')))
        text.remove(0, 1);
    // RFC 5424 section 6.4: a UTF-8 message starts with a byte order mark.
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    message->message = text;
}

// "Mmm dd hh:mm:ss" of RFC 3164 section 4.1.2, with the day padded by a space. Cisco IOS
// prefixes '*' (clock not synchronised) or '.' and may add milliseconds; both are accepted.
std::optional<QDateTime> parseBsdTimestamp(QString *rest, const QDateTime &now)
{
    QString text = *rest;
    if (text.startsWith(QLatin1Char('*')) || text.startsWith(QLatin1Char('.')))
        text.remove(0, 1);
    if (text.size() < 15)
        return std::nullopt;

    const QString month = text.left(3);
    const QString day = text.mid(4, 2).trimmed();
    QString clock = text.mid(7, 8);
    qsizetype consumed = 15;
    if (text.size() > 15 && text.at(15) == QLatin1Char('.')) {
        qsizetype end = 16;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        consumed = end;
    }
    const QDate date
        = QLocale::c().toDate(QStringLiteral("%1 %2 %3").arg(month, day).arg(now.date().year()),
            QStringLiteral("MMM d yyyy"));
    const QTime time = QTime::fromString(clock, QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    QDateTime timestamp(date, time, Qt::UTC);
    // A December message read in January belongs to last year.
    if (timestamp > now.addDays(1))
        timestamp = timestamp.addYears(-1);
    if (consumed < text.size() && text.at(consumed) == QLatin1Char(':'))
        ++consumed;
    *rest = text.mid(consumed).trimmed();
    return timestamp;
}

// TAG is up to 32 alphanumerics (RFC 3164 section 4.1.3), often followed by "[pid]" and ':'.
bool takeTag(QString *rest, SyslogMessage *message)
{
    qsizetype end = 0;
    while (end < rest->size() && end <= 48 && !rest->at(end).isSpace()
        && rest->at(end) != QLatin1Char(':') && rest->at(end) != QLatin1Char('['))
        ++end;
    if (end == 0 || end >= rest->size())
        return false;

    QString tag = rest->left(end);
    qsizetype position = end;
    if (rest->at(position) == QLatin1Char('[')) {
        const qsizetype close = rest->indexOf(QLatin1Char(']'), position);
        if (close < 0)
            return false;
        message->procId = rest->mid(position + 1, close - position - 1);
        position = close + 1;
    }
    if (position >= rest->size() || rest->at(position) != QLatin1Char(':'))
        return false;
    message->appName = tag;
    *rest = rest->mid(position + 1).trimmed();
    return true;
}

void parseRfc3164(QString rest, const QDateTime &now, SyslogMessage *message)
{
    message->format = SyslogFormat::Rfc3164;
    if (const auto timestamp = parseBsdTimestamp(&rest, now)) {
        message->timestamp = *timestamp;
        // After a timestamp comes HOSTNAME unless the next field is already a "TAG:".
        QString probe = rest;
        SyslogMessage scratch;
        if (!takeTag(&probe, &scratch)) {
            const qsizetype space = rest.indexOf(QLatin1Char(' '));
            if (space > 0) {
                message->hostname = rest.left(space);
                rest = rest.mid(space + 1);
            }
        }
    }
    takeTag(&rest, message);
    message->message = rest;
}

} // namespace

SyslogMessage parseSyslogMessage(QByteArrayView datagram, const QDateTime &now)
{
    SyslogMessage message;
    while (!datagram.isEmpty()
        && (datagram.back() == '\n' || datagram.back() == '\r' || datagram.back() == '\0'))
        datagram.chop(1);

    const auto priority = parsePriority(datagram);
    if (!priority) {
        message.message = QString::fromUtf8(datagram);
        return message;
    }
    message.facility = priority->facility;
    message.severity = priority->severity;

    const QString rest = QString::fromUtf8(datagram.sliced(priority->length));
    if (rest.startsWith(QLatin1String("1 ")))
        parseRfc5424(rest.mid(2), &message);
    else
        parseRfc3164(rest, now.toUTC(), &message);
    return message;
}

QString severityName(int severity)
{
    static const char *const names[]
        = {"emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"};
    if (severity < 0 || severity > 7)
        return QString::number(severity);
    return QString::fromLatin1(names[severity]);
}

} // namespace ztp::syslog
