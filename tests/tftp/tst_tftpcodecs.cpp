// Pure parts of the TFTP server: netascii, block cutting, option negotiation and path checks.

#include "tftp/netascii.h"
#include "tftp/sha256.h"
#include "tftp/tftpblockreader.h"
#include "tftp/tftpoptions.h"
#include "tftp/tftppathresolver.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ztp::tftp;
using namespace Qt::StringLiterals;

class TftpCodecsTest : public QObject
{
    Q_OBJECT

private slots:
    void netasciiEncode_data();
    void netasciiEncode();
    void netasciiDecodeSplit_data();
    void netasciiDecodeSplit();
    void netasciiEncodedSize();
    void blockReaderNetasciiCarriesOver();
    void blockReaderExactMultiple();
    void sha256Vectors_data();
    void sha256Vectors();
    void sha256InPieces();
    void negotiationWrite();
    void negotiationEmptyFileOmitsTsize();
    void splitRequestPath_data();
    void splitRequestPath();
    void resolverSymlinks();
    void resolverCaseFallback();
};

void TftpCodecsTest::netasciiEncode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("plain") << QByteArray("abc") << QByteArray("abc");
    QTest::newRow("LF") << QByteArray("a\nb") << QByteArray("a\r\nb");
    QTest::newRow("bare CR") << QByteArray("a\rb") << QByteArray("a\r\0b", 4);
    QTest::newRow("CR LF in file") << QByteArray("a\r\n") << QByteArray("a\r\0\r\n", 5);
    QTest::newRow("NUL kept") << QByteArray("a\0b", 3) << QByteArray("a\0b", 3);
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TftpCodecsTest::netasciiEncode()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, encoded);

    QCOMPARE(encodeNetascii(input), encoded);
    NetasciiDecoder decoder;
    QCOMPARE(decoder.decode(encoded) + decoder.finish(), input);
}

void TftpCodecsTest::netasciiDecodeSplit_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("decoded");

    QTest::newRow("CR LF") << QByteArray("line\r\nnext\r\n") << QByteArray("line\nnext\n");
    QTest::newRow("CR NUL") << QByteArray("a\r\0b", 4) << QByteArray("a\rb");
    QTest::newRow("CR other kept") << QByteArray("a\rb") << QByteArray("a\rb");
    QTest::newRow("trailing CR") << QByteArray("a\r") << QByteArray("a\r");
    QTest::newRow("CR CR LF") << QByteArray("\r\r\n") << QByteArray("\r\n");
}

void TftpCodecsTest::netasciiDecodeSplit()
{
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, decoded);

    // Every split point, so a CR at the end of one block meets its LF or NUL in the next.
    for (qsizetype split = 0; split <= wire.size(); ++split) {
        NetasciiDecoder decoder;
        QByteArray output = decoder.decode(wire.left(split));
        output += decoder.decode(wire.mid(split));
        output += decoder.finish();
        QCOMPARE(output, decoded);
    }
}

void TftpCodecsTest::netasciiEncodedSize()
{
    QByteArray text;
    for (int i = 0; i < 20000; ++i)
        text.append(i % 37 == 0 ? '\n' : (i % 101 == 0 ? '\r' : 'x'));
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCOMPARE(ztp::tftp::netasciiEncodedSize(&buffer), std::optional<qint64>(encodeNetascii(text).size()));
}

void TftpCodecsTest::blockReaderNetasciiCarriesOver()
{
    // 600 LFs encode to 1200 octets: blocks of 512, 512 and 176, each CR LF pair intact.
    const QByteArray text(600, '\n');
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(text);
    QVERIFY(buffer->open(QIODevice::ReadOnly));
    BlockReader reader(std::move(buffer), TransferMode::Netascii);

    QByteArray joined;
    QList<qsizetype> sizes;
    while (true) {
        const ztp::Result<QByteArray> block = reader.readBlock(512);
        QVERIFY(block.ok());
        joined += *block;
        sizes.append(block->size());
        if (block->size() < 512)
            break;
    }
    QCOMPARE(sizes, (QList<qsizetype>{512, 512, 176}));
    QCOMPARE(joined, encodeNetascii(text));
}

