// The ZTP endpoints against a small in-memory bench with the real template engine: vendor
// headers of each platform, rendered files, the status endpoint, the Cisco PnP workflow and the
// RFC 8572 RPCs, with request bodies as agents send them.
#include "http/fileresponder.h"
#include "http/httpserver.h"
#include "http/sztpservice.h"
#include "http/vendorheaders.h"
#include "http/ztpendpoints.h"
#include "platform/netplatform.h"
#include "templates/templateengine.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ztp;
using namespace ztp::http;

namespace {

struct RecordedEvent
{
    QString kind;
    QString deviceKey;
    QString summary;
    QJsonObject details;
};

// Devices, leases and history in memory, templates from tests/data/http/templates.
struct TestBench
{
    QHash<QByteArray, devices::Device> devices;
    QHash<QString, QByteArray> leases; // address -> MAC
    QHash<QString, QVariantMap> inventoryBySerial; // serial -> columns, with "mac"
    QList<RecordedEvent> events;
    templates::Environment environment;

    ZtpBackend backend()
    {
        environment.setSearchPath(QStringLiteral(ZTPW_TEST_DATA_DIR "/http/templates"));
        ZtpBackend result;
        result.deviceForAddress
            = [this](const QHostAddress &address) -> std::optional<devices::Device> {
            const QByteArray mac = leases.value(address.toString());
            if (mac.isEmpty() || !devices.contains(mac))
                return std::nullopt;
            return devices.value(mac);
        };
        result.deviceForMac
            = [this](const QByteArray &mac, bool create) -> std::optional<devices::Device> {
            if (devices.contains(mac))
                return devices.value(mac);
            if (!create || mac.size() != 6)
                return std::nullopt;
            devices::Device device;
            device.mac = mac;
            devices.insert(mac, device);
            return device;
        };
        result.deviceForSerial = [this](const QString &serial) -> std::optional<devices::Device> {
            for (const devices::Device &device : std::as_const(devices)) {
                if (device.serial == serial)
                    return device;
            }
            if (!inventoryBySerial.contains(serial))
                return std::nullopt;
            const QVariantMap columns = inventoryBySerial.value(serial);
            devices::Device device;
            device.mac = platform::parseMac(columns.value(QStringLiteral("mac")).toString());
            device.serial = serial;
            device.hostname = columns.value(QStringLiteral("hostname")).toString();
            device.inventory = columns;
            devices.insert(device.mac, device);
            return device;
        };
        result.render = [this](const devices::Device &device,
                            const QString &templateName) -> Result<http::RenderedText> {
            templates::TemplateError error;
            const auto compiled = environment.load(
                templateName.isEmpty() ? QStringLiteral("default.j2") : templateName, &error);
            if (!compiled)
                return Error {error.toString()};
            QVariantMap variables = device.inventory;
            variables.insert(QStringLiteral("hostname"), device.hostname);
            variables.insert(QStringLiteral("serial"), device.serial);
            variables.insert(QStringLiteral("mac"), device.key());
            const QString text = compiled->render(variables, &error);
            if (!error.message.isEmpty())
                return Error {error.toString()};
            return http::RenderedText {text.toUtf8(), compiled->name(), compiled->sourceSha256()};
        };
        result.updateDevice
            = [this](const devices::Device &device) { devices.insert(device.mac, device); };
        result.record = [this](const QString &kind, const QString &deviceKey,
                            const QString &summary, const QJsonObject &details) {
            events.append({kind, deviceKey, summary, details});
        };
        return result;
    }

    int eventCount(const QString &kind) const
    {
        return int(std::count_if(events.cbegin(), events.cend(),
            [&](const RecordedEvent &event) { return event.kind == kind; }));
    }
};

const QByteArray kLeasedMac = QByteArray::fromHex("025a54500001");
const QHostAddress kLeasedAddress(QStringLiteral("10.0.0.20"));
const QHostAddress kStaticAddress(QStringLiteral("10.0.0.99"));

HttpRequest request(const QByteArray &method, const QString &path, const HeaderList &headers = {},
    const QByteArray &body = {})
{
    HttpRequest result;
    result.method = method;
    result.path = path;
    result.headers = headers;
    result.body = body;
    return result;
}

HttpClient client(const QHostAddress &address)
{
    return HttpClient {address, 40000, false};
}

QByteArray pnpWorkRequest(const QString &udi, const QString &correlator)
{
    return QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<pnp xmlns="urn:cisco:pnp" version="1.0" udi="%1">
  <info xmlns="urn:cisco:pnp:work-info" correlator="%2">
    <deviceId><udi>%1</udi><hostname>Switch</hostname><authRequired>false</authRequired></deviceId>
  </info>
</pnp>)")
        .arg(udi, correlator)
        .toUtf8();
}

