#include "bench/networkplan.h"
#include "platform/netplatform.h"
#include "workspace/csv.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ztp::workspace;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class WorkspaceTest : public QObject
{
    Q_OBJECT

private slots:
    void initCreatesLayout();
    void initKeepsExistingFiles();
    void openMissingSettingsNamesFix();
    void invalidSettings_data();
    void invalidSettings();
    void invalidSettingsOverwriteNothing();
    void csvDialects_data();
    void csvDialects();
    void inventoryColumnsBecomeVariables();
    void csvFormulaGuard();
    void invalidInventory_data();
    void invalidInventory();
    void planDerivesPoolFromInterface();
    void planRejectsPoolOutsideSubnet();
};

void WorkspaceTest::initCreatesLayout()
{
    QTemporaryDir dir;
    const auto workspace = Workspace::init(dir.filePath(QStringLiteral("bench")));
    QVERIFY2(workspace.ok(), qPrintable(workspace.errorString()));

    QVERIFY(QFile::exists(workspace->settingsPath()));
    QVERIFY(QFile::exists(workspace->templatesPath() + QStringLiteral("/default.j2")));
    QVERIFY(QDir(workspace->filesPath()).exists());
    QVERIFY(QFile::exists(workspace->inventoryPath()));
    QCOMPARE(workspace->settings().bootFile, QStringLiteral("network-confg"));
    QCOMPARE(workspace->settings().interfaceName, QString());
    QVERIFY(readFile(workspace->templatesPath() + QStringLiteral("/default.j2")).contains("{{ hostname }}"));
}

void WorkspaceTest::initKeepsExistingFiles()
{
    QTemporaryDir dir;
    QVERIFY(Workspace::init(dir.path()).ok());
    const QString templatePath = dir.filePath(QStringLiteral("templates/default.j2"));
    writeFile(templatePath, "hostname {{ hostname }}-edited\n");

    QVERIFY(Workspace::init(dir.path()).ok());
    QCOMPARE(readFile(templatePath), QByteArray("hostname {{ hostname }}-edited\n"));
}

void WorkspaceTest::openMissingSettingsNamesFix()
{
    QTemporaryDir dir;
    const auto workspace = Workspace::open(dir.path());
    QVERIFY(!workspace.ok());
    QVERIFY2(workspace.errorString().contains(QStringLiteral("workbench.json")), qPrintable(workspace.errorString()));
    QVERIFY2(workspace.errorString().contains(QStringLiteral("ztpw init")), qPrintable(workspace.errorString()));
}

void WorkspaceTest::invalidSettings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("syntax") << QByteArray("{\n  \"dhcp\": {\n    \"poolFirst\": \"10.0.0.10\",\n  }\n}")
                            << QStringLiteral("workbench.json: line 4: invalid JSON");
    QTest::newRow("not an address")
        << QByteArray("{\n  \"dhcp\": {\n    \"router\": \"10.0.0.300\"\n  }\n}")
        << QStringLiteral("workbench.json: line 3, key 'dhcp.router': '10.0.0.300' is not an IPv4 address");
    QTest::newRow("wrong type")
        << QByteArray("{\n  \"tftp\": {\n    \"port\": \"69\"\n  }\n}")
        << QStringLiteral("line 3, key 'tftp.port': expected a whole number from 1 to 65535");
    QTest::newRow("lease too short")
        << QByteArray("{\"dhcp\": {\"leaseTimeSeconds\": 5}}")
        << QStringLiteral("key 'dhcp.leaseTimeSeconds': expected a whole number from 60");
    QTest::newRow("half a pool")
        << QByteArray("{\"dhcp\": {\"poolFirst\": \"10.0.0.10\"}}")
        << QStringLiteral("key 'dhcp.poolLast': set both ends of the pool");
    QTest::newRow("reversed pool")
        << QByteArray("{\"dhcp\": {\"poolFirst\": \"10.0.0.50\", \"poolLast\": \"10.0.0.10\"}}")
        << QStringLiteral("the pool ends at 10.0.0.10, before it starts at 10.0.0.50");
    QTest::newRow("boot file too long")
        << (QByteArray("{\"dhcp\": {\"bootFile\": \"") + QByteArray(200, 'x') + QByteArray("\"}}"))
        << QStringLiteral("key 'dhcp.bootFile': the boot file name has 200 octets");
    QTest::newRow("array root") << QByteArray("[]") << QStringLiteral("must hold a JSON object");
    QTest::newRow("dns not list")
        << QByteArray("{\"dhcp\": {\"dnsServers\": \"10.0.0.1\"}}")
        << QStringLiteral("key 'dhcp.dnsServers': expected a list of addresses");
    QTest::newRow("misspelt key")
        << QByteArray("{\"dhcp\": {\"prot\": 67}}")
        << QStringLiteral("key 'dhcp.prot': unknown key; did you mean 'port'?");
    QTest::newRow("unknown section")
        << QByteArray("{\"bogusKey\": 1}")
        << QStringLiteral("key 'bogusKey': unknown key; the known keys here are");
    QTest::newRow("half a transfer port range")
        << QByteArray("{\"tftp\": {\"transferPortFirst\": 30000}}")
        << QStringLiteral("key 'tftp.transferPortLast': set both ends of the transfer port range");
    QTest::newRow("reversed transfer port range")
        << QByteArray("{\"tftp\": {\"transferPortFirst\": 30010, \"transferPortLast\": 30000}}")
        << QStringLiteral("the transfer port range ends at 30000, before it starts at 30010");
    QTest::newRow("block rollover 2")
        << QByteArray("{\"tftp\": {\"blockRollover\": 2}}")
        << QStringLiteral("key 'tftp.blockRollover': expected a whole number from 0 to 1");
    QTest::newRow("uploads not a boolean")
        << QByteArray("{\"tftp\": {\"uploads\": \"yes\"}}")
        << QStringLiteral("key 'tftp.uploads': expected true or false");
}

