#include "platform/netplatform.h"
#include "workspace/inventory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ztp::workspace;

class InventoryImportTest : public QObject
{
    Q_OBJECT

private slots:
    void everyProblemListedByRowAndColumn();
    void problemsImportNothing();
    void explicitMappingRenamesColumns();
    void pastedRowsWithoutHeader();
    void spreadsheetDialects_data();
    void spreadsheetDialects();
    void guessedMappingRecognisesSynonyms();
    void mergeReplacesByKey();
    void exportRoundTrips();
};

void InventoryImportTest::everyProblemListedByRowAndColumn()
{
    const auto import = readInventoryImport("hostname,mac,serial\n"
                                            "sw1,00:1c:73:00:00:01,FOC1\n"
                                            "sw2,00:1c:73:zz:00:02,FOC2\n"
                                            "sw3,001c.7300.0001,FOC3\n"
                                            "sw4,,foc1\n"
                                            "sw5,,\n");
    QVERIFY2(import.ok(), qPrintable(import.errorString()));
    QCOMPARE(import->problems.size(), 4);

    QCOMPARE(import->problems.at(0).line, 3);
    QCOMPARE(import->problems.at(0).column, 2);
    QCOMPARE(import->problems.at(0).toString(),
             QStringLiteral("line 3, column 'mac': '00:1c:73:zz:00:02' is not a MAC address; write it as 00:1c:73:1a:2b:3c"));
    QCOMPARE(import->problems.at(1).line, 4);
    QCOMPARE(import->problems.at(1).column, 2);
    QVERIFY(import->problems.at(1).message.contains(QLatin1String("is already on line 2")));
    // Serials compare case-insensitively, as devices report them in either case.
    QCOMPARE(import->problems.at(2).line, 5);
    QCOMPARE(import->problems.at(2).column, 3);
    QCOMPARE(import->problems.at(3).line, 6);
    QCOMPARE(import->problems.at(3).column, 0);
}

void InventoryImportTest::problemsImportNothing()
{
    const auto parsed = Inventory::parse("mac\n00:1c:73:00:00:01\nbad\n", QStringLiteral("in.csv"));
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.errorString().startsWith(QLatin1String("in.csv: line 3, column 'mac'")));
}

void InventoryImportTest::explicitMappingRenamesColumns()
{
    QList<ColumnMapping> mapping {{InventoryField::Serial, {}},
                                  {InventoryField::Variable, QStringLiteral("rack")},
                                  {InventoryField::Ignore, {}}};
    const auto import = readInventoryImport("Seriennummer;Schrank;Notiz\nFOC1;A3;egal\n", true, mapping);
    QVERIFY(import.ok());
    QVERIFY(import->ok());
    QCOMPARE(import->headers, QStringList({QStringLiteral("Seriennummer"), QStringLiteral("Schrank"), QStringLiteral("Notiz")}));
    QCOMPARE(import->entries.size(), 1);
    QCOMPARE(import->entries.first().serial, QStringLiteral("FOC1"));
    QCOMPARE(import->entries.first().variables, QVariantMap({{QStringLiteral("rack"), QStringLiteral("A3")}}));

    mapping[1].variable = QStringLiteral("rack position");
    const auto invalid = readInventoryImport("Seriennummer;Schrank;Notiz\nFOC1;A3;egal\n", true, mapping);
    QCOMPARE(invalid->problems.size(), 1);
    QCOMPARE(invalid->problems.first().toString(),
             QStringLiteral("line 1, column 2: header 'rack position' is not a valid variable name; use letters, digits and underscores"));
}

void InventoryImportTest::pastedRowsWithoutHeader()
{
    // Cells copied from a spreadsheet arrive tab-separated, without the header row.
    const QList<ColumnMapping> mapping {{InventoryField::Mac, {}}, {InventoryField::Hostname, {}}};
    const auto import = readInventoryImport("00:1c:73:00:00:01\tleaf1\n00:1c:73:00:00:02\tleaf2\n", false, mapping);
    QVERIFY(import.ok());
    QVERIFY(import->ok());
    QCOMPARE(import->headers, QStringList({QStringLiteral("Column 1"), QStringLiteral("Column 2")}));
    QCOMPARE(import->entries.size(), 2);
    QCOMPARE(import->entries.at(1).hostname, QStringLiteral("leaf2"));
    QCOMPARE(import->entries.at(1).line, 2);
}

