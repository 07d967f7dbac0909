#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace ztp::tftp {

// TFTP opcodes (RFC 1350 section 5, OACK from RFC 2347).
enum class Opcode : quint16 {
    Rrq = 1,
    Wrq = 2,
    Data = 3,
    Ack = 4,
    Error = 5,
    Oack = 6,
};

// ERROR packet codes (RFC 1350 appendix, code 8 from RFC 2347).
enum class ErrorCode : quint16 {
    NotDefined = 0,
    FileNotFound = 1,
    AccessViolation = 2,
    DiskFull = 3,
    IllegalOperation = 4,
    UnknownTransferId = 5,
    FileAlreadyExists = 6,
    NoSuchUser = 7,
    OptionNegotiationFailed = 8,
};

// Transfer modes of RFC 1350 section 1, matched case-insensitively on the wire.
enum class TransferMode {
    Netascii,
    Octet,
    Mail,
};

using OptionList = QList<std::pair<QString, QString>>;

// A read or write request. Option names are ASCII lower-cased because RFC 2347 makes them
// case-insensitive; values are kept as sent.
struct Request
{
    Opcode opcode = Opcode::Rrq;
    QString fileName;
    TransferMode mode = TransferMode::Octet;
    OptionList options;
};

struct DataPacket
{
    quint16 block = 0;
    QByteArray payload;
};

struct ErrorPacket
{
    ErrorCode code = ErrorCode::NotDefined; // may hold values above 8 sent by a peer
    QString message;
};

// The length of the opcode and block number that precede a DATA payload.
constexpr int DataHeaderSize = 4;
// The largest payload of one DATA packet without options (RFC 1350).
constexpr int DefaultBlockSize = 512;

// The opcode of any datagram, or nullopt when it is shorter than two octets or the value is
// not one of 1..6.
std::optional<Opcode> peekOpcode(const QByteArray &datagram);

// Decodes an RRQ or WRQ (RFC 1350 section 5 with RFC 2347 options). Tolerates what real
// clients send: extra NUL padding after the last option and a last option name without a
// value, both dropped. Rejects an empty or unterminated file name, an unknown mode, and file
// names containing control characters.
Result<Request> parseRequest(const QByteArray &datagram);

// Decodes DATA. The payload may be empty (the last block of a file whose size is a multiple
// of the block size).
Result<DataPacket> parseData(const QByteArray &datagram);

// Decodes ACK and returns its block number. Octets after the block number are ignored.
Result<quint16> parseAck(const QByteArray &datagram);

// Decodes ERROR. A missing terminating NUL is tolerated.
Result<ErrorPacket> parseError(const QByteArray &datagram);

// Decodes OACK option pairs; names are lower-cased.
Result<OptionList> parseOack(const QByteArray &datagram);

QByteArray encodeRequest(const Request &request);
QByteArray encodeData(quint16 block, const QByteArray &payload);
QByteArray encodeAck(quint16 block);
QByteArray encodeError(ErrorCode code, const QString &message);
QByteArray encodeOack(const OptionList &options);

// The mode name as RFC 1350 spells it ("netascii", "octet", "mail").
QString modeName(TransferMode mode);
std::optional<TransferMode> modeFromName(const QString &name);

// A short name for logs, e.g. "ACK" or "OACK".
// `text` from the network as it may be logged or sent back: control characters become
// \xNN and anything past `maxLength` characters is cut, so a request cannot forge log lines.
QString printableText(const QString &text, qsizetype maxLength = 64);

QString opcodeName(Opcode opcode);

} // namespace ztp::tftp
