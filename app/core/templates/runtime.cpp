#include "runtime.h"

#include "filters.h"
#include "pyops.h"

#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ztp::templates {

void raise(SourcePos pos, const QString &message)
{
    throw RenderException{QString(), pos, message};
}

RenderState::~RenderState()
{
    for (const auto &list : m_mutatedLists)
        list->items.clear();
    for (const auto &dict : m_mutatedDicts)
        dict->entries.clear();
}

void RenderState::noteMutation(std::shared_ptr<ListObject> list)
{
    if (m_mutatedLists.empty() || m_mutatedLists.back() != list)
        m_mutatedLists.push_back(std::move(list));
}

void RenderState::noteMutation(std::shared_ptr<DictObject> dict)
{
    if (m_mutatedDicts.empty() || m_mutatedDicts.back() != dict)
        m_mutatedDicts.push_back(std::move(dict));
}

RootScope::RootScope(const TemplateData &data, bool context)
    : templateData(data)
    , values(size_t(data.slotNames.size()))
    , resolved(size_t(data.slotNames.size()), 0)
    , withContext(context)
{
}

Context::Context(RenderState &renderState, const TemplateData &data, std::shared_ptr<RootScope> rootScope,
                 QString *out)
    : state(renderState)
    , templateData(data)
    , root(std::move(rootScope))
    , output(out)
{
}

Value Context::lookup(int slot, SourcePos pos)
{
    Value scratch;
    return *lookupRef(slot, pos, scratch);
}

const Value *Context::lookupRef(int slot, SourcePos pos, Value &scratch)
{
    for (auto it = m_locals.rbegin(); it != m_locals.rend(); ++it) {
        if (it->first != slot)
            continue;
        // An undefined value stored in a variable (a macro parameter that was not passed, or
        // a {% set %} of a missing attribute) is reported where the variable is read.
        if (!it->second.isUndefined())
            return &it->second;
        scratch = it->second.undefinedAt(pos);
        return &scratch;
    }
    if (root->resolved[size_t(slot)]) {
        const Value &value = root->values[size_t(slot)];
        if (!value.isUndefined())
            return &value;
        scratch = value.undefinedAt(pos);
        return &scratch;
    }
    scratch = resolveRoot(slot, pos);
    return &scratch;
}

Value Context::resolveRoot(int slot, SourcePos pos)
{
    const QString &name = templateData.slotNames.at(slot);
    Value value;
    bool found = false;
    if (root->inherited) {
        const auto it = root->inherited->constFind(name);
        if (it != root->inherited->cend()) {
            value = *it;
            found = true;
        }
    }
    if (!found && root->withContext && state.variables) {
        const auto it = state.variables->constFind(name);
        if (it != state.variables->cend()) {
            value = Value::fromVariant(*it);
            found = true;
        }
    }
    if (!found) {
        value = lookupGlobal(name);
        found = !value.isUndefined();
    }
    if (!found)
        value = Value::undefinedName(name, pos);
    root->values[size_t(slot)] = value;
    root->resolved[size_t(slot)] = 1;
    return value;
}

void Context::assign(int slot, Value value, bool exported)
{
    if (m_scopeStarts.empty()) {
        root->values[size_t(slot)] = std::move(value);
        root->resolved[size_t(slot)] = 1;
        const QString &name = templateData.slotNames.at(slot);
        if (exported && !root->exported.contains(name))
            root->exported.append(name);
        return;
    }
    const qsizetype scopeStart = m_scopeStarts.back();
    for (qsizetype i = m_locals.size(); i > scopeStart; --i) {
        if (m_locals[i - 1].first == slot) {
            m_locals[i - 1].second = std::move(value);
            return;
        }
    }
    m_locals.emplace_back(slot, std::move(value));
}

void Context::popScope()
{
    m_locals.resize(m_scopeStarts.back());
    m_scopeStarts.pop_back();
}

std::shared_ptr<QHash<QString, Value>> Context::snapshot() const
{
    auto variables = std::make_shared<QHash<QString, Value>>();
    if (root->inherited)
        *variables = *root->inherited;
    for (size_t i = 0; i < root->values.size(); ++i) {
        if (root->resolved[i] && !root->values[i].isUndefined())
            variables->insert(templateData.slotNames.at(qsizetype(i)), root->values[i]);
    }
    for (const auto &[slot, value] : m_locals)
        variables->insert(templateData.slotNames.at(slot), value);
    return variables;
}

void Context::chargeOutput(qint64 size, SourcePos pos)
{
    state.outputProduced += size;
    if (state.outputProduced > state.options.maxOutputSize) {
        raise(pos, u"the output exceeds the limit of %1 characters (including macro and set-block output)"_s
                       .arg(state.options.maxOutputSize));
    }
}

