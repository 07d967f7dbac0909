#include "pyops.h"

#include "runtime.h"

#include <QScopeGuard>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <algorithm>
#include <limits>
#include <string>

using namespace Qt::StringLiterals;

namespace ztp::templates::py {

namespace {

bool isIntLike(const Value &v)
{
    return v.isInt() || v.isBool();
}

[[noreturn]] void raiseZeroDivision(SourcePos pos, const QString &what)
{
    raise(pos, u"ZeroDivisionError: %1"_s.arg(what));
}

// Containers whose repr is being built, outermost first; Python prints a container that
// contains itself as [...] or {...}.
using ReprPath = std::vector<const void *>;

void appendRepr(QString &out, const Value &value, ReprPath &path);

constexpr int kMaxComparisonDepth = kMaxContainerDepth;

[[noreturn]] void raiseComparisonDepth(SourcePos pos)
{
    raise(pos, u"RecursionError: maximum recursion depth exceeded in comparison"_s);
}

void appendStringRepr(QString &out, const QString &s)
{
    const bool hasSingle = s.contains(u'\'');
    const bool hasDouble = s.contains(u'"');
    const QChar quote = (hasSingle && !hasDouble) ? u'"' : u'\'';
    out += quote;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (c == quote || u == u'\\') {
            out += u'\\';
            out += c;
        } else if (u == u'\n') {
            out += u"\\n"_s;
        } else if (u == u'\r') {
            out += u"\\r"_s;
        } else if (u == u'\t') {
            out += u"\\t"_s;
        } else if (u < 0x20 || u == 0x7f) {
            out += u"\\x%1"_s.arg(uint(u), 2, 16, QChar(u'0'));
        } else if (u >= 0x80 && u < 0xa0) {
            out += u"\\x%1"_s.arg(uint(u), 2, 16, QChar(u'0'));
        } else {
            out += c;
        }
    }
    out += quote;
}

void appendRepr(QString &out, const Value &value, ReprPath &path)
{
    const void *container = value.isList() ? static_cast<const void *>(&value.listObject())
        : value.isDict()                   ? static_cast<const void *>(&value.dictObject())
                                           : nullptr;
    if (container && path.size() >= size_t(kMaxContainerDepth))
        raise(SourcePos(), u"RecursionError: maximum recursion depth exceeded while getting the repr of an object"_s);
    if (container && std::find(path.begin(), path.end(), container) != path.end()) {
        if (value.isList())
            out += u"[...]"_s;
        else
            out += value.dictObject().isNamespace ? u"<Namespace {...}>"_s : u"{...}"_s;
        return;
    }
    if (container)
        path.push_back(container);
    const auto popPath = qScopeGuard([&] {
        if (container)
            path.pop_back();
    });

    switch (value.kind()) {
    case Value::Kind::String:
        appendStringRepr(out, value.string());
        return;
    case Value::Kind::Undefined:
        out += u"Undefined"_s;
        return;
    case Value::Kind::List: {
        const ListObject &list = value.listObject();
        if (!list.rangeRepr.isEmpty()) {
            out += list.rangeRepr;
            return;
        }
        out += list.tuple ? u'(' : u'[';
        for (size_t i = 0; i < list.items.size(); ++i) {
            if (i > 0)
                out += u", "_s;
            appendRepr(out, list.items[i], path);
        }
        if (list.tuple && list.items.size() == 1)
            out += u',';
        out += list.tuple ? u')' : u']';
        return;
    }
    case Value::Kind::Dict: {
        const DictObject &dict = value.dictObject();
        if (dict.isNamespace)
            out += u"<Namespace "_s;
        out += u'{';
        bool first = true;
        for (const auto &[key, item] : dict.entries) {
            if (!first)
                out += u", "_s;
            first = false;
            appendStringRepr(out, key);
            out += u": "_s;
            appendRepr(out, item, path);
        }
        out += u'}';
        if (dict.isNamespace)
            out += u'>';
        return;
    }
    default:
        appendStr(out, value);
        return;
    }
}

// Python's float floor division and modulo (Objects/floatobject.c, float_divmod).
std::pair<double, double> floatDivmod(double vx, double wx)
{
    double mod = std::fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod != 0.0) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, wx);
    }
    double floordiv;
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5)
            floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, vx / wx);
    }
    return {floordiv, mod};
}

