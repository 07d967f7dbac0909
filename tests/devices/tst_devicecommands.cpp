// `ztpw devices` and `ztpw inventory import` run as the technician runs them, on a workspace
// created by `ztpw init` and a history written through HistoryDatabase.

#include "devices/device.h"
#include "platform/netplatform.h"
#include "storage/historydatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ztp;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run ztpw(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(ZTPW_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

storage::HistoryEvent dhcpEvent(const QDateTime &time, const QString &request, const QString &xid,
                                const QByteArray &clientId, const QString &serial)
{
    storage::HistoryEvent event;
    event.time = time;
    event.kind = QStringLiteral("dhcp.") + request.toLower();
    event.deviceKey = QStringLiteral("48:1b:a4:47:b6:c1");
    event.summary = request;
    event.details = {
        {QStringLiteral("request"), request},
        {QStringLiteral("reply"), QStringLiteral("OFFER")},
        {QStringLiteral("xid"), xid},
        {QStringLiteral("clientId"), QString::fromLatin1(clientId.toHex())},
        {QStringLiteral("serial"), serial},
        {QStringLiteral("model"), QStringLiteral("C9200CX-8P-2X2G")},
        {QStringLiteral("vendor"), QStringLiteral("Cisco")},
    };
    return event;
}

} // namespace

class DeviceCommandsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void devicesJsonCarriesEvidence();
    void devicesCsvListsIdentifiers();
    void importListsEveryProblem();
    void importMergesIntoWorkspace();

private:
    QTemporaryDir m_directory;
    QString m_workspace;
};

void DeviceCommandsTest::initTestCase()
{
    m_workspace = m_directory.filePath(QStringLiteral("bench"));
    const Run init = ztpw({QStringLiteral("init"), m_workspace});
    QVERIFY2(init.exitCode == 0, init.err.constData());

    storage::HistoryDatabase history;
    QVERIFY(history.open(m_workspace + QStringLiteral("/history.sqlite")).ok());
    const QDateTime t0(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);

    devices::Device device;
    device.mac = platform::parseMac(QStringLiteral("48:1b:a4:47:b6:c1"));
    device.serial = QStringLiteral("FJC27271B8C");
    device.state = devices::DeviceState::ImageSent;
    device.firstSeen = t0;
    device.lastSeen = t0.addSecs(8);
    history.saveDevice(device);

    // IOS-XE alternates option 61 between its serial and "cisco-<mac>-Vl1".
    const QByteArray serialId = QByteArray(1, '\0') + QByteArrayLiteral("FJC27271B8C");
    const QByteArray vlanId = QByteArray(1, '\0') + QByteArrayLiteral("cisco-481b.a447.b647-Vl1");
    QVERIFY(history.recordEvent(dhcpEvent(t0, QStringLiteral("DISCOVER"), QStringLiteral("3903f326"), serialId,
                                          QStringLiteral("FJC27271B8C"))).ok());
    QVERIFY(history.recordEvent(dhcpEvent(t0.addSecs(4), QStringLiteral("DISCOVER"), QStringLiteral("3903f327"),
                                          vlanId, QString())).ok());
}

