// Jinja2's built-in filters and tests (jinja2/filters.py and jinja2/tests.py, 3.1), limited to
// the ones listed in README.md. Filters that return generators in Jinja2 (map, select, unique,
// reverse, batch, ...) return lists here, which only differs when the result is printed
// directly instead of being joined, iterated or passed through |list.

#include "filters.h"

#include "netfilters.h"
#include "pyops.h"
#include "runtime.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace Qt::StringLiterals;

namespace ztp::templates {

BoundArguments::BoundArguments(const CallArgs &args, std::initializer_list<const char16_t *> parameters,
                               const QString &function, SourcePos pos)
    : m_values(qsizetype(parameters.size()), nullptr)
{
    if (args.positional.size() > parameters.size()) {
        raise(pos, u"TypeError: %1() takes at most %2 argument(s) (%3 given)"_s
                       .arg(function)
                       .arg(parameters.size())
                       .arg(args.positional.size()));
    }
    for (size_t i = 0; i < args.positional.size(); ++i)
        m_values[qsizetype(i)] = &args.positional[i];
    for (const auto &[name, value] : args.keyword) {
        size_t index = 0;
        for (const char16_t *parameter : parameters) {
            if (name == QStringView(parameter))
                break;
            ++index;
        }
        if (index == parameters.size())
            raise(pos, u"TypeError: %1() got an unexpected keyword argument '%2'"_s.arg(function, name));
        if (m_values[qsizetype(index)])
            raise(pos, u"TypeError: %1() got multiple values for argument '%2'"_s.arg(function, name));
        m_values[qsizetype(index)] = &value;
    }
}

Value BoundArguments::get(int index, const Value &fallback) const
{
    const Value *value = m_values[index];
    return value ? *value : fallback;
}

namespace {

qint64 intArgument(const Value &value, const QString &parameter, SourcePos pos)
{
    if (value.isInt() || value.isBool())
        return value.toInt();
    if (value.isFloat())
        return qint64(value.toFloat());
    raise(pos, u"TypeError: %1 must be an integer, not %2"_s.arg(parameter, value.typeName()));
}

Value makeList(std::vector<Value> items)
{
    return Value::list(std::move(items));
}

Value stringValue(QString s)
{
    return Value(std::move(s));
}

// Jinja2's make_attrgetter(): "a.b.0" looks up a, then b, then index 0, each like getitem().
Value lookupAttributePath(Context &context, const Value &item, const Value &attribute, SourcePos pos)
{
    if (attribute.isNone() || attribute.isUndefined())
        return item;
    if (!attribute.isString())
        return getItem(context, item, attribute, pos);
    Value current = item;
    for (const QString &part : attribute.string().split(u'.')) {
        bool isNumber = !part.isEmpty() && std::all_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); });
        current = isNumber ? getItem(context, current, Value(part.toLongLong()), pos)
                           : getItem(context, current, Value(part), pos);
    }
    return current;
}

Value ignoreCase(const Value &value)
{
    return value.isString() ? Value(py::lower(value.string())) : value;
}

std::vector<Value> sortedItems(Context &context, std::vector<Value> items, const Value &attribute, bool caseSensitive,
                               bool reverse, SourcePos pos)
{
    std::vector<std::pair<Value, Value>> keyed;
    keyed.reserve(items.size());
    for (Value &item : items) {
        Value key = lookupAttributePath(context, item, attribute, pos);
        context.requireDefined(key);
        if (!caseSensitive)
            key = ignoreCase(key);
        keyed.emplace_back(std::move(key), std::move(item));
    }
    // Python's sort is stable, and reverse=True keeps equal items in their original order.
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
        return reverse ? py::compare(b.first, a.first, u"<", pos) < 0 : py::compare(a.first, b.first, u"<", pos) < 0;
    });
    std::vector<Value> result;
    result.reserve(keyed.size());
    for (auto &entry : keyed)
        result.push_back(std::move(entry.second));
    return result;
}

// A key for Python's set semantics over hashable values: 1, 1.0 and True are the same key.
QString hashKey(const Value &value, SourcePos pos)
{
    if (value.isNumber())
        return u"n:"_s + py::formatFloat(value.toFloat());
    if (value.isString())
        return u"s:"_s + value.string();
    if (value.isNone())
        return u"none"_s;
    if (value.isList() && value.listObject().tuple) {
        QString key = u"t:"_s;
        for (const Value &item : value.listObject().items)
            key += hashKey(item, pos) + QChar(0);
        return key;
    }
    raise(pos, u"TypeError: unhashable type: '%1'"_s.arg(value.typeName()));
}

// ---- filters ----

Value filterAbs(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {}, u"abs"_s, pos);
    if (input.isUndefined())
        context.failUndefined(input);
    if (input.isFloat())
        return Value(std::fabs(input.toFloat()));
    if (input.isInt() || input.isBool()) {
        if (input.toInt() == std::numeric_limits<qint64>::min())
            raise(pos, u"integer overflow (only 64-bit integers are supported)"_s);
        return Value(input.toInt() < 0 ? -input.toInt() : input.toInt());
    }
    raise(pos, u"TypeError: bad operand type for abs(): '%1'"_s.arg(input.typeName()));
}