void WorkspaceTest::invalidSettings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);

    const auto settings = Workspace::parseSettings(json, QStringLiteral("workbench.json"));
    QVERIFY(!settings.ok());
    QVERIFY2(settings.errorString().contains(expected), qPrintable(settings.errorString()));
}

void WorkspaceTest::invalidSettingsOverwriteNothing()
{
    QTemporaryDir dir;
    QVERIFY(Workspace::init(dir.path()).ok());
    const QByteArray broken = "{ \"dhcp\": { \"router\": \"nonsense\" } }";
    writeFile(dir.filePath(QStringLiteral("workbench.json")), broken);

    QVERIFY(!Workspace::open(dir.path()).ok());
    QVERIFY(Workspace::init(dir.path()).ok() == false);
    QCOMPARE(readFile(dir.filePath(QStringLiteral("workbench.json"))), broken);
}

void WorkspaceTest::csvDialects_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("secondRecord");

    QTest::newRow("comma lf") << QByteArray("mac,hostname\n00:1c:73:00:00:01,sw1\n")
                              << QStringList {QStringLiteral("00:1c:73:00:00:01"), QStringLiteral("sw1")};
    QTest::newRow("semicolon crlf bom")
        << QByteArray("\xef\xbb\xbfmac;hostname\r\n00:1c:73:00:00:01;sw1\r\n")
        << QStringList {QStringLiteral("00:1c:73:00:00:01"), QStringLiteral("sw1")};
    QTest::newRow("tab") << QByteArray("mac\thostname\n00:1c:73:00:00:01\tsw1")
                         << QStringList {QStringLiteral("00:1c:73:00:00:01"), QStringLiteral("sw1")};
    QTest::newRow("quoted delimiter and quote")
        << QByteArray("mac,site\n00:1c:73:00:00:01,\"Hall 3, \"\"B\"\" rack\"\n")
        << QStringList {QStringLiteral("00:1c:73:00:00:01"), QStringLiteral("Hall 3, \"B\" rack")};
    QTest::newRow("quoted line break")
        << QByteArray("mac,note\n00:1c:73:00:00:01,\"two\nlines\"\n")
        << QStringList {QStringLiteral("00:1c:73:00:00:01"), QStringLiteral("two\nlines")};
    // Excel's "Unicode Text": UTF-16 little endian with a byte order mark, tab-delimited.
    const QString unicodeText = QStringLiteral(u"\ufeffmac\thostname\r\n00:1c:73:00:00:01\tsw\u00e9\r\n");
    QTest::newRow("utf-16 unicode text")
        << QByteArray(reinterpret_cast<const char *>(unicodeText.utf16()), unicodeText.size() * 2)
        << QStringList {QStringLiteral("00:1c:73:00:00:01"), QStringLiteral(u"sw\u00e9")};
}

void WorkspaceTest::csvDialects()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, secondRecord);

    const auto records = parseCsv(data);
    QVERIFY2(records.ok(), qPrintable(records.errorString()));
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(1).fields, secondRecord);
    QCOMPARE(records->at(1).line, 2);
}

void WorkspaceTest::csvFormulaGuard()
{
    const QList<QStringList> rows {{QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("sw-1")}};
    QCOMPARE(formatCsv(rows, FormulaGuard::On), QByteArray("\"'=HYPERLINK(\"\"x\"\")\",sw-1\r\n"));
    QCOMPARE(formatCsv(rows), QByteArray("\"=HYPERLINK(\"\"x\"\")\",sw-1\r\n"));
}