QByteArray pnpWorkResponse(const QString &udi, const QString &correlator, const QString &work,
    bool success, const QString &inner = {})
{
    return QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<pnp xmlns="urn:cisco:pnp" version="1.0" udi="%1">
  <response xmlns="urn:cisco:pnp:%3" correlator="%2" success="%4">%5</response>
</pnp>)")
        .arg(udi, correlator, work, success ? QStringLiteral("1") : QStringLiteral("0"), inner)
        .toUtf8();
}

} // namespace

class TestZtpEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void vendorHeaders_data();
    void vendorHeaders();
    void renderForLeasedDevice();
    void renderForStaticDeviceByHeaders();
    void renderErrors_data();
    void renderErrors();
    void cumulusMarker();
    void sonicJson();
    void statusReports();
    void pnpWorkflow();
    void pnpRejectsMalformed();
    void sztpBootstrappingData();
    void sztpReportProgress();
    void renderFailureHidesDetails();
    void sztpFailureHidesDetails();
    void sztpHashingDoesNotBlockServer();
    void onieInstallerName();

private:
    // Handles the request and, when the response is deferred (a boot image being hashed),
    // waits up to 10 s for the real one.
    HttpResponse send(const HttpRequest &request, const QHostAddress &from = kLeasedAddress)
    {
        HttpResponse response = m_endpoints->handle(request, client(from));
        while (response.deferred) {
            std::optional<HttpResponse> ready;
            response.deferred([&ready](const HttpResponse &reply) { ready = reply; });
            if (!QTest::qWaitFor([&] { return ready.has_value(); }, 10000))
                return HttpResponse::text(599, QStringLiteral("no deferred response in 10 s"));
            response = *ready;
        }
        return response;
    }

    QTemporaryDir m_files;
    std::unique_ptr<TestBench> m_bench;
    std::unique_ptr<ZtpEndpoints> m_endpoints;
};

void TestZtpEndpoints::init()
{
    m_bench = std::make_unique<TestBench>();
    devices::Device leased;
    leased.mac = kLeasedMac;
    leased.hostname = QStringLiteral("leaf-01");
    leased.serial = QStringLiteral("FOC2719X0AB");
    leased.ip = kLeasedAddress;
    m_bench->devices.insert(leased.mac, leased);
    m_bench->leases.insert(kLeasedAddress.toString(), leased.mac);
    m_bench->inventoryBySerial.insert(QStringLiteral("SZTP0001"),
        {{QStringLiteral("mac"), QStringLiteral("02:5a:54:50:00:0b")},
            {QStringLiteral("hostname"), QStringLiteral("edge-07")},
            {QStringLiteral("sztp_boot_image"), QStringLiteral("os-1.2.bin")},
            {QStringLiteral("sztp_os_name"), QStringLiteral("ExampleOS")},
            {QStringLiteral("sztp_os_version"), QStringLiteral("1.2")},
            {QStringLiteral("sztp_pre_script"), QStringLiteral("sztp-pre.sh.j2")}});

    QFile image(m_files.filePath(QStringLiteral("os-1.2.bin")));
    QVERIFY(image.open(QIODevice::WriteOnly));
    image.write(QByteArray(100000, 'i'));
    image.close();

    m_endpoints = std::make_unique<ZtpEndpoints>(
        ZtpEndpointSettings {m_files.path(), QStringLiteral(ZTPW_TEST_DATA_DIR "/http/templates"),
            QStringLiteral("http://10.0.0.1")},
        m_bench->backend());
}

