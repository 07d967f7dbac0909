#include "http/byterange.h"

#include <limits>
#include <optional>

namespace ztp::http {

namespace {

// Digits only. A value beyond the range of qint64 saturates, because it is still a valid
// position, just past the end of any file.
std::optional<qint64> parsePosition(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const int digit = c - '0';
        value = value > (kMax - digit) / 10 ? kMax : value * 10 + digit;
    }
    return value;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

// One range-spec: "first-last", "first-" or "-suffix". nullopt when it is invalid (it does not
// parse, or last < first). A range with first >= size comes back as is, and the caller sees
// that it is unsatisfiable.
std::optional<ByteRange> parseSpec(QByteArrayView spec, qint64 size)
{
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return std::nullopt;
    const QByteArrayView firstText = trimmed(spec.first(dash));
    const QByteArrayView lastText = trimmed(spec.sliced(dash + 1));

    if (firstText.isEmpty()) {
        const auto suffix = parsePosition(lastText);
        if (!suffix)
            return std::nullopt;
        // A zero-length suffix selects nothing, so it is unsatisfiable (RFC 9110 14.1.3).
        if (*suffix == 0 || size == 0)
            return ByteRange {size, size - 1};
        return ByteRange {qMax<qint64>(0, size - *suffix), size - 1};
    }

    const auto first = parsePosition(firstText);
    if (!first)
        return std::nullopt;
    if (lastText.isEmpty())
        return ByteRange {*first, size - 1};
    const auto last = parsePosition(lastText);
    if (!last || *last < *first)
        return std::nullopt;
    return ByteRange {*first, qMin(*last, size - 1)};
}

} // namespace

RangeDecision evaluateRange(QByteArrayView header, qint64 size)
{
    header = trimmed(header);
    if (header.isEmpty())
        return {};
    // RFC 9110 section 14.2: a range unit the server does not understand is ignored.
    if (header.size() < 6
        || QByteArrayView(header.first(6)).compare("bytes=", Qt::CaseInsensitive) != 0)
        return {};

    const QByteArrayView set = header.sliced(6);
    if (set.contains(','))
        return {};

    const auto range = parseSpec(set, size);
    if (!range)
        return {};
    if (range->first >= size || range->last < range->first)
        return {RangeOutcome::Unsatisfiable, {}};
    return {RangeOutcome::Partial, *range};
}

} // namespace ztp::http
