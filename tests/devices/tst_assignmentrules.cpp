// Assignment rules: one test per field a rule can match (serial, MAC, model, vendor, profile),
// wildcards, the order of rules, what applying them leaves alone, and the JSON file in the
// workspace.
#include "devices/assignmentrules.h"
#include "platform/netplatform.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ztp;
using devices::AssignmentRule;
using devices::AssignmentRules;
using devices::RuleField;

namespace {

const QDateTime t0(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);

devices::Device makeDevice()
{
    devices::Device device;
    device.mac = platform::parseMac(QStringLiteral("00:1c:73:1a:2b:3c"));
    device.serial = QStringLiteral("JPE12345678");
    device.model = QStringLiteral("DCS-7050SX3-48YC8");
    device.vendor = QStringLiteral("Arista Networks");
    device.profile = QStringLiteral("arista-ztp");
    return device;
}

AssignmentRule rule(RuleField field, const QString &pattern, const QString &templateName,
                    const QString &image = {}, const QString &profile = {})
{
    AssignmentRule result;
    result.field = field;
    result.pattern = pattern;
    result.templateName = templateName;
    result.image = image;
    result.profile = profile;
    return result;
}

} // namespace

class AssignmentRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void matchBySerial();
    void matchByMac();
    void matchByModel();
    void matchByVendor();
    void matchByProfile();
    void matchesReportedIdentifiers();
    void wildcardsMatchWholeValue_data();
    void wildcardsMatchWholeValue();
    void firstRuleWinsPerTarget();
    void applyKeepsAssignedTemplate();
    void jsonRoundTrip();
    void invalidFilesNameRule_data();
    void invalidFilesNameRule();
    void missingFileIsEmpty();
};

void AssignmentRulesTest::matchBySerial()
{
    const AssignmentRules rules({rule(RuleField::Serial, QStringLiteral("jpe1234*"), QStringLiteral("leaf.j2"))});
    devices::Device device = makeDevice();
    QCOMPARE(rules.evaluate(device).templateName, QStringLiteral("leaf.j2"));

    device.serial = QStringLiteral("FOC2719X0AB");
    QVERIFY(rules.evaluate(device).isEmpty());
}

void AssignmentRulesTest::matchByMac()
{
    const AssignmentRules rules(
        {rule(RuleField::Mac, QStringLiteral("00:1C:73:*"), {}, QStringLiteral("EOS-4.30.1F.swi"))});
    devices::Device device = makeDevice();
    QCOMPARE(rules.evaluate(device).image, QStringLiteral("EOS-4.30.1F.swi"));

    device.mac = platform::parseMac(QStringLiteral("1c:34:da:00:11:02"));
    QVERIFY(rules.evaluate(device).isEmpty());
}

void AssignmentRulesTest::matchByModel()
{
    const AssignmentRules rules({rule(RuleField::Model, QStringLiteral("DCS-7050*"), QStringLiteral("tor.j2"))});
    devices::Device device = makeDevice();
    QCOMPARE(rules.evaluate(device).templateName, QStringLiteral("tor.j2"));

    device.model = QStringLiteral("DCS-7280SR3");
    QVERIFY(rules.evaluate(device).isEmpty());
}

void AssignmentRulesTest::matchByVendor()
{
    const AssignmentRules rules(
        {rule(RuleField::Vendor, QStringLiteral("arista*"), {}, {}, QStringLiteral("arista-eos-http"))});
    devices::Device device = makeDevice();
    QCOMPARE(rules.evaluate(device).profile, QStringLiteral("arista-eos-http"));
    QCOMPARE(rules.evaluate(device).profileRule, 1);

    device.vendor = QStringLiteral("Cisco Systems, Inc");
    QVERIFY(rules.evaluate(device).isEmpty());
}

void AssignmentRulesTest::matchByProfile()
{
    const AssignmentRules rules({rule(RuleField::Profile, QStringLiteral("arista-ztp"), QStringLiteral("eos.j2"))});
    devices::Device device = makeDevice();
    QCOMPARE(rules.evaluate(device).templateName, QStringLiteral("eos.j2"));

    device.profile = QStringLiteral("cisco-ztp");
    QVERIFY(rules.evaluate(device).isEmpty());
    device.profile.clear();
    QVERIFY(rules.evaluate(device).isEmpty());
}

void AssignmentRulesTest::matchesReportedIdentifiers()
{
    // A MAC the device reported (a base MAC in HTTP headers) matches like its key.
    devices::Device device = makeDevice();
    device.mac = platform::parseMac(QStringLiteral("02:00:00:00:00:01"));
    device.identifiers.append({devices::IdentifierKind::Mac, QStringLiteral("1c:34:da:00:11:02"), {}, 1});
    const AssignmentRules rules({rule(RuleField::Mac, QStringLiteral("1c:34:da:*"), QStringLiteral("cumulus.j2"))});
    QCOMPARE(rules.evaluate(device).templateName, QStringLiteral("cumulus.j2"));
}