void TestZtpEndpoints::vendorHeaders_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<QString>("mac");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("version");

    QTest::newRow("Arista EOS") << HeaderList {{"X-Arista-Serial", "JPE12345678"},
        {"X-Arista-SystemMAC", "00:1c:73:aa:bb:cc"}, {"X-Arista-ModelName", "DCS-7050SX3-48YC8"},
        {"X-Arista-SoftwareVersion", "4.30.1F"}, {"X-Arista-Architecture", "i386"}}
                                << "arista"
                                << "JPE12345678"
                                << "00:1c:73:aa:bb:cc"
                                << "DCS-7050SX3-48YC8"
                                << "4.30.1F";
    QTest::newRow("Cumulus Linux")
        << HeaderList {{"User-Agent", "CumulusLinux-AutoProvision/0.4"}, {"CUMULUS-ARCH", "x86_64"},
               {"CUMULUS-SERIAL", "MT2216X12345"}, {"CUMULUS-BASE-MAC", "1C:34:DA:00:11:22"},
               {"CUMULUS-PRODUCTNAME", "MSN2410"}, {"CUMULUS-VERSION", "5.4.0"}}
        << "cumulus"
        << "MT2216X12345"
        << "1c:34:da:00:11:22"
        << "MSN2410"
        << "5.4.0";
    QTest::newRow("Cumulus with management MAC only")
        << HeaderList {{"CUMULUS-SERIAL", "MT1"}, {"CUMULUS-MGMT-MAC", "1c:34:da:00:00:01"}}
        << "cumulus"
        << "MT1"
        << "1c:34:da:00:00:01"
        << ""
        << "";
    QTest::newRow("SONiC") << HeaderList {{"User-Agent", "SONiC-ZTP/0.1"},
        {"PRODUCT-NAME", "Force10-S6000"}, {"SERIAL-NUMBER", "CN0F6N2RCES0084K0004"},
        {"BASE-MAC-ADDRESS", "90:b1:1c:f4:a8:53"}, {"SONiC-VERSION", "SONiC.202305"}}
                           << "sonic"
                           << "CN0F6N2RCES0084K0004"
                           << "90:b1:1c:f4:a8:53"
                           << "Force10-S6000"
                           << "SONiC.202305";
    QTest::newRow("ONIE") << HeaderList {{"ONIE-SERIAL-NUMBER", "ONIE0001"},
        {"ONIE-ETH-ADDR", "00:11:22:33:44:55"}, {"ONIE-VENDOR-ID", "12345"},
        {"ONIE-MACHINE", "accton_as7712_32x"}, {"ONIE-MACHINE-REV", "0"}, {"ONIE-ARCH", "x86_64"},
        {"ONIE-OPERATION", "os-install"}}
                          << "onie"
                          << "ONIE0001"
                          << "00:11:22:33:44:55"
                          << "accton_as7712_32x"
                          << "0";
    QTest::newRow("plain curl") << HeaderList {{"User-Agent", "curl/7.88.1"}} << ""
                                << ""
                                << ""
                                << ""
                                << "";
    QTest::newRow("invalid MAC") << HeaderList {{"X-Arista-Serial", "JPE1"},
        {"X-Arista-SystemMAC", "zz"}}
                                 << "arista"
                                 << "JPE1"
                                 << ""
                                 << ""
                                 << "";
}

void TestZtpEndpoints::vendorHeaders()
{
    QFETCH(HeaderList, headers);
    QFETCH(QString, platform);
    QFETCH(QString, serial);
    QFETCH(QString, mac);
    QFETCH(QString, model);
    QFETCH(QString, version);

    const VendorIdentity identity
        = identifyFromHeaders(request("GET", QStringLiteral("/x"), headers));
    QCOMPARE(identity.platform, platform);
    QCOMPARE(identity.serial, serial);
    QCOMPARE(platform::formatMac(identity.mac), mac);
    QCOMPARE(identity.model, model);
    QCOMPARE(identity.softwareVersion, version);
}

void TestZtpEndpoints::renderForLeasedDevice()
{
    const HttpResponse response = send(request("GET", QStringLiteral("/ztp/self/config")));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body,
        QByteArray("hostname leaf-01\n! serial FOC2719X0AB, model , platform \nend"));
    QCOMPARE(response.deviceKey, QStringLiteral("02:5a:54:50:00:01"));
    QCOMPARE(response.contentSha256,
        QString::fromLatin1(
            QCryptographicHash::hash(response.body, QCryptographicHash::Sha256).toHex()));

    QCOMPARE(
        send(request("GET", QStringLiteral("/ztp/by-mac/02-5A-54-50-00-01/config")), kStaticAddress)
            .body,
        response.body);
    QCOMPARE(
        send(request("GET", QStringLiteral("/ztp/by-serial/FOC2719X0AB/config")), kStaticAddress)
            .body,
        response.body);
}

void TestZtpEndpoints::renderForStaticDeviceByHeaders()
{
    const HeaderList headers {{"X-Arista-Serial", "JPE12345678"},
        {"X-Arista-SystemMAC", "00:1c:73:aa:bb:cc"}, {"X-Arista-ModelName", "DCS-7050SX3"},
        {"X-Arista-SoftwareVersion", "4.30.1F"}};
    const HttpResponse response = send(
        request("GET", QStringLiteral("/ztp/self/arista-bootstrap"), headers), kStaticAddress);
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.contains("bootstrap for JPE12345678 (DCS-7050SX3)"));
    QVERIFY(response.body.contains("http://10.0.0.1/ztp/by-serial/JPE12345678/config"));

    const devices::Device device = m_bench->devices.value(QByteArray::fromHex("001c73aabbcc"));
    QCOMPARE(device.serial, QStringLiteral("JPE12345678"));
    QCOMPARE(device.platform, QStringLiteral("arista"));
    QCOMPARE(device.model, QStringLiteral("DCS-7050SX3"));
    QCOMPARE(device.softwareVersion, QStringLiteral("4.30.1F"));
    QCOMPARE(device.ip, kStaticAddress);
    QCOMPARE(m_bench->eventCount(QStringLiteral("http.identity")), 1);

    // The same headers again change nothing, so no second identity event.
    send(request("GET", QStringLiteral("/ztp/self/config"), headers), kStaticAddress);
    QCOMPARE(m_bench->eventCount(QStringLiteral("http.identity")), 1);
}

