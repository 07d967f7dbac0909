#include "dhcp/optionexport.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ztp::dhcp {

namespace {

QString commentPrefix(ExportFormat format)
{
    return format == ExportFormat::CiscoIos ? QStringLiteral("!") : QStringLiteral("#");
}

// Returns the per-device variables a profile uses, such as "{serial}". The export keeps them
// literal.
QStringList perDeviceVariables(const QList<OptionDefinition> &options)
{
    static const QRegularExpression variable(QStringLiteral("\\{(mac|key|serial|hostname|model)\\}"));
    QStringList found;
    for (const OptionDefinition &option : options) {
        QStringList texts = option.values;
        texts.append(option.value);
        for (const QString &text : std::as_const(texts)) {
            for (auto it = variable.globalMatch(text); it.hasNext();) {
                const QString name = it.next().captured(0);
                if (!found.contains(name))
                    found.append(name);
            }
        }
        for (const QString &name : perDeviceVariables(option.subOptions)) {
            if (!found.contains(name))
                found.append(name);
        }
    }
    return found;
}

// Returns the profile's options, with its boot file as option 67 unless an option sets 67.
QList<OptionDefinition> exportedDefinitions(const VendorProfile &profile)
{
    QList<OptionDefinition> options = profile.options;
    const bool hasBootFileOption = std::any_of(
        options.cbegin(), options.cend(), [](const OptionDefinition &o) { return o.code == 67; });
    if (!profile.bootFile.isEmpty() && !hasBootFileOption) {
        OptionDefinition bootFile;
        bootFile.code = 67;
        bootFile.type = OptionType::Text;
        bootFile.value = profile.bootFile;
        options.append(bootFile);
    }
    return options;
}

} // namespace

QStringList exportFormatNames()
{
    return {QStringLiteral("isc"), QStringLiteral("kea"), QStringLiteral("dnsmasq"),
        QStringLiteral("ios")};
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    static const QList<ExportFormat> formats {
        ExportFormat::IscDhcpd, ExportFormat::Kea, ExportFormat::Dnsmasq, ExportFormat::CiscoIos};
    const qsizetype index = exportFormatNames().indexOf(name.toLower());
    if (index < 0)
        return std::nullopt;
    return formats.at(index);
}

Result<OptionVariables> exportVariables(const QString &server, const QString &tftp, int httpPort,
                                        int httpsPort)
{
    const QString tftpAddress = tftp.isEmpty() ? server : tftp;
    for (const QString &value : {server, tftpAddress}) {
        QHostAddress address;
        if (value.isEmpty() || !address.setAddress(value)
            || address.protocol() != QAbstractSocket::IPv4Protocol)
            return Error {
                QStringLiteral("'%1' is not an IPv4 address; give the address the devices "
                               "reach the server at, such as 192.0.2.1")
                    .arg(value)};
    }
    return OptionVariables {{QStringLiteral("server"), server},
                            {QStringLiteral("tftp"), tftpAddress},
                            {QStringLiteral("httpPort"), QString::number(httpPort)},
                            {QStringLiteral("httpsPort"), QString::number(httpsPort)}};
}

Result<ProfileExport> exportProfiles(
    const QList<VendorProfile> &profiles, ExportFormat format, const OptionVariables &variables)
{
    ProfileExport result;
    QStringList snippets;
    QJsonArray keaClasses;

    for (const VendorProfile &profile : profiles) {
        const QString prefix = profile.match.vendorClassPrefixes.value(0);
        if (prefix.isEmpty() && format != ExportFormat::CiscoIos) {
            result.skipped.append(QStringLiteral("%1: matches clients by other means than a "
                                                 "vendor class (option 60), which this format "
                                                 "cannot express")
                                      .arg(profile.name));
            continue;
        }

        const Result<QList<EncodedOption>> encoded
            = encodeOptions(exportedDefinitions(profile), variables);
        if (!encoded)
            return Error {
                QStringLiteral("profile %1: %2").arg(profile.name, encoded.errorString())};

        const QString className = QStringLiteral("ztp-") + profile.name;
        const QString snippet = exportOptions(*encoded, format, className, prefix);
        if (format == ExportFormat::Kea) {
            const QJsonObject object = QJsonDocument::fromJson(snippet.toUtf8()).object();
            for (const QJsonValue &value : object.value(QStringLiteral("client-classes")).toArray())
                keaClasses.append(value);
            continue;
        }

        // Kea's JSON has no room for these comments; the other three formats take them.
        QStringList header {
            QStringLiteral("%1 %2: %3").arg(commentPrefix(format), profile.name, profile.title)};
        if (profile.match.vendorClassPrefixes.size() > 1)
            header.append(
                QStringLiteral("%1 NOTE: the bench also matches the vendor classes %2")
                    .arg(commentPrefix(format),
                        profile.match.vendorClassPrefixes.mid(1).join(QStringLiteral(", "))));
        const QStringList perDevice = perDeviceVariables(profile.options);
        if (!perDevice.isEmpty())
            header.append(QStringLiteral("%1 NOTE: %2 is filled per device on the bench and stays "
                                         "literal here")
                              .arg(commentPrefix(format), perDevice.join(QStringLiteral(", "))));
        snippets.append(header.join(QLatin1Char('\n')) + QLatin1Char('\n') + snippet);
    }

    if (snippets.isEmpty() && keaClasses.isEmpty())
        return Error {QStringLiteral("no profile can be exported in this format: %1")
                          .arg(result.skipped.join(QStringLiteral("; ")))};

    if (format == ExportFormat::Kea) {
        result.text = QString::fromUtf8(QJsonDocument(
            QJsonObject {{QStringLiteral("client-classes"),
                keaClasses}}).toJson(QJsonDocument::Indented));
        return result;
    }

    // ISC dhcpd rejects a second declaration of the same option name, so each is kept once.
    if (format == ExportFormat::IscDhcpd) {
        QStringList seen;
        for (QString &snippet : snippets) {
            QStringList lines = snippet.split(QLatin1Char('\n'));
            lines.erase(std::remove_if(lines.begin(), lines.end(),
                            [&seen](const QString &line) {
                                if (!line.startsWith(QLatin1String("option "))
                                    || !line.contains(QLatin1String(" code ")))
                                    return false;
                                if (seen.contains(line))
                                    return true;
                                seen.append(line);
                                return false;
                            }),
                lines.end());
            snippet = lines.join(QLatin1Char('\n'));
        }
    }
    result.text = snippets.join(QLatin1Char('\n'));
    return result;
}

} // namespace ztp::dhcp
