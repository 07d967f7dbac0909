// The pure parts of the serial engine: console profiles and their prompt and error patterns,
// the printable-output score of baud detection, XMODEM framing, port-list changes and the
// transcript text.

#include "serial/bauddetector.h"
#include "serial/consoleprofile.h"
#include "serial/consoletranscript.h"
#include "serial/portwatcher.h"
#include "serial/xmodemsender.h"

#include <QtTest>

using namespace ztp::serial;

Q_DECLARE_METATYPE(ztp::serial::CliMode)

class SerialCodecsTest : public QObject
{
    Q_OBJECT

private slots:
    void builtInProfilesLoad();
    void unknownProfileListsNames();
    void profileFileLoads();
    void promptMode_data();
    void promptMode();
    void errorLineFound_data();
    void errorLineFound();
    void invalidProfileRejected_data();
    void invalidProfileRejected();
    void lineSettingsText();
    void printableScore_data();
    void printableScore();
    void xmodemCrcCheckValue();
    void xmodemBlockLayout_data();
    void xmodemBlockLayout();
    void portChanges();
    void sameAdapterMatch();
    void transcriptText();
};

void SerialCodecsTest::builtInProfilesLoad()
{
    const QStringList names = ConsoleProfile::builtInNames();

    QVERIFY(names.contains(QStringLiteral("cisco-ios")));
    QVERIFY(names.contains(QStringLiteral("arista-eos")));
    QVERIFY(names.contains(QStringLiteral("juniper-junos")));
    for (const QString &name : names) {
        const auto profile = ConsoleProfile::load(name);
        QVERIFY2(profile.ok(), qPrintable(profile.errorString()));
        QCOMPARE(profile->name, name);
        QVERIFY(!profile->errorPatterns.isEmpty());
    }

    const auto cisco = ConsoleProfile::load(QStringLiteral("cisco-ios"));
    QCOMPARE(cisco->line.baudRate, 9600);
    QCOMPARE(cisco->lineEnding, QByteArray("\r"));
    QCOMPARE(cisco->pagingOffCommand, QStringLiteral("terminal length 0"));
    QCOMPARE(cisco->pager.response, QByteArray(" "));
    QCOMPARE(cisco->loginSteps.size(), 2);
    QCOMPARE(cisco->abandonConfigurationCommand, QStringLiteral("end"));
    QCOMPARE(cisco->textBlocks.size(), 1);
    const QRegularExpressionMatch banner = cisco->textBlocks.constFirst().start.match(QStringLiteral("banner motd ^C"));
    QVERIFY(banner.hasMatch());
    QCOMPARE(banner.captured(QStringLiteral("delimiter")), QStringLiteral("^"));
    QVERIFY(!cisco->textBlocks.constFirst().start.match(QStringLiteral("no banner motd")).hasMatch());
    // A bare 'banner' is the motd banner; a keyword alone is no delimiter.
    QCOMPARE(cisco->textBlocks.constFirst().start.match(QStringLiteral("banner #")).captured(u"delimiter"),
             QStringLiteral("#"));
    QVERIFY(!cisco->textBlocks.constFirst().start.match(QStringLiteral("banner motd")).hasMatch());

    // Junos commits on 'commit and-quit', so a console found in configuration mode is left
    // with a command that applies nothing.
    const auto junos = ConsoleProfile::load(QStringLiteral("juniper-junos"));
    QCOMPARE(junos->exitConfigurationCommand, QStringLiteral("commit and-quit"));
    QCOMPARE(junos->abandonConfigurationCommand, QStringLiteral("exit configuration-mode"));
}

void SerialCodecsTest::unknownProfileListsNames()
{
    const auto profile = ConsoleProfile::load(QStringLiteral("nokia-sros"));

    QVERIFY(!profile.ok());
    QVERIFY(profile.errorString().contains(QStringLiteral("nokia-sros")));
    QVERIFY(profile.errorString().contains(QStringLiteral("cisco-ios")));
}

