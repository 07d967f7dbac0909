#include "workspace/workspace.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <limits>

namespace ztp::workspace {

namespace {

// Context of this file's messages in the translation files; lupdate reads it from the macro.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ztp::workspace::Workspace)
};

const char SampleTemplate[] = R"(! Configuration for {{ hostname }}, rendered by ZTP Workbench.
! Variables: hostname, mac, ip, serial, vendor_class and every inventory column.
hostname {{ hostname }}
!
interface Vlan1
 description management, leased {{ ip }}
 ip address dhcp
!
end
)";

const char SampleInventory[] = "mac,serial,hostname,site\n";

// 1-based line of the first occurrence of "key" in the text, for error messages.
int lineOfKey(const QByteArray &json, const QString &key)
{
    const qsizetype at = json.indexOf(QByteArray('"' + key.toUtf8() + '"'));
    if (at < 0)
        return 1;
    return int(json.left(at).count('\n')) + 1;
}

int lineOfOffset(const QByteArray &json, int offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

} // namespace

QJsonObject BenchSettings::toJson() const
{
    QJsonObject dhcp {
        {QStringLiteral("poolFirst"), poolFirst},
        {QStringLiteral("poolLast"), poolLast},
        {QStringLiteral("subnetMask"), subnetMask},
        {QStringLiteral("router"), router},
        {QStringLiteral("dnsServers"), QJsonArray::fromStringList(dnsServers)},
        {QStringLiteral("domainName"), domainName},
        {QStringLiteral("leaseTimeSeconds"), leaseTimeSeconds},
        {QStringLiteral("bootFile"), bootFile},
        {QStringLiteral("port"), dhcpPort},
        {QStringLiteral("allowListOnly"), dhcpAllowListOnly},
        {QStringLiteral("rogueProbeSeconds"), rogueProbeSeconds},
        {QStringLiteral("pingBeforeOfferMs"), pingBeforeOfferMs},
    };
    QJsonObject tftp {
        {QStringLiteral("server"), tftpServer},
        {QStringLiteral("port"), tftpPort},
        {QStringLiteral("transferPortFirst"), tftpTransferPortFirst},
        {QStringLiteral("transferPortLast"), tftpTransferPortLast},
        {QStringLiteral("blockRollover"), tftpBlockRollover},
        {QStringLiteral("uploads"), tftpUploads},
        {QStringLiteral("uploadQuotaMiB"), tftpUploadQuotaMiB},
    };
    QJsonObject templates {
        {QStringLiteral("default"), defaultTemplate},
    };
    QJsonObject http {
        {QStringLiteral("port"), httpPort},
        {QStringLiteral("httpsPort"), httpsPort},
    };
    QJsonObject syslog {
        {QStringLiteral("port"), syslogPort},
    };
    QJsonObject devices {
        {QStringLiteral("stallTimeoutSeconds"), stallTimeoutSeconds},
    };
    return QJsonObject {
        {QStringLiteral("interface"), interfaceName},
        {QStringLiteral("dhcp"), dhcp},
        {QStringLiteral("tftp"), tftp},
        {QStringLiteral("templates"), templates},
        {QStringLiteral("http"), http},
        {QStringLiteral("syslog"), syslog},
        {QStringLiteral("devices"), devices},
    };
}

namespace {

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        QList<int> current(b.size() + 1);
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        previous = current;
    }
    return previous[b.size()];
}

// Names the closest known key, so a typo such as "prot" points at "port".
QString unknownKeyProblem(const QString &key, const QStringList &knownKeys)
{
    QString closest;
    int best = std::numeric_limits<int>::max();
    for (const QString &candidate : knownKeys) {
        const int distance = editDistance(key, candidate);
        if (distance < best) {
            best = distance;
            closest = candidate;
        }
    }
    if (!closest.isEmpty() && best <= std::max<int>(2, int(key.size()) / 3))
        return Messages::tr("unknown key; did you mean '%1'?").arg(closest);
    return Messages::tr("unknown key; the known keys here are %1")
        .arg(knownKeys.join(QStringLiteral(", ")));
}

} // namespace

