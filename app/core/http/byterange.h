#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace ztp::http {

// An inclusive byte range of a representation, as in "Content-Range: bytes first-last/size".
struct ByteRange
{
    qint64 first = 0;
    qint64 last = -1;

    qint64 length() const { return last - first + 1; }
    bool operator==(const ByteRange &other) const = default;
};

enum class RangeOutcome
{
    Full, // no Range header, another unit, several ranges or an invalid one: send 200 with all
    Partial, // send 206 with `range`
    Unsatisfiable, // send 416 with "Content-Range: bytes */size"
};

struct RangeDecision
{
    RangeOutcome outcome = RangeOutcome::Full;
    ByteRange range;
};

// Applies a Range header value (RFC 9110 section 14.2) to a representation of `size` octets.
// Only one range is served: a request for several is answered with the whole representation,
// which RFC 9110 section 14.2 permits and which every resuming download client accepts.
// An invalid ranges-specifier (one that does not parse, or "first-last" with last < first,
// RFC 9110 section 14.1.1) is ignored, so the client gets 200 with everything, as section 14.2
// allows. Only a valid range that selects no octet (first >= size, a zero suffix, an empty
// representation) is Unsatisfiable.
RangeDecision evaluateRange(QByteArrayView header, qint64 size);

} // namespace ztp::http