void Context::chargeIterations(qint64 count, SourcePos pos)
{
    const qint64 before = state.iterations;
    state.iterations += count;
    if (state.iterations > state.options.maxLoopIterations) {
        raise(pos, u"the render exceeds the limit of %1 loop iterations (including range() items)"_s
                       .arg(state.options.maxLoopIterations));
    }

    // The clock is read once per 4,096 iterations, which keeps it off the profile.
    constexpr qint64 ClockInterval = 4096;
    const qint64 limit = state.options.maxRenderMilliseconds;
    if (limit > 0 && before / ClockInterval != state.iterations / ClockInterval
        && state.elapsed.elapsed() > limit) {
        raise(pos, u"the render takes longer than the limit of %1 ms; simplify the template's loops"_s
                       .arg(limit));
    }
}

void Context::write(const QString &text, SourcePos pos)
{
    chargeOutput(text.size(), pos);
    output->append(text);
}

void Context::requireDefined(const Value &value) const
{
    if (value.isUndefined() && strict())
        failUndefined(value);
}

void Context::failUndefined(const Value &value) const
{
    QString message = value.undefinedMessage();
    if (message.isEmpty())
        message = u"value is undefined"_s;
    raise(value.undefinedPos(), message);
}

bool Context::truthy(const Value &value) const
{
    requireDefined(value);
    return py::truthy(value);
}

QString Context::str(const Value &value) const
{
    requireDefined(value);
    return py::str(value);
}

std::vector<Value> Context::iterate(const Value &value, SourcePos pos) const
{
    switch (value.kind()) {
    case Value::Kind::List:
        return value.listObject().items;
    case Value::Kind::Dict: {
        std::vector<Value> keys;
        keys.reserve(value.dictObject().entries.size());
        for (const auto &entry : value.dictObject().entries)
            keys.emplace_back(entry.first);
        return keys;
    }
    case Value::Kind::String: {
        std::vector<Value> characters;
        const QString &s = value.string();
        characters.reserve(size_t(s.size()));
        for (qsizetype i = 0; i < s.size(); ++i)
            characters.emplace_back(QString(s.at(i)));
        return characters;
    }
    case Value::Kind::Undefined:
        requireDefined(value);
        return {};
    default:
        raise(pos, u"TypeError: '%1' object is not iterable"_s.arg(value.typeName()));
    }
}

QString captureOutput(Context &context, const Body &body)
{
    QString buffer;
    QString *saved = context.output;
    context.output = &buffer;
    try {
        renderBody(body, context);
    } catch (...) {
        context.output = saved;
        throw;
    }
    context.output = saved;
    return buffer;
}

// ---- statements ----

void renderBody(const Body &body, Context &context)
{
    for (const StmtPtr &stmt : body) {
        try {
            stmt->render(context);
        } catch (RenderException &e) {
            // Errors raised without a position, such as an over-deep container, take the
            // position of the statement that raised them.
            if (e.pos.line == 0)
                e.pos = stmt->pos;
            throw;
        }
    }
}

void TextStmt::render(Context &context) const
{
    context.write(text, pos);
}

void PrintStmt::render(Context &context) const
{
    Value scratch;
    const Value &value = *expr->evalRef(context, scratch);
    if (value.isString()) {
        context.write(value.string(), pos);
        return;
    }
    context.requireDefined(value);
    const qsizetype before = context.output->size();
    py::appendStr(*context.output, value);
    context.chargeOutput(context.output->size() - before, pos);
}

void IfStmt::render(Context &context) const
{
    for (const auto &[condition, body] : branches) {
        if (context.truthy(condition->eval(context))) {
            renderBody(body, context);
            return;
        }
    }
    renderBody(elseBody, context);
}

namespace {

void bindTarget(Context &context, const AssignTarget &target, const Value &value, bool exported = false)
{
    if (!target.unpack) {
        context.assign(target.slotIndexes.front(), value, exported);
        return;
    }
    const std::vector<Value> parts = context.iterate(value, target.pos);
    const size_t expected = target.slotIndexes.size();
    if (parts.size() > expected)
        raise(target.pos, u"ValueError: too many values to unpack (expected %1)"_s.arg(expected));
    if (parts.size() < expected) {
        raise(target.pos, u"ValueError: not enough values to unpack (expected %1, got %2)"_s
                              .arg(expected)
                              .arg(parts.size()));
    }
    for (size_t i = 0; i < expected; ++i)
        context.assign(target.slotIndexes[i], parts[i], exported);
}

} // namespace