void TestZtpEndpoints::renderErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown address, no headers")
        << QStringLiteral("/ztp/self/config") << QStringLiteral("10.0.0.99") << 404;
    QTest::newRow("unknown serial")
        << QStringLiteral("/ztp/by-serial/NOPE/config") << QStringLiteral("10.0.0.20") << 404;
    QTest::newRow("invalid MAC") << QStringLiteral("/ztp/by-mac/xyz/config")
                                 << QStringLiteral("10.0.0.20") << 400;
    QTest::newRow("missing template")
        << QStringLiteral("/ztp/self/nothing-here") << QStringLiteral("10.0.0.20") << 404;
    QTest::newRow("hidden name") << QStringLiteral("/ztp/self/..default")
                                 << QStringLiteral("10.0.0.20") << 400;
    QTest::newRow("too many segments")
        << QStringLiteral("/ztp/self/a/b") << QStringLiteral("10.0.0.20") << 404;
}

void TestZtpEndpoints::renderErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, from);
    QFETCH(int, status);
    const HttpResponse response = send(request("GET", path), QHostAddress(from));
    QCOMPARE(response.status, status);
    QVERIFY(!response.body.isEmpty());
}

void TestZtpEndpoints::cumulusMarker()
{
    const HeaderList headers {{"User-Agent", "CumulusLinux-AutoProvision/0.4"},
        {"CUMULUS-SERIAL", "MT2216X12345"}, {"CUMULUS-BASE-MAC", "1c:34:da:00:11:22"},
        {"CUMULUS-PRODUCTNAME", "MSN2410"}};
    const HttpResponse response
        = send(request("GET", QStringLiteral("/ztp/self/cumulus-ztp.sh"), headers), kStaticAddress);
    QCOMPARE(response.status, 200);
    const QList<QByteArray> lines = response.body.split('\n');
    QCOMPARE(lines.at(0), QByteArray("#!/bin/bash"));
    QCOMPARE(lines.at(1), QByteArray("# CUMULUS-AUTOPROVISIONING"));
    QCOMPARE(response.body.count("CUMULUS-AUTOPROVISIONING"), 1);

    QByteArray marked = "#!/bin/sh\n# CUMULUS-AUTOPROVISIONING\n";
    QVERIFY(!ensureCumulusMarker(marked));
    QByteArray bare = "echo hi\n";
    QVERIFY(ensureCumulusMarker(bare));
    QCOMPARE(bare, QByteArray("# CUMULUS-AUTOPROVISIONING\necho hi\n"));
}

void TestZtpEndpoints::sonicJson()
{
    const HeaderList headers {{"User-Agent", "SONiC-ZTP/0.1"}, {"SERIAL-NUMBER", "FOC2719X0AB"}};
    const HttpResponse response
        = send(request("GET", QStringLiteral("/ztp/self/sonic-ztp.json"), headers));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object()
                 .value(QStringLiteral("ztp"))
                 .toObject()
                 .value(QStringLiteral("01-configdb-json"))
                 .toObject()
                 .value(QStringLiteral("url"))
                 .toObject()
                 .value(QStringLiteral("source"))
                 .toString(),
        QStringLiteral("http://10.0.0.1/ztp/by-serial/FOC2719X0AB/config_db.json"));
}

void TestZtpEndpoints::statusReports()
{
    const auto post = [this](const QByteArray &body) {
        return send(request(
            "POST", QStringLiteral("/ztp/status"), {{"Content-Type", "application/json"}}, body));
    };

    QCOMPARE(
        post(R"({"status": "running", "stage": "image", "message": "downloading EOS"})").status,
        204);
    QCOMPARE(m_bench->devices.value(kLeasedMac).progress, QStringLiteral("image: running"));
    QCOMPARE(m_bench->devices.value(kLeasedMac).state, devices::DeviceState::Discovered);

    QCOMPARE(post(R"({"status": "completed"})").status, 204);
    QCOMPARE(m_bench->devices.value(kLeasedMac).state, devices::DeviceState::ReportedDone);

    QCOMPARE(post(R"({"status": "failed", "message": "checksum mismatch"})").status, 204);
    QCOMPARE(m_bench->devices.value(kLeasedMac).state, devices::DeviceState::Failed);
    QVERIFY(m_bench->events.constLast().summary.contains(QStringLiteral("checksum mismatch")));
    QCOMPARE(m_bench->eventCount(QStringLiteral("http.status")), 3);

    QCOMPARE(post("not json").status, 400);
    QCOMPARE(post(R"({"status": "sleeping"})").status, 400);
    QCOMPARE(send(request("GET", QStringLiteral("/ztp/status"))).status, 405);
    QCOMPARE(send(request("POST", QStringLiteral("/ztp/status"), {}, R"({"status": "running"})"),
                 kStaticAddress)
                 .status,
        404);
    QCOMPARE(send(request("POST", QStringLiteral("/ztp/status"), {},
                      R"({"status": "running", "serial": "FOC2719X0AB"})"),
                 kStaticAddress)
                 .status,
        204);
    QCOMPARE(m_bench->eventCount(QStringLiteral("http.status")), 4);
}

