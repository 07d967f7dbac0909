#include "tftp/tftppacket.h"

#include <QtEndian>

namespace ztp::tftp {

namespace {

quint16 readUint16(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint16>(bytes.constData() + offset);
}

void appendUint16(QByteArray &bytes, quint16 value)
{
    const quint16 wire = qToBigEndian(value);
    bytes.append(reinterpret_cast<const char *>(&wire), sizeof wire);
}

// File names travel as UTF-8; mode and option strings as Latin-1, which keeps any octet a
// peer sent unchanged through parse and encode.
void appendUtf8String(QByteArray &bytes, const QString &text)
{
    bytes.append(text.toUtf8());
    bytes.append('\0');
}

void appendLatin1String(QByteArray &bytes, const QString &text)
{
    bytes.append(text.toLatin1());
    bytes.append('\0');
}

// Splits the octets after the opcode into NUL-terminated strings. An unterminated tail is
// returned in *unterminated instead of the list.
QList<QByteArray> splitStrings(const QByteArray &datagram, int offset, QByteArray *unterminated)
{
    QList<QByteArray> strings;
    while (offset < datagram.size()) {
        const qsizetype end = datagram.indexOf('\0', offset);
        if (end < 0) {
            *unterminated = datagram.mid(offset);
            break;
        }
        strings.append(datagram.mid(offset, end - offset));
        offset = int(end) + 1;
    }
    return strings;
}

bool containsControlCharacter(const QByteArray &text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return true;
    }
    return false;
}

Error malformed(const QString &what)
{
    return Error{QStringLiteral("Malformed TFTP packet: %1").arg(what)};
}

} // namespace

std::optional<Opcode> peekOpcode(const QByteArray &datagram)
{
    if (datagram.size() < 2)
        return std::nullopt;

    const quint16 value = readUint16(datagram, 0);
    if (value < quint16(Opcode::Rrq) || value > quint16(Opcode::Oack))
        return std::nullopt;
    return Opcode(value);
}

Result<Request> parseRequest(const QByteArray &datagram)
{
    const std::optional<Opcode> opcode = peekOpcode(datagram);
    if (!opcode || (*opcode != Opcode::Rrq && *opcode != Opcode::Wrq))
        return malformed(QStringLiteral("not a read or write request"));

    QByteArray unterminated;
    QList<QByteArray> strings = splitStrings(datagram, 2, &unterminated);
    if (strings.size() < 2)
        return malformed(QStringLiteral("the file name or the mode is missing or not terminated"));

    const QByteArray &fileName = strings.at(0);
    if (fileName.isEmpty())
        return malformed(QStringLiteral("the file name is empty"));
    if (containsControlCharacter(fileName))
        return malformed(QStringLiteral("the file name contains control characters"));

    const QString modeText = QString::fromLatin1(strings.at(1));
    const std::optional<TransferMode> mode = modeFromName(modeText);
    if (!mode)
        return malformed(QStringLiteral("unknown transfer mode \"%1\"").arg(printableText(modeText, 32)));

    Request request;
    request.opcode = *opcode;
    request.fileName = QString::fromUtf8(fileName);
    request.mode = *mode;

    // Option pairs follow (RFC 2347). Some PXE ROMs pad the request with NULs, which show up
    // here as empty strings; an empty name ends the list. A name without a value is dropped,
    // and so is an unterminated tail.
    for (int i = 2; i + 1 < strings.size(); i += 2) {
        const QByteArray &name = strings.at(i);
        if (name.isEmpty())
            break;
        request.options.append({QString::fromLatin1(name.toLower()),
                                QString::fromLatin1(strings.at(i + 1))});
    }
    return request;
}

Result<DataPacket> parseData(const QByteArray &datagram)
{
    if (peekOpcode(datagram) != Opcode::Data)
        return malformed(QStringLiteral("not a DATA packet"));
    if (datagram.size() < DataHeaderSize)
        return malformed(QStringLiteral("DATA shorter than 4 octets"));

    return DataPacket{readUint16(datagram, 2), datagram.mid(DataHeaderSize)};
}

Result<quint16> parseAck(const QByteArray &datagram)
{
    if (peekOpcode(datagram) != Opcode::Ack)
        return malformed(QStringLiteral("not an ACK packet"));
    if (datagram.size() < 4)
        return malformed(QStringLiteral("ACK shorter than 4 octets"));

    return readUint16(datagram, 2);
}