Value filterAttr(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"name"}, u"attr"_s, pos);
    const QString name = context.str(bound.get(0, Value()));
    if (input.isUndefined())
        context.failUndefined(input);
    if (input.isDict() && (input.dictObject().isNamespace || input.dictObject().isModule))
        return getAttribute(context, input, name, pos);
    if (input.isDict() && input.dictObject().find(name))
        return Value::undefined(u"'dict object' has no attribute '%1'"_s.arg(name), pos);
    return getAttribute(context, input, name, pos);
}

Value filterBatch(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"linecount", u"fill_with"}, u"batch"_s, pos);
    const qint64 size = intArgument(bound.get(0, Value()), u"linecount"_s, pos);
    if (size <= 0)
        raise(pos, u"batch() needs a positive linecount, got %1"_s.arg(size));
    const std::vector<Value> items = context.iterate(input, pos);
    std::vector<Value> batches;
    std::vector<Value> current;
    for (const Value &item : items) {
        if (qint64(current.size()) == size) {
            batches.push_back(makeList(std::move(current)));
            current.clear();
        }
        current.push_back(item);
    }
    if (!current.empty()) {
        if (bound.has(1) && !bound.get(1, Value()).isNone()) {
            while (qint64(current.size()) < size)
                current.push_back(bound.get(1, Value()));
        }
        batches.push_back(makeList(std::move(current)));
    }
    return makeList(std::move(batches));
}

Value filterCapitalize(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {}, u"capitalize"_s, pos);
    const QString s = context.str(input);
    if (s.isEmpty())
        return stringValue(s);
    return stringValue(QString(s.at(0).toTitleCase()) + s.mid(1).toLower());
}

Value filterCenter(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"width"}, u"center"_s, pos);
    const QString s = context.str(input);
    const qint64 width = intArgument(bound.get(0, Value(qint64(80))), u"width"_s, pos);
    const qint64 margin = width - s.size();
    if (margin <= 0)
        return stringValue(s);
    context.chargeOutput(margin, pos);
    const qint64 left = margin / 2 + (margin & width & 1);
    return stringValue(QString(qsizetype(left), u' ') + s + QString(qsizetype(margin - left), u' '));
}

Value filterDefault(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"default_value", u"boolean"}, u"default"_s, pos);
    const bool boolean = py::truthy(bound.get(1, Value(false)));
    if (input.isUndefined() || (boolean && !context.truthy(input)))
        return bound.get(0, Value(QString()));
    return input;
}

Value filterDictsort(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"case_sensitive", u"by", u"reverse"}, u"dictsort"_s, pos);
    if (input.isUndefined())
        context.failUndefined(input);
    if (!input.isDict())
        raise(pos, u"dictsort expects a mapping, not %1"_s.arg(input.typeName()));
    const QString by = py::str(bound.get(1, Value(u"key"_s)));
    if (by != u"key" && by != u"value")
        raise(pos, u"You can only sort by either \"key\" or \"value\""_s);
    std::vector<Value> pairs;
    for (const auto &[key, value] : input.dictObject().entries)
        pairs.push_back(Value::list({Value(key), value}, true));
    const Value attribute(qint64(by == u"key" ? 0 : 1));
    return makeList(sortedItems(context, std::move(pairs), attribute, py::truthy(bound.get(0, Value(false))),
                                py::truthy(bound.get(2, Value(false))), pos));
}

Value filterEscape(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {}, u"escape"_s, pos);
    const QString s = context.str(input);
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&#34;"_s;
            break;
        case u'\'':
            out += u"&#39;"_s;
            break;
        default:
            out += c;
        }
    }
    return stringValue(out);
}

Value filterFirst(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {}, u"first"_s, pos);
    if (input.isList()) {
        const auto &items = input.listObject().items;
        return items.empty() ? Value::undefined(u"No first item, sequence was empty."_s, pos) : items.front();
    }
    const std::vector<Value> items = context.iterate(input, pos);
    return items.empty() ? Value::undefined(u"No first item, sequence was empty."_s, pos) : items.front();
}

Value filterLast(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {}, u"last"_s, pos);
    const std::vector<Value> items = context.iterate(input, pos);
    return items.empty() ? Value::undefined(u"No last item, sequence was empty."_s, pos) : items.back();
}