void TftpCodecsTest::blockReaderExactMultiple()
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(QByteArray(1024, 'o'));
    QVERIFY(buffer->open(QIODevice::ReadOnly));
    BlockReader reader(std::move(buffer), TransferMode::Octet);

    QCOMPARE(reader.readBlock(512)->size(), 512);
    QCOMPARE(reader.readBlock(512)->size(), 512);
    // The size is a multiple of the block size, so an empty block ends the transfer.
    QCOMPARE(reader.readBlock(512)->size(), 0);
    QCOMPARE(reader.readBlock(512)->size(), 0);
}

void TftpCodecsTest::negotiationWrite()
{
    NegotiationContext context;
    context.opcode = Opcode::Wrq;
    context.maxBlockSize = 1468;

    const NegotiatedOptions result = negotiateOptions(
        {{u"tsize"_s, u"5000000000"_s}, {u"blksize"_s, u"65464"_s}, {u"windowsize"_s, u"8"_s}}, context);
    QCOMPARE(result.transferSize, std::optional<qint64>(5000000000));
    QCOMPARE(result.blockSize, 1468);
    QCOMPARE(result.windowSize, 8);
    QCOMPARE(result.acknowledged.size(), 3);
    QCOMPARE(result.acknowledged.at(0).second, u"5000000000"_s);
    QVERIFY(result.ignored.isEmpty());
}

void TftpCodecsTest::negotiationEmptyFileOmitsTsize()
{
    NegotiationContext context;
    context.transferSize = 0;
    const NegotiatedOptions result = negotiateOptions({{u"tsize"_s, u"0"_s}}, context);
    QVERIFY(result.acknowledged.isEmpty());

    context.transferSize = std::nullopt;
    QVERIFY(negotiateOptions({{u"tsize"_s, u"0"_s}}, context).acknowledged.isEmpty());

    // Above 2 GiB, where signed 32-bit formatting would go wrong.
    context.transferSize = qint64(3) * 1024 * 1024 * 1024;
    QCOMPARE(negotiateOptions({{u"tsize"_s, u"0"_s}}, context).acknowledged.at(0).second,
             u"3221225472"_s);
}

void TftpCodecsTest::splitRequestPath_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("components"); // joined with '|'; empty when rejected

    QTest::newRow("plain") << u"sw1.cfg"_s << u"sw1.cfg"_s;
    QTest::newRow("leading slash") << u"/pxelinux.0"_s << u"pxelinux.0"_s;
    QTest::newRow("backslashes") << u"\\cfg\\sw1.cfg"_s << u"cfg|sw1.cfg"_s;
    QTest::newRow("dot and doubled separators") << u"cfg//./sw1"_s << u"cfg|sw1"_s;
    QTest::newRow("dot dot") << u"../x"_s << QString();
    QTest::newRow("dot dot after backslash") << u"cfg\\..\\x"_s << QString();
    QTest::newRow("dot dot at end") << u"cfg/.."_s << QString();
    QTest::newRow("three dots is a name") << u".../x"_s << u"...|x"_s;
    QTest::newRow("nothing left") << u"/./"_s << QString();
}

void TftpCodecsTest::splitRequestPath()
{
    QFETCH(QString, requested);
    QFETCH(QString, components);

    PathError error;
    const std::optional<QStringList> split = ztp::tftp::splitRequestPath(requested, &error);
    if (components.isEmpty()) {
        QVERIFY(!split);
        QCOMPARE(error.code, ErrorCode::AccessViolation);
        return;
    }
    QVERIFY(split);
    QCOMPARE(split->join(QLatin1Char('|')), components);
}