Result<BenchSettings> Workspace::parseSettings(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Messages::tr("%1: line %2: invalid JSON: %3")
                         .arg(fileName)
                         .arg(lineOfOffset(json, parseError.offset))
                         .arg(parseError.errorString())};
    if (!document.isObject())
        return Error{Messages::tr("%1: line 1: the file must hold a JSON object").arg(fileName)};

    BenchSettings settings;
    const QJsonObject root = document.object();

    auto fail = [&](const QString &path, const QString &problem) {
        const QString key = path.section(QLatin1Char('.'), -1);
        return Error{Messages::tr("%1: line %2, key '%3': %4")
                         .arg(fileName)
                         .arg(lineOfKey(json, key))
                         .arg(path, problem)};
    };

    auto readString = [&](const QJsonObject &object, const QString &section, const char *name,
                          QString &target) -> std::optional<Error> {
        const QString key = QString::fromLatin1(name);
        if (!object.contains(key))
            return std::nullopt;
        const QJsonValue value = object.value(key);
        if (!value.isString())
            return fail(section + key, Messages::tr("expected a string"));
        target = value.toString();
        return std::nullopt;
    };
    auto readAddress = [&](const QJsonObject &object, const QString &section, const char *name,
                           QString &target) -> std::optional<Error> {
        if (auto error = readString(object, section, name, target))
            return error;
        QHostAddress address;
        if (!target.isEmpty()
            && (!address.setAddress(target) || address.protocol() != QAbstractSocket::IPv4Protocol))
            return fail(section + QString::fromLatin1(name),
                        Messages::tr("'%1' is not an IPv4 address; write it as 10.0.0.1 or leave it "
                           "empty to derive it from the interface")
                            .arg(target));
        return std::nullopt;
    };
    auto readInt = [&](const QJsonObject &object, const QString &section, const char *name,
                       int minimum, int maximum, int &target) -> std::optional<Error> {
        const QString key = QString::fromLatin1(name);
        if (!object.contains(key))
            return std::nullopt;
        const QJsonValue value = object.value(key);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != double(qint64(number)) || number < minimum
            || number > maximum)
            return fail(section + key, Messages::tr("expected a whole number from %1 to %2")
                                           .arg(minimum)
                                           .arg(maximum));
        target = int(number);
        return std::nullopt;
    };
    auto readObject = [&](const char *name, QJsonObject &target) -> std::optional<Error> {
        const QString key = QString::fromLatin1(name);
        if (!root.contains(key))
            return std::nullopt;
        if (!root.value(key).isObject())
            return fail(key, Messages::tr("expected an object"));
        target = root.value(key).toObject();
        return std::nullopt;
    };

    QJsonObject dhcp, tftp, templates, http, syslog, devices;
    const QString d = QStringLiteral("dhcp.");
    const QString t = QStringLiteral("tftp.");
    for (auto error : {readString(root, QString(), "interface", settings.interfaceName),
                       readObject("dhcp", dhcp), readObject("tftp", tftp),
                       readObject("templates", templates), readObject("http", http),
                       readObject("syslog", syslog), readObject("devices", devices)}) {
        if (error)
            return *error;
    }
    for (auto error : {readAddress(dhcp, d, "poolFirst", settings.poolFirst),
                       readAddress(dhcp, d, "poolLast", settings.poolLast),
                       readAddress(dhcp, d, "subnetMask", settings.subnetMask),
                       readAddress(dhcp, d, "router", settings.router),
                       readString(dhcp, d, "domainName", settings.domainName),
                       readString(dhcp, d, "bootFile", settings.bootFile),
                       readInt(dhcp, d, "leaseTimeSeconds", 60, 365 * 24 * 3600,
                               settings.leaseTimeSeconds),
                       readInt(dhcp, d, "port", 1, 65535, settings.dhcpPort),
                       readInt(dhcp, d, "rogueProbeSeconds", 0, 24 * 3600,
                               settings.rogueProbeSeconds),
                       readInt(dhcp, d, "pingBeforeOfferMs", 0, 5000, settings.pingBeforeOfferMs),
                       readAddress(tftp, t, "server", settings.tftpServer),
                       readInt(tftp, t, "port", 1, 65535, settings.tftpPort),
                       readInt(tftp, t, "transferPortFirst", 0, 65535, settings.tftpTransferPortFirst),
                       readInt(tftp, t, "transferPortLast", 0, 65535, settings.tftpTransferPortLast),
                       readInt(tftp, t, "blockRollover", 0, 1, settings.tftpBlockRollover),
                       readInt(tftp, t, "uploadQuotaMiB", 1, 1024 * 1024, settings.tftpUploadQuotaMiB),
                       readString(templates, QStringLiteral("templates."), "default",
                                  settings.defaultTemplate),
                       readInt(http, QStringLiteral("http."), "port", 0, 65535, settings.httpPort),
                       readInt(http, QStringLiteral("http."), "httpsPort", 0, 65535, settings.httpsPort),
                       readInt(syslog, QStringLiteral("syslog."), "port", 0, 65535, settings.syslogPort),
                       readInt(devices, QStringLiteral("devices."), "stallTimeoutSeconds", 1,
                               7 * 24 * 3600, settings.stallTimeoutSeconds)}) {
        if (error)
            return *error;
    }

    // A misspelt key would otherwise leave its setting at the default without a word.
    const QJsonObject known = BenchSettings().toJson();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return fail(it.key(), unknownKeyProblem(it.key(), known.keys()));
        if (!it->isObject())
            continue;
        const QJsonObject knownSection = known.value(it.key()).toObject();
        const QJsonObject section = it->toObject();
        for (auto entry = section.constBegin(); entry != section.constEnd(); ++entry) {
            if (!knownSection.contains(entry.key()))
                return fail(it.key() + QLatin1Char('.') + entry.key(),
                            unknownKeyProblem(entry.key(), knownSection.keys()));
        }
    }

    if (tftp.contains(QStringLiteral("uploads"))) {
        const QJsonValue value = tftp.value(QStringLiteral("uploads"));
        if (!value.isBool())
            return fail(QStringLiteral("tftp.uploads"), Messages::tr("expected true or false"));
        settings.tftpUploads = value.toBool();
    }

    if ((settings.tftpTransferPortFirst == 0) != (settings.tftpTransferPortLast == 0))
        return fail(settings.tftpTransferPortFirst == 0 ? QStringLiteral("tftp.transferPortFirst")
                                                        : QStringLiteral("tftp.transferPortLast"),
                    Messages::tr("set both ends of the transfer port range, or neither to let the "
                                 "system pick the ports"));
    if (settings.tftpTransferPortFirst > settings.tftpTransferPortLast)
        return fail(QStringLiteral("tftp.transferPortLast"),
                    Messages::tr("the transfer port range ends at %1, before it starts at %2")
                        .arg(settings.tftpTransferPortLast)
                        .arg(settings.tftpTransferPortFirst));

    if (dhcp.contains(QStringLiteral("allowListOnly"))) {
        const QJsonValue value = dhcp.value(QStringLiteral("allowListOnly"));
        if (!value.isBool())
            return fail(QStringLiteral("dhcp.allowListOnly"), Messages::tr("expected true or false"));
        settings.dhcpAllowListOnly = value.toBool();
    }

    if (dhcp.contains(QStringLiteral("dnsServers"))) {
        const QJsonValue value = dhcp.value(QStringLiteral("dnsServers"));
        if (!value.isArray())
            return fail(QStringLiteral("dhcp.dnsServers"), Messages::tr("expected a list of addresses"));
        for (const QJsonValue &entry : value.toArray()) {
            QHostAddress address;
            if (!entry.isString() || !address.setAddress(entry.toString())
                || address.protocol() != QAbstractSocket::IPv4Protocol)
                return fail(QStringLiteral("dhcp.dnsServers"),
                            Messages::tr("'%1' is not an IPv4 address").arg(entry.toVariant().toString()));
            settings.dnsServers.append(entry.toString());
        }
    }

    // Option 67 carries at most 255 octets; the file field, used alongside it, 127 plus a NUL.
    if (settings.bootFile.toUtf8().size() > 127)
        return fail(QStringLiteral("dhcp.bootFile"),
                    Messages::tr("the boot file name has %1 octets; use at most 127 so it fits the DHCP "
                       "file field and option 67")
                        .arg(settings.bootFile.toUtf8().size()));

    if (settings.poolFirst.isEmpty() != settings.poolLast.isEmpty())
        return fail(settings.poolFirst.isEmpty() ? QStringLiteral("dhcp.poolFirst")
                                                 : QStringLiteral("dhcp.poolLast"),
                    Messages::tr("set both ends of the pool, or neither to derive it from the interface"));
    if (!settings.poolFirst.isEmpty()
        && QHostAddress(settings.poolFirst).toIPv4Address()
            > QHostAddress(settings.poolLast).toIPv4Address())
        return fail(QStringLiteral("dhcp.poolLast"),
                    Messages::tr("the pool ends at %1, before it starts at %2")
                        .arg(settings.poolLast, settings.poolFirst));
    return settings;
}