// Python's float(str): surrounding whitespace, "_" between digits, inf and nan accepted.
std::optional<double> parsePythonFloat(const QString &text)
{
    QString s = py::strip(text, Value(), true, true);
    if (s.isEmpty())
        return std::nullopt;
    const QString lower = s.toLower();
    const QString magnitude = (lower.startsWith(u'+') || lower.startsWith(u'-')) ? lower.mid(1) : lower;
    const bool negative = lower.startsWith(u'-');
    if (magnitude == u"inf" || magnitude == u"infinity")
        return negative ? -INFINITY : INFINITY;
    if (magnitude == u"nan")
        return NAN;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == u'_') {
            if (i == 0 || i + 1 >= s.size() || !s.at(i - 1).isDigit() || !s.at(i + 1).isDigit())
                return std::nullopt;
        } else if (!(s.at(i).isDigit() || QStringView(u"+-.eE").contains(s.at(i))) || s.at(i).unicode() > 127) {
            return std::nullopt;
        }
    }
    s.remove(u'_');
    bool ok = false;
    const double value = s.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

// Python's int(str, base): whitespace, a sign, "_" between digits and a 0x/0o/0b prefix
// matching the base (any prefix for base 0) are accepted.
std::optional<qint64> parsePythonInt(const QString &text, int base)
{
    QString s = py::strip(text, Value(), true, true);
    bool negative = false;
    if (s.startsWith(u'+') || s.startsWith(u'-')) {
        negative = s.startsWith(u'-');
        s = s.mid(1);
    }
    const QString lower = s.toLower();
    auto prefixBase = [&]() -> int {
        if (lower.startsWith(u"0x"))
            return 16;
        if (lower.startsWith(u"0o"))
            return 8;
        if (lower.startsWith(u"0b"))
            return 2;
        return 0;
    };
    const int prefix = prefixBase();
    if (base == 0) {
        base = prefix ? prefix : 10;
        if (prefix)
            s = s.mid(2);
        else if (s.size() > 1 && s.startsWith(u'0') && s.count(u'0') + s.count(u'_') != s.size())
            return std::nullopt; // base 0 rejects leading zeros such as "010"
    } else if (prefix == base) {
        s = s.mid(2);
        if (s.startsWith(u'_'))
            s = s.mid(1);
    }
    if (s.isEmpty())
        return std::nullopt;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == u'_' && (i == 0 || i + 1 >= s.size() || s.at(i + 1) == u'_'))
            return std::nullopt;
        if (s.at(i).unicode() > 127)
            return std::nullopt;
    }
    s.remove(u'_');
    bool ok = false;
    const qint64 value = s.toLongLong(&ok, base);
    if (!ok || s.startsWith(u'+') || s.startsWith(u'-'))
        return std::nullopt;
    return negative ? -value : value;
}

Value filterFloat(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"default"}, u"float"_s, pos);
    if (input.isUndefined())
        context.failUndefined(input); // even Jinja2's lenient Undefined fails in float()
    const Value fallback = bound.get(0, Value(0.0));
    if (input.isNumber())
        return Value(input.toFloat());
    if (input.isString()) {
        if (const auto parsed = parsePythonFloat(input.string()))
            return Value(*parsed);
    }
    return fallback;
}

Value filterInt(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"default", u"base"}, u"int"_s, pos);
    if (input.isUndefined())
        context.failUndefined(input); // even Jinja2's lenient Undefined fails in int()
    const Value fallback = bound.get(0, Value(qint64(0)));
    const qint64 base = intArgument(bound.get(1, Value(qint64(10))), u"base"_s, pos);
    if (input.isInt() || input.isBool())
        return Value(input.toInt());
    double number = 0;
    if (input.isFloat()) {
        number = input.toFloat();
    } else if (input.isString()) {
        if (base != 0 && (base < 2 || base > 36))
            raise(pos, u"ValueError: int() base must be >= 2 and <= 36, or 0"_s);
        if (const auto parsed = parsePythonInt(input.string(), int(base)))
            return Value(*parsed);
        const auto parsedFloat = parsePythonFloat(input.string());
        if (!parsedFloat)
            return fallback;
        number = *parsedFloat;
    } else {
        return fallback;
    }
    if (std::isnan(number))
        return fallback;
    if (std::isinf(number))
        raise(pos, u"OverflowError: cannot convert float infinity to integer"_s);
    if (std::fabs(number) >= 9.2e18)
        raise(pos, u"integer overflow (only 64-bit integers are supported)"_s);
    return Value(qint64(std::trunc(number)));
}

Value filterFormat(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    const QString format = context.str(input);
    if (!args.keyword.empty() && !args.positional.empty())
        raise(pos, u"can't handle positional and keyword arguments at the same time"_s);
    if (!args.keyword.empty()) {
        auto mapping = std::make_shared<DictObject>();
        for (const auto &[key, value] : args.keyword)
            mapping->insert(key, value);
        return stringValue(py::percentFormat(format, Value(mapping), pos));
    }
    return stringValue(py::percentFormat(format, Value::list(args.positional, true), pos));
}

