#include "hexfixtures.h"
#include "tftp/tftppacket.h"

#include <QtTest>

using namespace ztp::tftp;
using namespace Qt::StringLiterals;

class TftpPacketTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void parseValidRequest_data();
    void parseValidRequest();
    void parseMalformedRequest_data();
    void parseMalformedRequest();
    void requestRoundTrip_data();
    void requestRoundTrip();

    void encodeReferenceOack();
    void parseOack();
    void parseAck_data();
    void parseAck();
    void parseError_data();
    void parseError();
    void parseData_data();
    void parseData();
    void encodeTransferPackets();
    void peekOpcode_data();
    void peekOpcode();
    void modeNames();
    void printableTextEscapes();

private:
    QByteArray fixture(const QString &name) const;
    QHash<QString, QByteArray> m_fixtures;
};

void TftpPacketTest::initTestCase()
{
    m_fixtures = loadHexFixtures(QStringLiteral("packets.hex"));
    QVERIFY2(!m_fixtures.isEmpty(), "tests/data/tftp/packets.hex is missing or empty");
}

QByteArray TftpPacketTest::fixture(const QString &name) const
{
    if (!m_fixtures.contains(name))
        qFatal("fixture %s is not in packets.hex", qPrintable(name));
    return m_fixtures.value(name);
}

void TftpPacketTest::parseValidRequest_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("opcode");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QStringList>("options"); // name=value in order

    const int rrq = int(Opcode::Rrq);
    const int octet = int(TransferMode::Octet);
    QTest::newRow("reference vector") << u"rrq-network-confg-options"_s << rrq << u"network-confg"_s << octet
                                      << QStringList{u"blksize=1428"_s, u"tsize=0"_s, u"windowsize=4"_s};
    QTest::newRow("no options") << u"rrq-plain"_s << rrq << u"pxelinux.0"_s << octet << QStringList{};
    QTest::newRow("mixed case mode and option") << u"rrq-mixed-case"_s << rrq << u"Startup.cfg"_s << octet
                                                << QStringList{u"blksize=1024"_s};
    QTest::newRow("netascii") << u"rrq-netascii"_s << rrq << u"network-confg"_s
                              << int(TransferMode::Netascii) << QStringList{};
    QTest::newRow("mail parses, server rejects") << u"rrq-mail"_s << rrq << u"root"_s
                                                 << int(TransferMode::Mail) << QStringList{};
    QTest::newRow("write with tsize") << u"wrq-tsize"_s << int(Opcode::Wrq) << u"sw1-confg"_s << octet
                                      << QStringList{u"tsize=2345"_s};
    QTest::newRow("NUL padding") << u"rrq-padded"_s << rrq << u"boot.img"_s << octet
                                 << QStringList{u"tsize=0"_s};
    QTest::newRow("option without value") << u"rrq-dangling-option"_s << rrq << u"boot.img"_s << octet
                                          << QStringList{u"blksize=1468"_s};
    QTest::newRow("unterminated option") << u"rrq-unterminated-option"_s << rrq << u"boot.img"_s << octet
                                         << QStringList{};
}

void TftpPacketTest::parseValidRequest()
{
    QFETCH(QString, fixture);
    QFETCH(int, opcode);
    QFETCH(QString, fileName);
    QFETCH(int, mode);
    QFETCH(QStringList, options);

    const ztp::Result<Request> request = parseRequest(this->fixture(fixture));
    QVERIFY2(request.ok(), qPrintable(request.errorString()));
    QCOMPARE(int(request->opcode), opcode);
    QCOMPARE(request->fileName, fileName);
    QCOMPARE(int(request->mode), mode);

    QStringList parsedOptions;
    for (const auto &[name, value] : request->options)
        parsedOptions.append(name + QLatin1Char('=') + value);
    QCOMPARE(parsedOptions, options);
}