void SerialCodecsTest::profileFileLoads()
{
    const auto profile = ConsoleProfile::load(QStringLiteral(ZTPW_TEST_DATA_DIR "/serial/bench-router.json"));

    QVERIFY2(profile.ok(), qPrintable(profile.errorString()));
    QCOMPARE(profile->name, QStringLiteral("bench-router"));
    QCOMPARE(profile->line.baudRate, 115200);
    QCOMPARE(profile->line.parity, QSerialPort::EvenParity);
    QCOMPARE(profile->line.flowControl, QSerialPort::HardwareControl);
    QCOMPARE(profile->lineEnding, QByteArray("\r\n"));
    QCOMPARE(profile->characterDelay.count(), 5);
}

void SerialCodecsTest::promptMode_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("line");
    QTest::addColumn<CliMode>("mode");

    const QString cisco = QStringLiteral("cisco-ios");
    const QString junos = QStringLiteral("juniper-junos");
    QTest::newRow("ios user") << cisco << "Switch>" << CliMode::User;
    QTest::newRow("ios privileged") << cisco << "sw1.lab#" << CliMode::Privileged;
    QTest::newRow("ios config") << cisco << "Switch(config)#" << CliMode::Configuration;
    QTest::newRow("ios interface") << cisco << "Switch(config-if)#" << CliMode::Configuration;
    QTest::newRow("ios trailing space") << cisco << "Switch# " << CliMode::Privileged;
    QTest::newRow("ios echo") << cisco << "hostname sw1" << CliMode::Unknown;
    QTest::newRow("ios banner echo") << cisco << "banner motd #" << CliMode::Unknown;
    QTest::newRow("ios pager") << cisco << " --More-- " << CliMode::Unknown;
    QTest::newRow("junos operational") << junos << "admin@ex4300>" << CliMode::Privileged;
    QTest::newRow("junos configuration") << junos << "admin@ex4300#" << CliMode::Configuration;
}

void SerialCodecsTest::promptMode()
{
    QFETCH(QString, profile);
    QFETCH(QString, line);
    QFETCH(CliMode, mode);

    const auto loaded = ConsoleProfile::load(profile);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->promptMode(line), mode);
}

void SerialCodecsTest::errorLineFound_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("error");

    QTest::newRow("invalid input") << "       ^\r\n% Invalid input detected at '^' marker.\r\n\r\n"
                                   << "% Invalid input detected at '^' marker.";
    QTest::newRow("incomplete") << "% Incomplete command.\r\n" << "% Incomplete command.";
    QTest::newRow("ambiguous") << "% Ambiguous command:  \"sh\"\r\n" << "% Ambiguous command:  \"sh\"";
    QTest::newRow("clean") << "Enter configuration commands, one per line.\r\n" << "";
    QTest::newRow("informational percent") << "%LINK-3-UPDOWN: Interface Gi1/0/1, changed state to up\r\n"
                                           << "";
}

void SerialCodecsTest::errorLineFound()
{
    QFETCH(QString, output);
    QFETCH(QString, error);

    const auto profile = ConsoleProfile::load(QStringLiteral("cisco-ios"));
    QCOMPARE(profile->findError(output), error);
}

