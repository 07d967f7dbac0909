#include "lexer.h"

#include "pyops.h"
#include "runtime.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ztp::templates {

namespace {

QString normalizeNewlines(const QString &source)
{
    QString out;
    out.reserve(source.size());
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if (c == u'\r') {
            out += u'\n';
            if (i + 1 < source.size() && source.at(i + 1) == u'\n')
                ++i;
        } else {
            out += c;
        }
    }
    return out;
}

bool isNameStart(QChar c)
{
    return c == u'_' || c.isLetter();
}

bool isNameChar(QChar c)
{
    return c == u'_' || c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing
        || c.category() == QChar::Mark_SpacingCombining;
}

// Python's string escapes, as decoded by the "unicode-escape" codec.
QString unescape(QStringView raw, qsizetype *errorAt, QString *error)
{
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c != u'\\' || i + 1 >= raw.size()) {
            out += c;
            continue;
        }
        const QChar e = raw.at(++i);
        auto hexEscape = [&](int digits) -> bool {
            bool ok = false;
            const uint code = raw.mid(i + 1, digits).toUInt(&ok, 16);
            if (!ok || raw.mid(i + 1, digits).size() != digits || code > 0x10ffff)
                return false;
            for (QChar ch : raw.mid(i + 1, digits)) {
                if (!ch.isDigit() && !QStringView(u"abcdefABCDEF").contains(ch))
                    return false;
            }
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
            i += digits;
            return true;
        };
        switch (e.unicode()) {
        case u'\n':
            break;
        case u'\\':
        case u'\'':
        case u'"':
            out += e;
            break;
        case u'a':
            out += QChar(0x07);
            break;
        case u'b':
            out += QChar(0x08);
            break;
        case u'f':
            out += QChar(0x0c);
            break;
        case u'n':
            out += u'\n';
            break;
        case u'r':
            out += u'\r';
            break;
        case u't':
            out += u'\t';
            break;
        case u'v':
            out += QChar(0x0b);
            break;
        case u'x':
            if (!hexEscape(2)) {
                *errorAt = i;
                *error = u"truncated \\xXX escape"_s;
                return QString();
            }
            break;
        case u'u':
            if (!hexEscape(4)) {
                *errorAt = i;
                *error = u"truncated \\uXXXX escape"_s;
                return QString();
            }
            break;
        case u'U':
            if (!hexEscape(8)) {
                *errorAt = i;
                *error = u"truncated \\UXXXXXXXX escape"_s;
                return QString();
            }
            break;
        default:
            if (e >= u'0' && e <= u'7') {
                uint code = 0;
                int digits = 0;
                while (digits < 3 && i < raw.size() && raw.at(i) >= u'0' && raw.at(i) <= u'7') {
                    code = code * 8 + uint(raw.at(i).unicode() - u'0');
                    ++i;
                    ++digits;
                }
                --i;
                out += QChar(char16_t(code));
            } else {
                out += u'\\';
                out += e;
            }
        }
    }
    return out;
}

} // namespace

Lexer::Lexer(const QString &source, const EngineOptions &options)
    : m_source(normalizeNewlines(source))
    , m_options(options)
{
    if (m_source.endsWith(u'\n'))
        m_source.chop(1);
    m_lineStarts.push_back(0);
    for (qsizetype i = 0; i < m_source.size(); ++i) {
        if (m_source.at(i) == u'\n')
            m_lineStarts.push_back(i + 1);
    }
}

SourcePos Lexer::position(qsizetype offset) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const qsizetype line = it - m_lineStarts.begin();
    return SourcePos{int(line), int(offset - m_lineStarts[size_t(line - 1)] + 1)};
}

void Lexer::fail(qsizetype offset, const QString &message)
{
    m_errorOffset = offset;
    raise(position(offset), message);
}

void Lexer::pushToken(Token::Type type, QString text, qsizetype offset)
{
    Token token;
    token.type = type;
    token.text = std::move(text);
    token.offset = offset;
    m_tokens.push_back(std::move(token));
}

void Lexer::emitData(QString text, qsizetype offset)
{
    if (!text.isEmpty())
        pushToken(Token::Type::Data, std::move(text), offset);
}

std::vector<Token> Lexer::tokenize()
{
    try {
        while (m_pos < m_source.size())
            lexData();
        pushToken(Token::Type::End, QString(), m_source.size());
    } catch (const RenderException &e) {
        pushToken(Token::Type::Error, e.message, m_errorOffset);
    }
    return std::move(m_tokens);
}