Value repeat(const Value &sequence, qint64 times, SourcePos pos, qint64 maxSize)
{
    if (times < 0)
        times = 0;
    if (sequence.isString()) {
        const qint64 size = sequence.string().size() * times;
        if (times > 0 && (size / times != sequence.string().size() || size > maxSize))
            raise(pos, u"string repetition would exceed the output size limit of %1"_s.arg(maxSize));
        return Value(sequence.string().repeated(qsizetype(times)));
    }
    const ListObject &list = sequence.listObject();
    const qint64 size = qint64(list.items.size()) * times;
    if (size > maxSize)
        raise(pos, u"list repetition would exceed the output size limit of %1"_s.arg(maxSize));
    std::vector<Value> items;
    items.reserve(size_t(size));
    for (qint64 i = 0; i < times; ++i)
        items.insert(items.end(), list.items.begin(), list.items.end());
    return Value::list(std::move(items), list.tuple);
}

qint64 intPower(qint64 base, qint64 exponent, SourcePos pos)
{
    qint64 result = 1;
    while (exponent > 0) {
        if (exponent & 1) {
            if (__builtin_mul_overflow(result, base, &result))
                raise(pos, u"integer result of ** is too large (only 64-bit integers are supported)"_s);
        }
        exponent >>= 1;
        if (exponent > 0 && __builtin_mul_overflow(base, base, &base))
            raise(pos, u"integer result of ** is too large (only 64-bit integers are supported)"_s);
    }
    return result;
}

[[noreturn]] void raiseOverflow(SourcePos pos)
{
    raise(pos, u"integer overflow (only 64-bit integers are supported)"_s);
}

} // namespace

