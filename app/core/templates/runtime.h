#pragma once

#include "ast.h"
#include "templateengine.h"
#include "value.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>
#include <QVariantMap>

#include <atomic>
#include <memory>
#include <vector>

// Render-time state shared by the evaluator, the filters and the statement renderers. Every
// object here belongs to one render() call on one thread.
namespace ztp::templates {

// Thrown inside a render and turned into a TemplateError at the render() boundary.
struct RenderException
{
    QString templateName; // filled in by the innermost template boundary the exception crosses
    SourcePos pos;
    QString message;
};

[[noreturn]] void raise(SourcePos pos, const QString &message);

// A compiled template: the syntax tree plus what the parser resolved at compile time.
struct TemplateData
{
    QString name;
    EngineOptions options;
    QStringList slotNames;  // the name table that NameExpr::slot and friends index
    Body body;
    QStringList undeclared; // for Template::undeclaredVariables()
    QString source;         // for Template::source()
    QString sourceSha256;   // hex SHA-256 of the UTF-8 source, for Template::sourceSha256()
    std::weak_ptr<EnvironmentData> environment;
    // Output size of the latest render, to reserve the next output buffer in one step.
    mutable std::atomic<qsizetype> lastOutputSize = 0;
};

struct RootScope;

// Counters and limits of one render() call, including nested includes and macro calls.
struct RenderState
{
    RenderState(const EngineOptions &engineOptions, std::shared_ptr<EnvironmentData> environmentData,
                const QVariantMap *renderVariables)
        : options(engineOptions)
        , environment(std::move(environmentData))
        , variables(renderVariables)
    {
        elapsed.start();
    }
    ~RenderState();
    RenderState(const RenderState &) = delete;
    RenderState &operator=(const RenderState &) = delete;

    // Records a container changed in place. A template can make such a container refer to
    // itself, so the destructor empties them all to break reference cycles.
    void noteMutation(std::shared_ptr<ListObject> list);
    void noteMutation(std::shared_ptr<DictObject> dict);

    const EngineOptions &options;
    std::shared_ptr<EnvironmentData> environment; // null when the Environment is gone
    const QVariantMap *variables = nullptr;
    qint64 iterations = 0;
    qint64 outputProduced = 0;
    int depth = 0;
    QElapsedTimer elapsed; // started with the render
    // Imported templates, whose macros may be called until the render ends.
    std::vector<std::shared_ptr<const Template>> keepAlive;
    // Scopes that define macros. Macros refer to their scope weakly, because the scope stores
    // the macros and a strong reference would form a cycle.
    std::vector<std::shared_ptr<RootScope>> macroScopes;

private:
    std::vector<std::shared_ptr<ListObject>> m_mutatedLists;
    std::vector<std::shared_ptr<DictObject>> m_mutatedDicts;
};

// The top-level variables of one template execution. Slots are resolved lazily: a name is
// looked up in the caller's variables the first time the template reads it.
struct RootScope
{
    RootScope(const TemplateData &data, bool withContext);

    const TemplateData &templateData;
    std::vector<Value> values;
    std::vector<quint8> resolved;
    bool withContext; // false for imported modules, which see only globals
    // Variables visible at an {% include %}, which the included template starts from.
    std::shared_ptr<const QHash<QString, Value>> inherited;
    // Names that top-level {% set %} and {% macro %} assigned, in order; an import exports them.
    QStringList exported;
};

struct CallableObject
{
    virtual ~CallableObject() = default;
    virtual Value call(Context &caller, const CallArgs &args, SourcePos pos) = 0;
    virtual QString name() const = 0;
};

// The "loop" variable inside a for loop.
struct LoopObject
{
    const std::vector<Value> *items = nullptr;
    qint64 index0 = 0;
    qint64 length = 0;
};

class Context
{
public:
    Context(RenderState &state, const TemplateData &data, std::shared_ptr<RootScope> root,
            QString *output);

    RenderState &state;
    const TemplateData &templateData;
    std::shared_ptr<RootScope> root;
    QString *output;

