#pragma once

#include "tftp/tftppacket.h"

#include <chrono>
#include <optional>

namespace ztp::tftp {

// The smallest and largest blksize of RFC 2348.
constexpr int MinimumBlockSize = 8;
constexpr int MaximumBlockSize = 65464;
// IPv4 (20), UDP (8) and TFTP (4) headers: a block of MTU - 32 octets fits one Ethernet frame.
constexpr int BlockSizeHeaderOverhead = 32;
// The largest windowsize this server grants. RFC 7440 allows 65535, but the unacknowledged
// window is kept in memory, so 32 blocks of at most 65464 octets bound one transfer to 2 MiB.
constexpr int MaximumWindowSize = 32;

// The facts about one request that option negotiation depends on.
struct NegotiationContext
{
    Opcode opcode = Opcode::Rrq;
    TransferMode mode = TransferMode::Octet;
    int maxBlockSize = 1468;               // already capped to the interface's MTU
    std::optional<qint64> transferSize;    // RRQ: the size that will be sent, if known
};

// The outcome of RFC 2347 negotiation: the values the transfer uses, and the options to list
// in the OACK. An empty acknowledged list means no OACK is sent and the transfer starts at once.
struct NegotiatedOptions
{
    int blockSize = DefaultBlockSize;
    std::optional<std::chrono::seconds> timeout;
    int windowSize = 1;
    std::optional<qint64> transferSize; // RRQ: the size announced; WRQ: the size the client announced
    OptionList acknowledged;
    QStringList ignored;                // "name=value" of unknown options and invalid values, for logs
};

// Negotiates requested options with a table of handlers, one per RFC: blksize (RFC 2348),
// timeout and tsize (RFC 2349), windowsize (RFC 7440). Unknown options and invalid values are
// left out of the OACK, so a client never sees a value it did not ask for. When an option is
// repeated, the first instance counts.
NegotiatedOptions negotiateOptions(const OptionList &requested, const NegotiationContext &context);

} // namespace ztp::tftp
