#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace ztp::syslog {

enum class SyslogFormat
{
    Rfc3164, // BSD syslog, "<PRI>Mmm dd hh:mm:ss HOST TAG: MSG", and anything unstructured
    Rfc5424, // "<PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG"
};

// One syslog message as received. Fields a sender left out (RFC 5424's "-", or the parts an
// RFC 3164 sender omitted) stay empty; `facility` and `severity` are always set.
struct SyslogMessage
{
    SyslogFormat format = SyslogFormat::Rfc3164;
    int facility = 1; // user-level, the RFC 3164 section 4.3.3 default when PRI is missing
    int severity = 5; // notice, same default
    QDateTime timestamp; // as sent, converted to UTC; null when absent or unparsable
    QString hostname;
    QString appName; // RFC 5424 APP-NAME, or the RFC 3164 TAG without its "[pid]"
    QString procId;
    QString msgId;
    QString structuredData; // RFC 5424 SD as sent, "[id k=\"v\"]..."; empty for "-"
    QString message;
};

// Parses one datagram: RFC 5424 when "<PRI>1 " starts it, RFC 3164 otherwise. It returns a
// message for any input, because, as an RFC 3164 relay does (section 4.3), a datagram with no
// valid header becomes a message with default priority and its whole text as content. `now` fills the year RFC 3164 leaves out.
SyslogMessage parseSyslogMessage(QByteArrayView datagram, const QDateTime &now);

// "err", "notice", ... for severity 0..7.
QString severityName(int severity);

} // namespace ztp::syslog