QString formatFloat(double value)
{
    if (std::isnan(value))
        return u"nan"_s;
    if (std::isinf(value))
        return value > 0 ? u"inf"_s : u"-inf"_s;

    // Shortest round-trip digits, then Python's repr layout: scientific when the decimal
    // exponent is below -4 or at least 16, fixed-point otherwise, always with a '.' or 'e'.
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const std::string text(buffer, result.ptr);
    const size_t ePos = text.find('e');
    std::string mantissa = text.substr(0, ePos);
    const int exponent = std::stoi(text.substr(ePos + 1));
    const bool negative = mantissa[0] == '-';
    if (negative)
        mantissa.erase(0, 1);
    std::string digits;
    for (char c : mantissa) {
        if (c != '.')
            digits += c;
    }

    std::string out = negative ? "-" : "";
    if (exponent < -4 || exponent >= 16) {
        out += digits[0];
        if (digits.size() > 1) {
            out += '.';
            out += digits.substr(1);
        }
        char expText[16];
        std::snprintf(expText, sizeof expText, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        out += expText;
    } else if (exponent < 0) {
        out += "0.";
        out += std::string(size_t(-exponent - 1), '0');
        out += digits;
    } else {
        const size_t intDigits = size_t(exponent) + 1;
        if (digits.size() <= intDigits) {
            out += digits + std::string(intDigits - digits.size(), '0') + ".0";
        } else {
            out += digits.substr(0, intDigits) + '.' + digits.substr(intDigits);
        }
    }
    return QString::fromLatin1(out);
}

void appendStr(QString &out, const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Undefined:
        return;
    case Value::Kind::None:
        out += u"None"_s;
        return;
    case Value::Kind::Bool:
        out += value.toBool() ? u"True"_s : u"False"_s;
        return;
    case Value::Kind::Int: {
        char16_t buffer[24];
        qsizetype begin = 24;
        const qint64 v = value.toInt();
        quint64 magnitude = v < 0 ? quint64(0) - quint64(v) : quint64(v);
        do {
            buffer[--begin] = char16_t(u'0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        if (v < 0)
            buffer[--begin] = u'-';
        out.append(QStringView(buffer + begin, 24 - begin));
        return;
    }
    case Value::Kind::Float:
        out += formatFloat(value.toFloat());
        return;
    case Value::Kind::String:
        out += value.string();
        return;
    case Value::Kind::List:
    case Value::Kind::Dict: {
        ReprPath path;
        appendRepr(out, value, path);
        return;
    }
    case Value::Kind::Callable:
        out += u"<function %1>"_s.arg(value.callable().name());
        return;
    case Value::Kind::Loop:
        out += u"<LoopContext %1/%2>"_s.arg(value.loop().index0 + 1).arg(value.loop().length);
        return;
    }
}

QString str(const Value &value)
{
    if (value.isString())
        return value.string();
    QString out;
    appendStr(out, value);
    return out;
}

QString repr(const Value &value)
{
    QString out;
    ReprPath path;
    appendRepr(out, value, path);
    return out;
}

bool truthy(const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Undefined:
    case Value::Kind::None:
        return false;
    case Value::Kind::Bool:
    case Value::Kind::Int:
        return value.toInt() != 0;
    case Value::Kind::Float:
        return value.toFloat() != 0.0;
    case Value::Kind::String:
        return !value.string().isEmpty();
    case Value::Kind::List:
        return !value.listObject().items.empty();
    case Value::Kind::Dict:
        return value.dictObject().isNamespace || value.dictObject().size() > 0;
    case Value::Kind::Callable:
    case Value::Kind::Loop:
        return true;
    }
    return false;
}

bool equals(const Value &a, const Value &b, SourcePos pos, int depth)
{
    if (depth > kMaxComparisonDepth)
        raiseComparisonDepth(pos);
    if (a.isNumber() && b.isNumber()) {
        if (isIntLike(a) && isIntLike(b))
            return a.toInt() == b.toInt();
        return a.toFloat() == b.toFloat();
    }
    if (a.kind() != b.kind())
        return false;
    switch (a.kind()) {
    case Value::Kind::Undefined:
    case Value::Kind::None:
        return true;
    case Value::Kind::String:
        return a.string() == b.string();
    case Value::Kind::List: {
        const ListObject &x = a.listObject();
        const ListObject &y = b.listObject();
        if (&x == &y)
            return true;
        if (x.tuple != y.tuple || x.items.size() != y.items.size())
            return false;
        for (size_t i = 0; i < x.items.size(); ++i) {
            if (!equals(x.items[i], y.items[i], pos, depth + 1))
                return false;
        }
        return true;
    }
    case Value::Kind::Dict: {
        const DictObject &x = a.dictObject();
        const DictObject &y = b.dictObject();
        if (x.isNamespace || y.isNamespace)
            return &x == &y;
        if (&x == &y)
            return true;
        if (x.size() != y.size())
            return false;
        for (const auto &[key, item] : x.entries) {
            const Value *other = y.find(key);
            if (!other || !equals(item, *other, pos, depth + 1))
                return false;
        }
        return true;
    }
    case Value::Kind::Callable:
        return &a.callable() == &b.callable();
    case Value::Kind::Loop:
        return &a.loop() == &b.loop();
    default:
        return false;
    }
}

int compare(const Value &a, const Value &b, const char16_t *op, SourcePos pos, int depth)
{
    if (depth > kMaxComparisonDepth)
        raiseComparisonDepth(pos);
    if (a.isNumber() && b.isNumber()) {
        if (isIntLike(a) && isIntLike(b))
            return a.toInt() < b.toInt() ? -1 : (a.toInt() > b.toInt() ? 1 : 0);
        const double x = a.toFloat();
        const double y = b.toFloat();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a.isString() && b.isString())
        return a.string().compare(b.string());
    if (a.isList() && b.isList() && a.listObject().tuple == b.listObject().tuple) {
        const auto &x = a.listObject().items;
        const auto &y = b.listObject().items;
        for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
            if (!equals(x[i], y[i], pos, depth + 1))
                return compare(x[i], y[i], op, pos, depth + 1);
        }
        return x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0);
    }
    raise(pos, u"TypeError: '%1' not supported between instances of '%2' and '%3'"_s
                   .arg(QString::fromUtf16(op), a.typeName(), b.typeName()));
}

