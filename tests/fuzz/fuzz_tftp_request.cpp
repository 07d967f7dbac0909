// libFuzzer target for the TFTP codec: every parser must reject malformed datagrams with an
// error and never crash, and a request that parses must survive encode and parse again.

#include "tftp/netascii.h"
#include "tftp/tftpoptions.h"
#include "tftp/tftppacket.h"
#include "tftp/tftppathresolver.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace ztp::tftp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray datagram(reinterpret_cast<const char *>(data), qsizetype(size));

    (void)peekOpcode(datagram);
    (void)parseData(datagram);
    (void)parseAck(datagram);
    (void)parseError(datagram);
    (void)parseOack(datagram);

    const ztp::Result<Request> request = parseRequest(datagram);
    if (request) {
        const ztp::Result<Request> again = parseRequest(encodeRequest(*request));
        if (!again || again->fileName != request->fileName || again->mode != request->mode
            || again->options != request->options)
            std::abort();

        NegotiationContext context;
        context.opcode = request->opcode;
        context.mode = request->mode;
        context.transferSize = qint64(size);
        const NegotiatedOptions options = negotiateOptions(request->options, context);
        for (const auto &[name, value] : options.acknowledged) {
            if (value.isEmpty())
                std::abort(); // an OACK never carries an empty value
        }
        if (options.blockSize < MinimumBlockSize || options.blockSize > MaximumBlockSize)
            std::abort();

        PathError error;
        (void)splitRequestPath(request->fileName, &error);
    }

    NetasciiDecoder decoder;
    const QByteArray decoded = decoder.decode(datagram) + decoder.finish();
    if (decoded.size() > datagram.size())
        std::abort();
    return 0;
}
