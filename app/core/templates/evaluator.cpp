// Expression evaluation, attribute and item access, and methods of the built-in types.

#include "filters.h"
#include "pyops.h"
#include "runtime.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace ztp::templates {

namespace {

QString objectTypeRepr(const Value &value)
{
    if (value.isNone())
        return u"None"_s;
    if (value.isDict() && value.dictObject().isModule)
        return u"template module"_s;
    return u"%1 object"_s.arg(value.typeName());
}

Value missingAttribute(const Value &object, const QString &name, SourcePos pos)
{
    return Value::missingAttribute(object, name, pos);
}

Value missingElement(const Value &object, const Value &key, SourcePos pos)
{
    return Value::undefined(u"'%1' has no element %2"_s.arg(objectTypeRepr(object), py::repr(key)), pos);
}

} // namespace

quint8 methodOwners(const QString &name)
{
    static const QStringList stringMethods = {
        u"upper"_s, u"lower"_s, u"title"_s, u"capitalize"_s, u"split"_s, u"rsplit"_s, u"splitlines"_s,
        u"startswith"_s, u"endswith"_s, u"strip"_s, u"lstrip"_s, u"rstrip"_s, u"replace"_s, u"find"_s,
        u"rfind"_s, u"count"_s, u"join"_s, u"isdigit"_s, u"isalpha"_s, u"isalnum"_s, u"isspace"_s,
        u"isupper"_s, u"islower"_s, u"zfill"_s, u"ljust"_s, u"rjust"_s, u"center"_s, u"format"_s,
        u"index"_s, u"swapcase"_s, u"casefold"_s, u"partition"_s};
    static const QStringList dictMethods = {u"items"_s, u"keys"_s, u"values"_s, u"get"_s, u"copy"_s, u"update"_s,
                                            u"pop"_s, u"popitem"_s, u"setdefault"_s, u"clear"_s, u"fromkeys"_s};
    static const QStringList listMethods = {u"append"_s, u"extend"_s, u"index"_s, u"count"_s, u"pop"_s,
                                            u"insert"_s, u"remove"_s, u"reverse"_s, u"sort"_s, u"copy"_s,
                                            u"clear"_s};
    quint8 owners = 0;
    if (stringMethods.contains(name))
        owners |= StringMethod;
    if (dictMethods.contains(name))
        owners |= DictMethod;
    if (listMethods.contains(name))
        owners |= ListMethod;
    return owners;
}

