#include "devices/assignmentrules.h"

#include "common/logging.h"
#include "devices/devicemerger.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QFile>

namespace ztp::devices {

namespace {

// Context of this file's messages in the translation files; lupdate reads it from the macro.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ztp::devices::AssignmentRules)
};

constexpr RuleField AllFields[] = {RuleField::Serial, RuleField::Mac, RuleField::Model,
                                   RuleField::Vendor, RuleField::Profile};

// Shell wildcards as a regular expression. QRegularExpression::wildcardToRegularExpression is
// not used because it treats '/' as a path separator, and models such as "C9300-24P/A" have one.
QRegularExpression wildcardExpression(const QString &pattern)
{
    QString expression;
    bool inClass = false;
    for (const QChar c : pattern.trimmed()) {
        if (inClass) {
            expression += c == QLatin1Char('\\') ? QStringLiteral("\\\\") : QString(c);
            inClass = c != QLatin1Char(']');
        } else if (c == QLatin1Char('*')) {
            expression += QStringLiteral(".*");
        } else if (c == QLatin1Char('?')) {
            expression += QLatin1Char('.');
        } else if (c == QLatin1Char('[')) {
            expression += c;
            inClass = true;
        } else {
            expression += QRegularExpression::escape(QString(c));
        }
    }
    if (inClass) // an unclosed '[' is an ordinary character
        expression = QRegularExpression::escape(pattern.trimmed());
    return QRegularExpression(QRegularExpression::anchoredPattern(expression),
                              QRegularExpression::CaseInsensitiveOption);
}

bool wildcardMatches(const QString &pattern, const QString &value)
{
    if (value.trimmed().isEmpty())
        return false;
    return wildcardExpression(pattern).match(value.trimmed()).hasMatch();
}

QStringList valuesOf(const Device &device, RuleField field)
{
    QStringList values;
    const auto addIdentifiers = [&](IdentifierKind kind) {
        for (const Identifier &identifier : device.identifiers) {
            if (identifier.kind == kind && !values.contains(identifier.value))
                values.append(identifier.value);
        }
    };
    switch (field) {
    case RuleField::Serial:
        values.append(device.serial);
        addIdentifiers(IdentifierKind::Serial);
        break;
    case RuleField::Mac:
        if (device.mac.size() == 6)
            values.append(device.key());
        addIdentifiers(IdentifierKind::Mac);
        break;
    case RuleField::Model:
        values.append(device.model);
        addIdentifiers(IdentifierKind::Model);
        break;
    case RuleField::Vendor:
        values.append(device.vendor);
        addIdentifiers(IdentifierKind::Vendor);
        break;
    case RuleField::Profile:
        values.append(device.profile);
        break;
    }
    values.removeAll(QString());
    return values;
}

} // namespace

QString ruleFieldName(RuleField field)
{
    switch (field) {
    case RuleField::Serial:
        return QStringLiteral("serial");
    case RuleField::Mac:
        return QStringLiteral("mac");
    case RuleField::Model:
        return QStringLiteral("model");
    case RuleField::Vendor:
        return QStringLiteral("vendor");
    case RuleField::Profile:
        return QStringLiteral("profile");
    }
    return {};
}

std::optional<RuleField> ruleFieldFromName(const QString &name)
{
    for (RuleField field : AllFields) {
        if (ruleFieldName(field) == name)
            return field;
    }
    return std::nullopt;
}

bool AssignmentRule::matches(const Device &device) const
{
    if (pattern.trimmed().isEmpty())
        return false;
    const QStringList values = valuesOf(device, field);
    return std::any_of(values.cbegin(), values.cend(),
                       [this](const QString &value) { return wildcardMatches(pattern, value); });
}

Assignment AssignmentRules::evaluate(const Device &device) const
{
    Assignment result;
    for (int i = 0; i < m_rules.size(); ++i) {
        const AssignmentRule &rule = m_rules.at(i);
        if (!rule.matches(device))
            continue;
        if (result.templateName.isEmpty() && !rule.templateName.isEmpty()) {
            result.templateName = rule.templateName;
            result.templateRule = i + 1;
        }
        if (result.image.isEmpty() && !rule.image.isEmpty()) {
            result.image = rule.image;
            result.imageRule = i + 1;
        }
        if (result.profile.isEmpty() && !rule.profile.isEmpty()) {
            result.profile = rule.profile;
            result.profileRule = i + 1;
        }
    }
    return result;
}

