// libFuzzer target for the HTTP request parser: any input must come back Complete, Incomplete
// or Malformed with a status, never crash, and a Complete request must parse the same again
// from exactly the octets it consumed, with its body (chunked or not) within the limit. Its
// Range header and vendor headers go through the range and identity code as well.
//
// seed corpus: tests/data/http/requests

#include "http/byterange.h"
#include "http/httprequest.h"
#include "http/vendorheaders.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace ztp::http;

namespace {

void checkRange(const HttpRequest &request)
{
    for (const qint64 size : {qint64(0), qint64(1), qint64(1000), qint64(1) << 40}) {
        const RangeDecision decision = evaluateRange(request.header("Range"), size);
        if (decision.outcome == RangeOutcome::Partial
            && (decision.range.first < 0 || decision.range.first > decision.range.last
                || decision.range.last >= size))
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ParseLimits limits;
    limits.maxHeaderBytes = 4096;
    limits.maxBodyBytes = 4096;

    const ParseResult result = parseRequest(bytes, limits);
    switch (result.state) {
    case ParseState::Incomplete:
        break;
    case ParseState::Malformed:
        if (result.status < 400 || result.status > 505 || result.error.isEmpty()
            || result.expectsContinue)
            std::abort();
        break;
    case ParseState::Complete: {
        if (result.consumed <= 0 || result.consumed > bytes.size())
            std::abort();
        // Chunked or not, a decoded body never exceeds the limit.
        if (result.request.body.size() > limits.maxBodyBytes)
            std::abort();
        if (!result.request.path.startsWith(QLatin1Char('/'))
            && result.request.path != QLatin1String("*"))
            std::abort();
        const ParseResult again
            = parseRequest(QByteArrayView(bytes).first(result.consumed), limits);
        if (again.state != ParseState::Complete || again.consumed != result.consumed
            || again.request.headers != result.request.headers
            || again.request.body != result.request.body)
            std::abort();
        checkRange(result.request);
        (void)identifyFromHeaders(result.request);
        break;
    }
    }

    bool ok = false;
    (void)decodePath(bytes, &ok);
    return 0;
}