namespace {

// A method looked up without calling it, such as `d.items` in `{{ d.items() }}`.
class BoundMethod : public CallableObject
{
public:
    BoundMethod(Value self, QString method) : m_self(std::move(self)), m_method(std::move(method)) { }
    QString name() const override { return m_method; }
    Value call(Context &context, const CallArgs &args, SourcePos pos) override
    {
        bool found = false;
        Value result = callMethod(context, m_self, m_method, args, pos, &found);
        if (!found)
            raise(pos, u"the method '%1' of '%2' objects is not supported"_s.arg(m_method, m_self.typeName()));
        return result;
    }

private:
    Value m_self;
    QString m_method;
};

Value boundMethod(const Value &self, const QString &name)
{
    return Value(std::shared_ptr<CallableObject>(std::make_shared<BoundMethod>(self, name)));
}

Value loopAttribute(const Value &object, const QString &name, SourcePos pos)
{
    const LoopObject &loop = object.loop();
    if (name == u"index")
        return Value(loop.index0 + 1);
    if (name == u"index0")
        return Value(loop.index0);
    if (name == u"revindex")
        return Value(loop.length - loop.index0);
    if (name == u"revindex0")
        return Value(loop.length - loop.index0 - 1);
    if (name == u"first")
        return Value(loop.index0 == 0);
    if (name == u"last")
        return Value(loop.index0 == loop.length - 1);
    if (name == u"length")
        return Value(loop.length);
    if (name == u"depth")
        return Value(qint64(1));
    if (name == u"depth0")
        return Value(qint64(0));
    if (name == u"previtem") {
        if (loop.index0 == 0)
            return Value::undefined(u"there is no previous item"_s, pos);
        return (*loop.items)[size_t(loop.index0 - 1)];
    }
    if (name == u"nextitem") {
        if (loop.index0 + 1 >= loop.length)
            return Value::undefined(u"there is no next item"_s, pos);
        return (*loop.items)[size_t(loop.index0 + 1)];
    }
    if (name == u"cycle")
        return boundMethod(object, name);
    return missingAttribute(object, name, pos);
}

// Python's slice.indices() followed by the selected indexes.
std::vector<qint64> sliceIndexes(qint64 length, const Value &startValue, const Value &stopValue,
                                 const Value &stepValue, SourcePos pos)
{
    auto toIndex = [pos](const Value &v) -> std::optional<qint64> {
        if (v.isNone() || v.isUndefined())
            return std::nullopt;
        if (!v.isInt() && !v.isBool())
            raise(pos, u"TypeError: slice indices must be integers or None"_s);
        return v.toInt();
    };
    const qint64 step = toIndex(stepValue).value_or(1);
    if (step == 0)
        raise(pos, u"ValueError: slice step cannot be zero"_s);

    auto adjust = [&](std::optional<qint64> index, qint64 fallback) {
        if (!index)
            return fallback;
        qint64 i = *index;
        if (i < 0) {
            i += length;
            if (i < 0)
                i = step < 0 ? -1 : 0;
        } else if (i >= length) {
            i = step < 0 ? length - 1 : length;
        }
        return i;
    };
    const qint64 start = adjust(toIndex(startValue), step < 0 ? length - 1 : 0);
    const qint64 stop = adjust(toIndex(stopValue), step < 0 ? -1 : length);

    std::vector<qint64> indexes;
    if (step > 0) {
        for (qint64 i = start; i < stop; i += step)
            indexes.push_back(i);
    } else {
        for (qint64 i = start; i > stop; i += step)
            indexes.push_back(i);
    }
    return indexes;
}

Value sliceValue(const Value &object, const std::vector<qint64> &indexes, SourcePos pos)
{
    if (object.isString()) {
        QString out;
        out.reserve(qsizetype(indexes.size()));
        for (qint64 i : indexes)
            out += object.string().at(qsizetype(i));
        return Value(out);
    }
    if (object.isList()) {
        std::vector<Value> items;
        items.reserve(indexes.size());
        for (qint64 i : indexes)
            items.push_back(object.listObject().items[size_t(i)]);
        return Value::list(std::move(items), object.listObject().tuple);
    }
    raise(pos, u"TypeError: '%1' object is not subscriptable"_s.arg(object.typeName()));
}

QString requireString(const Value &value, const QString &description, SourcePos pos)
{
    if (!value.isString())
        raise(pos, u"TypeError: %1 must be str, not %2"_s.arg(description, value.typeName()));
    return value.string();
}

QStringList pythonSplit(const QString &text, const Value &separator, qint64 maxSplit, SourcePos pos)
{
    QStringList parts;
    if (maxSplit < 0)
        maxSplit = std::numeric_limits<qint64>::max();
    if (separator.isNone() || separator.isUndefined()) {
        qsizetype i = 0;
        const qsizetype n = text.size();
        while (true) {
            while (i < n && py::isSpace(text.at(i)))
                ++i;
            if (i >= n)
                break;
            if (qint64(parts.size()) >= maxSplit) {
                QString rest = text.mid(i);
                parts.append(py::strip(rest, Value(), false, true));
                break;
            }
            const qsizetype start = i;
            while (i < n && !py::isSpace(text.at(i)))
                ++i;
            parts.append(text.mid(start, i - start));
        }
        return parts;
    }
    const QString sep = requireString(separator, u"separator"_s, pos);
    if (sep.isEmpty())
        raise(pos, u"ValueError: empty separator"_s);
    qsizetype start = 0;
    while (qint64(parts.size()) < maxSplit) {
        const qsizetype found = text.indexOf(sep, start);
        if (found < 0)
            break;
        parts.append(text.mid(start, found - start));
        start = found + sep.size();
    }
    parts.append(text.mid(start));
    return parts;
}

Value stringList(const QStringList &parts)
{
    std::vector<Value> items;
    items.reserve(size_t(parts.size()));
    for (const QString &part : parts)
        items.emplace_back(part);
    return Value::list(std::move(items));
}

QString pythonTitle(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool previousCased = false;
    for (const QChar c : text) {
        if (c.isLetter()) {
            out += previousCased ? c.toLower() : c.toTitleCase();
            previousCased = true;
        } else {
            out += c;
            previousCased = false;
        }
    }
    return out;
}

QString pad(const QString &text, qint64 width, QChar fill, int align)
{
    const qint64 margin = width - text.size();
    if (margin <= 0)
        return text;
    qint64 left = 0;
    if (align == 0) // center, as Python's str.center() splits an odd margin
        left = margin / 2 + (margin & width & 1);
    else if (align > 0)
        left = margin;
    return QString(qsizetype(left), fill) + text + QString(qsizetype(margin - left), fill);
}

Value callStringMethod(Context &context, const QString &self, const QString &name, const CallArgs &args,
                       SourcePos pos, bool *found)
{
    const QString qualifiedName = u"str.%1"_s.arg(name);
    *found = true;
    if (name == u"upper")
        return Value(py::upper(self));
    if (name == u"lower" || name == u"casefold")
        return Value(py::lower(self));
    if (name == u"title")
        return Value(pythonTitle(self));
    if (name == u"capitalize")
        return Value(self.isEmpty() ? self : self.left(1).toUpper() + self.mid(1).toLower());
    if (name == u"swapcase") {
        QString out;
        for (const QChar c : self)
            out += c.isUpper() ? c.toLower() : c.toUpper();
        return Value(out);
    }
    if (name == u"split" || name == u"rsplit") {
        BoundArguments bound(args, {u"sep", u"maxsplit"}, qualifiedName, pos);
        const qint64 maxSplit = bound.get(1, Value(qint64(-1))).toInt();
        if (name == u"rsplit" && maxSplit >= 0) {
            // Split from the right by reversing, which is exact for both separator kinds.
            const QString reversedText = py::reversed(self);
            Value sep = bound.get(0, Value::none());
            if (sep.isString())
                sep = Value(py::reversed(sep.string()));
            QStringList parts = pythonSplit(reversedText, sep, maxSplit, pos);
            QStringList result;
            for (auto it = parts.rbegin(); it != parts.rend(); ++it)
                result.append(py::reversed(*it));
            return stringList(result);
        }
        return stringList(pythonSplit(self, bound.get(0, Value::none()), maxSplit, pos));
    }
    if (name == u"splitlines") {
        BoundArguments bound(args, {u"keepends"}, qualifiedName, pos);
        return stringList(py::splitLines(self, py::truthy(bound.get(0, Value(false)))));
    }
    if (name == u"startswith" || name == u"endswith") {
        BoundArguments bound(args, {u"prefix"}, qualifiedName, pos);
        const Value prefix = bound.get(0, Value());
        std::vector<Value> candidates;
        if (prefix.isList())
            candidates = prefix.listObject().items;
        else
            candidates.push_back(prefix);
        for (const Value &candidate : candidates) {
            const QString text = requireString(candidate, u"%1 argument"_s.arg(qualifiedName), pos);
            if (name == u"startswith" ? self.startsWith(text) : self.endsWith(text))
                return Value(true);
        }
        return Value(false);
    }
    if (name == u"strip" || name == u"lstrip" || name == u"rstrip") {
        BoundArguments bound(args, {u"chars"}, qualifiedName, pos);
        return Value(py::strip(self, bound.get(0, Value::none()), name != u"rstrip", name != u"lstrip"));
    }
    if (name == u"replace") {
        BoundArguments bound(args, {u"old", u"new", u"count"}, qualifiedName, pos);
        const QString before = requireString(bound.get(0, Value()), u"replace() argument 1"_s, pos);
        const QString after = requireString(bound.get(1, Value()), u"replace() argument 2"_s, pos);
        const qint64 count = bound.get(2, Value(qint64(-1))).toInt();
        context.chargeOutput(py::replaceGrowth(self, before, after, count), pos);
        return Value(py::replace(self, before, after, count));
    }
    if (name == u"find" || name == u"rfind" || name == u"index" || name == u"count") {
        BoundArguments bound(args, {u"sub"}, qualifiedName, pos);
        const QString sub = requireString(bound.get(0, Value()), u"%1 argument"_s.arg(qualifiedName), pos);
        if (name == u"count") {
            if (sub.isEmpty())
                return Value(qint64(self.size() + 1));
            return Value(qint64(self.count(sub)));
        }
        const qsizetype index = name == u"rfind" ? self.lastIndexOf(sub) : self.indexOf(sub);
        if (index < 0 && name == u"index")
            raise(pos, u"ValueError: substring not found"_s);
        return Value(qint64(index));
    }
    if (name == u"join") {
        BoundArguments bound(args, {u"iterable"}, qualifiedName, pos);
        const std::vector<Value> items = context.iterate(bound.get(0, Value()), pos);
        QStringList parts;
        for (size_t i = 0; i < items.size(); ++i) {
            if (!items[i].isString()) {
                raise(pos, u"TypeError: sequence item %1: expected str instance, %2 found"_s.arg(i).arg(
                               items[i].typeName()));
            }
            parts.append(items[i].string());
        }
        return Value(parts.join(self));
    }
    auto allChars = [&](auto predicate) {
        return Value(!self.isEmpty() && std::all_of(self.begin(), self.end(), predicate));
    };
    if (name == u"isdigit")
        return allChars([](QChar c) { return c.isDigit(); });
    if (name == u"isalpha")
        return allChars([](QChar c) { return c.isLetter(); });
    if (name == u"isalnum")
        return allChars([](QChar c) { return c.isLetterOrNumber(); });
    if (name == u"isspace")
        return allChars([](QChar c) { return py::isSpace(c); });
    if (name == u"isupper" || name == u"islower") {
        const bool upper = name == u"isupper";
        bool cased = false;
        for (const QChar c : self) {
            if (c.isUpper() || c.isLower()) {
                cased = true;
                if (upper ? c.isLower() : c.isUpper())
                    return Value(false);
            }
        }
        return Value(cased);
    }
    if (name == u"zfill") {
        BoundArguments bound(args, {u"width"}, qualifiedName, pos);
        const qint64 width = bound.get(0, Value(qint64(0))).toInt();
        if (width <= self.size())
            return Value(self);
        context.chargeOutput(width - self.size(), pos);
        const bool sign = self.startsWith(u'-') || self.startsWith(u'+');
        const QString zeros(qsizetype(width - self.size()), u'0');
        return Value(sign ? self.left(1) + zeros + self.mid(1) : zeros + self);
    }
    if (name == u"ljust" || name == u"rjust" || name == u"center") {
        BoundArguments bound(args, {u"width", u"fillchar"}, qualifiedName, pos);
        const Value fill = bound.get(1, Value(u" "_s));
        if (!fill.isString() || fill.string().size() != 1)
            raise(pos, u"TypeError: The fill character must be exactly one character long"_s);
        const int align = name == u"ljust" ? -1 : (name == u"rjust" ? 1 : 0);
        const qint64 width = bound.get(0, Value(qint64(0))).toInt();
        // Padding is charged to the output limit before the string is built, as the filters do.
        if (width > self.size())
            context.chargeOutput(width - self.size(), pos);
        return Value(pad(self, width, fill.string().at(0), align));
    }
    if (name == u"partition") {
        BoundArguments bound(args, {u"sep"}, qualifiedName, pos);
        const QString sep = requireString(bound.get(0, Value()), u"separator"_s, pos);
        const qsizetype index = self.indexOf(sep);
        if (index < 0)
            return Value::list({Value(self), Value(QString()), Value(QString())}, true);
        return Value::list({Value(self.left(index)), Value(sep), Value(self.mid(index + sep.size()))}, true);
    }
    if (name == u"format")
        raise(pos, u"str.format() is not supported; use the format filter with %-style placeholders"_s);
    *found = false;
    return Value();
}

Value callDictMethod(Context &context, const Value &self, const QString &name, const CallArgs &args, SourcePos pos,
                     bool *found)
{
    const QString qualifiedName = u"dict.%1"_s.arg(name);
    const DictObject &dict = self.dictObject();
    *found = true;
    if (name == u"items") {
        BoundArguments bound(args, {}, qualifiedName, pos);
        std::vector<Value> items;
        items.reserve(dict.entries.size());
        for (const auto &[key, value] : dict.entries)
            items.push_back(Value::list({Value(key), value}, true));
        return Value::list(std::move(items));
    }
    if (name == u"keys" || name == u"values") {
        BoundArguments bound(args, {}, qualifiedName, pos);
        std::vector<Value> items;
        items.reserve(dict.entries.size());
        for (const auto &[key, value] : dict.entries)
            items.push_back(name == u"keys" ? Value(key) : value);
        return Value::list(std::move(items));
    }
    if (name == u"get") {
        BoundArguments bound(args, {u"key", u"default"}, qualifiedName, pos);
        const Value key = bound.get(0, Value());
        if (key.isUndefined())
            context.requireDefined(key);
        const Value *value = key.isString() ? dict.find(key.string()) : nullptr;
        return value ? *value : bound.get(1, Value::none());
    }
    if (name == u"copy") {
        BoundArguments bound(args, {}, qualifiedName, pos);
        auto copy = std::make_shared<DictObject>();
        for (const auto &[key, value] : dict.entries)
            copy->insert(key, value);
        return Value(copy);
    }
    if (name == u"update") {
        BoundArguments bound(args, {u"other"}, qualifiedName, pos);
        const auto shared = self.sharedDict();
        context.state.noteMutation(shared);
        DictObject &target = *shared;
        if (bound.has(0)) {
            const Value other = bound.get(0, Value());
            if (!other.isDict())
                raise(pos, u"TypeError: dict.update() expects a dict, not %1"_s.arg(other.typeName()));
            for (const auto &[key, value] : other.dictObject().entries)
                target.insert(key, value);
        }
        for (const auto &[key, value] : args.keyword)
            target.insert(key, value);
        return Value::none();
    }
    *found = false;
    return Value();
}

Value callListMethod(Context &context, const Value &self, const QString &name, const CallArgs &args, SourcePos pos,
                     bool *found)
{
    const QString qualifiedName = u"list.%1"_s.arg(name);
    *found = true;
    // Lists are shared like Python's, so append() and extend() change every reference.
    const auto shared = self.sharedList();
    auto &items = shared->items;
    if (name == u"append" || name == u"extend") {
        if (self.listObject().tuple)
            raise(pos, u"'tuple' object has no attribute '%1'"_s.arg(name));
        BoundArguments bound(args, {u"object"}, qualifiedName, pos);
        if (!bound.has(0))
            raise(pos, u"TypeError: %1() takes exactly one argument (0 given)"_s.arg(qualifiedName));
        std::vector<Value> added;
        if (name == u"append")
            added.push_back(bound.get(0, Value()));
        else
            added = context.iterate(bound.get(0, Value()), pos);
        context.chargeIterations(qint64(added.size()), pos);
        context.state.noteMutation(shared);
        for (const Value &item : added) {
            if (item.containerDepth() + 1 > kMaxContainerDepth)
                raise(pos, u"lists and dicts are nested more than %1 levels deep"_s.arg(kMaxContainerDepth));
            shared->depth = std::max(shared->depth, item.containerDepth() + 1);
        }
        items.insert(items.end(), added.begin(), added.end());
        return Value::none();
    }
    if (name == u"index" || name == u"count") {
        BoundArguments bound(args, {u"value"}, qualifiedName, pos);
        const Value needle = bound.get(0, Value());
        qint64 count = 0;
        for (size_t i = 0; i < items.size(); ++i) {
            if (py::equals(items[i], needle, pos)) {
                if (name == u"index")
                    return Value(qint64(i));
                ++count;
            }
        }
        if (name == u"index")
            raise(pos, u"ValueError: %1 is not in list"_s.arg(py::repr(needle)));
        return Value(count);
    }
    *found = false;
    return Value();
}

} // namespace