void TftpPacketTest::parseMalformedRequest_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("reason"); // a word the error message must contain

    QTest::newRow("no mode") << u"rrq-no-mode"_s << u"mode"_s;
    QTest::newRow("unterminated name") << u"rrq-unterminated-name"_s << u"not terminated"_s;
    QTest::newRow("empty name") << u"rrq-empty-name"_s << u"empty"_s;
    QTest::newRow("unknown mode") << u"rrq-unknown-mode"_s << u"binary"_s;
    QTest::newRow("control character") << u"rrq-control-character"_s << u"control"_s;
    QTest::newRow("opcode only") << u"opcode-only"_s << u"missing"_s;
    QTest::newRow("one octet") << u"one-octet"_s << u"not a read or write request"_s;
    QTest::newRow("opcode 0") << u"opcode-zero"_s << u"not a read or write request"_s;
    QTest::newRow("opcode 7") << u"opcode-seven"_s << u"not a read or write request"_s;
    QTest::newRow("ACK is no request") << u"ack-0"_s << u"not a read or write request"_s;
}

void TftpPacketTest::parseMalformedRequest()
{
    QFETCH(QString, fixture);
    QFETCH(QString, reason);

    const ztp::Result<Request> request = parseRequest(this->fixture(fixture));
    QVERIFY(!request.ok());
    QVERIFY2(request.errorString().contains(reason), qPrintable(request.errorString()));
}

void TftpPacketTest::requestRoundTrip_data()
{
    QTest::addColumn<QString>("fixture");

    QTest::newRow("reference vector") << u"rrq-network-confg-options"_s;
    QTest::newRow("mixed case") << u"rrq-mixed-case"_s;
    QTest::newRow("octets above 0x7f in option name") << u"rrq-latin1-option-name"_s;
}

void TftpPacketTest::requestRoundTrip()
{
    QFETCH(QString, fixture);

    const QByteArray wire = this->fixture(fixture).toLower();
    const ztp::Result<Request> request = parseRequest(wire);
    QVERIFY(request.ok());
    QCOMPARE(encodeRequest(*request).toHex(' '), wire.toHex(' '));
}

void TftpPacketTest::encodeReferenceOack()
{
    const OptionList options{{QStringLiteral("blksize"), QStringLiteral("1428")},
                             {QStringLiteral("tsize"), QStringLiteral("2345")},
                             {QStringLiteral("windowsize"), QStringLiteral("4")}};
    QCOMPARE(encodeOack(options).toHex(' '), fixture(QStringLiteral("oack-reference")).toHex(' '));
}

void TftpPacketTest::parseOack()
{
    const ztp::Result<OptionList> options = ztp::tftp::parseOack(fixture(QStringLiteral("oack-reference")));
    QVERIFY(options.ok());
    QCOMPARE(options->size(), 3);
    QCOMPARE(options->at(1).first, QStringLiteral("tsize"));
    QCOMPARE(options->at(1).second, QStringLiteral("2345"));

    QVERIFY(!ztp::tftp::parseOack(fixture(QStringLiteral("ack-0"))).ok());
}

void TftpPacketTest::parseAck_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("block");

    QTest::newRow("block 0") << u"ack-0"_s << true << 0;
    QTest::newRow("block 65535") << u"ack-65535"_s << true << 65535;
    QTest::newRow("trailing octet ignored") << u"ack-trailing"_s << true << 5;
    QTest::newRow("too short") << u"ack-short"_s << false << 0;
    QTest::newRow("DATA is no ACK") << u"data-1-hello"_s << false << 0;
}

void TftpPacketTest::parseAck()
{
    QFETCH(QString, fixture);
    QFETCH(bool, valid);
    QFETCH(int, block);

    const ztp::Result<quint16> ack = ztp::tftp::parseAck(this->fixture(fixture));
    QCOMPARE(ack.ok(), valid);
    if (valid)
        QCOMPARE(int(*ack), block);
}

void TftpPacketTest::parseError_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("option negotiation") << u"error-8"_s << 8 << u"option negotiation refused"_s;
    QTest::newRow("missing NUL") << u"error-unterminated"_s << 1 << u"File not found"_s;
    QTest::newRow("code above 8 kept") << u"error-code-99"_s << 99 << u"vendor"_s;
}

void TftpPacketTest::parseError()
{
    QFETCH(QString, fixture);
    QFETCH(int, code);
    QFETCH(QString, message);

    const ztp::Result<ErrorPacket> error = ztp::tftp::parseError(this->fixture(fixture));
    QVERIFY(error.ok());
    QCOMPARE(int(error->code), code);
    QCOMPARE(error->message, message);
}

void TftpPacketTest::parseData_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("block");
    QTest::addColumn<QByteArray>("payload");

    QTest::newRow("block 1") << u"data-1-hello"_s << true << 1 << QByteArray("hello");
    QTest::newRow("empty payload") << u"data-empty"_s << true << 0x1234 << QByteArray();
    QTest::newRow("too short") << u"data-short"_s << false << 0 << QByteArray();
}