void DeviceCommandsTest::devicesJsonCarriesEvidence()
{
    const Run run = ztpw({QStringLiteral("devices"), QStringLiteral("--workspace"), m_workspace,
                          QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    const QJsonArray list = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject device = list.first().toObject();
    QCOMPARE(device.value(QStringLiteral("mac")).toString(), QStringLiteral("48:1b:a4:47:b6:c1"));
    QCOMPARE(device.value(QStringLiteral("state")).toString(), QStringLiteral("image sent"));
    QCOMPARE(device.value(QStringLiteral("clientIds")).toArray().size(), 2);
    QVERIFY(device.value(QStringLiteral("macs")).toArray().contains(QStringLiteral("48:1b:a4:47:b6:47")));
    QCOMPARE(device.value(QStringLiteral("model")).toString(), QStringLiteral("C9200CX-8P-2X2G"));

    bool serialEvidence = false;
    for (const QJsonValue &value : device.value(QStringLiteral("identifiers")).toArray()) {
        const QJsonObject identifier = value.toObject();
        if (identifier.value(QStringLiteral("kind")).toString() != QLatin1String("serial"))
            continue;
        serialEvidence = identifier.value(QStringLiteral("source")).toString() == QLatin1String("dhcp")
            && identifier.value(QStringLiteral("evidence")).toString().startsWith(QLatin1String("DISCOVER xid 3903f326"));
    }
    QVERIFY2(serialEvidence, run.out.constData());
}

void DeviceCommandsTest::devicesCsvListsIdentifiers()
{
    const Run run = ztpw({QStringLiteral("devices"), QStringLiteral("--workspace"), m_workspace});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.first().startsWith("mac,macs,client_ids,serials,serial,model,vendor,hostname,ip"));
    QVERIFY2(lines.at(1).contains("48:1b:a4:47:b6:c1 48:1b:a4:47:b6:47"), lines.at(1).constData());
    QVERIFY(lines.at(1).contains("FJC27271B8C"));

    const Run invalid = ztpw({QStringLiteral("devices"), QStringLiteral("--workspace"), m_workspace,
                              QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(invalid.exitCode, 2);
    QVERIFY(invalid.err.contains("Invalid --format 'xml'"));
}

void DeviceCommandsTest::importListsEveryProblem()
{
    const QString path = m_directory.filePath(QStringLiteral("bad.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hostname;MAC Address;serial\r\nsw1;00:1c:73:00:00:01;S1\r\nsw2;00:1c:73:zz:00:02;S2\r\n"
               "sw3;00:1c:73:00:00:01;s1\r\n");
    file.close();
    const QByteArray before = [this] {
        QFile inventory(m_workspace + QStringLiteral("/inventory.csv"));
        return inventory.open(QIODevice::ReadOnly) ? inventory.readAll() : QByteArray();
    }();

    const Run run = ztpw({QStringLiteral("inventory"), QStringLiteral("import"), QStringLiteral("--workspace"),
                          m_workspace, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("line 3, column 2 'MAC Address' (mac): '00:1c:73:zz:00:02' is not a MAC address"),
             run.err.constData());
    QVERIFY2(run.err.contains("line 4, column 2 'MAC Address' (mac): 00:1c:73:00:00:01 is already on line 2"),
             run.err.constData());
    QVERIFY2(run.err.contains("line 4, column 3 'serial': s1 is already on line 2"), run.err.constData());

    QFile inventory(m_workspace + QStringLiteral("/inventory.csv"));
    QVERIFY(inventory.open(QIODevice::ReadOnly));
    QCOMPARE(inventory.readAll(), before);
}

void DeviceCommandsTest::importMergesIntoWorkspace()
{
    const QString path = m_directory.filePath(QStringLiteral("good.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Seriennummer\tName\tSchrank\nFJC27271B8C\tacc-1\tA3\n");
    file.close();

    const Run run = ztpw({QStringLiteral("inventory"), QStringLiteral("import"), QStringLiteral("--workspace"),
                          m_workspace, QStringLiteral("--map"), QStringLiteral("Seriennummer=serial"),
                          QStringLiteral("--map"), QStringLiteral("Name=hostname"), QStringLiteral("--map"),
                          QStringLiteral("Schrank=var:rack"), path});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    const Run exported = ztpw({QStringLiteral("inventory"), QStringLiteral("export"), QStringLiteral("--workspace"),
                               m_workspace});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY2(exported.out.contains(",FJC27271B8C,acc-1,"), exported.out.constData());
    QVERIFY(exported.out.contains("rack"));

    const Run badMap = ztpw({QStringLiteral("inventory"), QStringLiteral("import"), QStringLiteral("--workspace"),
                             m_workspace, QStringLiteral("--map"), QStringLiteral("Nope=serial"), path});
    QCOMPARE(badMap.exitCode, 2);
    QVERIFY(badMap.err.contains("Invalid --map 'Nope=serial'"));
}

QTEST_GUILESS_MAIN(DeviceCommandsTest)
#include "tst_devicecommands.moc"