Value getAttribute(Context &context, const Value &object, const QString &name, SourcePos pos, int owners)
{
    if (owners < 0)
        owners = methodOwners(name);
    switch (object.kind()) {
    case Value::Kind::Undefined:
        context.failUndefined(object);
    case Value::Kind::Dict: {
        const DictObject &dict = object.dictObject();
        if ((owners & DictMethod) && !dict.isNamespace && !dict.isModule)
            return boundMethod(object, name);
        if (const Value *value = dict.find(name))
            return *value;
        return missingAttribute(object, name, pos);
    }
    case Value::Kind::Loop:
        return loopAttribute(object, name, pos);
    case Value::Kind::String:
        if (owners & StringMethod)
            return boundMethod(object, name);
        break;
    case Value::Kind::List:
        if (owners & ListMethod)
            return boundMethod(object, name);
        break;
    default:
        break;
    }
    return missingAttribute(object, name, pos);
}

Value getItem(Context &context, const Value &object, const Value &key, SourcePos pos)
{
    if (object.isUndefined())
        context.failUndefined(object);
    if (key.isUndefined())
        context.requireDefined(key);

    if ((object.isList() || object.isString()) && (key.isInt() || key.isBool())) {
        const qint64 length = object.isList() ? qint64(object.listObject().items.size()) : object.string().size();
        qint64 index = key.toInt();
        if (index < 0)
            index += length;
        if (index < 0 || index >= length)
            return missingElement(object, key, pos);
        if (object.isList())
            return object.listObject().items[size_t(index)];
        return Value(QString(object.string().at(qsizetype(index))));
    }
    if (object.isDict() && key.isString()) {
        if (const Value *value = object.dictObject().find(key.string()))
            return *value;
    }
    if (object.isLoop() && key.isString())
        return getAttribute(context, object, key.string(), pos);
    if (key.isString()) {
        const Value attribute = getAttribute(context, object, key.string(), pos);
        return attribute;
    }
    return missingElement(object, key, pos);
}