void TestZtpEndpoints::pnpWorkflow()
{
    const QString udi = QStringLiteral("PID:C9300-24P,VID:V02,SN:FOC2719X0AB");
    const auto post = [this](const QString &path, const QByteArray &body) {
        return send(request("POST", path, {{"Content-Type", "application/xml"}}, body));
    };

    QCOMPARE(send(request("GET", QStringLiteral("/pnp/HELLO"))).status, 200);

    HttpResponse answer = post(
        QStringLiteral("/pnp/WORK-REQUEST"), pnpWorkRequest(udi, QStringLiteral("CiscoPnP-1.0-1")));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.contains("xmlns=\"urn:cisco:pnp:device-info\""));
    QVERIFY(answer.body.contains("correlator=\"CiscoPnP-1.0-1\""));
    QVERIFY(answer.body.contains("udi=\"PID:C9300-24P,VID:V02,SN:FOC2719X0AB\""));

    answer = post(QStringLiteral("/pnp/WORK-RESPONSE"),
        pnpWorkResponse(udi, QStringLiteral("CiscoPnP-1.0-1"), QStringLiteral("device-info"), true,
            QStringLiteral("<hardwareInfo><platformName>C9300-24P</platformName></hardwareInfo>"
                           "<imageInfo><version>17.9.4</version></imageInfo>")));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.contains("<bye/>"));
    QCOMPARE(m_bench->devices.value(kLeasedMac).softwareVersion, QStringLiteral("17.9.4"));

    answer = post(
        QStringLiteral("/pnp/WORK-REQUEST"), pnpWorkRequest(udi, QStringLiteral("CiscoPnP-1.0-2")));
    QVERIFY(answer.body.contains("xmlns=\"urn:cisco:pnp:config-upgrade\""));
    QVERIFY(answer.body.contains(
        "<location>http://10.0.0.1/ztp/by-serial/FOC2719X0AB/config</location>"));

    answer = post(QStringLiteral("/pnp/WORK-RESPONSE"),
        pnpWorkResponse(
            udi, QStringLiteral("CiscoPnP-1.0-2"), QStringLiteral("config-upgrade"), true));
    QCOMPARE(answer.status, 200);
    QCOMPARE(m_bench->devices.value(kLeasedMac).state, devices::DeviceState::ReportedDone);
    QCOMPARE(m_bench->devices.value(kLeasedMac).platform, QStringLiteral("cisco-pnp"));
    QCOMPARE(m_bench->devices.value(kLeasedMac).model, QStringLiteral("C9300-24P"));

    answer = post(
        QStringLiteral("/pnp/WORK-REQUEST"), pnpWorkRequest(udi, QStringLiteral("CiscoPnP-1.0-3")));
    QVERIFY(answer.body.contains("<bye/>"));
    QCOMPARE(m_bench->eventCount(QStringLiteral("pnp.work-request")), 3);
    QCOMPARE(m_bench->eventCount(QStringLiteral("pnp.work-response")), 2);

    // A failed step marks the device failed and keeps the agent's error text.
    post(QStringLiteral("/pnp/WORK-RESPONSE"),
        pnpWorkResponse(udi, QStringLiteral("CiscoPnP-1.0-4"), QStringLiteral("config-upgrade"),
            false,
            QStringLiteral("<errorInfo><errorMessage>copy failed</errorMessage></errorInfo>")));
    QCOMPARE(m_bench->devices.value(kLeasedMac).state, devices::DeviceState::Failed);
    QVERIFY(m_bench->events.constLast().summary.contains(QStringLiteral("copy failed")));

    // A device unknown to the bench receives a backoff, so it asks again later.
    answer = send(
        request("POST", QStringLiteral("/pnp/WORK-REQUEST"), {},
            pnpWorkRequest(QStringLiteral("PID:X,VID:V01,SN:UNKNOWN1"), QStringLiteral("c"))),
        kStaticAddress);
    QVERIFY(answer.body.contains("urn:cisco:pnp:backoff"));
    QCOMPARE(m_bench->eventCount(QStringLiteral("pnp.unknown")), 1);
}