Value filterIndent(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"width", u"first", u"blank"}, u"indent"_s, pos);
    const Value width = bound.get(0, Value(qint64(4)));
    QString indention;
    if (width.isString()) {
        indention = width.string();
    } else {
        const qint64 count = intArgument(width, u"width"_s, pos);
        context.chargeOutput(std::max<qint64>(count, 0), pos);
        indention = QString(qsizetype(std::max<qint64>(count, 0)), u' ');
    }
    const bool first = py::truthy(bound.get(1, Value(false)));
    const bool blank = py::truthy(bound.get(2, Value(false)));

    // Jinja2 appends "\n" to the input without converting it, so only strings are accepted.
    context.requireDefined(input);
    if (!input.isString())
        raise(pos, u"TypeError: unsupported operand type(s) for +=: '%1' and 'str'"_s.arg(input.typeName()));
    const QString text = input.string() + u'\n';
    QStringList lines = py::splitLines(text);
    QString result;
    if (blank) {
        result = lines.join(u'\n' + indention);
    } else {
        result = lines.takeFirst();
        if (!lines.isEmpty()) {
            for (const QString &line : lines) {
                result += u'\n';
                if (!line.isEmpty())
                    result += indention;
                result += line;
            }
        }
    }
    if (first)
        result = indention + result;
    context.chargeOutput(result.size(), pos);
    return stringValue(result);
}

Value filterItems(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {}, u"items"_s, pos);
    if (input.isUndefined())
        return makeList({});
    if (!input.isDict())
        raise(pos, u"Can only get item pairs from a mapping."_s);
    bool found = false;
    return callMethod(context, input, u"items"_s, CallArgs(), pos, &found);
}

Value filterJoin(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"d", u"attribute"}, u"join"_s, pos);
    const QString separator = context.str(bound.get(0, Value(QString())));
    const Value attribute = bound.get(1, Value::none());
    const std::vector<Value> items = context.iterate(input, pos);
    QString out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += separator;
        out += context.str(lookupAttributePath(context, items[i], attribute, pos));
        if (out.size() > context.state.options.maxOutputSize)
            context.chargeOutput(out.size(), pos);
    }
    return stringValue(out);
}

Value filterLength(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {}, u"length"_s, pos);
    context.requireDefined(input);
    return Value(qint64(py::length(input, pos)));
}

Value filterList(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {}, u"list"_s, pos);
    return makeList(context.iterate(input, pos));
}

Value filterLower(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {}, u"lower"_s, pos);
    return stringValue(py::lower(context.str(input)));
}

Value filterUpper(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {}, u"upper"_s, pos);
    return stringValue(py::upper(context.str(input)));
}

Value callFilterByName(Context &context, const Value &nameValue, const Value &input, const CallArgs &args, SourcePos pos)
{
    const QString name = context.str(nameValue);
    const FilterFunction function = findFilter(name);
    if (!function)
        raise(pos, u"No filter named '%1'."_s.arg(name));
    return function(context, input, args, pos);
}

bool callTestByName(Context &context, const Value &nameValue, const Value &input, const CallArgs &args, SourcePos pos)
{
    const QString name = context.str(nameValue);
    const TestFunction function = findTest(name);
    if (!function)
        raise(pos, u"No test named '%1'."_s.arg(name));
    return function(context, input, args, pos);
}

Value filterMap(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    const std::vector<Value> items = context.iterate(input, pos);
    std::vector<Value> result;
    result.reserve(items.size());
    const auto attribute = std::find_if(args.keyword.begin(), args.keyword.end(),
                                        [](const auto &k) { return k.first == u"attribute"; });
    if (args.positional.empty() && attribute != args.keyword.end()) {
        Value fallback;
        bool hasDefault = false;
        for (const auto &[key, value] : args.keyword) {
            if (key == u"default") {
                fallback = value;
                hasDefault = !value.isNone();
            } else if (key != u"attribute") {
                raise(pos, u"Unexpected keyword argument '%1'"_s.arg(key));
            }
        }
        for (const Value &item : items) {
            Value value = lookupAttributePath(context, item, attribute->second, pos);
            if (hasDefault && value.isUndefined())
                value = fallback;
            result.push_back(std::move(value));
        }
        return makeList(std::move(result));
    }
    if (args.positional.empty())
        raise(pos, u"map requires a filter argument"_s);
    CallArgs rest;
    rest.positional.assign(args.positional.begin() + 1, args.positional.end());
    rest.keyword = args.keyword;
    for (const Value &item : items)
        result.push_back(callFilterByName(context, args.positional.front(), item, rest, pos));
    return makeList(std::move(result));
}