Value callMethod(Context &context, const Value &object, const QString &name, const CallArgs &args, SourcePos pos,
                 bool *found)
{
    *found = false;
    switch (object.kind()) {
    case Value::Kind::String:
        return callStringMethod(context, object.string(), name, args, pos, found);
    case Value::Kind::Dict:
        if (object.dictObject().isNamespace || object.dictObject().isModule)
            return Value();
        return callDictMethod(context, object, name, args, pos, found);
    case Value::Kind::List:
        return callListMethod(context, object, name, args, pos, found);
    case Value::Kind::Loop:
        if (name == u"cycle") {
            *found = true;
            if (args.positional.empty())
                raise(pos, u"TypeError: no items for cycling given"_s);
            const LoopObject &loop = object.loop();
            return args.positional[size_t(loop.index0 % qint64(args.positional.size()))];
        }
        return Value();
    default:
        return Value();
    }
}

// ---- expressions ----

const CallArgs &ArgList::evaluate(Context &context, CallArgs &scratch) const
{
    if (constant)
        return *constant;
    scratch.positional.reserve(positional.size());
    for (const ExprPtr &expr : positional)
        scratch.positional.push_back(expr->eval(context));
    for (const KeywordArg &keyword : this->keyword)
        scratch.keyword.emplace_back(keyword.name, keyword.value->eval(context));
    return scratch;
}

