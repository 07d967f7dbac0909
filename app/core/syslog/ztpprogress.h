#pragma once

#include <QString>

namespace ztp::syslog {

// What a device's log line says about its provisioning run.
enum class ZtpProgress
{
    None, // not about ZTP
    Progress, // a ZTP agent is working
    Completed, // the agent reports success
    Failed, // the agent reports an error or gave up
};

// Classifies a syslog message text. A line counts only when it names a provisioning agent
// (ZTP, SZTP, ZeroTouch, PnP, AutoInstall, AutoProvision, ONIE), so a routine interface
// error does not fail a device. Failure words win over success words in the same line.
ZtpProgress classifyZtpMessage(const QString &appName, const QString &text);

} // namespace ztp::syslog