Result<ErrorPacket> parseError(const QByteArray &datagram)
{
    if (peekOpcode(datagram) != Opcode::Error)
        return malformed(QStringLiteral("not an ERROR packet"));
    if (datagram.size() < 4)
        return malformed(QStringLiteral("ERROR shorter than 4 octets"));

    QByteArray message = datagram.mid(4);
    const qsizetype end = message.indexOf('\0');
    if (end >= 0)
        message.truncate(end);
    return ErrorPacket{ErrorCode(readUint16(datagram, 2)), QString::fromUtf8(message)};
}

Result<OptionList> parseOack(const QByteArray &datagram)
{
    if (peekOpcode(datagram) != Opcode::Oack)
        return malformed(QStringLiteral("not an OACK packet"));

    QByteArray unterminated;
    const QList<QByteArray> strings = splitStrings(datagram, 2, &unterminated);
    if (!unterminated.isEmpty() || strings.size() % 2 != 0)
        return malformed(QStringLiteral("OACK options are not complete name/value pairs"));

    OptionList options;
    for (int i = 0; i < strings.size(); i += 2)
        options.append({QString::fromLatin1(strings.at(i).toLower()),
                        QString::fromLatin1(strings.at(i + 1))});
    return options;
}

QByteArray encodeRequest(const Request &request)
{
    QByteArray bytes;
    appendUint16(bytes, quint16(request.opcode));
    appendUtf8String(bytes, request.fileName);
    appendLatin1String(bytes, modeName(request.mode));
    for (const auto &[name, value] : request.options) {
        appendLatin1String(bytes, name);
        appendLatin1String(bytes, value);
    }
    return bytes;
}

QByteArray encodeData(quint16 block, const QByteArray &payload)
{
    QByteArray bytes;
    bytes.reserve(DataHeaderSize + payload.size());
    appendUint16(bytes, quint16(Opcode::Data));
    appendUint16(bytes, block);
    bytes.append(payload);
    return bytes;
}

QByteArray encodeAck(quint16 block)
{
    QByteArray bytes;
    appendUint16(bytes, quint16(Opcode::Ack));
    appendUint16(bytes, block);
    return bytes;
}

QByteArray encodeError(ErrorCode code, const QString &message)
{
    QByteArray bytes;
    appendUint16(bytes, quint16(Opcode::Error));
    appendUint16(bytes, quint16(code));
    appendUtf8String(bytes, message);
    return bytes;
}

QByteArray encodeOack(const OptionList &options)
{
    QByteArray bytes;
    appendUint16(bytes, quint16(Opcode::Oack));
    for (const auto &[name, value] : options) {
        appendLatin1String(bytes, name);
        appendLatin1String(bytes, value);
    }
    return bytes;
}

QString modeName(TransferMode mode)
{
    switch (mode) {
    case TransferMode::Netascii:
        return QStringLiteral("netascii");
    case TransferMode::Octet:
        return QStringLiteral("octet");
    case TransferMode::Mail:
        return QStringLiteral("mail");
    }
    return {};
}

std::optional<TransferMode> modeFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("netascii"))
        return TransferMode::Netascii;
    if (lower == QLatin1String("octet"))
        return TransferMode::Octet;
    if (lower == QLatin1String("mail"))
        return TransferMode::Mail;
    return std::nullopt;
}

QString printableText(const QString &text, qsizetype maxLength)
{
    QString printable;
    const QStringView head = QStringView(text).left(maxLength);
    for (const QChar character : head) {
        if (character.unicode() < 0x20 || character.unicode() == 0x7F)
            printable += QStringLiteral("\\x%1").arg(character.unicode(), 2, 16, QLatin1Char('0'));
        else
            printable += character;
    }
    if (text.size() > maxLength)
        printable += QStringLiteral("...");
    return printable;
}

QString opcodeName(Opcode opcode)
{
    switch (opcode) {
    case Opcode::Rrq:
        return QStringLiteral("RRQ");
    case Opcode::Wrq:
        return QStringLiteral("WRQ");
    case Opcode::Data:
        return QStringLiteral("DATA");
    case Opcode::Ack:
        return QStringLiteral("ACK");
    case Opcode::Error:
        return QStringLiteral("ERROR");
    case Opcode::Oack:
        return QStringLiteral("OACK");
    }
    return QStringLiteral("opcode %1").arg(quint16(opcode));
}

} // namespace ztp::tftp