void TestZtpEndpoints::pnpRejectsMalformed()
{
    QCOMPARE(
        send(request("POST", QStringLiteral("/pnp/WORK-REQUEST"), {}, "<pnp udi=\"x\"")).status,
        400);
    QCOMPARE(
        send(request("POST", QStringLiteral("/pnp/WORK-REQUEST"), {}, "<other/>")).status, 400);
    QCOMPARE(send(request("GET", QStringLiteral("/pnp/WORK-REQUEST"))).status, 405);
    QCOMPARE(send(request("POST", QStringLiteral("/pnp/NOPE"), {}, "<pnp/>")).status, 404);

    const PnpUdi udi = parseUdi(QStringLiteral("PID:ISR4331/K9, VID:V04, SN:FDO21520TGH"));
    QCOMPARE(udi.productId, QStringLiteral("ISR4331/K9"));
    QCOMPARE(udi.versionId, QStringLiteral("V04"));
    QCOMPARE(udi.serial, QStringLiteral("FDO21520TGH"));
}

void TestZtpEndpoints::sztpBootstrappingData()
{
    const QString path
        = QStringLiteral("/restconf/operations/ietf-sztp-bootstrap-server:get-bootstrapping-data");
    const QByteArray body
        = R"({"ietf-sztp-bootstrap-server:input": {"hw-model": "model-x", "os-name": "ExampleOS", "os-version": "1.1"}})";
    const HeaderList headers {{"Content-Type", "application/yang-data+json"},
        {"Authorization", "Basic " + QByteArray("SZTP0001:secret").toBase64()}};
    const HttpResponse response = send(request("POST", path, headers, body), kStaticAddress);
    QVERIFY2(response.status == 200, response.body.constData());
    QCOMPARE(response.header("Content-Type"), QByteArray("application/yang-data+json"));

    const QJsonObject output = QJsonDocument::fromJson(response.body)
                                   .object()
                                   .value(QStringLiteral("ietf-sztp-bootstrap-server:output"))
                                   .toObject();
    const QByteArray cms = QByteArray::fromBase64(
        output.value(QStringLiteral("conveyed-information")).toString().toLatin1());
    // ContentInfo SEQUENCE, then OID 1.2.840.113549.1.9.16.1.43 (id-ct-sztpConveyedInfoJSON).
    QCOMPARE(cms.at(0), char(0x30));
    QVERIFY(cms.contains(QByteArray::fromHex("060b2a864886f70d010910012b")));
    const qsizetype jsonStart = cms.indexOf('{');
    QVERIFY(jsonStart > 0);
    const QJsonObject onboarding
        = QJsonDocument::fromJson(cms.mid(jsonStart))
              .object()
              .value(QStringLiteral("ietf-sztp-conveyed-info:onboarding-information"))
              .toObject();
    QVERIFY(!onboarding.isEmpty());

    const QJsonObject bootImage = onboarding.value(QStringLiteral("boot-image")).toObject();
    QCOMPARE(bootImage.value(QStringLiteral("os-version")).toString(), QStringLiteral("1.2"));
    QCOMPARE(bootImage.value(QStringLiteral("download-uri")).toArray().at(0).toString(),
        QStringLiteral("http://10.0.0.1/os-1.2.bin"));
    const QString expectedHash = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(100000, 'i'), QCryptographicHash::Sha256).toHex(':'));
    QCOMPARE(bootImage.value(QStringLiteral("image-verification"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("hash-value"))
                 .toString(),
        expectedHash);
    QCOMPARE(QByteArray::fromBase64(
                 onboarding.value(QStringLiteral("configuration")).toString().toLatin1()),
        QByteArray("hostname edge-07\n! serial SZTP0001, model , platform \nend"));
    QCOMPARE(
        QByteArray::fromBase64(
            onboarding.value(QStringLiteral("pre-configuration-script")).toString().toLatin1()),
        QByteArray("#!/bin/sh\necho \"pre-configuration for edge-07\""));

    const devices::Device device = m_bench->devices.value(QByteArray::fromHex("025a5450000b"));
    QCOMPARE(device.model, QStringLiteral("model-x"));
    QCOMPARE(m_bench->eventCount(QStringLiteral("sztp.bootstrap")), 1);

    // Unknown serial, broken JSON, wrong method, unknown RPC.
    const HeaderList unknown {{"Authorization", "Basic " + QByteArray("NOBODY:x").toBase64()}};
    QCOMPARE(send(request("POST", path, unknown, body), kStaticAddress).status, 404);
    QCOMPARE(send(request("POST", path, headers, "{"), kStaticAddress).status, 400);
    QCOMPARE(send(request("GET", path, headers), kStaticAddress).status, 405);
    QCOMPARE(
        send(request("POST", QStringLiteral("/restconf/operations/ietf-sztp-bootstrap-server:nope"),
                 headers, body))
            .status,
        404);
    QCOMPARE(send(request("GET", QStringLiteral("/.well-known/host-meta"))).status, 200);
}