void ArgList::foldConstants()
{
    CallArgs folded;
    for (const ExprPtr &expr : positional) {
        const auto *literal = dynamic_cast<const LiteralExpr *>(expr.get());
        if (!literal)
            return;
        folded.positional.push_back(literal->value);
    }
    for (const KeywordArg &argument : keyword) {
        const auto *literal = dynamic_cast<const LiteralExpr *>(argument.value.get());
        if (!literal)
            return;
        folded.keyword.emplace_back(argument.name, literal->value);
    }
    constant = std::move(folded);
}

Value NameExpr::eval(Context &context) const
{
    return context.lookup(slot, pos);
}

const Value *NameExpr::evalRef(Context &context, Value &scratch) const
{
    return context.lookupRef(slot, pos, scratch);
}

Value ListExpr::eval(Context &context) const
{
    std::vector<Value> values;
    values.reserve(items.size());
    for (const ExprPtr &item : items)
        values.push_back(item->eval(context));
    return Value::list(std::move(values), tuple);
}

Value DictExpr::eval(Context &context) const
{
    auto dict = std::make_shared<DictObject>();
    for (const auto &[keyExpr, valueExpr] : entries) {
        const Value key = keyExpr->eval(context);
        if (!key.isString()) {
            context.requireDefined(key);
            raise(keyExpr->pos, u"dict keys must be strings in this template engine, not %1"_s.arg(key.typeName()));
        }
        dict->insert(key.string(), valueExpr->eval(context));
    }
    return Value(std::move(dict));
}