void AssignmentRulesTest::wildcardsMatchWholeValue_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("matches");

    QTest::newRow("exact, other case") << "c9300-24p" << "C9300-24P" << true;
    QTest::newRow("prefix without star") << "C9300" << "C9300-24P" << false;
    QTest::newRow("star") << "C93*" << "C9300-24P" << true;
    QTest::newRow("question mark") << "C9300-??P" << "C9300-24P" << true;
    QTest::newRow("character class") << "C9[23]00-*" << "C9200-48T" << true;
    QTest::newRow("character class miss") << "C9[23]00-*" << "C9500-48T" << false;
    QTest::newRow("slash is ordinary") << "*/A" << "C9300-24P/A" << true;
    QTest::newRow("dot is literal") << "EX4300.48T" << "EX4300-48T" << false;
    QTest::newRow("empty value") << "*" << "" << false;
}

void AssignmentRulesTest::wildcardsMatchWholeValue()
{
    QFETCH(QString, pattern);
    QFETCH(QString, model);
    QFETCH(bool, matches);

    devices::Device device;
    device.model = model;
    QCOMPARE(rule(RuleField::Model, pattern, QStringLiteral("x.j2")).matches(device), matches);
}

void AssignmentRulesTest::firstRuleWinsPerTarget()
{
    const AssignmentRules rules({
        rule(RuleField::Serial, QStringLiteral("JPE12345678"), QStringLiteral("special.j2")),
        rule(RuleField::Vendor, QStringLiteral("Arista*"), QStringLiteral("arista.j2"), QStringLiteral("eos.swi")),
    });
    const devices::Assignment assignment = rules.evaluate(makeDevice());
    QCOMPARE(assignment.templateName, QStringLiteral("special.j2"));
    QCOMPARE(assignment.templateRule, 1);
    // The first rule sets no image, so the second one supplies it.
    QCOMPARE(assignment.image, QStringLiteral("eos.swi"));
    QCOMPARE(assignment.imageRule, 2);
}

void AssignmentRulesTest::applyKeepsAssignedTemplate()
{
    const AssignmentRules rules(
        {rule(RuleField::Vendor, QStringLiteral("Arista*"), QStringLiteral("arista.j2"), QStringLiteral("eos.swi"))});

    devices::Device device = makeDevice();
    QVERIFY(devices::applyAssignmentRules(device, rules, t0));
    QCOMPARE(device.templateName, QStringLiteral("arista.j2"));
    QCOMPARE(device.image, QStringLiteral("eos.swi"));
    QCOMPARE(device.timeline.size(), 2);
    QCOMPARE(device.timeline.first().summary, QStringLiteral("template arista.j2 assigned by rule 1"));

    // Applying again changes nothing.
    QVERIFY(!devices::applyAssignmentRules(device, rules, t0));
    QCOMPARE(device.timeline.size(), 2);

    // A template the technician chose stays.
    devices::Device assigned = makeDevice();
    assigned.templateName = QStringLiteral("by-hand.j2");
    QVERIFY(devices::applyAssignmentRules(assigned, rules, t0));
    QCOMPARE(assigned.templateName, QStringLiteral("by-hand.j2"));
    QCOMPARE(assigned.image, QStringLiteral("eos.swi"));
}

void AssignmentRulesTest::jsonRoundTrip()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("assignment-rules.json"));
    const AssignmentRules rules({
        rule(RuleField::Serial, QStringLiteral("FOC27*"), QStringLiteral("access.j2")),
        rule(RuleField::Mac, QStringLiteral("00:1c:73:*"), {}, QStringLiteral("eos.swi")),
        rule(RuleField::Model, QStringLiteral("MSN2410"), {}, {}, QStringLiteral("cumulus")),
        rule(RuleField::Vendor, QStringLiteral("Juniper*"), QStringLiteral("junos.j2")),
        rule(RuleField::Profile, QStringLiteral("sonic"), QStringLiteral("sonic.json.j2")),
    });
    QVERIFY(rules.save(path).ok());

    const Result<AssignmentRules> loaded = AssignmentRules::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    QCOMPARE(loaded->rules(), rules.rules());
}

void AssignmentRulesTest::invalidFilesNameRule_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not JSON") << QByteArray("{rules: [") << "invalid JSON";
    QTest::newRow("no rules array") << QByteArray(R"({"rule": []})") << "\"rules\" array";
    QTest::newRow("unknown field") << QByteArray(R"({"rules": [{"match": "colour", "pattern": "x", "template": "a.j2"}]})")
                                   << "rules[0], key 'match': 'colour'";
    QTest::newRow("no pattern") << QByteArray(R"({"rules": [{"match": "serial", "template": "a.j2"}]})")
                                << "rules[0], key 'pattern'";
    QTest::newRow("assigns nothing") << QByteArray(R"({"rules": [{"match": "serial", "pattern": "x"}, {"match": "mac", "pattern": "y"}]})")
                                     << "rules[0]: the rule assigns nothing";
}

void AssignmentRulesTest::invalidFilesNameRule()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);

    const Result<AssignmentRules> parsed = AssignmentRules::fromJson(json, QStringLiteral("assignment-rules.json"));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.errorString().contains(expected), qPrintable(parsed.errorString()));
    QVERIFY(parsed.errorString().startsWith(QLatin1String("assignment-rules.json")));
}

void AssignmentRulesTest::missingFileIsEmpty()
{
    QTemporaryDir directory;
    const Result<AssignmentRules> loaded = AssignmentRules::load(directory.filePath(QStringLiteral("none.json")));
    QVERIFY(loaded.ok());
    QVERIFY(loaded->isEmpty());
}

QTEST_GUILESS_MAIN(AssignmentRulesTest)
#include "tst_assignmentrules.moc"