void TestZtpEndpoints::renderFailureHidesDetails()
{
    const QString detail
        = QStringLiteral("/srv/bench/templates/leaf.j2 line 3: unknown filter 'ipaddr'");
    ZtpBackend backend = m_bench->backend();
    backend.render = [detail](const devices::Device &, const QString &) -> Result<RenderedText> {
        return Error {detail};
    };
    ZtpEndpoints endpoints(
        ZtpEndpointSettings {m_files.path(), QStringLiteral(ZTPW_TEST_DATA_DIR "/http/templates"),
            QStringLiteral("http://10.0.0.1")},
        backend);

    // The detail goes to the log under the request id that the device receives.
    QTest::ignoreMessage(QtWarningMsg,
        QRegularExpression(QStringLiteral(
            "^internal error, request id [0-9a-f]{8} : rendering 'config' .*unknown filter")));
    const HttpResponse response = endpoints.handle(
        request("GET", QStringLiteral("/ztp/self/config")), client(kLeasedAddress));
    QCOMPARE(response.status, 500);
    QVERIFY2(QRegularExpression(QStringLiteral("request id [0-9a-f]{8}"))
                 .match(QString::fromUtf8(response.body))
                 .hasMatch(),
        response.body.constData());
    QVERIFY(!response.body.contains("leaf.j2"));
    QVERIFY(!response.body.contains("/srv/"));
    QVERIFY(!response.body.contains("ipaddr"));
    // The technician's history keeps the whole error.
    QCOMPARE(m_bench->eventCount(QStringLiteral("template.error")), 1);
    QVERIFY(m_bench->events.constLast().summary.contains(QStringLiteral("ipaddr")));
}

void TestZtpEndpoints::sztpFailureHidesDetails()
{
    m_bench->inventoryBySerial.insert(QStringLiteral("SZTP0002"),
        {{QStringLiteral("mac"), QStringLiteral("02:5a:54:50:00:0c")},
            {QStringLiteral("sztp_boot_image"), QStringLiteral("secret/missing-os.bin")}});
    const QString path
        = QStringLiteral("/restconf/operations/ietf-sztp-bootstrap-server:get-bootstrapping-data");
    const HeaderList headers {
        {"Authorization", "Basic " + QByteArray("SZTP0002:secret").toBase64()}};

    QTest::ignoreMessage(QtWarningMsg,
        QRegularExpression(QStringLiteral("^internal error, request id .*missing-os.bin")));
    const HttpResponse response = send(request("POST", path, headers, {}), kStaticAddress);
    QCOMPARE(response.status, 500);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/yang-data+json"));
    QVERIFY(response.body.contains("operation-failed"));
    QVERIFY(response.body.contains("request id"));
    QVERIFY(!response.body.contains("missing-os.bin"));
    QVERIFY(!response.body.contains(m_files.path().toUtf8()));
}