Value AttributeExpr::eval(Context &context) const
{
    Value scratch;
    return getAttribute(context, *object->evalRef(context, scratch), attribute, pos, owners);
}

const Value *AttributeExpr::evalRef(Context &context, Value &scratch) const
{
    Value objectScratch;
    const Value &target = *object->evalRef(context, objectScratch);
    // A dict key that is not shadowed by a dict method can be returned in place.
    if (target.isDict() && (!(owners & DictMethod) || target.dictObject().isNamespace || target.dictObject().isModule)) {
        if (const Value *value = target.dictObject().find(attribute)) {
            if (&target != &objectScratch)
                return value;
        }
    }
    scratch = getAttribute(context, target, attribute, pos, owners);
    return &scratch;
}

namespace {

// Returns the stored item that getItem() would return a copy of, for a list index or a dict
// key. Returns null when getItem() has more to do.
const Value *findStoredItem(const Value &object, const Value &key)
{
    if (object.isList() && (key.isInt() || key.isBool())) {
        const std::vector<Value> &items = object.listObject().items;
        qint64 index = key.toInt();
        if (index < 0)
            index += qint64(items.size());
        if (index < 0 || index >= qint64(items.size()))
            return nullptr;
        return &items[size_t(index)];
    }
    if (object.isDict() && key.isString())
        return object.dictObject().find(key.string());
    return nullptr;
}

} // namespace

const Value *SubscriptExpr::evalRef(Context &context, Value &scratch) const
{
    // Only a literal index is certain not to change the object while it is evaluated.
    if (!literalIndex) {
        scratch = eval(context);
        return &scratch;
    }
    Value objectScratch;
    const Value &target = *object->evalRef(context, objectScratch);
    if (&target != &objectScratch) {
        if (const Value *item = findStoredItem(target, literalIndex->value))
            return item;
    }
    scratch = getItem(context, target, literalIndex->value, pos);
    return &scratch;
}

Value SubscriptExpr::eval(Context &context) const
{
    if (literalIndex) {
        Value scratch;
        return *evalRef(context, scratch);
    }
    const Value target = object->eval(context);
    if (!isSlice)
        return getItem(context, target, index->eval(context), pos);

    if (target.isUndefined())
        context.failUndefined(target);
    const Value start = sliceStart ? sliceStart->eval(context) : Value::none();
    const Value stop = sliceStop ? sliceStop->eval(context) : Value::none();
    const Value step = sliceStep ? sliceStep->eval(context) : Value::none();
    qint64 length = 0;
    if (target.isString())
        length = target.string().size();
    else if (target.isList())
        length = qint64(target.listObject().items.size());
    else
        raise(pos, u"TypeError: '%1' object is not subscriptable"_s.arg(target.typeName()));
    return sliceValue(target, sliceIndexes(length, start, stop, step, pos), pos);
}