void TftpPacketTest::parseData()
{
    QFETCH(QString, fixture);
    QFETCH(bool, valid);
    QFETCH(int, block);
    QFETCH(QByteArray, payload);

    const ztp::Result<DataPacket> data = ztp::tftp::parseData(this->fixture(fixture));
    QCOMPARE(data.ok(), valid);
    if (!valid)
        return;
    QCOMPARE(int(data->block), block);
    QCOMPARE(data->payload, payload);
}

void TftpPacketTest::encodeTransferPackets()
{
    QCOMPARE(encodeAck(0).toHex(' '), fixture(QStringLiteral("ack-0")).toHex(' '));
    QCOMPARE(encodeAck(65535).toHex(' '), fixture(QStringLiteral("ack-65535")).toHex(' '));
    QCOMPARE(encodeData(1, QByteArray("hello")).toHex(' '),
             fixture(QStringLiteral("data-1-hello")).toHex(' '));
    QCOMPARE(encodeData(0x1234, QByteArray()).toHex(' '),
             fixture(QStringLiteral("data-empty")).toHex(' '));
    QCOMPARE(encodeError(ErrorCode::OptionNegotiationFailed,
                         QStringLiteral("option negotiation refused"))
                 .toHex(' '),
             fixture(QStringLiteral("error-8")).toHex(' '));
}

void TftpPacketTest::peekOpcode_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("opcode"); // 0 for none

    QTest::newRow("RRQ") << u"rrq-plain"_s << int(Opcode::Rrq);
    QTest::newRow("WRQ") << u"wrq-tsize"_s << int(Opcode::Wrq);
    QTest::newRow("DATA") << u"data-1-hello"_s << int(Opcode::Data);
    QTest::newRow("ACK") << u"ack-0"_s << int(Opcode::Ack);
    QTest::newRow("ERROR") << u"error-8"_s << int(Opcode::Error);
    QTest::newRow("OACK") << u"oack-reference"_s << int(Opcode::Oack);
    QTest::newRow("opcode 0") << u"opcode-zero"_s << 0;
    QTest::newRow("opcode 7") << u"opcode-seven"_s << 0;
    QTest::newRow("one octet") << u"one-octet"_s << 0;
}

void TftpPacketTest::peekOpcode()
{
    QFETCH(QString, fixture);
    QFETCH(int, opcode);

    const std::optional<Opcode> peeked = ztp::tftp::peekOpcode(this->fixture(fixture));
    QCOMPARE(peeked.has_value(), opcode != 0);
    if (peeked)
        QCOMPARE(int(*peeked), opcode);
}

void TftpPacketTest::modeNames()
{
    QCOMPARE(modeFromName(QStringLiteral("NETASCII")), std::optional(TransferMode::Netascii));
    QCOMPARE(modeFromName(QStringLiteral("Octet")), std::optional(TransferMode::Octet));
    QCOMPARE(modeFromName(QStringLiteral("mail")), std::optional(TransferMode::Mail));
    QVERIFY(!modeFromName(QStringLiteral("binary")).has_value());
    QCOMPARE(modeName(TransferMode::Netascii), QStringLiteral("netascii"));
}

// A mode or option value with a line break would otherwise forge a line in the server's log.
void TftpPacketTest::printableTextEscapes()
{
    QCOMPARE(printableText(QStringLiteral("octet\n2026-12-05 ztpw.tftp: forged")),
             QStringLiteral("octet\\x0a2026-12-05 ztpw.tftp: forged"));
    QCOMPARE(printableText(QStringLiteral("a\x7f\tb")), QStringLiteral("a\\x7f\\x09b"));
    QCOMPARE(printableText(QString(100, QLatin1Char('v')), 8), QStringLiteral("vvvvvvvv..."));
    QCOMPARE(printableText(QStringLiteral("plain")), QStringLiteral("plain"));

    const QByteArray request("\0\x01name\0oc\ntet\0", 14);
    const ztp::Result<Request> parsed = parseRequest(request);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.errorString().contains(QStringLiteral("oc\\x0atet")), qPrintable(parsed.errorString()));
}

QTEST_APPLESS_MAIN(TftpPacketTest)
#include "tst_tftppacket.moc"
