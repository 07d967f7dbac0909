#include "dhcp/optionbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ztp::dhcp {

namespace {

QString substitute(QString text, const OptionVariables &variables)
{
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

QStringList substitute(const QStringList &texts, const OptionVariables &variables)
{
    QStringList out;
    for (const QString &text : texts)
        out.append(substitute(text, variables));
    return out;
}

QList<QByteArray> utf8List(const QStringList &texts)
{
    QList<QByteArray> out;
    for (const QString &text : texts)
        out.append(text.toUtf8());
    return out;
}

Error optionError(const OptionDefinition &option, const QString &message)
{
    return Error{QStringLiteral("option %1 (%2): %3")
                     .arg(option.code)
                     .arg(optionTypeName(option.type), message)};
}

// True when the definition depends on a variable that has no value for this client, such as the
// image file of a device that has no image assigned.
bool isLeftOut(const OptionDefinition &option, const OptionVariables &variables)
{
    return !option.onlyIfSet.isEmpty() && variables.value(option.onlyIfSet).isEmpty();
}

Result<QByteArray> encodeSubOptionList(const OptionDefinition &option, const OptionVariables &variables)
{
    QList<SubOption> subOptions;
    for (const OptionDefinition &sub : option.subOptions) {
        if (isLeftOut(sub, variables))
            continue;
        const Result<QByteArray> value = encodeOption(sub, variables);
        if (!value)
            return optionError(option, value.errorString());
        subOptions.append({sub.code, *value});
    }
    const Result<QByteArray> encoded = encodeSubOptions(subOptions);
    if (!encoded)
        return optionError(option, encoded.errorString());
    return encoded;
}

Result<QByteArray> encodeVendorBlock(const OptionDefinition &option, const QByteArray &data)
{
    const Result<QByteArray> block = encodeVendorBlocks({{option.enterprise, data}});
    if (!block)
        return optionError(option, block.errorString());
    return block;
}

// ISC dhcpd's names for the standard options the builder is likely to export; other codes get a
// declared name of type string.
QString iscName(quint8 code)
{
    switch (code) {
    case 1: return QStringLiteral("subnet-mask");
    case 3: return QStringLiteral("routers");
    case 6: return QStringLiteral("domain-name-servers");
    case 12: return QStringLiteral("host-name");
    case 15: return QStringLiteral("domain-name");
    case 42: return QStringLiteral("ntp-servers");
    case 43: return QStringLiteral("vendor-encapsulated-options");
    case 66: return QStringLiteral("tftp-server-name");
    case 67: return QStringLiteral("bootfile-name");
    case 124: return QStringLiteral("vivco");
    case 125: return QStringLiteral("vivso");
    default: return {};
    }
}

bool iscTakesHex(quint8 code)
{
    return code == 43 || code == 124 || code == 125;
}

QString quoted(const QByteArray &text)
{
    QString out = QString::fromUtf8(text);
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

bool isPrintableText(const QByteArray &value)
{
    return !value.isEmpty() && std::all_of(value.cbegin(), value.cend(), [](char c) {
        return quint8(c) >= 0x20 && quint8(c) < 0x7f;
    });
}

QString iscLine(const EncodedOption &option, QStringList &declarations)
{
    QString name = iscName(option.code);
    const QString hex = QString::fromLatin1(option.value.toHex(':'));
    if (name.isEmpty()) {
        name = QStringLiteral("ztpw-option-%1").arg(option.code);
        declarations.append(QStringLiteral("option %1 code %2 = string;").arg(name).arg(option.code));
        return QStringLiteral("option %1 %2;").arg(name, hex);
    }
    if (iscTakesHex(option.code))
        return QStringLiteral("option %1 %2;").arg(name, hex);
    if (option.type == OptionType::Ipv4 || option.type == OptionType::Ipv4List)
        return QStringLiteral("option %1 %2;").arg(name, decodeForPreview(OptionType::Ipv4List, option.value));
    return QStringLiteral("option %1 %2;").arg(name, quoted(option.value));
}

QString exportIsc(const QList<EncodedOption> &options, const QString &className,
                  const QString &vendorClassPrefix)
{
    QStringList declarations;
    QStringList lines;
    for (const EncodedOption &option : options) {
        lines.append(QStringLiteral("    # %1").arg(option.preview));
        lines.append(QStringLiteral("    ") + iscLine(option, declarations));
    }
    QString out = declarations.join(QLatin1Char('\n'));
    if (!out.isEmpty())
        out += QLatin1Char('\n');
    out += QStringLiteral("class \"%1\" {\n    match if substring(option vendor-class-identifier, "
                          "0, %2) = %3;\n%4\n}\n")
               .arg(className)
               .arg(vendorClassPrefix.toUtf8().size())
               .arg(quoted(vendorClassPrefix.toUtf8()), lines.join(QLatin1Char('\n')));
    return out;
}

// Kea sends options it has no definition for when they are given as binary (csv-format false).
QString exportKea(const QList<EncodedOption> &options, const QString &className,
                  const QString &vendorClassPrefix)
{
    QJsonArray data;
    for (const EncodedOption &option : options) {
        data.append(QJsonObject {
            {QStringLiteral("code"), option.code},
            {QStringLiteral("space"), QStringLiteral("dhcp4")},
            {QStringLiteral("csv-format"), false},
            {QStringLiteral("data"), QString::fromLatin1(option.value.toHex().toUpper())},
            {QStringLiteral("always-send"), true},
        });
    }
    const QJsonObject clientClass {
        {QStringLiteral("name"), className},
        {QStringLiteral("test"), QStringLiteral("substring(option[60].hex,0,%1) == '%2'")
                                     .arg(vendorClassPrefix.toUtf8().size())
                                     .arg(vendorClassPrefix)},
        {QStringLiteral("option-data"), data},
    };
    return QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("client-classes"),
                                                          QJsonArray {clientClass}}})
                                 .toJson(QJsonDocument::Indented));
}