void TestZtpEndpoints::sztpHashingDoesNotBlockServer()
{
    // A sparse 128 MiB image: SHA-256 over it takes a second or more, reading it almost nothing.
    QFile image(m_files.filePath(QStringLiteral("big-os.bin")));
    QVERIFY(image.open(QIODevice::WriteOnly));
    QVERIFY(image.resize(128LL * 1024 * 1024));
    image.close();
    QFile small(m_files.filePath(QStringLiteral("static.txt")));
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write("static\n");
    small.close();
    m_bench->inventoryBySerial.insert(QStringLiteral("SZTP0003"),
        {{QStringLiteral("mac"), QStringLiteral("02:5a:54:50:00:0d")},
            {QStringLiteral("sztp_boot_image"), QStringLiteral("big-os.bin")}});

    HttpServerSettings settings;
    settings.address = QHostAddress::LocalHost;
    settings.port = 0;
    HttpServer server(settings);
    server.setHandler([this](const HttpRequest &request, const HttpClient &client) {
        return m_endpoints->handle(request, client);
    });
    QVERIFY(server.start());

    const QByteArray body = R"({"ietf-sztp-bootstrap-server:input": {}})";
    const QByteArray sztpRequest
        = "POST /restconf/operations/ietf-sztp-bootstrap-server:get-bootstrapping-data HTTP/1.1\r\n"
          "Host: t\r\nAuthorization: Basic "
        + QByteArray("SZTP0003:x").toBase64()
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QTcpSocket sztp;
    sztp.connectToHost(QHostAddress::LocalHost, server.serverPort());
    sztp.write(sztpRequest);
    QVERIFY(sztp.waitForBytesWritten(2000));

    // While the image is hashed, another client gets a file at once.
    QElapsedTimer timer;
    timer.start();
    QTcpSocket other;
    other.connectToHost(QHostAddress::LocalHost, server.serverPort());
    other.write("GET /static.txt HTTP/1.1\r\nHost: t\r\n\r\n");
    QByteArray otherReply;
    QTRY_VERIFY_WITH_TIMEOUT(
        (otherReply += other.readAll(), otherReply.endsWith("static\n")), 5000);
    QVERIFY(otherReply.startsWith("HTTP/1.1 200 "));
    QVERIFY2(sztp.bytesAvailable() == 0, "the SZTP response came before the other file");
    qInfo("other file served after %lld ms while the image was hashed", timer.elapsed());

    QByteArray sztpReply;
    QTRY_VERIFY_WITH_TIMEOUT((sztpReply += sztp.readAll(), sztpReply.endsWith("}}")), 60000);
    QVERIFY2(sztpReply.startsWith("HTTP/1.1 200 "), sztpReply.left(200).constData());
    const QJsonObject output
        = QJsonDocument::fromJson(sztpReply.mid(sztpReply.indexOf("\r\n\r\n") + 4))
              .object()
              .value(QStringLiteral("ietf-sztp-bootstrap-server:output"))
              .toObject();
    const QByteArray cms = QByteArray::fromBase64(
        output.value(QStringLiteral("conveyed-information")).toString().toLatin1());
    const QJsonObject bootImage
        = QJsonDocument::fromJson(cms.mid(cms.indexOf('{')))
              .object()
              .value(QStringLiteral("ietf-sztp-conveyed-info:onboarding-information"))
              .toObject()
              .value(QStringLiteral("boot-image"))
              .toObject();
    const QString hash = bootImage.value(QStringLiteral("image-verification"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QStringLiteral("hash-value"))
                             .toString();
    QCOMPARE(hash.size(), 32 * 3 - 1);

    // The hash is cached now: the next request is served without deferring.
    const HttpResponse again = m_endpoints->handle(
        request("POST",
            QStringLiteral(
                "/restconf/operations/ietf-sztp-bootstrap-server:get-bootstrapping-data"),
            {{"Authorization", "Basic " + QByteArray("SZTP0003:x").toBase64()}}, body),
        client(kStaticAddress));
    QVERIFY(!again.deferred);
    QCOMPARE(again.status, 200);
}

void TestZtpEndpoints::sztpReportProgress()
{
    const QString path
        = QStringLiteral("/restconf/operations/ietf-sztp-bootstrap-server:report-progress");
    const auto report = [&](const QString &type) {
        const QByteArray body = QStringLiteral(
            R"({"ietf-sztp-bootstrap-server:input": {"progress-type": "%1", "message": "step %1"}})")
                                    .arg(type)
                                    .toUtf8();
        return send(request("POST", path, {{"Content-Type", "application/yang-data+json"}}, body));
    };

    QCOMPARE(report(QStringLiteral("bootstrap-initiated")).status, 204);
    QCOMPARE(m_bench->devices.value(kLeasedMac).progress, QStringLiteral("bootstrap-initiated"));
    QCOMPARE(report(QStringLiteral("bootstrap-complete")).status, 204);
    QCOMPARE(m_bench->devices.value(kLeasedMac).state, devices::DeviceState::ReportedDone);
    QCOMPARE(report(QStringLiteral("config-error")).status, 204);
    QCOMPARE(m_bench->devices.value(kLeasedMac).state, devices::DeviceState::Failed);
    QCOMPARE(m_bench->eventCount(QStringLiteral("sztp.progress")), 3);

    QCOMPARE(report(QStringLiteral("almost-done")).status, 400);
    QVERIFY(isSztpProgressType(QStringLiteral("boot-image-installed-rebooting")));
    QVERIFY(isSztpProgressType(QStringLiteral("informational")));
    QVERIFY(!isSztpProgressType(QStringLiteral("bootstrap-completed")));
}

void TestZtpEndpoints::onieInstallerName()
{
    QFile installer(m_files.filePath(QStringLiteral("sonic-broadcom.bin")));
    QVERIFY(installer.open(QIODevice::WriteOnly));
    installer.write("#!/bin/sh\n# installer\n");
    installer.close();

    devices::Device device = m_bench->devices.value(kLeasedMac);
    device.inventory.insert(QStringLiteral("onie_installer"), QStringLiteral("sonic-broadcom.bin"));
    m_bench->devices.insert(kLeasedMac, device);

    const HeaderList headers {{"ONIE-SERIAL-NUMBER", "FOC2719X0AB"}, {"ONIE-ARCH", "x86_64"},
        {"ONIE-MACHINE", "accton_as7712_32x"}};
    const HttpResponse specific = send(
        request("GET", QStringLiteral("/onie-installer-x86_64-accton_as7712_32x-r0"), headers));
    QCOMPARE(specific.status, 200);
    QCOMPARE(specific.filePath, QFileInfo(installer).canonicalFilePath());

    // Another device has no named installer, so ONIE's waterfall gets 404 for names that are
    // not files.
    const HeaderList otherHeaders {
        {"ONIE-SERIAL-NUMBER", "ONIE0002"}, {"ONIE-ETH-ADDR", "00:11:22:33:44:66"}};
    const HttpResponse other = send(
        request("GET", QStringLiteral("/onie-installer-x86_64"), otherHeaders), kStaticAddress);
    QCOMPARE(other.status, 404);
}

QTEST_GUILESS_MAIN(TestZtpEndpoints)
#include "tst_ztpendpoints.moc"