void SerialCodecsTest::invalidProfileRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    const QByteArray base = R"({"prompts": {"privileged": "#$"}, "errorPatterns": ["^%"])";
    QTest::newRow("not json") << QByteArray("{prompts") << "not a JSON object";
    QTest::newRow("parity") << base + R"(, "serial": {"parity": "mark"}})" << "'parity' is 'mark'";
    QTest::newRow("flow control") << base + R"(, "serial": {"flowControl": "dsr"}})" << "'flowControl'";
    QTest::newRow("baud") << base + R"(, "serial": {"baud": 0}})" << "'baud'";
    QTest::newRow("data bits") << base + R"(, "serial": {"dataBits": 9}})" << "'dataBits'";
    QTest::newRow("line ending") << base + R"(, "lineEnding": "lf"})" << "'lineEnding' is 'lf'";
    QTest::newRow("regex") << base + R"(, "commentPattern": "(unclosed"})" << "'commentPattern'";
    QTest::newRow("no privileged prompt") << QByteArray(R"({"errorPatterns": ["^%"]})") << "privileged";
    QTest::newRow("no error patterns") << QByteArray(R"({"prompts": {"privileged": "#$"}})") << "errorPatterns";
    QTest::newRow("pager without response") << base + R"(, "pager": [{"pattern": "More"}]})" << "'pager'";
    QTest::newRow("text block without end") << base + R"(, "textBlocks": [{"start": "^banner"}]})"
                                            << "\"delimiter\"";
    QTest::newRow("text block with both ends")
        << base + R"json(, "textBlocks": [{"start": "^banner (?<delimiter>\\S)", "end": "^EOF$"}]})json"
        << "'textBlocks'";
    QTest::newRow("text block regex") << base + R"(, "textBlocks": [{"start": "(", "end": "x"}]})" << "'textBlocks'";
}

void SerialCodecsTest::invalidProfileRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);

    const auto profile = ConsoleProfile::fromJson(json, QStringLiteral("broken"));

    QVERIFY(!profile.ok());
    QVERIFY2(profile.errorString().contains(expected), qPrintable(profile.errorString()));
    QVERIFY2(profile.errorString().contains(QStringLiteral("'broken'")), qPrintable(profile.errorString()));
}

void SerialCodecsTest::lineSettingsText()
{
    SerialLineSettings settings;
    QCOMPARE(settings.toString(), QStringLiteral("9600 8N1, no flow control"));

    settings.baudRate = 115200;
    settings.dataBits = QSerialPort::Data7;
    settings.parity = QSerialPort::EvenParity;
    settings.stopBits = QSerialPort::TwoStop;
    settings.flowControl = QSerialPort::HardwareControl;
    QCOMPARE(settings.toString(), QStringLiteral("115200 7E2, RTS/CTS flow control"));
}

void SerialCodecsTest::printableScore_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");

    QTest::newRow("empty") << QByteArray() << 0.0 << 0.0;
    QTest::newRow("prompt") << QByteArray("\r\nSwitch>") << 1.0 << 1.0;
    QTest::newRow("one byte") << QByteArray(">") << 0.2 << 0.3;
    QTest::newRow("framing garbage") << QByteArray("\xf8\x80\xfe\x86\xe0\x98\x00\xff") << 0.0 << 0.0;
    QTest::newRow("mostly garbage") << QByteArray("\xf8\x80\xfe\x86\xe0S>") << 0.2 << 0.4;
}

void SerialCodecsTest::printableScore()
{
    QFETCH(QByteArray, output);
    QFETCH(double, minimum);
    QFETCH(double, maximum);

    const double score = scorePrintable(output);
    QVERIFY2(score >= minimum - 1e-9 && score <= maximum + 1e-9, qPrintable(QString::number(score)));
}

// "123456789" is the check string of the CRC catalogue; CRC-16/XMODEM gives 0x31C3.
void SerialCodecsTest::xmodemCrcCheckValue()
{
    QCOMPARE(xmodem::crc16("123456789"), quint16(0x31c3));
    QCOMPARE(xmodem::checksum("\x01\x02\xff"), quint8(0x02));
}

void SerialCodecsTest::xmodemBlockLayout_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("blockSize");
    QTest::addColumn<bool>("useCrc");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("size");

    QTest::newRow("128 crc") << 1 << 128 << true << QByteArray("\x01\x01\xfe") << 133;
    QTest::newRow("128 checksum") << 2 << 128 << false << QByteArray("\x01\x02\xfd") << 132;
    QTest::newRow("1k crc") << 255 << 1024 << true << QByteArray("\x02\xff\x00", 3) << 1029;
    QTest::newRow("wrapped number") << 0 << 128 << true << QByteArray("\x01\x00\xff", 3) << 133;
}