bool contains(const Value &container, const Value &item, SourcePos pos)
{
    switch (container.kind()) {
    case Value::Kind::String:
        if (!item.isString())
            raise(pos, u"TypeError: 'in <string>' requires string as left operand, not %1"_s.arg(item.typeName()));
        return container.string().contains(item.string());
    case Value::Kind::List:
        for (const Value &element : container.listObject().items) {
            if (equals(element, item, pos))
                return true;
        }
        return false;
    case Value::Kind::Dict:
        return item.isString() && container.dictObject().find(item.string()) != nullptr;
    case Value::Kind::Undefined:
        return false;
    default:
        raise(pos, u"TypeError: argument of type '%1' is not iterable"_s.arg(container.typeName()));
    }
}

qsizetype length(const Value &value, SourcePos pos)
{
    switch (value.kind()) {
    case Value::Kind::String:
        // NOTE: counts UTF-16 code units; Python counts code points, so characters outside
        // the Basic Multilingual Plane count twice here.
        return value.string().size();
    case Value::Kind::List:
        return qsizetype(value.listObject().items.size());
    case Value::Kind::Dict:
        return value.dictObject().size();
    case Value::Kind::Undefined:
        return 0;
    case Value::Kind::Loop:
        return qsizetype(value.loop().length);
    default:
        raise(pos, u"TypeError: object of type '%1' has no len()"_s.arg(value.typeName()));
    }
}

QString reversed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = text.size(); i > 0; --i)
        out += text.at(i - 1);
    return out;
}

namespace {

template<char16_t From, char16_t To>
QString asciiCaseMapping(const QString &text, QString (QString::*fallback)() const &)
{
    const char16_t *data = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = text.size();
    qsizetype first = -1;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] >= 0x80)
            return (text.*fallback)();
        if (first < 0 && data[i] >= From && data[i] <= To)
            first = i;
    }
    if (first < 0)
        return text;
    QString out = text;
    char16_t *target = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = first; i < size; ++i) {
        if (target[i] >= From && target[i] <= To)
            target[i] = char16_t(target[i] ^ 0x20);
    }
    return out;
}

} // namespace

QString upper(const QString &text)
{
    return asciiCaseMapping<u'a', u'z'>(text, &QString::toUpper);
}

QString lower(const QString &text)
{
    return asciiCaseMapping<u'A', u'Z'>(text, &QString::toLower);
}

QString typeError(const QString &op, const Value &a, const Value &b)
{
    return u"TypeError: unsupported operand type(s) for %1: '%2' and '%3'"_s.arg(op, a.typeName(), b.typeName());
}