// Matches "{%" sign? \s* keyword \s* at pos and returns where the tag's "%}" part starts.
bool Lexer::rawTagAt(qsizetype pos, const QString &keyword, qsizetype *afterKeyword, QChar *sign) const
{
    if (!QStringView(m_source).mid(pos).startsWith(u"{%"))
        return false;
    qsizetype i = pos + 2;
    *sign = QChar();
    if (i < m_source.size() && (m_source.at(i) == u'-' || m_source.at(i) == u'+'))
        *sign = m_source.at(i++);
    while (i < m_source.size() && py::isSpace(m_source.at(i)))
        ++i;
    if (!QStringView(m_source).mid(i).startsWith(keyword))
        return false;
    i += keyword.size();
    while (i < m_source.size() && py::isSpace(m_source.at(i)))
        ++i;
    const QStringView rest = QStringView(m_source).mid(i);
    if (!rest.startsWith(u"%}") && !rest.startsWith(u"-%}") && !rest.startsWith(u"+%}"))
        return false;
    *afterKeyword = i;
    return true;
}

void Lexer::lexData()
{
    const qsizetype start = m_pos;
    qsizetype open = start;
    while (true) {
        open = m_source.indexOf(u'{', open);
        if (open < 0 || open + 1 >= m_source.size()) {
            emitData(m_source.mid(start), start);
            m_pos = m_source.size();
            return;
        }
        const QChar next = m_source.at(open + 1);
        if (next == u'{' || next == u'%' || next == u'#')
            break;
        ++open;
    }

    const QChar kind = m_source.at(open + 1);
    qsizetype after = open + 2;
    QChar sign;
    if (after < m_source.size() && (m_source.at(after) == u'-' || m_source.at(after) == u'+'))
        sign = m_source.at(after++);

    QString text = m_source.mid(start, open - start);
    if (sign == u'-') {
        text = py::strip(text, Value(), false, true);
    } else if (sign != u'+' && m_options.lstripBlocks && kind != u'{') {
        // lstrip_blocks: drop the whitespace between the line start and the tag.
        const qsizetype lineStart = text.lastIndexOf(u'\n') + 1;
        if (lineStart > 0 || m_lineStarting) {
            const QStringView tail = QStringView(text).mid(lineStart);
            if (!tail.isEmpty() && std::all_of(tail.begin(), tail.end(), py::isSpace))
                text.truncate(lineStart);
        }
    }
    emitData(text, start);

    qsizetype rawBody = 0;
    QChar rawSign;
    if (kind == u'%' && rawTagAt(open, u"raw"_s, &rawBody, &rawSign)) {
        lexRaw(open, rawBody);
        return;
    }
    if (kind == u'#') {
        lexComment(after, open);
        return;
    }
    m_pos = after;
    pushToken(kind == u'{' ? Token::Type::VariableBegin : Token::Type::BlockBegin, QString(), open);
    lexTag(kind == u'%');
}

void Lexer::lexComment(qsizetype contentStart, qsizetype tagStart)
{
    qsizetype close = m_source.indexOf(u"#}", contentStart);
    if (close < 0)
        fail(tagStart, u"Missing end of comment tag"_s);
    QChar sign;
    if (close > contentStart && (m_source.at(close - 1) == u'-' || m_source.at(close - 1) == u'+'))
        sign = m_source.at(close - 1);
    qsizetype end = close + 2;
    if (sign == u'-') {
        while (end < m_source.size() && py::isSpace(m_source.at(end)))
            ++end;
    } else if (sign != u'+' && m_options.trimBlocks && end < m_source.size() && m_source.at(end) == u'\n') {
        ++end;
    }
    m_lineStarting = end > 0 && m_source.at(end - 1) == u'\n';
    m_pos = end;
}

