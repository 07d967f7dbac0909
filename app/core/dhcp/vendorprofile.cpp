#include "dhcp/vendorprofile.h"

#include "common/logging.h"
#include "platform/netplatform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace ztp::dhcp {

namespace {

constexpr quint8 CircuitIdSubOption = 1; // RFC 3046 section 2.0

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

Result<ProfileMatch> parseMatch(const QJsonObject &json, const QString &source)
{
    ProfileMatch match;
    match.vendorClassPrefixes = stringList(json.value(QStringLiteral("vendorClass")));
    match.userClasses = stringList(json.value(QStringLiteral("userClass")));
    match.circuitIdPrefixes = stringList(json.value(QStringLiteral("circuitId")));
    for (const QJsonValue &item : json.value(QStringLiteral("vendorClassEnterprise")).toArray())
        match.vendorClassEnterprises.append(quint32(item.toDouble()));
    for (const QJsonValue &item : json.value(QStringLiteral("vendorSpecificEnterprise")).toArray())
        match.vendorSpecificEnterprises.append(quint32(item.toDouble()));
    for (const QJsonValue &item : json.value(QStringLiteral("architecture")).toArray())
        match.architectures.append(quint16(item.toInt()));
    for (const QJsonValue &item : json.value(QStringLiteral("requestedOption")).toArray())
        match.requestedOptions.append(quint8(item.toInt()));
    for (const QString &oui : stringList(json.value(QStringLiteral("macPrefix")))) {
        const QByteArray prefix = platform::parseMac(oui + QStringLiteral(":00:00:00")).left(3);
        if (prefix.size() != 3)
            return Error{QStringLiteral("%1: match.macPrefix '%2' is not an OUI such as 00:1c:73")
                             .arg(source, oui)};
        match.macPrefixes.append(prefix);
    }
    if (match.isEmpty())
        return Error{QStringLiteral("%1: \"match\" has no criteria; give at least one of vendorClass, "
                                    "userClass, vendorClassEnterprise, vendorSpecificEnterprise, "
                                    "macPrefix, circuitId, architecture or requestedOption")
                         .arg(source)};
    return match;
}

bool anyPrefix(const QStringList &prefixes, const QString &text)
{
    return std::any_of(prefixes.cbegin(), prefixes.cend(),
                       [&](const QString &prefix) { return text.startsWith(prefix); });
}

bool hasEnterprise(const QList<quint32> &enterprises, const QByteArray &option)
{
    const Result<QList<VendorBlock>> blocks = decodeVendorBlocks(option);
    if (!blocks)
        return false;
    return std::any_of(blocks->cbegin(), blocks->cend(),
                       [&](const VendorBlock &block) { return enterprises.contains(block.enterprise); });
}

QString circuitId(const DhcpPacket &request)
{
    const Result<SubOptionList> subs =
        decodeSubOptions(request.options.value(OptionCode::RelayAgentInformation));
    if (!subs)
        return {};
    for (const SubOption &sub : subs->subOptions) {
        if (sub.code == CircuitIdSubOption)
            return QString::fromUtf8(sub.value);
    }
    return {};
}

bool hasArchitecture(const QList<quint16> &architectures, const QByteArray &option)
{
    for (int offset = 0; offset + 2 <= option.size(); offset += 2) {
        if (architectures.contains(qFromBigEndian<quint16>(option.constData() + offset)))
            return true;
    }
    return false;
}

} // namespace

bool ProfileMatch::isEmpty() const
{
    return vendorClassPrefixes.isEmpty() && userClasses.isEmpty() && vendorClassEnterprises.isEmpty()
        && vendorSpecificEnterprises.isEmpty() && macPrefixes.isEmpty()
        && circuitIdPrefixes.isEmpty() && architectures.isEmpty() && requestedOptions.isEmpty();
}