void ForStmt::render(Context &context) const
{
    const Value source = iterable->eval(context);
    std::vector<Value> ownItems;
    const std::vector<Value> *items = &ownItems;
    if (source.isList())
        items = &source.listObject().items;
    else
        ownItems = context.iterate(source, iterable->pos);

    if (filter) {
        std::vector<Value> passing;
        for (const Value &item : *items) {
            context.chargeIterations(1, pos);
            context.pushScope();
            bindTarget(context, target, item);
            const bool keep = context.truthy(filter->eval(context));
            context.popScope();
            if (keep)
                passing.push_back(item);
        }
        ownItems = std::move(passing);
        items = &ownItems;
    }

    if (items->empty()) {
        renderBody(elseBody, context);
        return;
    }

    auto loop = std::make_shared<LoopObject>();
    loop->items = items;
    loop->length = qint64(items->size());
    const Value loopValue(loop);
    for (size_t i = 0; i < items->size(); ++i) {
        context.chargeIterations(1, pos);
        loop->index0 = qint64(i);
        // Jinja2 starts every iteration with a fresh scope: a {% set %} in the body is
        // neither visible after the loop nor in the next iteration.
        context.pushScope();
        bindTarget(context, target, (*items)[i]);
        context.assign(loopSlot, loopValue);
        try {
            renderBody(body, context);
        } catch (...) {
            context.popScope();
            throw;
        }
        context.popScope();
    }
}

void SetStmt::render(Context &context) const
{
    bindTarget(context, target, value->eval(context), true);
}

void SetAttributeStmt::render(Context &context) const
{
    const Value object = context.lookup(slot, pos);
    if (!object.isDict() || !object.dictObject().isNamespace) {
        if (object.isUndefined())
            context.failUndefined(object);
        raise(pos, u"cannot assign attribute on non-namespace object '%1'"_s.arg(name));
    }
    const auto dict = object.sharedDict();
    dict->insert(attribute, value->eval(context));
    context.state.noteMutation(dict);
}

namespace {

Value applyFilters(Context &context, Value value, const std::vector<std::unique_ptr<FilterExpr>> &filters)
{
    for (const auto &filter : filters) {
        CallArgs scratch;
        value = filter->function(context, value, filter->args.evaluate(context, scratch), filter->pos);
    }
    return value;
}

} // namespace

void SetBlockStmt::render(Context &context) const
{
    const Value text(captureOutput(context, body));
    bindTarget(context, target, applyFilters(context, text, filters), true);
}

void FilterBlockStmt::render(Context &context) const
{
    const Value text(captureOutput(context, body));
    const Value result = applyFilters(context, text, filters);
    context.requireDefined(result);
    context.write(py::str(result), pos);
}

void WithStmt::render(Context &context) const
{
    std::vector<Value> values;
    values.reserve(assignments.size());
    for (const auto &assignment : assignments)
        values.push_back(assignment.second->eval(context));

    context.pushScope();
    try {
        for (size_t i = 0; i < assignments.size(); ++i)
            bindTarget(context, assignments[i].first, values[i]);
        renderBody(body, context);
    } catch (...) {
        context.popScope();
        throw;
    }
    context.popScope();
}

// ---- macros ----

namespace {

class MacroObject : public CallableObject
{
public:
    MacroObject(const MacroStmt &macro, std::shared_ptr<RootScope> root, std::vector<std::pair<int, Value>> closure)
        : m_macro(macro)
        , m_root(root)
        , m_closure(std::move(closure))
    {
    }

    QString name() const override { return m_macro.name; }