Value selectOrReject(Context &context, const Value &input, const CallArgs &args, SourcePos pos, bool select,
                     bool byAttribute)
{
    const std::vector<Value> items = context.iterate(input, pos);
    size_t offset = 0;
    Value attribute = Value::none();
    if (byAttribute) {
        if (args.positional.empty())
            raise(pos, u"Missing parameter for attribute name"_s);
        attribute = args.positional.front();
        offset = 1;
    }
    const bool hasTest = args.positional.size() > offset;
    CallArgs testArgs;
    if (hasTest)
        testArgs.positional.assign(args.positional.begin() + qsizetype(offset) + 1, args.positional.end());
    testArgs.keyword = args.keyword;

    std::vector<Value> result;
    for (const Value &item : items) {
        const Value subject = byAttribute ? lookupAttributePath(context, item, attribute, pos) : item;
        const bool passed = hasTest ? callTestByName(context, args.positional[offset], subject, testArgs, pos)
                                    : context.truthy(subject);
        if (passed == select)
            result.push_back(item);
    }
    return makeList(std::move(result));
}

Value filterSelect(Context &c, const Value &i, const CallArgs &a, SourcePos p) { return selectOrReject(c, i, a, p, true, false); }
Value filterReject(Context &c, const Value &i, const CallArgs &a, SourcePos p) { return selectOrReject(c, i, a, p, false, false); }
Value filterSelectattr(Context &c, const Value &i, const CallArgs &a, SourcePos p) { return selectOrReject(c, i, a, p, true, true); }
Value filterRejectattr(Context &c, const Value &i, const CallArgs &a, SourcePos p) { return selectOrReject(c, i, a, p, false, true); }

Value minOrMax(Context &context, const Value &input, const CallArgs &args, SourcePos pos, bool max)
{
    BoundArguments bound(args, {u"case_sensitive", u"attribute"}, max ? u"max"_s : u"min"_s, pos);
    const bool caseSensitive = py::truthy(bound.get(0, Value(false)));
    const Value attribute = bound.get(1, Value::none());
    const std::vector<Value> items = context.iterate(input, pos);
    if (items.empty())
        return Value::undefined(u"No aggregated item, sequence was empty."_s, pos);
    size_t best = 0;
    Value bestKey;
    for (size_t i = 0; i < items.size(); ++i) {
        Value key = lookupAttributePath(context, items[i], attribute, pos);
        context.requireDefined(key);
        if (!caseSensitive)
            key = ignoreCase(key);
        if (i == 0) {
            bestKey = key;
            continue;
        }
        const int order = py::compare(key, bestKey, max ? u">" : u"<", pos);
        if (max ? order > 0 : order < 0) {
            best = i;
            bestKey = key;
        }
    }
    return items[best];
}

Value filterMax(Context &c, const Value &i, const CallArgs &a, SourcePos p) { return minOrMax(c, i, a, p, true); }
Value filterMin(Context &c, const Value &i, const CallArgs &a, SourcePos p) { return minOrMax(c, i, a, p, false); }

Value filterReplace(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"old", u"new", u"count"}, u"replace"_s, pos);
    const QString s = context.str(input);
    const QString before = context.str(bound.get(0, Value()));
    const QString after = context.str(bound.get(1, Value()));
    const Value count = bound.get(2, Value::none());
    const qint64 limit = count.isNone() ? -1 : intArgument(count, u"count"_s, pos);
    context.chargeOutput(py::replaceGrowth(s, before, after, limit), pos);
    return stringValue(py::replace(s, before, after, limit));
}

Value filterReverse(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {}, u"reverse"_s, pos);
    if (input.isString())
        return stringValue(py::reversed(input.string()));
    std::vector<Value> items = context.iterate(input, pos);
    std::reverse(items.begin(), items.end());
    return makeList(std::move(items));
}

Value filterRound(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"precision", u"method"}, u"round"_s, pos);
    const qint64 precision = intArgument(bound.get(0, Value(qint64(0))), u"precision"_s, pos);
    const QString method = py::str(bound.get(1, Value(u"common"_s)));
    if (method != u"common" && method != u"ceil" && method != u"floor")
        raise(pos, u"method must be common, ceil or floor"_s);
    if (input.isUndefined())
        context.failUndefined(input);
    if (!input.isNumber())
        raise(pos, u"TypeError: type %1 doesn't define __round__ method"_s.arg(input.typeName()));

    if (method != u"common") {
        const double scale = std::pow(10.0, double(precision));
        const double scaled = input.toFloat() * scale;
        return Value((method == u"ceil" ? std::ceil(scaled) : std::floor(scaled)) / scale);
    }
    if (input.isInt() || input.isBool()) {
        if (precision >= 0)
            return Value(input.toInt());
        // round(int, -n): half-even rounding to a multiple of 10**n.
        const qint64 unit = qint64(std::pow(10.0, double(-precision)));
        if (unit <= 0 || -precision > 18)
            return Value(qint64(0));
        const qint64 value = input.toInt();
        qint64 quotient = value / unit;
        qint64 remainder = value % unit;
        if (remainder < 0) {
            remainder += unit;
            --quotient;
        }
        if (remainder * 2 > unit || (remainder * 2 == unit && (quotient & 1)))
            ++quotient;
        return Value(quotient * unit);
    }
    const double value = input.toFloat();
    if (!std::isfinite(value))
        return Value(value);
    if (precision >= 0) {
        // Python rounds the exact binary value half-to-even, as printf("%.*f") does.
        if (precision > 320)
            return Value(value);
        char buffer[400];
        std::snprintf(buffer, sizeof buffer, "%.*f", int(precision), value);
        return Value(std::strtod(buffer, nullptr));
    }
    const double scale = std::pow(10.0, double(-precision));
    const double y = value / scale;
    double z = std::round(y);
    if (std::fabs(y - z) == 0.5)
        z = 2.0 * std::round(y / 2.0);
    return Value(z * scale);
}

