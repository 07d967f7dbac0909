#pragma once

#include "templateengine.h"
#include "value.h"

#include <QString>

#include <vector>

namespace ztp::templates {

struct Token
{
    enum class Type {
        Data,          // literal template text, whitespace control already applied
        VariableBegin, // {{
        VariableEnd,   // }}
        BlockBegin,    // {%
        BlockEnd,      // %}
        Name,
        String,        // text is the unescaped value
        Integer,
        Float,
        Operator,      // text is the operator, such as "//" or "("
        End,           // end of the template
        Error,         // a lexical error with the message in text; no tokens follow
    };

    Type type = Type::End;
    QString text;
    qint64 integer = 0;
    double floating = 0.0;
    qsizetype offset = 0; // in the normalized source

    bool isOperator(QStringView op) const { return type == Type::Operator && text == op; }
    bool isName(QStringView name) const { return type == Type::Name && text == name; }
};

// Splits a template into tokens following jinja2/lexer.py (3.1): the same delimiters,
// whitespace control with "-" and "+", trim_blocks, lstrip_blocks, raw blocks, and removal of
// one trailing newline. A lexical error becomes an Error token, so that the parser reports
// it only when it gets there: Jinja2 lexes lazily, and an earlier syntax error wins.
class Lexer
{
public:
    Lexer(const QString &source, const EngineOptions &options);

    std::vector<Token> tokenize();

    // Newlines normalized to "\n" and the trailing newline removed, as Jinja2 does.
    const QString &source() const { return m_source; }
    SourcePos position(qsizetype offset) const;

private:
    void lexData();
    void lexComment(qsizetype contentStart, qsizetype tagStart);
    void lexRaw(qsizetype tagStart, qsizetype bodyStart);
    void lexTag(bool isBlock);
    bool matchTagEnd(bool isBlock);
    void lexString();
    void lexNumber();
    [[noreturn]] void fail(qsizetype offset, const QString &message);

    void pushToken(Token::Type type, QString text, qsizetype offset);
    void emitData(QString text, qsizetype offset);
    bool rawTagAt(qsizetype pos, const QString &keyword, qsizetype *bodyStart, QChar *sign) const;

    QString m_source;
    EngineOptions m_options;
    std::vector<qsizetype> m_lineStarts;
    std::vector<Token> m_tokens;
    qsizetype m_pos = 0;
    bool m_lineStarting = true;
    int m_balance = 0;
    qsizetype m_errorOffset = 0;
};

} // namespace ztp::templates