void Lexer::lexRaw(qsizetype tagStart, qsizetype closeOfOpening)
{
    // The opening tag ends with "%}" or "-%}" plus whitespace; "+%}" is not accepted here.
    qsizetype bodyStart = closeOfOpening;
    if (QStringView(m_source).mid(bodyStart).startsWith(u"-%}")) {
        bodyStart += 3;
        while (bodyStart < m_source.size() && py::isSpace(m_source.at(bodyStart)))
            ++bodyStart;
    } else if (QStringView(m_source).mid(bodyStart).startsWith(u"%}")) {
        bodyStart += 2;
    } else {
        fail(tagStart, u"Missing end of raw directive"_s);
    }

    // Jinja2 3.1 quirk: a raw tag that ends the template is not an error, and renders nothing.
    if (bodyStart >= m_source.size()) {
        m_pos = m_source.size();
        return;
    }
    for (qsizetype search = bodyStart;;) {
        const qsizetype endTag = m_source.indexOf(u"{%", search);
        if (endTag < 0)
            fail(tagStart, u"Missing end of raw directive"_s);
        qsizetype closeStart = 0;
        QChar sign;
        if (!rawTagAt(endTag, u"endraw"_s, &closeStart, &sign)) {
            search = endTag + 1;
            continue;
        }
        QString body = m_source.mid(bodyStart, endTag - bodyStart);
        if (sign == u'-') {
            body = py::strip(body, Value(), false, true);
        } else if (sign != u'+' && m_options.lstripBlocks) {
            const qsizetype lineStart = body.lastIndexOf(u'\n') + 1;
            const QStringView tail = QStringView(body).mid(lineStart);
            if ((lineStart > 0 || m_lineStarting) && !tail.isEmpty()
                && std::all_of(tail.begin(), tail.end(), py::isSpace))
                body.truncate(lineStart);
        }
        emitData(body, bodyStart);

        qsizetype end = closeStart;
        if (QStringView(m_source).mid(end).startsWith(u"+%}")) {
            end += 3;
        } else if (QStringView(m_source).mid(end).startsWith(u"-%}")) {
            end += 3;
            while (end < m_source.size() && py::isSpace(m_source.at(end)))
                ++end;
        } else {
            end += 2;
            if (m_options.trimBlocks && end < m_source.size() && m_source.at(end) == u'\n')
                ++end;
        }
        m_lineStarting = m_source.at(end - 1) == u'\n';
        m_pos = end;
        return;
    }
}

bool Lexer::matchTagEnd(bool isBlock)
{
    const QStringView rest = QStringView(m_source).mid(m_pos);
    const qsizetype start = m_pos;
    if (isBlock) {
        if (rest.startsWith(u"+%}")) {
            m_pos += 3;
        } else if (rest.startsWith(u"-%}")) {
            m_pos += 3;
            while (m_pos < m_source.size() && py::isSpace(m_source.at(m_pos)))
                ++m_pos;
        } else if (rest.startsWith(u"%}")) {
            m_pos += 2;
            if (m_options.trimBlocks && m_pos < m_source.size() && m_source.at(m_pos) == u'\n')
                ++m_pos;
        } else {
            return false;
        }
    } else {
        if (rest.startsWith(u"-}}")) {
            m_pos += 3;
            while (m_pos < m_source.size() && py::isSpace(m_source.at(m_pos)))
                ++m_pos;
        } else if (rest.startsWith(u"}}")) {
            m_pos += 2;
        } else {
            return false;
        }
    }
    pushToken(isBlock ? Token::Type::BlockEnd : Token::Type::VariableEnd, QString(), start);
    m_lineStarting = m_source.at(m_pos - 1) == u'\n';
    return true;
}

void Lexer::lexTag(bool isBlock)
{
    static const QStringList twoCharOperators = {u"//"_s, u"**"_s, u"=="_s, u"!="_s, u">="_s, u"<="_s};
    static const QString oneCharOperators = u"+-/*%~[](){}<>=.:|,;"_s;

    m_balance = 0;
    while (m_pos < m_source.size()) {
        const QChar c = m_source.at(m_pos);
        if (py::isSpace(c)) {
            ++m_pos;
            continue;
        }
        // Jinja2 recognises the closing delimiter only while brackets are balanced.
        if (m_balance == 0 && matchTagEnd(isBlock))
            return;
        if (c.isDigit()) {
            lexNumber();
            continue;
        }
        if (isNameStart(c)) {
            const qsizetype start = m_pos;
            while (m_pos < m_source.size() && isNameChar(m_source.at(m_pos)))
                ++m_pos;
            pushToken(Token::Type::Name, m_source.mid(start, m_pos - start), start);
            continue;
        }
        if (c == u'\'' || c == u'"') {
            lexString();
            continue;
        }
        const QString two = m_source.mid(m_pos, 2);
        if (twoCharOperators.contains(two)) {
            pushToken(Token::Type::Operator, two, m_pos);
            m_pos += 2;
            continue;
        }
        if (oneCharOperators.contains(c)) {
            if (c == u'(' || c == u'[' || c == u'{') {
                ++m_balance;
            } else if (c == u')' || c == u']' || c == u'}') {
                if (m_balance == 0)
                    fail(m_pos, u"unexpected '%1'"_s.arg(c));
                --m_balance;
            }
            pushToken(Token::Type::Operator, QString(c), m_pos);
            ++m_pos;
            continue;
        }
        fail(m_pos, u"unexpected char %1 at %2"_s.arg(py::repr(Value(QString(c)))).arg(m_pos));
    }
    // End of input inside a tag: the parser reports what it expected.
}