Value arithmetic(BinaryOp op, const Value &a, const Value &b, SourcePos pos, qint64 maxSize)
{
    const bool bothInt = isIntLike(a) && isIntLike(b);
    const bool bothNumber = a.isNumber() && b.isNumber();

    switch (op) {
    case BinaryOp::Add:
        if (bothInt) {
            qint64 r;
            if (__builtin_add_overflow(a.toInt(), b.toInt(), &r))
                raiseOverflow(pos);
            return Value(r);
        }
        if (bothNumber)
            return Value(a.toFloat() + b.toFloat());
        if (a.isString() && b.isString()) {
            if (a.string().size() + b.string().size() > maxSize)
                raise(pos, u"string concatenation would exceed the output size limit of %1"_s.arg(maxSize));
            return Value(a.string() + b.string());
        }
        if (a.isList() && b.isList() && a.listObject().tuple == b.listObject().tuple) {
            std::vector<Value> items = a.listObject().items;
            items.insert(items.end(), b.listObject().items.begin(), b.listObject().items.end());
            if (qint64(items.size()) > maxSize)
                raise(pos, u"list concatenation would exceed the output size limit of %1"_s.arg(maxSize));
            return Value::list(std::move(items), a.listObject().tuple);
        }
        if (a.isList() && b.isList())
            raise(pos, u"TypeError: can only concatenate %1 (not \"%2\") to %1"_s.arg(a.typeName(), b.typeName()));
        if (a.isString() && !b.isString())
            raise(pos, u"TypeError: can only concatenate str (not \"%1\") to str"_s.arg(b.typeName()));
        raise(pos, typeError(u"+"_s, a, b));
    case BinaryOp::Subtract:
        if (bothInt) {
            qint64 r;
            if (__builtin_sub_overflow(a.toInt(), b.toInt(), &r))
                raiseOverflow(pos);
            return Value(r);
        }
        if (bothNumber)
            return Value(a.toFloat() - b.toFloat());
        raise(pos, typeError(u"-"_s, a, b));
    case BinaryOp::Multiply:
        if (bothInt) {
            qint64 r;
            if (__builtin_mul_overflow(a.toInt(), b.toInt(), &r))
                raiseOverflow(pos);
            return Value(r);
        }
        if (bothNumber)
            return Value(a.toFloat() * b.toFloat());
        if ((a.isString() || a.isList()) && isIntLike(b))
            return repeat(a, b.toInt(), pos, maxSize);
        if (isIntLike(a) && (b.isString() || b.isList()))
            return repeat(b, a.toInt(), pos, maxSize);
        if (a.isString() || b.isString() || a.isList() || b.isList()) {
            const Value &other = (a.isString() || a.isList()) ? b : a;
            raise(pos, u"TypeError: can't multiply sequence by non-int of type '%1'"_s.arg(other.typeName()));
        }
        raise(pos, typeError(u"*"_s, a, b));
    case BinaryOp::Divide:
        if (bothNumber) {
            if (b.toFloat() == 0.0)
                raiseZeroDivision(pos, bothInt ? u"division by zero"_s : u"float division by zero"_s);
            return Value(a.toFloat() / b.toFloat());
        }
        raise(pos, typeError(u"/"_s, a, b));
    case BinaryOp::FloorDivide:
        if (bothInt) {
            const qint64 x = a.toInt();
            const qint64 y = b.toInt();
            if (y == 0)
                raiseZeroDivision(pos, u"integer division or modulo by zero"_s);
            if (x == std::numeric_limits<qint64>::min() && y == -1)
                raiseOverflow(pos);
            qint64 q = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0)))
                --q;
            return Value(q);
        }
        if (bothNumber) {
            if (b.toFloat() == 0.0)
                raiseZeroDivision(pos, u"float floor division by zero"_s);
            return Value(floatDivmod(a.toFloat(), b.toFloat()).first);
        }
        raise(pos, typeError(u"//"_s, a, b));
    case BinaryOp::Modulo:
        if (bothInt) {
            const qint64 x = a.toInt();
            const qint64 y = b.toInt();
            if (y == 0)
                raiseZeroDivision(pos, u"integer division or modulo by zero"_s);
            if (y == -1)
                return Value(qint64(0));
            qint64 m = x % y;
            if (m != 0 && ((m < 0) != (y < 0)))
                m += y;
            return Value(m);
        }
        if (bothNumber) {
            if (b.toFloat() == 0.0)
                raiseZeroDivision(pos, u"float modulo"_s);
            return Value(floatDivmod(a.toFloat(), b.toFloat()).second);
        }
        if (a.isString())
            return Value(percentFormat(a.string(), b, pos));
        raise(pos, typeError(u"%"_s, a, b));
    case BinaryOp::Power:
        if (bothInt) {
            if (b.toInt() >= 0)
                return Value(intPower(a.toInt(), b.toInt(), pos));
            if (a.toInt() == 0)
                raiseZeroDivision(pos, u"0.0 cannot be raised to a negative power"_s);
            return Value(std::pow(a.toFloat(), b.toFloat()));
        }
        if (bothNumber) {
            if (a.toFloat() == 0.0 && b.toFloat() < 0)
                raiseZeroDivision(pos, u"0.0 cannot be raised to a negative power"_s);
            const double r = std::pow(a.toFloat(), b.toFloat());
            if (std::isnan(r) && !std::isnan(a.toFloat()) && !std::isnan(b.toFloat()))
                raise(pos, u"ValueError: a negative number raised to a fractional power is a complex number, which templates do not support"_s);
            if (std::isinf(r) && std::isfinite(a.toFloat()) && std::isfinite(b.toFloat()))
                raise(pos, u"OverflowError: (34, 'Numerical result out of range')"_s);
            return Value(r);
        }
        raise(pos, typeError(u"** or pow()"_s, a, b));
    case BinaryOp::Concat:
    case BinaryOp::And:
    case BinaryOp::Or:
        break;
    }
    return Value();
}