Value filterSort(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"reverse", u"case_sensitive", u"attribute"}, u"sort"_s, pos);
    return makeList(sortedItems(context, context.iterate(input, pos), bound.get(2, Value::none()),
                                py::truthy(bound.get(1, Value(false))), py::truthy(bound.get(0, Value(false))), pos));
}

Value filterString(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {}, u"string"_s, pos);
    return stringValue(context.str(input));
}

Value filterSum(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"attribute", u"start"}, u"sum"_s, pos);
    const Value attribute = bound.get(0, Value::none());
    Value total = bound.get(1, Value(qint64(0)));
    for (const Value &item : context.iterate(input, pos)) {
        const Value value = lookupAttributePath(context, item, attribute, pos);
        if (value.isUndefined())
            context.failUndefined(value);
        if (value.isString())
            raise(pos, u"TypeError: unsupported operand type(s) for +: '%1' and 'str'"_s.arg(total.typeName()));
        total = py::arithmetic(BinaryOp::Add, total, value, pos, context.state.options.maxOutputSize);
    }
    return total;
}

Value filterTitle(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {}, u"title"_s, pos);
    // Jinja2 splits on runs of "-", whitespace and opening brackets, then capitalizes each
    // piece: its first character upper-cased, the rest lower-cased.
    const QString s = context.str(input);
    auto isSeparator = [](QChar c) { return c == u'-' || c == u'(' || c == u'{' || c == u'[' || c == u'<' || py::isSpace(c); };
    QString out;
    out.reserve(s.size());
    qsizetype i = 0;
    while (i < s.size()) {
        const bool separator = isSeparator(s.at(i));
        const qsizetype start = i;
        while (i < s.size() && isSeparator(s.at(i)) == separator)
            ++i;
        const QString piece = s.mid(start, i - start);
        out += piece.left(1).toUpper() + piece.mid(1).toLower();
    }
    return stringValue(out);
}

Value filterTrim(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"chars"}, u"trim"_s, pos);
    return stringValue(py::strip(context.str(input), bound.get(0, Value::none()), true, true));
}

Value filterTruncate(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"length", u"killwords", u"end", u"leeway"}, u"truncate"_s, pos);
    // Jinja2 takes len() of the input without converting it, so only strings are accepted.
    context.requireDefined(input);
    if (input.isUndefined())
        return Value(QString());
    if (!input.isString())
        raise(pos, u"TypeError: object of type '%1' has no len()"_s.arg(input.typeName()));
    const QString s = input.string();
    const qint64 length = intArgument(bound.get(0, Value(qint64(255))), u"length"_s, pos);
    const bool killwords = py::truthy(bound.get(1, Value(false)));
    const QString end = context.str(bound.get(2, Value(u"..."_s)));
    const Value leewayValue = bound.get(3, Value::none());
    const qint64 leeway = leewayValue.isNone() ? 5 : intArgument(leewayValue, u"leeway"_s, pos);
    if (length < end.size())
        raise(pos, u"expected length >= %1, got %2"_s.arg(end.size()).arg(length));
    if (leeway < 0)
        raise(pos, u"expected leeway >= 0, got %1"_s.arg(leeway));
    if (s.size() <= length + leeway)
        return stringValue(s);
    const QString head = s.left(qsizetype(length - end.size()));
    if (killwords)
        return stringValue(head + end);
    const qsizetype space = head.lastIndexOf(u' ');
    return stringValue((space >= 0 ? head.left(space) : head) + end);
}

Value filterUnique(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"case_sensitive", u"attribute"}, u"unique"_s, pos);
    const bool caseSensitive = py::truthy(bound.get(0, Value(false)));
    const Value attribute = bound.get(1, Value::none());
    QSet<QString> seen;
    std::vector<Value> result;
    for (const Value &item : context.iterate(input, pos)) {
        Value key = lookupAttributePath(context, item, attribute, pos);
        context.requireDefined(key);
        if (!caseSensitive)
            key = ignoreCase(key);
        const QString hashed = hashKey(key, pos);
        if (seen.contains(hashed))
            continue;
        seen.insert(hashed);
        result.push_back(item);
    }
    return makeList(std::move(result));
}

Value filterWordcount(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {}, u"wordcount"_s, pos);
    const QString s = context.str(input);
    qint64 count = 0;
    bool inWord = false;
    for (const QChar c : s) {
        const bool wordChar = c.isLetterOrNumber() || c == u'_';
        if (wordChar && !inWord)
            ++count;
        inWord = wordChar;
    }
    return Value(count);
}

