#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ztp::storage {

// Something that happened on the bench, as stored in the history and shown to the technician.
// `kind` is a dotted identifier ("dhcp.ack", "tftp.transfer"); `summary` is English text for
// logs and reports.
struct HistoryEvent
{
    qint64 id = 0;
    QDateTime time; // UTC
    QString kind;
    QString deviceKey; // device MAC "00:1c:73:1a:2b:3c", empty for bench-wide events
    QString summary;
    QJsonObject details;
};

} // namespace ztp::storage
