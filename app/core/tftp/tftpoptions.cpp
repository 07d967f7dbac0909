#include "tftp/tftpoptions.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace ztp::tftp {

namespace {

// Parses a decimal option value. Signs, spaces and empty strings are invalid.
std::optional<qint64> parseDecimal(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    return text.toLongLong();
}

// Each handler applies one option to *result and returns the value to acknowledge, or
// nullopt to leave the option out of the OACK.
using OptionHandler = std::function<std::optional<QString>(
    const QString &value, const NegotiationContext &context, NegotiatedOptions *result)>;

// RFC 2348: 8..65464 octets, and the server may grant less, here the largest size that fits the
// MTU. A value outside that range is invalid and ignored, so the transfer uses 512.
std::optional<QString> negotiateBlockSize(const QString &value, const NegotiationContext &context,
                                          NegotiatedOptions *result)
{
    const std::optional<qint64> requested = parseDecimal(value);
    if (!requested || *requested < MinimumBlockSize || *requested > MaximumBlockSize)
        return std::nullopt;

    const int cap = std::clamp(context.maxBlockSize, MinimumBlockSize, MaximumBlockSize);
    result->blockSize = int(std::min<qint64>(*requested, cap));
    return QString::number(result->blockSize);
}

// RFC 2349: whole seconds, 1..255. Out-of-range values are invalid, not clamped, because the
// client expects exactly the value it sent.
std::optional<QString> negotiateTimeout(const QString &value, const NegotiationContext &,
                                        NegotiatedOptions *result)
{
    const std::optional<qint64> seconds = parseDecimal(value);
    if (!seconds || *seconds < 1 || *seconds > 255)
        return std::nullopt;

    result->timeout = std::chrono::seconds(*seconds);
    return QString::number(*seconds);
}

// RFC 2349: in an RRQ the client sends 0 and the server replies with the size, if known.
// In a WRQ the client announces the size, and the server echoes it.
std::optional<QString> negotiateTransferSize(const QString &value,
                                             const NegotiationContext &context,
                                             NegotiatedOptions *result)
{
    const std::optional<qint64> announced = parseDecimal(value);
    if (!announced)
        return std::nullopt;

    if (context.opcode == Opcode::Wrq) {
        result->transferSize = *announced;
        return QString::number(*announced);
    }
    // An empty file gets no tsize: curl 7.88 rejects "tsize 0" in an OACK as invalid and
    // abandons the transfer. RFC 2349 lets the server leave tsize out.
    if (!context.transferSize || *context.transferSize == 0)
        return std::nullopt;
    result->transferSize = *context.transferSize;
    return QString::number(*context.transferSize);
}

// RFC 7440: 1..65535 blocks, granted up to MaximumWindowSize and in octet mode only.
// Netascii carries small configuration text, where a window gains nothing.
std::optional<QString> negotiateWindowSize(const QString &value, const NegotiationContext &context,
                                           NegotiatedOptions *result)
{
    if (context.mode != TransferMode::Octet)
        return std::nullopt;

    const std::optional<qint64> requested = parseDecimal(value);
    if (!requested || *requested < 1 || *requested > 65535)
        return std::nullopt;

    result->windowSize = int(std::min<qint64>(*requested, MaximumWindowSize));
    return QString::number(result->windowSize);
}

struct OptionRule
{
    QLatin1String name;
    OptionHandler handler;
};

const QList<OptionRule> &optionRules()
{
    static const QList<OptionRule> rules{
        {QLatin1String("blksize"), negotiateBlockSize},
        {QLatin1String("timeout"), negotiateTimeout},
        {QLatin1String("tsize"), negotiateTransferSize},
        {QLatin1String("windowsize"), negotiateWindowSize},
    };
    return rules;
}

} // namespace

NegotiatedOptions negotiateOptions(const OptionList &requested, const NegotiationContext &context)
{
    NegotiatedOptions result;
    QSet<QString> seen;

    for (const auto &[name, value] : requested) {
        const QString key = name.toLower();
        if (seen.contains(key)) {
            result.ignored.append(QStringLiteral("%1=%2 (repeated)").arg(printableText(name), printableText(value)));
            continue;
        }
        seen.insert(key);

        const auto rule = std::find_if(optionRules().cbegin(), optionRules().cend(),
                                       [&key](const OptionRule &r) { return r.name == key; });
        if (rule == optionRules().cend()) {
            result.ignored.append(QStringLiteral("%1=%2 (unknown)").arg(printableText(name), printableText(value)));
            continue;
        }

        const std::optional<QString> answer = rule->handler(value, context, &result);
        if (!answer || answer->isEmpty()) {
            result.ignored.append(QStringLiteral("%1=%2 (invalid or not granted)").arg(printableText(name), printableText(value)));
            continue;
        }
        result.acknowledged.append({key, *answer});
    }
    return result;
}

} // namespace ztp::tftp