void SerialCodecsTest::xmodemBlockLayout()
{
    QFETCH(int, number);
    QFETCH(int, blockSize);
    QFETCH(bool, useCrc);
    QFETCH(QByteArray, header);
    QFETCH(int, size);

    const QByteArray data = "AB";
    const QByteArray block = xmodem::buildBlock(quint8(number), data, blockSize, useCrc);

    QCOMPARE(block.size(), size);
    QCOMPARE(block.left(3), header);
    QCOMPARE(block.mid(3, 2), data);
    const QByteArray payload = block.mid(3, blockSize);
    QCOMPARE(payload.count(xmodem::Padding), blockSize - 2);
    if (useCrc) {
        const quint16 crc = xmodem::crc16(payload);
        QCOMPARE(quint8(block.at(size - 2)), quint8(crc >> 8));
        QCOMPARE(quint8(block.at(size - 1)), quint8(crc & 0xff));
    } else {
        QCOMPARE(quint8(block.at(size - 1)), xmodem::checksum(payload));
    }
}

void SerialCodecsTest::portChanges()
{
    PortDescription usb0;
    usb0.portName = QStringLiteral("ttyUSB0");
    usb0.systemLocation = QStringLiteral("/dev/ttyUSB0");
    usb0.hasUsbIds = true;
    usb0.vendorId = 0x0403;
    usb0.productId = 0x6001;
    usb0.serialNumber = QStringLiteral("A10KZP1B");
    PortDescription acm0;
    acm0.portName = QStringLiteral("ttyACM0");
    acm0.systemLocation = QStringLiteral("/dev/ttyACM0");

    const PortChanges plugged = diffPorts({acm0}, {acm0, usb0});
    QCOMPARE(plugged.added.size(), 1);
    QCOMPARE(plugged.added.at(0).usbId(), QStringLiteral("0403:6001"));
    QVERIFY(plugged.removed.isEmpty());

    const PortChanges unplugged = diffPorts({acm0, usb0}, {acm0});
    QCOMPARE(unplugged.removed.size(), 1);
    QCOMPARE(unplugged.removed.at(0).portName, QStringLiteral("ttyUSB0"));
    QVERIFY(diffPorts({acm0, usb0}, {acm0, usb0}).isEmpty());
    QCOMPARE(acm0.usbId(), QString());
}

void SerialCodecsTest::sameAdapterMatch()
{
    PortDescription before;
    before.systemLocation = QStringLiteral("/dev/ttyUSB0");
    before.hasUsbIds = true;
    before.vendorId = 0x067b;
    before.productId = 0x2303;
    before.serialNumber = QStringLiteral("FTD1XYZ");

    PortDescription renumbered = before;
    renumbered.systemLocation = QStringLiteral("/dev/ttyUSB1");
    QVERIFY(before.isSameAdapter(renumbered));

    PortDescription otherAdapter = before;
    otherAdapter.serialNumber = QStringLiteral("FTD2ABC");
    QVERIFY(!before.isSameAdapter(otherAdapter));

    PortDescription noSerial = before;
    noSerial.serialNumber.clear();
    PortDescription noSerialMoved = noSerial;
    noSerialMoved.systemLocation = QStringLiteral("/dev/ttyUSB1");
    QVERIFY(noSerial.isSameAdapter(noSerial));
    QVERIFY(!noSerial.isSameAdapter(noSerialMoved));
}

void SerialCodecsTest::transcriptText()
{
    ConsoleTranscript transcript;
    transcript.append(ConsoleTranscript::Direction::Sent, "hostnam\x7f" "e\r");
    transcript.append(ConsoleTranscript::Direction::Received, "hostnamx\bey\b sw1\r\nSwi");
    transcript.append(ConsoleTranscript::Direction::Received, "tch(config)#\x1b[0m");

    const QStringList lines = transcript.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).endsWith(QStringLiteral("] hostname sw1")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("] Switch(config)#[0m")));
    QVERIFY(QRegularExpression(QStringLiteral("^\\[\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\] ")).match(lines.at(0)).hasMatch());
    QCOMPARE(transcript.sentBytes(), 10);
    QCOMPARE(transcript.receivedBytes(), 37);
}

QTEST_GUILESS_MAIN(SerialCodecsTest)
#include "tst_serialcodecs.moc"