// ---- tests ----

bool testDefined(Context &, const Value &input, const CallArgs &, SourcePos) { return !input.isUndefined(); }
bool testUndefined(Context &, const Value &input, const CallArgs &, SourcePos) { return input.isUndefined(); }
bool testNone(Context &, const Value &input, const CallArgs &, SourcePos) { return input.isNone(); }
bool testBoolean(Context &, const Value &input, const CallArgs &, SourcePos) { return input.isBool(); }
bool testTrue(Context &, const Value &input, const CallArgs &, SourcePos) { return input.isBool() && input.toBool(); }
bool testFalse(Context &, const Value &input, const CallArgs &, SourcePos) { return input.isBool() && !input.toBool(); }
bool testInteger(Context &, const Value &input, const CallArgs &, SourcePos) { return input.isInt(); }
bool testFloat(Context &, const Value &input, const CallArgs &, SourcePos) { return input.isFloat(); }
bool testNumber(Context &, const Value &input, const CallArgs &, SourcePos) { return input.isNumber(); }
bool testString(Context &, const Value &input, const CallArgs &, SourcePos) { return input.isString(); }
bool testMapping(Context &, const Value &input, const CallArgs &, SourcePos) { return input.isDict(); }
bool testCallable(Context &, const Value &input, const CallArgs &, SourcePos) { return input.isCallable(); }
bool testEscaped(Context &, const Value &, const CallArgs &, SourcePos) { return false; }

bool testIterable(Context &context, const Value &input, const CallArgs &, SourcePos)
{
    context.requireDefined(input);
    return input.isUndefined() || input.isList() || input.isDict() || input.isString();
}

bool testSequence(Context &context, const Value &input, const CallArgs &, SourcePos)
{
    context.requireDefined(input);
    return input.isUndefined() || input.isList() || input.isDict() || input.isString();
}

bool testLower(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    bool found = false;
    return py::truthy(callMethod(context, Value(context.str(input)), u"islower"_s, args, pos, &found));
}

bool testUpper(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    bool found = false;
    return py::truthy(callMethod(context, Value(context.str(input)), u"isupper"_s, args, pos, &found));
}

Value moduloTwo(Context &context, const Value &input, SourcePos pos)
{
    if (input.isUndefined())
        context.failUndefined(input);
    return py::arithmetic(BinaryOp::Modulo, input, Value(qint64(2)), pos, 0);
}

bool testEven(Context &context, const Value &input, const CallArgs &, SourcePos pos)
{
    return py::equals(moduloTwo(context, input, pos), Value(qint64(0)));
}

bool testOdd(Context &context, const Value &input, const CallArgs &, SourcePos pos)
{
    return py::equals(moduloTwo(context, input, pos), Value(qint64(1)));
}

bool testDivisibleby(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"num"}, u"divisibleby"_s, pos);
    if (input.isUndefined())
        context.failUndefined(input);
    const Value remainder = py::arithmetic(BinaryOp::Modulo, input, bound.get(0, Value()), pos, 0);
    return py::equals(remainder, Value(qint64(0)));
}

bool testSameas(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"other"}, u"sameas"_s, pos);
    const Value other = bound.get(0, Value());
    context.requireDefined(other);
    if (input.kind() != other.kind())
        return false;
    switch (input.kind()) {
    case Value::Kind::None:
    case Value::Kind::Undefined:
        return true;
    case Value::Kind::Bool:
    case Value::Kind::Int:
        return input.toInt() == other.toInt();
    case Value::Kind::List:
        return &input.listObject() == &other.listObject();
    case Value::Kind::Dict:
        return &input.dictObject() == &other.dictObject();
    default:
        return py::equals(input, other);
    }
}

template<CompareOp Op>
bool testCompare(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"b"}, u"comparison test"_s, pos);
    const Value other = bound.get(0, Value());
    context.requireDefined(input);
    context.requireDefined(other);
    switch (Op) {
    case CompareOp::Equal:
        return py::equals(input, other, pos);
    case CompareOp::NotEqual:
        return !py::equals(input, other, pos);
    case CompareOp::Less:
        return py::compare(input, other, u"<", pos) < 0;
    case CompareOp::LessEqual:
        return py::compare(input, other, u"<=", pos) <= 0;
    case CompareOp::Greater:
        return py::compare(input, other, u">", pos) > 0;
    case CompareOp::GreaterEqual:
        return py::compare(input, other, u">=", pos) >= 0;
    default:
        return false;
    }
}

bool testIn(Context &context, const Value &input, const CallArgs &args, SourcePos pos)
{
    BoundArguments bound(args, {u"seq"}, u"in"_s, pos);
    const Value container = bound.get(0, Value());
    context.requireDefined(input);
    context.requireDefined(container);
    return py::contains(container, input, pos);
}

