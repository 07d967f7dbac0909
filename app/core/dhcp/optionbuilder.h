#pragma once

#include "common/result.h"
#include "dhcp/optioncodec.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace ztp::dhcp {

// One option as a technician or a vendor profile writes it: a code, a type and a value in text,
// or nested sub-options. The same definition encodes to wire bytes, decodes back for a preview
// and exports to other DHCP servers' configuration syntax.
struct OptionDefinition
{
    quint8 code = 0;
    OptionType type = OptionType::Text;
    QString value;                        // scalar types; "{server}" style variables allowed
    QStringList values;                   // sztp-redirect URIs, user-class and vendor-class instances
    quint32 enterprise = 0;               // vendor-class and vendor-specific
    QList<OptionDefinition> subOptions;   // sub-options and vendor-specific
    bool onlyIfRequested = false;         // sent only when the client lists it in option 55
    QString onlyIfSet; // a variable name: the option or sub-option is left out while it is empty
};

// Values substituted for "{name}" in option values: server, tftp, httpPort, httpsPort, mac, key
// (the serial number, or the MAC in hex without it), serial, hostname, model and image.
using OptionVariables = QMap<QString, QString>;

// Encodes the value (without code and length). Errors name the option code and the value.
Result<QByteArray> encodeOption(const OptionDefinition &option,
                                const OptionVariables &variables = {});

// Reads one definition from JSON: {"code": 43, "type": "sub-options", "subOptions": [...]}.
// `where` prefixes errors, for example "profiles/juniper.json: options[2]".
Result<OptionDefinition> optionDefinitionFromJson(const QJsonObject &json, const QString &where);
QJsonObject optionDefinitionToJson(const OptionDefinition &option);

// One encoded option with its preview, the builder's view of what goes on the wire.
struct EncodedOption
{
    quint8 code = 0;
    OptionType type = OptionType::Hex;
    QByteArray value;
    QString preview; // decoded back from `value`, never from the definition
};

Result<QList<EncodedOption>> encodeOptions(const QList<OptionDefinition> &options,
                                           const OptionVariables &variables = {});

// Ready-to-paste configuration for another server, so a bench setup can move to production.
enum class ExportFormat { IscDhcpd, Kea, Dnsmasq, CiscoIos };

// Every option is written as its exact encoded bytes in the target's raw syntax, with the
// decoded preview as a comment, so the target sends what the bench sent. The class matches
// clients whose option 60 starts with vendorClassPrefix (dnsmasq: contains it).
QString exportOptions(const QList<EncodedOption> &options, ExportFormat format,
                      const QString &className, const QString &vendorClassPrefix);

} // namespace ztp::dhcp