Result<Workspace> Workspace::init(const QString &directory)
{
    QDir dir(directory);
    for (const char *sub : {"templates", "files"}) {
        if (!dir.mkpath(QString::fromLatin1(sub)))
            return Error{Messages::tr("Cannot create the folder %1; check that you may write there.")
                             .arg(dir.filePath(QString::fromLatin1(sub)))};
    }

    Workspace workspace;
    workspace.m_root = dir.absolutePath();

    auto writeIfMissing = [](const QString &path, const QByteArray &content) -> Status {
        if (QFile::exists(path))
            return Status::success();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()
            || !file.commit())
            return Error{Messages::tr("Cannot write %1: %2").arg(path, file.errorString())};
        return Status::success();
    };

    if (Status status = writeIfMissing(workspace.settingsPath(),
                                       QJsonDocument(BenchSettings {}.toJson()).toJson());
        !status)
        return Error{status.errorString()};
    if (Status status = writeIfMissing(QDir(workspace.templatesPath()).filePath(
                                           QStringLiteral("default.j2")),
                                       QByteArray(SampleTemplate));
        !status)
        return Error{status.errorString()};
    if (Status status = writeIfMissing(workspace.inventoryPath(), QByteArray(SampleInventory));
        !status)
        return Error{status.errorString()};

    qCInfo(lcWorkspace).noquote() << "initialised workspace" << workspace.m_root;
    return open(directory);
}