Value CallExpr::eval(Context &context) const
{
    CallArgs scratch;
    // Method calls go straight to the built-in implementation, without a bound-method object.
    if (method) {
        const Value object = method->object->eval(context);
        if (object.isUndefined())
            context.failUndefined(object);
        const CallArgs &evaluated = args.evaluate(context, scratch);
        bool found = false;
        Value result = callMethod(context, object, method->attribute, evaluated, pos, &found);
        if (found)
            return result;
        const Value function = getAttribute(context, object, method->attribute, method->pos, method->owners);
        if (function.isCallable())
            return function.callable().call(context, evaluated, pos);
        if (function.isUndefined())
            context.failUndefined(function);
        raise(pos, u"TypeError: '%1' object is not callable"_s.arg(function.typeName()));
    }

    const Value function = callee->eval(context);
    if (function.isUndefined())
        context.failUndefined(function);
    if (!function.isCallable())
        raise(pos, u"TypeError: '%1' object is not callable"_s.arg(function.typeName()));
    return function.callable().call(context, args.evaluate(context, scratch), pos);
}

Value FilterExpr::eval(Context &context) const
{
    Value scratch;
    const Value *value = args.constant ? input->evalRef(context, scratch) : &(scratch = input->eval(context));
    CallArgs argumentScratch;
    return function(context, *value, args.evaluate(context, argumentScratch), pos);
}

Value TestExpr::eval(Context &context) const
{
    // With constant arguments nothing is evaluated between reading the input and using it, so
    // the input need not be copied.
    Value scratch;
    const Value *value = args.constant ? input->evalRef(context, scratch) : &(scratch = input->eval(context));
    CallArgs argumentScratch;
    const bool result = function(context, *value, args.evaluate(context, argumentScratch), pos);
    return Value(negated ? !result : result);
}

Value UnaryExpr::eval(Context &context) const
{
    const Value value = operand->eval(context);
    switch (op) {
    case UnaryOp::Not:
        return Value(!context.truthy(value));
    case UnaryOp::Negate:
        if (value.isUndefined())
            context.failUndefined(value);
        return py::negate(value, pos);
    case UnaryOp::Plus:
        if (value.isUndefined())
            context.failUndefined(value);
        if (!value.isNumber())
            raise(pos, u"TypeError: bad operand type for unary +: '%1'"_s.arg(value.typeName()));
        return value.isBool() ? Value(value.toInt()) : value;
    }
    return Value();
}

Value BinaryExpr::eval(Context &context) const
{
    switch (op) {
    case BinaryOp::And: {
        Value l = left->eval(context);
        if (!context.truthy(l))
            return l;
        return right->eval(context);
    }
    case BinaryOp::Or: {
        Value l = left->eval(context);
        if (context.truthy(l))
            return l;
        return right->eval(context);
    }
    case BinaryOp::Concat: {
        const Value l = left->eval(context);
        const Value r = right->eval(context);
        QString text = context.str(l);
        text += context.str(r);
        if (text.size() > context.state.options.maxOutputSize)
            raise(pos, u"string concatenation exceeds the output size limit of %1"_s.arg(context.state.options.maxOutputSize));
        return Value(text);
    }
    default:
        break;
    }
    const Value l = left->eval(context);
    const Value r = right->eval(context);
    if (l.isUndefined())
        context.failUndefined(l);
    if (r.isUndefined())
        context.failUndefined(r);
    return py::arithmetic(op, l, r, pos, context.state.options.maxOutputSize);
}

namespace {

bool compareValues(Context &context, CompareOp op, const Value &l, const Value &r, SourcePos pos)
{
    switch (op) {
    case CompareOp::Equal:
    case CompareOp::NotEqual: {
        context.requireDefined(l);
        context.requireDefined(r);
        const bool equal = py::equals(l, r, pos);
        return op == CompareOp::Equal ? equal : !equal;
    }
    case CompareOp::In:
    case CompareOp::NotIn: {
        context.requireDefined(l);
        context.requireDefined(r);
        const bool found = py::contains(r, l, pos);
        return op == CompareOp::In ? found : !found;
    }
    default:
        break;
    }
    if (l.isUndefined())
        context.failUndefined(l);
    if (r.isUndefined())
        context.failUndefined(r);
    switch (op) {
    case CompareOp::Less:
        return py::compare(l, r, u"<", pos) < 0;
    case CompareOp::LessEqual:
        return py::compare(l, r, u"<=", pos) <= 0;
    case CompareOp::Greater:
        return py::compare(l, r, u">", pos) > 0;
    case CompareOp::GreaterEqual:
        return py::compare(l, r, u">=", pos) >= 0;
    default:
        return false;
    }
}

} // namespace

Value CompareExpr::eval(Context &context) const
{
    Value l = first->eval(context);
    for (const auto &[op, expr] : rest) {
        Value r = expr->eval(context);
        if (!compareValues(context, op, l, r, expr->pos))
            return Value(false);
        l = std::move(r);
    }
    return Value(true);
}

Value ConditionalExpr::eval(Context &context) const
{
    if (context.truthy(condition->eval(context)))
        return thenValue->eval(context);
    if (elseValue)
        return elseValue->eval(context);
    return Value::undefined(u"the inline if-expression on line %1 evaluated to false and no else section was defined."_s
                                .arg(pos.line),
                            pos);
}

