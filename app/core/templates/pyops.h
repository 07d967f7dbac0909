#pragma once

#include "ast.h"
#include "value.h"

#include <QString>
#include <QStringList>

// Python 3 semantics that Jinja2 inherits: str() and repr() of values, truth, equality,
// ordering and the arithmetic operators. Functions raise RenderException where Python raises
// a TypeError or ZeroDivisionError. Callers check for undefined operands first, because
// whether those are an error depends on EngineOptions::strictUndefined.
namespace ztp::templates::py {

QString formatFloat(double value);   // repr(float): "1.0", "0.1", "1e+16", "inf"
QString str(const Value &value);     // str(); undefined gives ""
QString repr(const Value &value);    // repr(); strings quoted as Python quotes them
void appendStr(QString &out, const Value &value);

bool truthy(const Value &value);     // undefined is false
// Equality and ordering recurse into containers and raise a RecursionError more than
// kMaxContainerDepth levels deep, which only containers changed in place can reach.
bool equals(const Value &a, const Value &b, SourcePos pos = SourcePos(), int depth = 0);
// Returns <0, 0 or >0; raises a TypeError for values Python cannot order, naming `op`.
int compare(const Value &a, const Value &b, const char16_t *op, SourcePos pos, int depth = 0);
bool contains(const Value &container, const Value &item, SourcePos pos);
qsizetype length(const Value &value, SourcePos pos);

// Arithmetic; `maxSize` caps strings and lists built by * and +.
Value arithmetic(BinaryOp op, const Value &a, const Value &b, SourcePos pos, qint64 maxSize);
Value negate(const Value &value, SourcePos pos);

// The printf-style `format % args` operator, as the format filter and % on strings use it.
QString percentFormat(const QString &format, const Value &args, SourcePos pos);

// str.splitlines(), str.isspace() on one character, str.strip()/lstrip()/rstrip().
QStringList splitLines(const QString &text, bool keepEnds = false);
bool isSpace(QChar c);
QString strip(const QString &text, const Value &chars, bool left, bool right);

// str.replace(old, new, count) including the empty-`old` case.
QString replace(const QString &text, const QString &before, const QString &after, qint64 count);

// Characters str.replace() would add to `text`, computed without building the result, so that
// the output limit is checked before a huge string is allocated. Zero when the result is shorter.
qint64 replaceGrowth(const QString &text, const QString &before, const QString &after, qint64 count);

QString reversed(const QString &text);

// str.upper() and str.lower(), with a fast path for ASCII text.
QString upper(const QString &text);
QString lower(const QString &text);

// Equality of two strings, faster than QString::operator== for the short keys of dicts.
inline bool sameString(const QString &a, const QString &b)
{
    const qsizetype size = a.size();
    if (size != b.size())
        return false;
    const QChar *x = a.constData();
    const QChar *y = b.constData();
    if (x == y)
        return true;
    for (qsizetype i = 0; i < size; ++i) {
        if (x[i] != y[i])
            return false;
    }
    return true;
}

QString typeError(const QString &op, const Value &a, const Value &b);

} // namespace ztp::templates::py