Value negate(const Value &value, SourcePos pos)
{
    if (isIntLike(value)) {
        if (value.toInt() == std::numeric_limits<qint64>::min())
            raiseOverflow(pos);
        return Value(-value.toInt());
    }
    if (value.isFloat())
        return Value(-value.toFloat());
    raise(pos, u"TypeError: bad operand type for unary -: '%1'"_s.arg(value.typeName()));
}

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x1c && u <= 0x1f)
        return true;
    return c.isSpace();
}

QString strip(const QString &text, const Value &chars, bool left, bool right)
{
    const bool useChars = chars.isString();
    auto strippable = [&](QChar c) { return useChars ? chars.string().contains(c) : isSpace(c); };
    qsizetype begin = 0;
    qsizetype end = text.size();
    if (left) {
        while (begin < end && strippable(text.at(begin)))
            ++begin;
    }
    if (right) {
        while (end > begin && strippable(text.at(end - 1)))
            --end;
    }
    return text.mid(begin, end - begin);
}

QStringList splitLines(const QString &text, bool keepEnds)
{
    // The line boundaries of Python's str.splitlines().
    auto isBreak = [](char16_t c) {
        return c == u'\n' || c == u'\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d
            || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
    };
    QStringList lines;
    qsizetype start = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const char16_t c = text.at(i).unicode();
        if (!isBreak(c)) {
            ++i;
            continue;
        }
        qsizetype breakEnd = i + 1;
        if (c == u'\r' && breakEnd < n && text.at(breakEnd) == u'\n')
            ++breakEnd;
        lines.append(text.mid(start, (keepEnds ? breakEnd : i) - start));
        start = breakEnd;
        i = breakEnd;
    }
    if (start < n)
        lines.append(text.mid(start));
    return lines;
}

qint64 replaceGrowth(const QString &text, const QString &before, const QString &after, qint64 count)
{
    if (after.size() <= before.size())
        return 0;
    qint64 occurrences = before.isEmpty() ? text.size() + 1 : text.count(before);
    if (count >= 0)
        occurrences = std::min(occurrences, count);
    return occurrences * (after.size() - before.size());
}

QString replace(const QString &text, const QString &before, const QString &after, qint64 count)
{
    if (count < 0)
        count = std::numeric_limits<qint64>::max();
    QString out;
    if (before.isEmpty()) {
        // Python inserts `after` before every character and at the end.
        qint64 done = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (done < count) {
                out += after;
                ++done;
            }
            if (i < text.size())
                out += text.at(i);
        }
        return out;
    }
    qsizetype pos = 0;
    qint64 done = 0;
    while (done < count) {
        const qsizetype found = text.indexOf(before, pos);
        if (found < 0)
            break;
        out += QStringView(text).mid(pos, found - pos);
        out += after;
        pos = found + before.size();
        ++done;
    }
    out += QStringView(text).mid(pos);
    return out;
}