void TftpCodecsTest::resolverSymlinks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.filePath(u"root"_s);
    QVERIFY(QDir().mkpath(root + u"/images"_s));
    QFile(dir.filePath(u"outside.txt"_s)).open(QIODevice::WriteOnly);
    QFile(root + u"/images/a.bin"_s).open(QIODevice::WriteOnly);
    QVERIFY(QFile::link(root + u"/images/a.bin"_s, root + u"/alias.bin"_s));
    QVERIFY(QFile::link(dir.path(), root + u"/up"_s));
    QVERIFY(QFile::link(dir.filePath(u"outside.txt"_s), root + u"/out.txt"_s));
    // A link that leaves the root and comes back in is rejected at the first step.
    QVERIFY(QFile::link(dir.path(), root + u"/loop"_s));

    const PathResolver resolver(root);
    PathError error;
    const std::optional<ResolvedPath> inside = resolver.resolve(u"alias.bin"_s, &error);
    QVERIFY(inside);
    QCOMPARE(inside->absolutePath, QFileInfo(root + u"/images/a.bin"_s).canonicalFilePath());

    QVERIFY(!resolver.resolve(u"out.txt"_s, &error));
    QCOMPARE(error.code, ErrorCode::AccessViolation);
    QVERIFY(!resolver.resolve(u"up/outside.txt"_s, &error));
    QCOMPARE(error.code, ErrorCode::AccessViolation);
    QVERIFY(!resolver.resolve(u"loop/root/images/a.bin"_s, &error));
    QCOMPARE(error.code, ErrorCode::AccessViolation);
    QVERIFY(!resolver.resolve(u"images"_s, &error));
    QCOMPARE(error.code, ErrorCode::AccessViolation);
    QVERIFY(!resolver.resolve(u"images/missing.bin"_s, &error));
    QCOMPARE(error.code, ErrorCode::FileNotFound);
}

void TftpCodecsTest::resolverCaseFallback()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir().mkpath(dir.filePath(u"Configs"_s)));
    QFile(dir.filePath(u"Configs/Network-Confg"_s)).open(QIODevice::WriteOnly);
    QFile(dir.filePath(u"Configs/dup.cfg"_s)).open(QIODevice::WriteOnly);
    QFile(dir.filePath(u"Configs/DUP.cfg"_s)).open(QIODevice::WriteOnly);

    const PathResolver resolver(dir.path());
    PathError error;
    const std::optional<ResolvedPath> exact = resolver.resolve(u"Configs/Network-Confg"_s, &error);
    QVERIFY(exact);
    QVERIFY(!exact->caseMismatch);

    const std::optional<ResolvedPath> folded = resolver.resolve(u"configs/network-confg"_s, &error);
    QVERIFY(folded);
    QVERIFY(folded->caseMismatch);
    QCOMPARE(folded->relativePath, u"Configs/Network-Confg"_s);

    // Two entries match ignoring case, so neither is guessed.
    QVERIFY(!resolver.resolve(u"configs/Dup.cfg"_s, &error));
    QCOMPARE(error.code, ErrorCode::FileNotFound);
    QVERIFY(resolver.resolve(u"Configs/dup.cfg"_s, &error));
}

void TftpCodecsTest::sha256Vectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digest"); // hex

    // FIPS 180-2 appendix B and the digest of no data.
    QTest::newRow("empty") << QByteArray()
                           << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TftpCodecsTest::sha256Vectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digest);

    ztp::tftp::Sha256 hash;
    hash.addData(input);
    QCOMPARE(hash.result().toHex(), digest);
}

void TftpCodecsTest::sha256InPieces()
{
    // Pieces of DATA block sizes, as a transfer adds them, give the digest of the whole.
    QByteArray content(100000, '\0');
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char(i * 31 + 7);

    ztp::tftp::Sha256 hash;
    for (qsizetype offset = 0; offset < content.size(); offset += 1468)
        hash.addData(QByteArrayView(content).sliced(offset, std::min<qsizetype>(1468, content.size() - offset)));
    QCOMPARE(hash.result(), QCryptographicHash::hash(content, QCryptographicHash::Sha256));
}

QTEST_GUILESS_MAIN(TftpCodecsTest)
#include "tst_tftpcodecs.moc"
