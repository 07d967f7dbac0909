#include "templates/templatelint.h"

namespace ztp::templates {

LintFinding lintTemplate(const Environment &environment, const QString &deviceKey,
                         const QString &templateName, const QVariantMap &variables)
{
    LintFinding finding;
    finding.deviceKey = deviceKey;
    finding.templateName = templateName;

    const auto compiled = environment.load(templateName, &finding.error);
    if (!compiled)
        return finding;

    for (const QString &name : compiled->undeclaredVariables()) {
        if (!variables.contains(name))
            finding.missingVariables.append(name);
    }
    if (!finding.missingVariables.isEmpty())
        return finding;

    compiled->render(variables, &finding.error);
    return finding;
}

} // namespace ztp::templates