namespace {

struct FormatSpec
{
    bool leftAlign = false;
    bool plusSign = false;
    bool spaceSign = false;
    bool alternate = false;
    bool zeroPad = false;
    int width = -1;
    int precision = -1;
};

QString applyWidth(QString body, const FormatSpec &spec, bool numeric)
{
    if (spec.width <= body.size())
        return body;
    const qsizetype fill = spec.width - body.size();
    if (spec.leftAlign)
        return body + QString(fill, u' ');
    if (spec.zeroPad && numeric) {
        // Zeros go after the sign and any 0x/0o prefix.
        qsizetype signEnd = 0;
        if (!body.isEmpty() && (body.at(0) == u'-' || body.at(0) == u'+' || body.at(0) == u' '))
            signEnd = 1;
        if (body.mid(signEnd, 2).toLower() == u"0x" || body.mid(signEnd, 2).toLower() == u"0o")
            signEnd += 2;
        return body.left(signEnd) + QString(fill, u'0') + body.mid(signEnd);
    }
    return QString(fill, u' ') + body;
}

QString formatInteger(qint64 value, QChar conversion, const FormatSpec &spec)
{
    const bool negative = value < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    int base = 10;
    if (conversion == u'x' || conversion == u'X')
        base = 16;
    else if (conversion == u'o')
        base = 8;
    QString digits = QString::number(magnitude, base);
    if (conversion == u'X')
        digits = digits.toUpper();
    if (spec.precision > digits.size())
        digits = QString(spec.precision - digits.size(), u'0') + digits;
    if (spec.alternate && base == 16)
        digits = (conversion == u'X' ? u"0X"_s : u"0x"_s) + digits;
    else if (spec.alternate && base == 8)
        digits = u"0o"_s + digits;
    QString sign;
    if (negative)
        sign = u"-"_s;
    else if (spec.plusSign)
        sign = u"+"_s;
    else if (spec.spaceSign)
        sign = u" "_s;
    return applyWidth(sign + digits, spec, true);
}

QString formatDouble(double value, QChar conversion, const FormatSpec &spec)
{
    if (!std::isfinite(value)) {
        QString body = std::isnan(value) ? u"nan"_s : (value < 0 ? u"-inf"_s : u"inf"_s);
        if (conversion.isUpper())
            body = body.toUpper();
        if (value > 0 || std::isnan(value)) {
            if (spec.plusSign)
                body.prepend(u'+');
            else if (spec.spaceSign)
                body.prepend(u' ');
        }
        FormatSpec noZero = spec;
        noZero.zeroPad = false;
        return applyWidth(body, noZero, false);
    }
    std::string format = "%";
    if (spec.plusSign)
        format += '+';
    else if (spec.spaceSign)
        format += ' ';
    if (spec.alternate)
        format += '#';
    format += '.';
    format += std::to_string(spec.precision < 0 ? 6 : std::min(spec.precision, 400));
    format += char(conversion.toLatin1());
    char buffer[512];
    std::snprintf(buffer, sizeof buffer, format.c_str(), value);
    return applyWidth(QString::fromLatin1(buffer), spec, true);
}

} // namespace