// ---- global functions ----

namespace {

class RangeFunction : public CallableObject
{
public:
    QString name() const override { return u"range"_s; }
    Value call(Context &context, const CallArgs &args, SourcePos pos) override
    {
        if (!args.keyword.empty())
            raise(pos, u"TypeError: range() takes no keyword arguments"_s);
        if (args.positional.empty() || args.positional.size() > 3)
            raise(pos, u"TypeError: range expected 1 to 3 arguments, got %1"_s.arg(args.positional.size()));
        for (const Value &arg : args.positional) {
            if (arg.isUndefined())
                context.failUndefined(arg);
            if (!arg.isInt() && !arg.isBool())
                raise(pos, u"TypeError: '%1' object cannot be interpreted as an integer"_s.arg(arg.typeName()));
        }
        qint64 start = 0;
        qint64 stop = args.positional[0].toInt();
        qint64 step = 1;
        if (args.positional.size() >= 2) {
            start = args.positional[0].toInt();
            stop = args.positional[1].toInt();
        }
        if (args.positional.size() == 3)
            step = args.positional[2].toInt();
        if (step == 0)
            raise(pos, u"ValueError: range() arg 3 must not be zero"_s);

        const qint64 count = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                                      : (start > stop ? (start - stop - step - 1) / -step : 0);
        context.chargeIterations(count, pos);
        std::vector<Value> items;
        items.reserve(size_t(count));
        for (qint64 i = 0; i < count; ++i)
            items.emplace_back(start + i * step);
        auto list = std::make_shared<ListObject>();
        list->items = std::move(items);
        list->rangeRepr = step == 1 ? u"range(%1, %2)"_s.arg(start).arg(stop) : u"range(%1, %2, %3)"_s.arg(start).arg(stop).arg(step);
        return Value(std::move(list));
    }
};

class DictFunction : public CallableObject
{
public:
    explicit DictFunction(bool isNamespace) : m_namespace(isNamespace) { }
    QString name() const override { return m_namespace ? u"namespace"_s : u"dict"_s; }
    Value call(Context &, const CallArgs &args, SourcePos pos) override
    {
        auto dict = std::make_shared<DictObject>();
        dict->isNamespace = m_namespace;
        if (args.positional.size() > 1)
            raise(pos, u"TypeError: %1 expected at most 1 argument, got %2"_s.arg(name()).arg(args.positional.size()));
        if (args.positional.size() == 1) {
            const Value &initial = args.positional.front();
            if (!initial.isDict())
                raise(pos, u"TypeError: %1() expects a dict as its argument, not %2"_s.arg(name(), initial.typeName()));
            for (const auto &[key, value] : initial.dictObject().entries)
                dict->insert(key, value);
        }
        for (const auto &[key, value] : args.keyword)
            dict->insert(key, value);
        return Value(std::move(dict));
    }

private:
    bool m_namespace;
};

class Joiner : public CallableObject
{
public:
    explicit Joiner(QString separator) : m_separator(std::move(separator)) { }
    QString name() const override { return u"joiner"_s; }
    Value call(Context &, const CallArgs &, SourcePos) override
    {
        if (!m_used) {
            m_used = true;
            return Value(QString());
        }
        return Value(m_separator);
    }

private:
    QString m_separator;
    bool m_used = false;
};

class JoinerFunction : public CallableObject
{
public:
    QString name() const override { return u"joiner"_s; }
    Value call(Context &context, const CallArgs &args, SourcePos pos) override
    {
        BoundArguments bound(args, {u"sep"}, u"joiner"_s, pos);
        return Value(std::shared_ptr<CallableObject>(
            std::make_shared<Joiner>(context.str(bound.get(0, Value(u", "_s))))));
    }
};

} // namespace

bool isGlobalName(const QString &name)
{
    return name == u"range" || name == u"dict" || name == u"namespace" || name == u"joiner";
}

Value lookupGlobal(const QString &name)
{
    // Stateless, so one instance serves every render on every thread.
    static const Value range(std::shared_ptr<CallableObject>(std::make_shared<RangeFunction>()));
    static const Value dict(std::shared_ptr<CallableObject>(std::make_shared<DictFunction>(false)));
    static const Value ns(std::shared_ptr<CallableObject>(std::make_shared<DictFunction>(true)));
    static const Value joiner(std::shared_ptr<CallableObject>(std::make_shared<JoinerFunction>()));
    if (name == u"range")
        return range;
    if (name == u"dict")
        return dict;
    if (name == u"namespace")
        return ns;
    if (name == u"joiner")
        return joiner;
    return Value();
}

} // namespace ztp::templates