void Lexer::lexString()
{
    const qsizetype start = m_pos;
    const QChar quote = m_source.at(m_pos);
    qsizetype i = m_pos + 1;
    while (i < m_source.size() && m_source.at(i) != quote) {
        if (m_source.at(i) == u'\\')
            ++i;
        ++i;
    }
    if (i >= m_source.size())
        fail(start, u"unexpected char %1 at %2"_s.arg(py::repr(Value(QString(quote)))).arg(start));

    qsizetype errorAt = -1;
    QString error;
    const QString value = unescape(QStringView(m_source).mid(start + 1, i - start - 1), &errorAt, &error);
    if (errorAt >= 0)
        fail(start + 1 + errorAt, error);
    pushToken(Token::Type::String, value, start);
    m_pos = i + 1;
}

void Lexer::lexNumber()
{
    const qsizetype start = m_pos;
    auto digitsWithUnderscores = [&](qsizetype from, auto isDigit) {
        // (_?digit)+ style runs: an underscore only between digits.
        qsizetype i = from;
        while (i < m_source.size()) {
            if (isDigit(m_source.at(i))) {
                ++i;
            } else if (m_source.at(i) == u'_' && i > from && i + 1 < m_source.size()
                       && isDigit(m_source.at(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    };
    auto isDec = [](QChar c) { return c >= u'0' && c <= u'9'; };

    // Prefixed integers: 0b, 0o, 0x.
    if (m_source.at(start) == u'0' && start + 1 < m_source.size()) {
        const QChar p = m_source.at(start + 1).toLower();
        int base = 0;
        if (p == u'b') {
            base = 2;
        } else if (p == u'o') {
            base = 8;
        } else if (p == u'x') {
            base = 16;
        }
        if (base != 0) {
            qsizetype i = start + 2;
            const auto accepts = [base](QChar c) {
                const int d = c.isDigit() ? c.digitValue()
                    : (c.toLower() >= u'a' && c.toLower() <= u'f') ? c.toLower().unicode() - u'a' + 10 : 99;
                return c.unicode() < 128 && d < base;
            };
            const qsizetype digitsStart = (i < m_source.size() && m_source.at(i) == u'_') ? i + 1 : i;
            if (digitsStart < m_source.size() && accepts(m_source.at(digitsStart))) {
                i = digitsWithUnderscores(digitsStart, accepts);
                QString digits = m_source.mid(start + 2, i - start - 2);
                digits.remove(u'_');
                bool ok = false;
                const qint64 value = digits.toLongLong(&ok, base);
                if (!ok)
                    fail(start, u"integer literal %1 does not fit in 64 bits"_s.arg(m_source.mid(start, i - start)));
                pushToken(Token::Type::Integer, m_source.mid(start, i - start), start);
                m_tokens.back().integer = value;
                m_pos = i;
                return;
            }
        }
    }

    qsizetype i = digitsWithUnderscores(start, isDec);
    bool isFloat = false;
    if (i + 1 < m_source.size() && m_source.at(i) == u'.' && isDec(m_source.at(i + 1))) {
        i = digitsWithUnderscores(i + 1, isDec);
        isFloat = true;
    }
    if (i < m_source.size() && m_source.at(i).toLower() == u'e') {
        qsizetype j = i + 1;
        if (j < m_source.size() && (m_source.at(j) == u'+' || m_source.at(j) == u'-'))
            ++j;
        if (j < m_source.size() && isDec(m_source.at(j))) {
            i = digitsWithUnderscores(j, isDec);
            isFloat = true;
        }
    }

    QString text = m_source.mid(start, i - start);
    QString clean = text;
    clean.remove(u'_');
    if (isFloat) {
        pushToken(Token::Type::Float, text, start);
        m_tokens.back().floating = clean.toDouble();
    } else {
        // A decimal integer may not have leading zeros, except for zero itself.
        if (clean.size() > 1 && clean.startsWith(u'0') && clean.count(u'0') != clean.size()) {
            i = start + 1;
            while (i < m_source.size() && (m_source.at(i) == u'0' || m_source.at(i) == u'_'))
                ++i;
            text = m_source.mid(start, i - start);
            clean = u"0"_s;
        }
        bool ok = false;
        const qint64 value = clean.toLongLong(&ok);
        if (!ok)
            fail(start, u"integer literal %1 does not fit in 64 bits"_s.arg(text));
        pushToken(Token::Type::Integer, text, start);
        m_tokens.back().integer = value;
    }
    m_pos = i;
}

} // namespace ztp::templates
