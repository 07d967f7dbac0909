#pragma once

#include "common/result.h"
#include "devices/device.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ztp::devices {

// The device field an assignment rule compares its pattern with.
enum class RuleField {
    Serial,
    Mac,     // "00:1c:73:1a:2b:3c", any MAC of the record
    Model,
    Vendor,  // IEEE OUI organisation or the vendor the device reported
    Profile, // vendor profile that matched its DHCP request
};

QString ruleFieldName(RuleField field);
std::optional<RuleField> ruleFieldFromName(const QString &name);

// "When <field> matches <pattern>, assign <template>, <image>, <profile>". Patterns are shell
// wildcards (`*`, `?`, `[...]`) compared case-insensitively with the whole value. For example
// "00:1c:73:*" matches the MACs of Arista's OUI 00:1c:73, and "FOC27*" a batch of Cisco
// serials. Empty targets assign nothing.
struct AssignmentRule
{
    RuleField field = RuleField::Serial;
    QString pattern;
    QString templateName; // a file under templates/
    QString image;        // a file under files/
    QString profile;      // a vendor profile name, used for the device's DHCP replies

    bool matches(const Device &device) const;
    bool operator==(const AssignmentRule &other) const = default;
};

// The targets that the rules assign to one device, with the rule (1-based) behind each.
struct Assignment
{
    QString templateName;
    QString image;
    QString profile;
    int templateRule = 0;
    int imageRule = 0;
    int profileRule = 0;

    bool isEmpty() const { return templateName.isEmpty() && image.isEmpty() && profile.isEmpty(); }
};

// The workspace's assignment rules (assignment-rules.json), in the technician's order. For
// each target the first matching rule that sets it wins, so a specific rule goes above a
// general one.
class AssignmentRules
{
public:
    AssignmentRules() = default;
    explicit AssignmentRules(QList<AssignmentRule> rules) : m_rules(std::move(rules)) { }

    const QList<AssignmentRule> &rules() const { return m_rules; }
    bool isEmpty() const { return m_rules.isEmpty(); }

    Assignment evaluate(const Device &device) const;

    // A missing file is an empty rule list. Errors name the file, the rule and the key.
    static Result<AssignmentRules> load(const QString &path);
    static Result<AssignmentRules> fromJson(const QByteArray &json, const QString &fileName);
    QByteArray toJson() const;
    // Writes the file atomically.
    Status save(const QString &path) const;

private:
    QList<AssignmentRule> m_rules;
};

// Applies the rules to a device record: a template or image the record does not have yet is set
// from the first matching rule, with a timeline entry naming the rule, so one the technician
// assigned is never replaced. The profile target is not stored here, because it takes effect
// when the DHCP server picks the profile for a request (BenchService). Returns true when the
// record changed.
bool applyAssignmentRules(Device &device, const AssignmentRules &rules, const QDateTime &time);

} // namespace ztp::devices