Result<Workspace> Workspace::open(const QString &directory)
{
    Workspace workspace;
    workspace.m_root = QDir(directory).absolutePath();

    QFile file(workspace.settingsPath());
    if (!file.open(QIODevice::ReadOnly))
        return Error{Messages::tr("%1: cannot read (%2); create a workspace with 'ztpw init %3'")
                         .arg(workspace.settingsPath(), file.errorString(), directory)};
    const Result<BenchSettings> settings = parseSettings(file.readAll(), workspace.settingsPath());
    if (!settings)
        return settings.error();
    workspace.m_settings = *settings;

    if (Status status = workspace.reloadInventory(); !status)
        return Error{status.errorString()};
    return workspace;
}

Status Workspace::reloadInventory()
{
    if (!QFile::exists(inventoryPath())) {
        m_inventory = Inventory {};
        return Status::success();
    }
    Result<Inventory> inventory = Inventory::load(inventoryPath());
    if (!inventory)
        return inventory.error();
    m_inventory = *inventory;
    return Status::success();
}

Status Workspace::saveSettings() const
{
    QSaveFile file(settingsPath());
    const QByteArray content = QJsonDocument(m_settings.toJson()).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Error{Messages::tr("Cannot write %1: %2").arg(settingsPath(), file.errorString())};
    return Status::success();
}

QString Workspace::settingsPath() const
{
    return QDir(m_root).filePath(QStringLiteral("workbench.json"));
}

QString Workspace::templatesPath() const
{
    return QDir(m_root).filePath(QStringLiteral("templates"));
}

QString Workspace::filesPath() const
{
    return QDir(m_root).filePath(QStringLiteral("files"));
}

QString Workspace::inventoryPath() const
{
    return QDir(m_root).filePath(QStringLiteral("inventory.csv"));
}

QString Workspace::assignmentRulesPath() const
{
    return QDir(m_root).filePath(QStringLiteral("assignment-rules.json"));
}

QString Workspace::benchPositionsPath() const
{
    return QDir(m_root).filePath(QStringLiteral("bench-positions.json"));
}

QString Workspace::historyPath() const
{
    return QDir(m_root).filePath(QStringLiteral("history.sqlite"));
}

} // namespace ztp::workspace
