#include "workspace/variables.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ztp;

class VariableResolverTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void precedenceRisesBySource();
    void workspaceFileOnlyFillsEmptyBuiltIns();
    void deviceFileFoundByKey_data();
    void deviceFileFoundByKey();
    void twoDeviceFilesRejected();
    void invalidJsonNamesPosition();
    void secretsMustBeNames();
    void redactReplacesSecrets();
    void changedFileIsReread();
    void vendorNameFromPlatform();

private:
    void write(const QString &relativePath, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void VariableResolverTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void VariableResolverTest::write(const QString &relativePath, const QByteArray &content)
{
    const QString path = QDir(m_dir->path()).filePath(relativePath);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

void VariableResolverTest::precedenceRisesBySource()
{
    write(QStringLiteral("variables.json"),
          R"({"hostname": "from-workspace", "ntp": "10.0.0.1", "site": "ws", "vlans": [1]})");
    write(QStringLiteral("variables/FOC123.json"), R"({"site": "device-file", "vlans": [10, 20]})");
    workspace::VariableResolver resolver(m_dir->path());

    const QVariantMap builtIns {{QStringLiteral("hostname"), QStringLiteral("builtin")},
                                {QStringLiteral("serial"), QStringLiteral("FOC123")}};
    const QVariantMap inventory {{QStringLiteral("hostname"), QStringLiteral("from-inventory")},
                                 {QStringLiteral("site"), QStringLiteral("inventory")}};
    const auto resolved = resolver.resolve(builtIns, inventory, QStringLiteral("FOC123"), QString());
    QVERIFY2(resolved.ok(), qPrintable(resolved.errorString()));

    QCOMPARE(resolved->values.value(QStringLiteral("serial")).toString(), QStringLiteral("FOC123"));
    QCOMPARE(resolved->values.value(QStringLiteral("ntp")).toString(), QStringLiteral("10.0.0.1"));
    QCOMPARE(resolved->values.value(QStringLiteral("hostname")).toString(), QStringLiteral("from-inventory"));
    QCOMPARE(resolved->values.value(QStringLiteral("site")).toString(), QStringLiteral("device-file"));
    QCOMPARE(resolved->values.value(QStringLiteral("vlans")).toList(), (QVariantList{10, 20}));
    QCOMPARE(resolved->sources.value(QStringLiteral("serial")), workspace::VariableSource::BuiltIn);
    QCOMPARE(resolved->sources.value(QStringLiteral("ntp")), workspace::VariableSource::Workspace);
    QCOMPARE(resolved->sources.value(QStringLiteral("hostname")), workspace::VariableSource::Inventory);
    QCOMPARE(resolved->sources.value(QStringLiteral("site")), workspace::VariableSource::DeviceFile);
    QVERIFY(resolved->deviceFile.endsWith(QStringLiteral("variables/FOC123.json")));
}

void VariableResolverTest::workspaceFileOnlyFillsEmptyBuiltIns()
{
    write(QStringLiteral("variables.json"),
          R"({"hostname": "json-host", "mac": "json-mac", "serial": "json-serial", "model": "C9300"})");
    workspace::VariableResolver resolver(m_dir->path());

    const QVariantMap builtIns {{QStringLiteral("hostname"), QStringLiteral("h1")},
                                {QStringLiteral("mac"), QStringLiteral("aa:bb:cc:dd:ee:01")},
                                {QStringLiteral("serial"), QStringLiteral("S1")},
                                {QStringLiteral("model"), QString()}};
    const auto resolved = resolver.resolve(builtIns, {}, QStringLiteral("S1"), QString());
    QVERIFY2(resolved.ok(), qPrintable(resolved.errorString()));

    QCOMPARE(resolved->values.value(QStringLiteral("hostname")).toString(), QStringLiteral("h1"));
    QCOMPARE(resolved->values.value(QStringLiteral("mac")).toString(), QStringLiteral("aa:bb:cc:dd:ee:01"));
    QCOMPARE(resolved->values.value(QStringLiteral("serial")).toString(), QStringLiteral("S1"));
    QCOMPARE(resolved->values.value(QStringLiteral("model")).toString(), QStringLiteral("C9300"));
    QCOMPARE(resolved->sources.value(QStringLiteral("model")), workspace::VariableSource::Workspace);
}

void VariableResolverTest::deviceFileFoundByKey_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("serial, other case") << QStringLiteral("foc123.json");
    QTest::newRow("mac with colons") << QStringLiteral("00:1c:73:1a:2b:3c.json");
    QTest::newRow("mac with hyphens") << QStringLiteral("00-1C-73-1A-2B-3C.json");
    QTest::newRow("bare mac") << QStringLiteral("001c731a2b3c.json");
}

void VariableResolverTest::deviceFileFoundByKey()
{
    QFETCH(QString, fileName);
    write(QStringLiteral("variables/") + fileName, R"({"uplink": "Gi1/0/48"})");
    workspace::VariableResolver resolver(m_dir->path());

    const auto resolved = resolver.resolve({}, {}, QStringLiteral("FOC123"),
                                           QStringLiteral("00:1c:73:1a:2b:3c"));
    QVERIFY2(resolved.ok(), qPrintable(resolved.errorString()));
    QCOMPARE(resolved->values.value(QStringLiteral("uplink")).toString(), QStringLiteral("Gi1/0/48"));

    const auto other = resolver.resolve({}, {}, QStringLiteral("FOC999"),
                                        QStringLiteral("00:1c:73:00:00:01"));
    QVERIFY(other.ok());
    QVERIFY(!other->values.contains(QStringLiteral("uplink")));
}

void VariableResolverTest::twoDeviceFilesRejected()
{
    write(QStringLiteral("variables/FOC123.json"), "{}");
    write(QStringLiteral("variables/001c731a2b3c.json"), "{}");
    workspace::VariableResolver resolver(m_dir->path());

    const auto resolved = resolver.resolve({}, {}, QStringLiteral("FOC123"),
                                           QStringLiteral("00:1c:73:1a:2b:3c"));
    QVERIFY(!resolved.ok());
    QVERIFY2(resolved.errorString().contains(QStringLiteral("FOC123.json")), qPrintable(resolved.errorString()));
    QVERIFY2(resolved.errorString().contains(QStringLiteral("001c731a2b3c.json")), qPrintable(resolved.errorString()));
}

void VariableResolverTest::invalidJsonNamesPosition()
{
    write(QStringLiteral("variables.json"), "{\n  \"ntp\": \"10.0.0.1\",\n  \"dns\" \"10.0.0.2\"\n}\n");
    workspace::VariableResolver resolver(m_dir->path());

    const auto resolved = resolver.resolve({}, {}, QString(), QString());
    QVERIFY(!resolved.ok());
    QVERIFY2(resolved.errorString().contains(QStringLiteral("variables.json:3:")),
             qPrintable(resolved.errorString()));

    const auto notObject = workspace::VariableResolver::parse("[1, 2]", QStringLiteral("list.json"));
    QVERIFY(!notObject.ok());
    QVERIFY(notObject.errorString().startsWith(QStringLiteral("list.json: ")));
}

void VariableResolverTest::secretsMustBeNames()
{
    const auto notList = workspace::VariableResolver::parse(R"({"$secrets": "enable"})",
                                                            QStringLiteral("v.json"));
    QVERIFY(!notList.ok());
    QVERIFY(notList.errorString().contains(QStringLiteral("$secrets")));

    const auto notName = workspace::VariableResolver::parse(R"({"$secrets": [3]})",
                                                            QStringLiteral("v.json"));
    QVERIFY(!notName.ok());
    QVERIFY(notName.errorString().contains(QStringLiteral("[3]")));

    const auto good = workspace::VariableResolver::parse(
        R"({"enable": "x", "$secrets": ["enable"]})", QStringLiteral("v.json"));
    QVERIFY(good.ok());
    QVERIFY(good->secrets.contains(QStringLiteral("enable")));
    QVERIFY(!good->values.contains(QStringLiteral("$secrets")));
}

void VariableResolverTest::redactReplacesSecrets()
{
    write(QStringLiteral("variables.json"),
          R"({"enable": "s3cr3t", "snmp": {"ro": "public9", "port": 161}, "$secrets": ["enable"]})");
    write(QStringLiteral("variables/FOC1.json"), R"({"$secrets": ["snmp"]})");
    workspace::VariableResolver resolver(m_dir->path());

    const auto resolved = resolver.resolve({}, {}, QStringLiteral("FOC1"), QString());
    QVERIFY2(resolved.ok(), qPrintable(resolved.errorString()));
    QCOMPARE(resolved->secrets, (QSet<QString>{QStringLiteral("enable"), QStringLiteral("snmp")}));

    const QString redacted = resolved->redact(
        QStringLiteral("enable secret s3cr3t\nsnmp-server community public9 RO\nport 161\n"));
    QCOMPARE(redacted, QStringLiteral("enable secret <secret:enable>\nsnmp-server community "
                                      "<secret:snmp> RO\nport <secret:snmp>\n"));
}

void VariableResolverTest::changedFileIsReread()
{
    write(QStringLiteral("variables.json"), R"({"ntp": "10.0.0.1"})");
    workspace::VariableResolver resolver(m_dir->path());
    QCOMPARE(resolver.workspaceVariables()->values.value(QStringLiteral("ntp")).toString(),
             QStringLiteral("10.0.0.1"));

    // A different size is enough for the cache to notice even within one mtime tick.
    write(QStringLiteral("variables.json"), R"({"ntp": "192.168.100.1"})");
    QCOMPARE(resolver.workspaceVariables()->values.value(QStringLiteral("ntp")).toString(),
             QStringLiteral("192.168.100.1"));
}

void VariableResolverTest::vendorNameFromPlatform()
{
    using workspace::VariableResolver;
    QCOMPARE(VariableResolver::vendorName(QStringLiteral("cisco-pnp"), QString()), QStringLiteral("cisco"));
    QCOMPARE(VariableResolver::vendorName(QString(), QStringLiteral("Arista;DCS-7050")), QStringLiteral("arista"));
    QCOMPARE(VariableResolver::vendorName(QString(), QStringLiteral("Juniper-ex4300")), QStringLiteral("juniper"));
    QCOMPARE(VariableResolver::vendorName(QString(), QStringLiteral("udhcp 1.36")), QString());
}

QTEST_MAIN(VariableResolverTest)
#include "tst_variableresolver.moc"