void WorkspaceTest::inventoryColumnsBecomeVariables()
{
    const auto inventory = Inventory::parse(
        "MAC,Serial,HostName,site,mgmt_vlan\n00-1C-73-00-00-01,FOC123,sw-a1,Hall 3,10\n"
        ",FOC456,sw-a2,Hall 3,20\n",
        QStringLiteral("inventory.csv"));
    QVERIFY2(inventory.ok(), qPrintable(inventory.errorString()));
    QCOMPARE(inventory->entries().size(), 2);

    const InventoryEntry *first = inventory->findByMac(ztp::platform::parseMac(QStringLiteral("00:1c:73:00:00:01")));
    QVERIFY(first);
    QCOMPARE(first->serial, QStringLiteral("FOC123"));
    QCOMPARE(first->hostname, QStringLiteral("sw-a1"));
    QCOMPARE(first->variables.value(QStringLiteral("site")).toString(), QStringLiteral("Hall 3"));
    QCOMPARE(first->variables.value(QStringLiteral("mgmt_vlan")).toString(), QStringLiteral("10"));
    QVERIFY(!first->variables.contains(QStringLiteral("MAC")));

    const InventoryEntry *second = inventory->findBySerial(QStringLiteral("foc456"));
    QVERIFY(second);
    QVERIFY(second->mac.isEmpty());
}

void WorkspaceTest::invalidInventory_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");

    QTest::newRow("bad mac") << QByteArray("mac,hostname\n00:1c:73:00:00:01,a\nnot-a-mac,b\n")
                             << QStringLiteral("inventory.csv: line 3, column 'mac': 'not-a-mac' is not a MAC address");
    QTest::newRow("duplicate mac")
        << QByteArray("mac,hostname\n00:1c:73:00:00:01,a\n001c.7300.0001,b\n")
        << QStringLiteral("line 3, column 'mac': 00:1c:73:00:00:01 is already on line 2");
    QTest::newRow("duplicate serial") << QByteArray("serial\nX1\nX2\nX1\n")
                                      << QStringLiteral("line 4, column 'serial': X1 is already on line 2");
    QTest::newRow("no key column") << QByteArray("hostname,site\na,b\n")
                                   << QStringLiteral("neither a 'mac' nor a 'serial' column");
    QTest::newRow("bad header") << QByteArray("mac,mgmt vlan\n")
                                << QStringLiteral("line 1, column 2: header 'mgmt vlan' is not a valid variable name");
    QTest::newRow("too many fields") << QByteArray("mac,hostname\n00:1c:73:00:00:01,a,extra\n")
                                     << QStringLiteral("line 2: 3 fields but the header has 2");
    QTest::newRow("unclosed quote") << QByteArray("mac,hostname\n00:1c:73:00:00:01,\"a\n")
                                    << QStringLiteral("line 2: a quoted field is not closed");
    QTest::newRow("multicast mac") << QByteArray("mac,hostname\n01:00:5e:00:00:01,a\n")
                                   << QStringLiteral("line 2, column 'mac': '01:00:5e:00:00:01' is a multicast");
    QTest::newRow("zero mac") << QByteArray("mac,hostname\n00:00:00:00:00:00,a\n")
                              << QStringLiteral("is a multicast, broadcast or zero address");
    QTest::newRow("bad ip") << QByteArray("mac,hostname,ip\n00:1c:73:00:00:01,a,10.0.0.999\n")
                            << QStringLiteral("'10.0.0.999' is not an IPv4 address");
    QTest::newRow("duplicate ip")
        << QByteArray("mac,hostname,ip\n00:1c:73:00:00:01,a,10.0.0.5\n00:1c:73:00:00:02,b,10.0.0.5\n")
        << QStringLiteral("line 3, column 'ip': ip '10.0.0.5' is already on line 2");
    QTest::newRow("windows-1252 text")
        << QByteArray("mac,hostname\n00:1c:73:00:00:01,caf\xe9\n")
        << QStringLiteral("the file is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\"");
    QTest::newRow("hostname with line break")
        << QByteArray("mac,serial,hostname\n02:00:00:00:00:01,A,\"multi\nline\"\n")
        << QStringLiteral("line 2, column 'hostname': the value contains a line break");
    QTest::newRow("serial with NUL")
        << QByteArray("mac,serial,hostname\n02:00:00:00:00:01,A\0B,sw1\n", 46)
        << QStringLiteral("column 'serial': the value contains a line break or another control character");
    QTest::newRow("duplicate hostname")
        << QByteArray("mac,hostname\n00:1c:73:00:00:01,sw1\n00:1c:73:00:00:02,SW1\n")
        << QStringLiteral("hostname 'SW1' is already on line 2");
    QTest::newRow("duplicate header") << QByteArray("mac,serial,serial\n00:1c:73:00:00:01,S1,S2\n")
                                      << QStringLiteral("column 3 maps to 'serial' like column 2");
    QTest::newRow("row without key") << QByteArray("mac,serial,hostname\n,,lonely\n")
                                     << QStringLiteral("line 2: the row has neither a MAC address nor a serial number");
}