void InventoryImportTest::spreadsheetDialects_data()
{
    QTest::addColumn<QByteArray>("data");

    QTest::newRow("bom semicolon crlf") << QByteArray("\xef\xbb\xbfSerial Number;Host Name;site\r\nFOC1;sw1;\"Hall 3; B\"\r\n");
    QTest::newRow("tab") << QByteArray("serial\thostname\tsite\nFOC1\tsw1\tHall 3; B\n");
    QTest::newRow("comma quoted") << QByteArray("S/N,hostname,site\n\"FOC1\",\"sw1\",\"Hall 3; B\"\n");
}

void InventoryImportTest::spreadsheetDialects()
{
    QFETCH(QByteArray, data);

    const auto import = readInventoryImport(data);
    QVERIFY2(import.ok(), qPrintable(import.errorString()));
    QVERIFY2(import->ok(), qPrintable(import->problems.value(0).toString()));
    QCOMPARE(import->entries.size(), 1);
    QCOMPARE(import->entries.first().serial, QStringLiteral("FOC1"));
    QCOMPARE(import->entries.first().hostname, QStringLiteral("sw1"));
    QCOMPARE(import->entries.first().variables.value(QStringLiteral("site")).toString(), QStringLiteral("Hall 3; B"));
}

void InventoryImportTest::guessedMappingRecognisesSynonyms()
{
    const QList<ColumnMapping> mapping = guessInventoryMapping(
        {QStringLiteral("MAC Address"), QStringLiteral("serial_number"), QStringLiteral("Host-Name"),
         QStringLiteral("mac"), QStringLiteral("vlan")});
    QCOMPARE(mapping.at(0).field, InventoryField::Mac);
    QCOMPARE(mapping.at(1).field, InventoryField::Serial);
    QCOMPARE(mapping.at(2).field, InventoryField::Hostname);
    // A second MAC column is never a second key.
    QCOMPARE(mapping.at(3).field, InventoryField::Variable);
    QCOMPARE(mapping.at(4).variable, QStringLiteral("vlan"));
}

void InventoryImportTest::mergeReplacesByKey()
{
    auto inventory = Inventory::parse("mac,serial,hostname\n00:1c:73:00:00:01,FOC1,old\n,FOC2,keep\n",
                                      QStringLiteral("inventory.csv"));
    QVERIFY(inventory.ok());
    const auto import = readInventoryImport("serial,hostname,site\nfoc1,new,A\nFOC3,added,B\n");
    QVERIFY(import.ok());

    QCOMPARE(inventory->merge(import->entries), 1);
    QCOMPARE(inventory->entries().size(), 3);
    QCOMPARE(inventory->findBySerial(QStringLiteral("FOC1"))->hostname, QStringLiteral("new"));
    QCOMPARE(inventory->findBySerial(QStringLiteral("FOC2"))->hostname, QStringLiteral("keep"));
    QVERIFY(inventory->columns().contains(QStringLiteral("site")));
}

void InventoryImportTest::exportRoundTrips()
{
    const QByteArray source = "mac,serial,hostname,site,note\n"
                              "00:1c:73:00:00:01,FOC1,sw1,\"Hall 3, B\",\"say \"\"hi\"\"\"\n"
                              ",FOC2,sw2,-10,\"two\nlines\"\n";
    const auto inventory = Inventory::parse(source, QStringLiteral("inventory.csv"));
    QVERIFY2(inventory.ok(), qPrintable(inventory.errorString()));

    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("inventory.csv"));
    QVERIFY(inventory->save(path).ok());
    const auto reloaded = Inventory::load(path);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.errorString()));

    QCOMPARE(reloaded->entries().size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(reloaded->entries().at(i).mac, inventory->entries().at(i).mac);
        QCOMPARE(reloaded->entries().at(i).serial, inventory->entries().at(i).serial);
        QCOMPARE(reloaded->entries().at(i).hostname, inventory->entries().at(i).hostname);
        QCOMPARE(reloaded->entries().at(i).variables, inventory->entries().at(i).variables);
    }
    QVERIFY(!inventory->save(directory.filePath(QStringLiteral("missing/inventory.csv"))).ok());
}

QTEST_GUILESS_MAIN(InventoryImportTest)
#include "tst_inventoryimport.moc"
