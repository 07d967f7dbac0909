#pragma once

#include "ast.h"

#include <QString>
#include <QVarLengthArray>

namespace ztp::templates {

// Built-in filters and tests by name; null when there is none. The parser resolves them at
// compile time, so an unknown name is a syntax error as in Jinja2.
FilterFunction findFilter(const QString &name);
TestFunction findTest(const QString &name);

// Binds a call's positional and keyword arguments to parameter names, like a Python signature,
// and raises a TypeError naming `function` for unknown or duplicate arguments.
class BoundArguments
{
public:
    BoundArguments(const CallArgs &args, std::initializer_list<const char16_t *> parameters,
                   const QString &function, SourcePos pos);

    bool has(int index) const { return m_values[index] != nullptr; }
    // Returns the argument, or `fallback` when the call did not pass it.
    Value get(int index, const Value &fallback) const;

private:
    QVarLengthArray<const Value *, 8> m_values;
};

} // namespace ztp::templates
