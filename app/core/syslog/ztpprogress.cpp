#include "syslog/ztpprogress.h"

#include <QRegularExpression>

namespace ztp::syslog {

ZtpProgress classifyZtpMessage(const QString &appName, const QString &text)
{
    // Agent names as they appear in tags and texts: SONiC "sonic-ztp", Arista "ZeroTouch",
    // Cumulus "ztp" and "autoprovision", IOS-XE "%PNP-6-..." and "AUTOINSTALL", ONIE "onie".
    static const QRegularExpression agent(
        QStringLiteral(
            R"((?:\b|_|-)(s?ztp|zero-?touch|pnp|auto-?install|auto-?provision\w*|onie(?:-\w+)?)(?:\b|_|-))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression failure(
        QStringLiteral(
            R"(\b(fail(ed|ure|s)?|error|errors|abort(ed)?|cancel(l)?ed|timed out|timeout)\b|_FAIL)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression success(
        QStringLiteral(
            R"(\b(complete[ds]?|success(ful(ly)?)?|succeeded|finished|done)\b|_DONE|_COMPLETE|_SUCCESS)"),
        QRegularExpression::CaseInsensitiveOption);

    const QString line = appName + QLatin1Char(' ') + text;
    if (!agent.match(line).hasMatch())
        return ZtpProgress::None;
    if (failure.match(text).hasMatch())
        return ZtpProgress::Failed;
    if (success.match(text).hasMatch())
        return ZtpProgress::Completed;
    return ZtpProgress::Progress;
}

} // namespace ztp::syslog