Result<AssignmentRules> AssignmentRules::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return AssignmentRules();
    if (!file.open(QIODevice::ReadOnly))
        return Error{Messages::tr("Cannot read %1: %2").arg(path, file.errorString())};
    return fromJson(file.readAll(), path);
}

Result<AssignmentRules> AssignmentRules::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Messages::tr("%1: invalid JSON at offset %2: %3")
                         .arg(fileName)
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    if (!document.isObject() || !document.object().value(QStringLiteral("rules")).isArray())
        return Error{Messages::tr("%1: expected an object with a \"rules\" array").arg(fileName)};

    QList<AssignmentRule> rules;
    const QJsonArray array = document.object().value(QStringLiteral("rules")).toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1: rules[%2]").arg(fileName).arg(i);
        if (!array.at(i).isObject())
            return Error{Messages::tr("%1: expected an object").arg(where)};
        const QJsonObject object = array.at(i).toObject();

        AssignmentRule rule;
        const QString fieldName = object.value(QStringLiteral("match")).toString();
        const auto field = ruleFieldFromName(fieldName);
        if (!field)
            return Error{Messages::tr("%1, key 'match': '%2' is not one of serial, mac, model, vendor, profile")
                             .arg(where, fieldName)};
        rule.field = *field;
        rule.pattern = object.value(QStringLiteral("pattern")).toString();
        if (rule.pattern.trimmed().isEmpty())
            return Error{Messages::tr("%1, key 'pattern': missing; use a value or a wildcard such as FOC27*")
                             .arg(where)};
        rule.templateName = object.value(QStringLiteral("template")).toString();
        rule.image = object.value(QStringLiteral("image")).toString();
        rule.profile = object.value(QStringLiteral("profile")).toString();
        if (rule.templateName.isEmpty() && rule.image.isEmpty() && rule.profile.isEmpty())
            return Error{Messages::tr("%1: the rule assigns nothing; set template, image or profile").arg(where)};
        rules.append(rule);
    }
    return AssignmentRules(rules);
}

QByteArray AssignmentRules::toJson() const
{
    QJsonArray array;
    for (const AssignmentRule &rule : m_rules) {
        QJsonObject object {
            {QStringLiteral("match"), ruleFieldName(rule.field)},
            {QStringLiteral("pattern"), rule.pattern},
        };
        if (!rule.templateName.isEmpty())
            object.insert(QStringLiteral("template"), rule.templateName);
        if (!rule.image.isEmpty())
            object.insert(QStringLiteral("image"), rule.image);
        if (!rule.profile.isEmpty())
            object.insert(QStringLiteral("profile"), rule.profile);
        array.append(object);
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("rules"), array}}).toJson(QJsonDocument::Indented);
}

Status AssignmentRules::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit())
        return Error{Messages::tr("Cannot write %1: %2").arg(path, file.errorString())};
    qCInfo(lcDevices).noquote() << "saved" << m_rules.size() << "assignment rules to" << path;
    return Status::success();
}

bool applyAssignmentRules(Device &device, const AssignmentRules &rules, const QDateTime &time)
{
    if (rules.isEmpty())
        return false;
    const Assignment assignment = rules.evaluate(device);

    bool changed = false;
    if (device.templateName.isEmpty() && !assignment.templateName.isEmpty()) {
        device.templateName = assignment.templateName;
        addTimelineEntry(device,
                         QStringLiteral("template %1 assigned by rule %2")
                             .arg(assignment.templateName)
                             .arg(assignment.templateRule),
                         time);
        changed = true;
    }
    if (device.image.isEmpty() && !assignment.image.isEmpty()) {
        device.image = assignment.image;
        addTimelineEntry(device,
                         QStringLiteral("image %1 assigned by rule %2").arg(assignment.image).arg(assignment.imageRule),
                         time);
        changed = true;
    }
    return changed;
}

} // namespace ztp::devices