void WorkspaceTest::invalidInventory()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);

    const auto inventory = Inventory::parse(data, QStringLiteral("inventory.csv"));
    QVERIFY(!inventory.ok());
    QVERIFY2(inventory.errorString().contains(expected), qPrintable(inventory.errorString()));
}

void WorkspaceTest::planDerivesPoolFromInterface()
{
    ztp::platform::InterfaceInfo interface;
    interface.name = QStringLiteral("eth9");
    interface.address = QHostAddress(QStringLiteral("10.0.0.1"));
    interface.prefixLength = 24;

    const auto plan = ztp::bench::planNetwork(BenchSettings {}, interface);
    QVERIFY2(plan.ok(), qPrintable(plan.errorString()));
    QCOMPARE(plan->dhcp.poolFirst, QHostAddress(QStringLiteral("10.0.0.2")));
    QCOMPARE(plan->dhcp.poolLast, QHostAddress(QStringLiteral("10.0.0.254")));
    QCOMPARE(plan->dhcp.subnetMask, QHostAddress(QStringLiteral("255.255.255.0")));
    QCOMPARE(plan->dhcp.serverAddress, interface.address);
    QCOMPARE(plan->dhcp.routers, QList<QHostAddress> {interface.address});
    QCOMPARE(plan->dhcp.tftpServer, interface.address);
    QCOMPARE(plan->dhcp.bootFile, QStringLiteral("network-confg"));
    QCOMPARE(plan->dhcp.interfaceName, QStringLiteral("eth9"));
}

void WorkspaceTest::planRejectsPoolOutsideSubnet()
{
    ztp::platform::InterfaceInfo interface;
    interface.name = QStringLiteral("eth9");
    interface.address = QHostAddress(QStringLiteral("10.0.0.1"));
    interface.prefixLength = 24;
    BenchSettings settings;
    settings.poolFirst = QStringLiteral("10.0.1.10");
    settings.poolLast = QStringLiteral("10.0.1.20");

    const auto plan = ztp::bench::planNetwork(settings, interface);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.errorString().contains(QStringLiteral("10.0.1.10 - 10.0.1.20")), qPrintable(plan.errorString()));

    settings.poolFirst = QStringLiteral("10.0.0.0");
    settings.poolLast = QStringLiteral("10.0.0.20");
    const auto withNetwork = ztp::bench::planNetwork(settings, interface);
    QVERIFY(!withNetwork.ok());
    QVERIFY2(withNetwork.errorString().contains(QStringLiteral("network or broadcast")),
             qPrintable(withNetwork.errorString()));
    settings.poolFirst = QStringLiteral("10.0.0.200");
    settings.poolLast = QStringLiteral("10.0.0.255");
    QVERIFY(!ztp::bench::planNetwork(settings, interface).ok());

    BenchSettings badMask;
    badMask.subnetMask = QStringLiteral("255.0.255.0");
    const auto withBadMask = ztp::bench::planNetwork(badMask, interface);
    QVERIFY(!withBadMask.ok());
    QVERIFY2(withBadMask.errorString().contains(QStringLiteral("not a valid subnet mask")),
             qPrintable(withBadMask.errorString()));

    BenchSettings farRouter;
    farRouter.router = QStringLiteral("8.8.8.8");
    const auto withFarRouter = ztp::bench::planNetwork(farRouter, interface);
    QVERIFY(!withFarRouter.ok());
    QVERIFY2(withFarRouter.errorString().contains(QStringLiteral("outside the subnet")),
             qPrintable(withFarRouter.errorString()));

    ztp::platform::InterfaceInfo loopback = interface;
    loopback.loopback = true;
    QVERIFY(!ztp::bench::planNetwork(BenchSettings {}, loopback).ok());

    interface.address = QHostAddress();
    QVERIFY(!ztp::bench::planNetwork(BenchSettings {}, interface).ok());
}

QTEST_GUILESS_MAIN(WorkspaceTest)
#include "tst_workspace.moc"