bool testFilter(Context &context, const Value &input, const CallArgs &, SourcePos)
{
    return findFilter(context.str(input)) != nullptr;
}

bool testTest(Context &context, const Value &input, const CallArgs &, SourcePos)
{
    return findTest(context.str(input)) != nullptr;
}

} // namespace

FilterFunction findFilter(const QString &name)
{
    static const QHash<QString, FilterFunction> filters = {
        {u"abs"_s, filterAbs},
        {u"attr"_s, filterAttr},
        {u"batch"_s, filterBatch},
        {u"capitalize"_s, filterCapitalize},
        {u"center"_s, filterCenter},
        {u"count"_s, filterLength},
        {u"d"_s, filterDefault},
        {u"default"_s, filterDefault},
        {u"dictsort"_s, filterDictsort},
        {u"e"_s, filterEscape},
        {u"escape"_s, filterEscape},
        {u"first"_s, filterFirst},
        {u"float"_s, filterFloat},
        {u"format"_s, filterFormat},
        {u"indent"_s, filterIndent},
        {u"int"_s, filterInt},
        {u"items"_s, filterItems},
        {u"join"_s, filterJoin},
        {u"last"_s, filterLast},
        {u"length"_s, filterLength},
        {u"list"_s, filterList},
        {u"lower"_s, filterLower},
        {u"map"_s, filterMap},
        {u"max"_s, filterMax},
        {u"min"_s, filterMin},
        {u"reject"_s, filterReject},
        {u"rejectattr"_s, filterRejectattr},
        {u"replace"_s, filterReplace},
        {u"reverse"_s, filterReverse},
        {u"round"_s, filterRound},
        {u"select"_s, filterSelect},
        {u"selectattr"_s, filterSelectattr},
        {u"sort"_s, filterSort},
        {u"string"_s, filterString},
        {u"sum"_s, filterSum},
        {u"title"_s, filterTitle},
        {u"trim"_s, filterTrim},
        {u"truncate"_s, filterTruncate},
        {u"unique"_s, filterUnique},
        {u"upper"_s, filterUpper},
        {u"wordcount"_s, filterWordcount},
        // Network helpers, not part of Jinja2; see netfilters.h.
        {u"ip_address"_s, net::filterIpAddress},
        {u"ip_network"_s, net::filterIpNetwork},
        {u"netmask"_s, net::filterNetmask},
        {u"hostmask"_s, net::filterHostmask},
        {u"prefix_length"_s, net::filterPrefixLength},
        {u"network_address"_s, net::filterNetworkAddress},
        {u"broadcast"_s, net::filterBroadcast},
        {u"host"_s, net::filterHost},
    };
    return filters.value(name, nullptr);
}

TestFunction findTest(const QString &name)
{
    static const QHash<QString, TestFunction> tests = {
        {u"boolean"_s, testBoolean},
        {u"callable"_s, testCallable},
        {u"defined"_s, testDefined},
        {u"divisibleby"_s, testDivisibleby},
        {u"escaped"_s, testEscaped},
        {u"even"_s, testEven},
        {u"false"_s, testFalse},
        {u"filter"_s, testFilter},
        {u"float"_s, testFloat},
        {u"in"_s, testIn},
        {u"integer"_s, testInteger},
        {u"iterable"_s, testIterable},
        {u"lower"_s, testLower},
        {u"mapping"_s, testMapping},
        {u"none"_s, testNone},
        {u"number"_s, testNumber},
        {u"odd"_s, testOdd},
        {u"sameas"_s, testSameas},
        {u"sequence"_s, testSequence},
        {u"string"_s, testString},
        {u"test"_s, testTest},
        {u"true"_s, testTrue},
        {u"undefined"_s, testUndefined},
        {u"upper"_s, testUpper},
        {u"=="_s, testCompare<CompareOp::Equal>},
        {u"eq"_s, testCompare<CompareOp::Equal>},
        {u"equalto"_s, testCompare<CompareOp::Equal>},
        {u"!="_s, testCompare<CompareOp::NotEqual>},
        {u"ne"_s, testCompare<CompareOp::NotEqual>},
        {u"<"_s, testCompare<CompareOp::Less>},
        {u"lt"_s, testCompare<CompareOp::Less>},
        {u"lessthan"_s, testCompare<CompareOp::Less>},
        {u"<="_s, testCompare<CompareOp::LessEqual>},
        {u"le"_s, testCompare<CompareOp::LessEqual>},
        {u">"_s, testCompare<CompareOp::Greater>},
        {u"gt"_s, testCompare<CompareOp::Greater>},
        {u"greaterthan"_s, testCompare<CompareOp::Greater>},
        {u">="_s, testCompare<CompareOp::GreaterEqual>},
        {u"ge"_s, testCompare<CompareOp::GreaterEqual>},
    };
    return tests.value(name, nullptr);
}

} // namespace ztp::templates