QString exportDnsmasq(const QList<EncodedOption> &options, const QString &className,
                      const QString &vendorClassPrefix)
{
    // dnsmasq matches dhcp-vendorclass as a substring of option 60.
    QStringList lines {QStringLiteral("dhcp-vendorclass=set:%1,%2").arg(className, vendorClassPrefix)};
    for (const EncodedOption &option : options) {
        lines.append(QStringLiteral("# %1").arg(option.preview));
        // Printable text goes quoted, anything else as colon hex, which dnsmasq reads as raw
        // octets. dhcp-option-force sends it whether or not the client asked.
        // Addresses go dotted: dnsmasq rejects hex for options it defines as addresses (150).
        QString value = QString::fromLatin1(option.value.toHex(':'));
        if (option.type == OptionType::Text && isPrintableText(option.value))
            value = quoted(option.value);
        else if (option.type == OptionType::Ipv4 || option.type == OptionType::Ipv4List)
            value = decodeForPreview(OptionType::Ipv4List, option.value).remove(QLatin1Char(' '));
        lines.append(QStringLiteral("dhcp-option-force=tag:%1,%2,%3").arg(className).arg(option.code).arg(value));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// IOS writes hex as groups of four digits separated by dots ("0a00.0001").
QString iosHex(const QByteArray &value)
{
    const QString hex = QString::fromLatin1(value.toHex());
    QStringList groups;
    for (int offset = 0; offset < hex.size(); offset += 4)
        groups.append(hex.mid(offset, 4));
    return groups.join(QLatin1Char('.'));
}

QString exportCiscoIos(const QList<EncodedOption> &options, const QString &className)
{
    // NOTE: an IOS pool has no vendor-class match of its own; the options apply to the pool.
    QStringList lines {QStringLiteral("ip dhcp pool %1").arg(className)};
    for (const EncodedOption &option : options) {
        lines.append(QStringLiteral(" ! %1").arg(option.preview));
        if (option.type == OptionType::Text && isPrintableText(option.value))
            lines.append(QStringLiteral(" option %1 ascii %2").arg(option.code).arg(quoted(option.value)));
        else
            lines.append(QStringLiteral(" option %1 hex %2").arg(option.code).arg(iosHex(option.value)));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

Result<QByteArray> encodeOption(const OptionDefinition &option, const OptionVariables &variables)
{
    switch (option.type) {
    case OptionType::SubOptions:
        return encodeSubOptionList(option, variables);
    case OptionType::VendorSpecific: {
        const Result<QByteArray> data = encodeSubOptionList(option, variables);
        if (!data)
            return data;
        return encodeVendorBlock(option, *data);
    }
    case OptionType::VendorClass: {
        const Result<QByteArray> data = encodeVendorClassData(utf8List(substitute(option.values, variables)));
        if (!data)
            return optionError(option, data.errorString());
        return encodeVendorBlock(option, *data);
    }
    case OptionType::UserClass: {
        const Result<QByteArray> data = encodeUserClass(utf8List(substitute(option.values, variables)));
        if (!data)
            return optionError(option, data.errorString());
        return data;
    }
    case OptionType::SztpRedirect: {
        const QStringList uris = option.values.isEmpty() ? QStringList {option.value} : option.values;
        const Result<QByteArray> data = encodeSztpRedirect(substitute(uris, variables));
        if (!data)
            return optionError(option, data.errorString());
        return data;
    }
    default:
        break;
    }

    const Result<QByteArray> value = encodeScalar(option.type, substitute(option.value, variables));
    if (!value)
        return optionError(option, value.errorString());
    return value;
}

Result<OptionDefinition> optionDefinitionFromJson(const QJsonObject &json, const QString &where)
{
    OptionDefinition option;
    const int code = json.value(QStringLiteral("code")).toInt(-1);
    if (code < 1 || code > 254)
        return Error{QStringLiteral("%1: \"code\" must be an option code from 1 to 254").arg(where)};
    option.code = quint8(code);

    const QString typeName = json.value(QStringLiteral("type")).toString(QStringLiteral("text"));
    const auto type = optionTypeFromName(typeName);
    if (!type)
        return Error{QStringLiteral("%1: unknown \"type\" '%2'; use ipv4, ipv4-list, text, hex, "
                                    "uint8, uint16, uint32, boolean, sub-options, vendor-class, "
                                    "vendor-specific, user-class or sztp-redirect")
                         .arg(where, typeName)};
    option.type = *type;

    const QJsonValue value = json.value(QStringLiteral("value"));
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            option.values.append(item.toVariant().toString());
    } else if (!value.isUndefined()) {
        option.value = value.toVariant().toString();
    }
    option.enterprise = quint32(json.value(QStringLiteral("enterprise")).toDouble(0));
    option.onlyIfRequested = json.value(QStringLiteral("onlyIfRequested")).toBool(false);
    option.onlyIfSet = json.value(QStringLiteral("onlyIfSet")).toString();

    const QJsonArray subOptions = json.value(QStringLiteral("subOptions")).toArray();
    for (int i = 0; i < subOptions.size(); ++i) {
        const QString subWhere = QStringLiteral("%1.subOptions[%2]").arg(where).arg(i);
        QJsonObject sub = subOptions.at(i).toObject();
        // Sub-option codes may be 0 (Juniper's image file name), which options may not.
        const int subCode = sub.value(QStringLiteral("code")).toInt(-1);
        if (subCode < 0 || subCode > 254)
            return Error{QStringLiteral("%1: \"code\" must be a sub-option code from 0 to 254").arg(subWhere)};
        sub.insert(QStringLiteral("code"), 1);
        Result<OptionDefinition> parsed = optionDefinitionFromJson(sub, subWhere);
        if (!parsed)
            return parsed.error();
        parsed->code = quint8(subCode);
        option.subOptions.append(*parsed);
    }

    const bool needsSubOptions = option.type == OptionType::SubOptions
        || option.type == OptionType::VendorSpecific;
    if (needsSubOptions && option.subOptions.isEmpty())
        return Error{QStringLiteral("%1: type %2 needs a non-empty \"subOptions\" list").arg(where, typeName)};
    return option;
}

QJsonObject optionDefinitionToJson(const OptionDefinition &option)
{
    QJsonObject json {{QStringLiteral("code"), option.code},
                      {QStringLiteral("type"), optionTypeName(option.type)}};
    if (!option.values.isEmpty())
        json.insert(QStringLiteral("value"), QJsonArray::fromStringList(option.values));
    else if (!option.value.isEmpty())
        json.insert(QStringLiteral("value"), option.value);
    if (option.enterprise != 0)
        json.insert(QStringLiteral("enterprise"), double(option.enterprise));
    if (option.onlyIfRequested)
        json.insert(QStringLiteral("onlyIfRequested"), true);
    if (!option.onlyIfSet.isEmpty())
        json.insert(QStringLiteral("onlyIfSet"), option.onlyIfSet);
    if (!option.subOptions.isEmpty()) {
        QJsonArray subOptions;
        for (const OptionDefinition &sub : option.subOptions)
            subOptions.append(optionDefinitionToJson(sub));
        json.insert(QStringLiteral("subOptions"), subOptions);
    }
    return json;
}

Result<QList<EncodedOption>> encodeOptions(const QList<OptionDefinition> &options,
                                           const OptionVariables &variables)
{
    QList<EncodedOption> encoded;
    for (const OptionDefinition &option : options) {
        if (isLeftOut(option, variables))
            continue;
        const Result<QByteArray> value = encodeOption(option, variables);
        if (!value)
            return value.error();

        // RFC 3925 sections 3 and 4: blocks of several enterprises share one option 124 or 125.
        auto existing = std::find_if(encoded.begin(), encoded.end(),
                                     [&](const EncodedOption &e) { return e.code == option.code; });
        if (existing != encoded.end()) {
            const bool joinable = option.type == OptionType::VendorClass
                || option.type == OptionType::VendorSpecific;
            if (!joinable || existing->type != option.type)
                return Error{QStringLiteral("option %1 is defined twice; keep one definition").arg(option.code)};
            existing->value += *value;
            existing->preview = decodeForPreview(option.type, existing->value);
            continue;
        }
        encoded.append({option.code, option.type, *value, decodeForPreview(option.type, *value)});
    }
    return encoded;
}

QString exportOptions(const QList<EncodedOption> &options, ExportFormat format,
                      const QString &className, const QString &vendorClassPrefix)
{
    switch (format) {
    case ExportFormat::IscDhcpd:
        return exportIsc(options, className, vendorClassPrefix);
    case ExportFormat::Kea:
        return exportKea(options, className, vendorClassPrefix);
    case ExportFormat::Dnsmasq:
        return exportDnsmasq(options, className, vendorClassPrefix);
    case ExportFormat::CiscoIos:
        return exportCiscoIos(options, className);
    }
    return {};
}

} // namespace ztp::dhcp
