#pragma once

#include "templates/templateengine.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace ztp::templates {

// Problem found in one device's template before the bench starts.
struct LintFinding
{
    QString deviceKey;             // MAC, or the serial of an inventory row without one
    QString templateName;
    QStringList missingVariables;  // top-level names the template reads that the device lacks
    TemplateError error;           // a syntax error, or the first render error; empty message if none

    bool isClean() const { return missingVariables.isEmpty() && error.message.isEmpty(); }
};

// Checks one device's template against its variables: a syntax error with its position, the
// undeclared top-level names missing from `variables`, and, when none is missing, a trial render
// that catches what static analysis cannot (a missing key inside a map, an included template).
LintFinding lintTemplate(const Environment &environment, const QString &deviceKey,
                         const QString &templateName, const QVariantMap &variables);

} // namespace ztp::templates