QString percentFormat(const QString &format, const Value &args, SourcePos pos)
{
    std::vector<Value> positional;
    const DictObject *mapping = nullptr;
    if (args.isList() && args.listObject().tuple)
        positional = args.listObject().items;
    else if (args.isDict())
        mapping = &args.dictObject();
    else
        positional.push_back(args);

    size_t next = 0;
    auto nextArg = [&]() -> Value {
        if (mapping && positional.empty())
            return args;
        if (next >= positional.size())
            raise(pos, u"TypeError: not enough arguments for format string"_s);
        return positional[next++];
    };

    QString out;
    const qsizetype n = format.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = format.at(i);
        if (c != u'%') {
            out += c;
            continue;
        }
        if (++i >= n)
            raise(pos, u"ValueError: incomplete format"_s);

        Value argument;
        bool haveArgument = false;
        if (format.at(i) == u'(') {
            if (!mapping)
                raise(pos, u"TypeError: format requires a mapping"_s);
            int depth = 1;
            const qsizetype keyStart = i + 1;
            while (++i < n && depth > 0) {
                if (format.at(i) == u'(')
                    ++depth;
                else if (format.at(i) == u')')
                    --depth;
            }
            if (depth > 0)
                raise(pos, u"ValueError: incomplete format key"_s);
            const QString key = format.mid(keyStart, i - keyStart - 1);
            const Value *found = mapping->find(key);
            if (!found)
                raise(pos, u"KeyError: %1"_s.arg(repr(Value(key))));
            argument = *found;
            haveArgument = true;
        }

        FormatSpec spec;
        for (; i < n; ++i) {
            const QChar flag = format.at(i);
            if (flag == u'-')
                spec.leftAlign = true;
            else if (flag == u'+')
                spec.plusSign = true;
            else if (flag == u' ')
                spec.spaceSign = true;
            else if (flag == u'#')
                spec.alternate = true;
            else if (flag == u'0')
                spec.zeroPad = true;
            else
                break;
        }
        auto readNumber = [&](int *target) {
            if (i < n && format.at(i) == u'*') {
                const Value star = nextArg();
                if (!star.isInt())
                    raise(pos, u"TypeError: * wants int"_s);
                *target = int(std::clamp<qint64>(star.toInt(), -100000, 100000));
                ++i;
                return;
            }
            qint64 number = -1;
            while (i < n && format.at(i).isDigit()) {
                number = std::max<qint64>(number, 0) * 10 + format.at(i).digitValue();
                if (number > 100000)
                    raise(pos, u"ValueError: width or precision too big"_s);
                ++i;
            }
            if (number >= 0)
                *target = int(number);
        };
        readNumber(&spec.width);
        if (spec.width < -1) {
            spec.leftAlign = true;
            spec.width = -spec.width;
        }
        if (i < n && format.at(i) == u'.') {
            ++i;
            spec.precision = 0;
            readNumber(&spec.precision);
        }
        while (i < n && (format.at(i) == u'h' || format.at(i) == u'l' || format.at(i) == u'L'))
            ++i;
        if (i >= n)
            raise(pos, u"ValueError: incomplete format"_s);

        const QChar conversion = format.at(i);
        if (conversion == u'%') {
            out += u'%';
            continue;
        }
        if (!haveArgument)
            argument = nextArg();

        switch (conversion.unicode()) {
        case u's':
        case u'r':
        case u'a': {
            QString text = conversion == u's' ? str(argument) : repr(argument);
            if (spec.precision >= 0)
                text.truncate(spec.precision);
            FormatSpec noZero = spec;
            noZero.zeroPad = false;
            out += applyWidth(text, noZero, false);
            break;
        }
        case u'd':
        case u'i':
        case u'u':
        case u'x':
        case u'X':
        case u'o': {
            qint64 value = 0;
            if (argument.isInt() || argument.isBool()) {
                value = argument.toInt();
            } else if (argument.isFloat() && (conversion == u'd' || conversion == u'i' || conversion == u'u')) {
                if (!std::isfinite(argument.toFloat()) || std::fabs(argument.toFloat()) >= 9.2e18)
                    raise(pos, u"OverflowError: cannot convert float to integer"_s);
                value = qint64(std::trunc(argument.toFloat()));
            } else if (argument.isFloat()) {
                raise(pos, u"TypeError: %%%1 format: an integer is required, not float"_s.arg(conversion));
            } else {
                raise(pos, u"TypeError: %%%1 format: a real number is required, not %2"_s.arg(conversion, argument.typeName()));
            }
            out += formatInteger(value, conversion == u'i' || conversion == u'u' ? u'd' : conversion, spec);
            break;
        }
        case u'e':
        case u'E':
        case u'f':
        case u'F':
        case u'g':
        case u'G':
            if (!argument.isNumber())
                raise(pos, u"TypeError: must be real number, not %1"_s.arg(argument.typeName()));
            out += formatDouble(argument.toFloat(), conversion, spec);
            break;
        case u'c': {
            QString text;
            if (argument.isInt()) {
                const char32_t code = char32_t(argument.toInt());
                if (argument.toInt() < 0 || argument.toInt() > 0x10ffff)
                    raise(pos, u"OverflowError: %c arg not in range(0x110000)"_s);
                text = QString::fromUcs4(&code, 1);
            } else if (argument.isString() && argument.string().size() == 1) {
                text = argument.string();
            } else {
                raise(pos, u"TypeError: %c requires int or char"_s);
            }
            FormatSpec noZero = spec;
            noZero.zeroPad = false;
            out += applyWidth(text, noZero, false);
            break;
        }
        default:
            raise(pos, u"ValueError: unsupported format character '%1' (0x%2) at index %3"_s.arg(conversion)
                           .arg(uint(conversion.unicode()), 0, 16)
                           .arg(i));
        }
    }
    if (!mapping && next < positional.size())
        raise(pos, u"TypeError: not all arguments converted during string formatting"_s);
    return out;
}

} // namespace ztp::templates::py