    bool strict() const { return state.options.strictUndefined; }

    Value lookup(int slot, SourcePos pos);
    // Like lookup(), but returns a pointer to the stored value when the name is defined.
    const Value *lookupRef(int slot, SourcePos pos, Value &scratch);
    // Binds a name in the innermost scope (the root scope at top level). At top level,
    // `exported` names become visible to templates that import this one.
    void assign(int slot, Value value, bool exported = false);
    void pushScope() { m_scopeStarts.push_back(m_locals.size()); }
    void popScope();
    bool atTopLevel() const { return m_scopeStarts.empty(); }
    // Local variables, outermost first, for a macro defined inside a loop or another block.
    std::vector<std::pair<int, Value>> locals() const { return {m_locals.cbegin(), m_locals.cend()}; }

    // Every variable visible here, by name, for an include.
    std::shared_ptr<QHash<QString, Value>> snapshot() const;

    void write(const QString &text, SourcePos pos);
    void chargeOutput(qint64 size, SourcePos pos);
    void chargeIterations(qint64 count, SourcePos pos);

    // Fails if the value is undefined and the options make that an error.
    void requireDefined(const Value &value) const;
    // Fails for any undefined value: for uses that Jinja2's default Undefined also rejects.
    [[noreturn]] void failUndefined(const Value &value) const;

    bool truthy(const Value &value) const;
    QString str(const Value &value) const;
    // Iterates like Python's iter(): list items, dict keys, string characters. Undefined
    // values iterate as empty unless strictUndefined is set.
    std::vector<Value> iterate(const Value &value, SourcePos pos) const;

    // Runs `function` with a nesting level charged against maxRecursionDepth; exceptions
    // leaving it are attributed to `data` when they have no template name yet.
    template<typename Function>
    void nested(const TemplateData &data, SourcePos pos, Function function);

private:
    Value resolveRoot(int slot, SourcePos pos);

    // Inline capacity for the variables of a typical macro call or loop, so that a new
    // Context, as each macro call creates, does not allocate.
    QVarLengthArray<std::pair<int, Value>, 8> m_locals;
    QVarLengthArray<qsizetype, 4> m_scopeStarts;
};

template<typename Function>
void Context::nested(const TemplateData &data, SourcePos pos, Function function)
{
    if (state.depth >= state.options.maxRecursionDepth) {
        raise(pos, QStringLiteral("macro calls, includes and imports are nested more than %1 levels deep "
                                  "(the recursion limit); check for a macro or include that calls itself")
                       .arg(state.options.maxRecursionDepth));
    }
    ++state.depth;
    try {
        function();
    } catch (RenderException &e) {
        --state.depth;
        if (e.templateName.isNull())
            e.templateName = data.name;
        throw;
    }
    --state.depth;
}

// Looks up an attribute like Jinja2's getattr(): methods first, then dict keys. `owners` is
// methodOwners(name), passed in when the caller computed it in advance.
Value getAttribute(Context &context, const Value &object, const QString &name, SourcePos pos,
                   int owners = -1);
// Looks up an item like Jinja2's getitem(): dict keys and list indexes first, then attributes.
Value getItem(Context &context, const Value &object, const Value &key, SourcePos pos);
// Calls a method of a built-in type; sets *found to false when there is no such method.
Value callMethod(Context &context, const Value &object, const QString &name, const CallArgs &args,
                 SourcePos pos, bool *found);

// Loads a template for {% include %} and {% import %}; sets *notFound for a missing file.
std::shared_ptr<const Template> loadTemplate(const std::shared_ptr<EnvironmentData> &environment,
                                             const QString &name, TemplateError *error, bool *notFound);

// Renders a body into a fresh buffer, for macros and {% set %} blocks.
QString captureOutput(Context &context, const Body &body);

// Built-in global functions: range(), dict(), namespace().
Value lookupGlobal(const QString &name);
bool isGlobalName(const QString &name);

} // namespace ztp::templates