Result<VendorProfile> parseVendorProfile(const QByteArray &json, const QString &source)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{QStringLiteral("%1: invalid JSON at offset %2: %3")
                         .arg(source)
                         .arg(error.offset)
                         .arg(error.errorString())};
    const QJsonObject root = document.object();

    VendorProfile profile;
    profile.source = source;
    profile.name = QFileInfo(source).completeBaseName();
    profile.title = root.value(QStringLiteral("title")).toString(profile.name);
    profile.priority = root.value(QStringLiteral("priority")).toInt(0);
    profile.bootFile = root.value(QStringLiteral("bootFile")).toString();

    const Result<ProfileMatch> match = parseMatch(root.value(QStringLiteral("match")).toObject(), source);
    if (!match)
        return match.error();
    profile.match = *match;

    // Each option is encoded once with sample variables so a bad value fails at load, not per
    // packet.
    const OptionVariables sample {{QStringLiteral("server"), QStringLiteral("192.0.2.1")},
                                  {QStringLiteral("tftp"), QStringLiteral("192.0.2.1")},
                                  {QStringLiteral("httpPort"), QStringLiteral("80")},
                                  {QStringLiteral("httpsPort"), QStringLiteral("443")},
                                  {QStringLiteral("image"), QStringLiteral("image.bin")}};
    const QJsonArray options = root.value(QStringLiteral("options")).toArray();
    for (int i = 0; i < options.size(); ++i) {
        const QString where = QStringLiteral("%1: options[%2]").arg(source).arg(i);
        const Result<OptionDefinition> option = optionDefinitionFromJson(options.at(i).toObject(), where);
        if (!option)
            return option.error();
        if (const auto encoded = encodeOption(*option, sample); !encoded)
            return Error{QStringLiteral("%1: %2").arg(where, encoded.errorString())};
        profile.options.append(*option);
    }

    if (const auto encoded = encodeOptions(profile.options, sample); !encoded)
        return Error{QStringLiteral("%1: %2").arg(source, encoded.errorString())};
    return profile;
}

bool profileMatches(const ProfileMatch &match, const DhcpPacket &request)
{
    if (match.isEmpty())
        return false;

    const DhcpOptions &options = request.options;
    if (!match.vendorClassPrefixes.isEmpty()
        && !anyPrefix(match.vendorClassPrefixes, optionText(options.value(OptionCode::VendorClassIdentifier))))
        return false;

    if (!match.userClasses.isEmpty()) {
        const QList<QByteArray> classes = decodeUserClass(options.value(OptionCode::UserClass));
        const bool found = std::any_of(classes.cbegin(), classes.cend(), [&](const QByteArray &c) {
            return match.userClasses.contains(optionText(c));
        });
        if (!found)
            return false;
    }

    if (!match.vendorClassEnterprises.isEmpty()
        && !hasEnterprise(match.vendorClassEnterprises, options.value(OptionCode::VendorIdentifyingVendorClass)))
        return false;
    if (!match.vendorSpecificEnterprises.isEmpty()
        && !hasEnterprise(match.vendorSpecificEnterprises,
                          options.value(OptionCode::VendorIdentifyingVendorSpecific)))
        return false;

    if (!match.macPrefixes.isEmpty()) {
        const QByteArray mac = request.clientHardwareAddress();
        if (!std::any_of(match.macPrefixes.cbegin(), match.macPrefixes.cend(),
                         [&](const QByteArray &prefix) { return mac.startsWith(prefix); }))
            return false;
    }

    if (!match.circuitIdPrefixes.isEmpty() && !anyPrefix(match.circuitIdPrefixes, circuitId(request)))
        return false;
    if (!match.architectures.isEmpty()
        && !hasArchitecture(match.architectures, options.value(OptionCode::ClientSystemArchitecture)))
        return false;

    if (!match.requestedOptions.isEmpty()) {
        const QByteArray requested = options.value(OptionCode::ParameterRequestList);
        if (!std::any_of(match.requestedOptions.cbegin(), match.requestedOptions.cend(),
                         [&](quint8 code) { return requested.contains(char(code)); }))
            return false;
    }
    return true;
}

Status ProfileSet::loadBuiltIn()
{
    return loadDirectory(QStringLiteral(":/ztpw/profiles"));
}

Status ProfileSet::loadDirectory(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return Status::success();

    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const QString path = dir.filePath(fileName);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("cannot read profile %1: %2").arg(path, file.errorString())};
        const Result<VendorProfile> profile = parseVendorProfile(file.readAll(), path);
        if (!profile) {
            qCWarning(lcDhcp).noquote() << "profile rejected:" << profile.errorString();
            return Error{profile.errorString()};
        }
        add(*profile);
    }
    qCInfo(lcDhcp).noquote() << "loaded" << files.size() << "profiles from" << directory;
    return Status::success();
}

void ProfileSet::add(const VendorProfile &profile)
{
    for (VendorProfile &existing : m_profiles) {
        if (existing.name == profile.name) {
            existing = profile;
            return;
        }
    }
    m_profiles.append(profile);
}

const VendorProfile *ProfileSet::match(const DhcpPacket &request) const
{
    const VendorProfile *best = nullptr;
    for (const VendorProfile &profile : m_profiles) {
        if ((!best || profile.priority > best->priority) && profileMatches(profile.match, request))
            best = &profile;
    }
    return best;
}

const VendorProfile *ProfileSet::find(const QString &name) const
{
    for (const VendorProfile &profile : m_profiles) {
        if (profile.name == name)
            return &profile;
    }
    return nullptr;
}

} // namespace ztp::dhcp