    Value call(Context &caller, const CallArgs &args, SourcePos pos) override
    {
        const std::vector<MacroParam> &params = m_macro.params;
        if (args.positional.size() > params.size()) {
            raise(pos, u"TypeError: macro '%1' takes not more than %2 argument(s)"_s
                           .arg(m_macro.name)
                           .arg(params.size()));
        }
        QVarLengthArray<const Value *, 8> bound(qsizetype(params.size()), nullptr);
        for (size_t i = 0; i < args.positional.size(); ++i)
            bound[qsizetype(i)] = &args.positional[i];
        for (const auto &[key, value] : args.keyword) {
            // Clang 14 cannot capture a structured binding in a lambda; capture a named reference.
            const QString &name = key;
            auto it = std::find_if(params.begin(), params.end(),
                                   [&name](const MacroParam &p) { return p.name == name; });
            if (it == params.end())
                raise(pos, u"TypeError: macro '%1' takes no keyword argument '%2'"_s.arg(m_macro.name, key));
            const qsizetype index = it - params.begin();
            if (bound[index])
                raise(pos, u"TypeError: macro '%1' got multiple values for argument '%2'"_s.arg(m_macro.name, key));
            bound[index] = &value;
        }

        QString buffer;
        const std::shared_ptr<RootScope> root = m_root.lock(); // RenderState::macroScopes owns it
        const TemplateData &data = root->templateData;
        caller.nested(data, pos, [&] {
            Context context(caller.state, data, root, &buffer);
            context.pushScope();
            // Variables of the blocks around the definition, as they were when it ran.
            for (const auto &[slot, value] : m_closure)
                context.assign(slot, value);
            for (size_t i = 0; i < params.size(); ++i) {
                Value value;
                if (bound[qsizetype(i)])
                    value = *bound[qsizetype(i)];
                else if (params[i].defaultValue)
                    value = params[i].defaultValue->eval(context);
                else
                    value = Value::missingParameter(params[i].name, pos);
                context.assign(params[i].slot, value);
            }
            renderBody(m_macro.body, context);
        });
        return Value(buffer);
    }

private:
    const MacroStmt &m_macro;
    std::weak_ptr<RootScope> m_root;
    std::vector<std::pair<int, Value>> m_closure;
};

} // namespace

void MacroStmt::render(Context &context) const
{
    auto &scopes = context.state.macroScopes;
    if (scopes.empty() || scopes.back() != context.root)
        scopes.push_back(context.root);
    auto macro = std::make_shared<MacroObject>(*this, context.root, context.locals());
    context.assign(slot, Value(std::shared_ptr<CallableObject>(std::move(macro))), true);
}

// ---- include and import ----

namespace {

std::shared_ptr<const Template> loadForStatement(Context &context, const Value &name, SourcePos pos,
                                                 bool ignoreMissing)
{
    if (!context.state.environment)
        raise(pos, u"cannot load templates: the Environment that compiled this template no longer exists"_s);

    std::vector<Value> candidates;
    if (name.isList())
        candidates = name.listObject().items;
    else
        candidates.push_back(name);

    QStringList tried;
    for (const Value &candidate : candidates) {
        if (candidate.isUndefined())
            context.failUndefined(candidate);
        const QString templateName = py::str(candidate);
        TemplateError error;
        bool notFound = false;
        auto loaded = loadTemplate(context.state.environment, templateName, &error, &notFound);
        if (loaded)
            return loaded;
        if (!notFound)
            throw RenderException{error.templateName, SourcePos{error.line, error.column}, error.message};
        tried.append(templateName);
    }
    if (ignoreMissing)
        return nullptr;
    if (tried.size() == 1)
        raise(pos, u"template '%1' not found in the search path"_s.arg(tried.front()));
    raise(pos, u"none of the templates %1 were found in the search path"_s.arg(tried.join(u", "_s)));
}

} // namespace

void IncludeStmt::render(Context &context) const
{
    const auto loaded = loadForStatement(context, templateName->eval(context), pos, ignoreMissing);
    if (!loaded)
        return;
    const TemplateData &data = loaded->data();
    context.nested(data, pos, [&] {
        auto root = std::make_shared<RootScope>(data, withContext);
        if (withContext)
            root->inherited = context.snapshot();
        Context child(context.state, data, root, context.output);
        renderBody(data.body, child);
    });
}

void ImportStmt::render(Context &context) const
{
    const auto loaded = loadForStatement(context, templateName->eval(context), pos, false);
    const TemplateData &data = loaded->data();
    auto root = std::make_shared<RootScope>(data, withContext);
    context.nested(data, pos, [&] {
        if (withContext)
            root->inherited = context.snapshot();
        QString discarded;
        Context child(context.state, data, root, &discarded);
        renderBody(data.body, child);
    });

    // Macros keep the module's root scope alive, and the scope refers to the template data,
    // so the module keeps the template alive too.
    auto module = std::make_shared<DictObject>();
    module->isModule = true;
    for (const QString &name : root->exported) {
        const int slot = int(data.slotNames.indexOf(name));
        module->insert(name, root->values[size_t(slot)]);
    }
    context.state.keepAlive.push_back(loaded);

    if (moduleSlot >= 0) {
        context.assign(moduleSlot, Value(module));
        return;
    }
    for (const Imported &imported : names) {
        const Value *value = module->find(imported.name);
        if (value) {
            context.assign(imported.slot, *value);
        } else {
            context.assign(imported.slot,
                           Value::undefined(u"the template '%1' (imported on line %2) does not export the requested name '%3'"_s
                                                .arg(data.name)
                                                .arg(pos.line)
                                                .arg(imported.name),
                                            imported.pos));
        }
    }
}

} // namespace ztp::templates
