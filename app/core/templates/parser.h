#pragma once

#include "ast.h"
#include "lexer.h"
#include "runtime.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace ztp::templates {

// Builds the syntax tree of one template with Jinja2's grammar (jinja2/parser.py, 3.1) and
// collects the names it reads before setting them. Throws RenderException on a syntax error.
class Parser
{
public:
    Parser(const Lexer &lexer, std::vector<Token> tokens, TemplateData &data);

    void parse();

private:
    // Nesting limit for expressions and blocks, so that a hostile template cannot overflow
    // the C++ stack of the parser or the renderer.
    static constexpr int kMaxNesting = 100;

    const Token &current() const { return m_tokens[m_index]; }
    const Token &peek(int ahead = 1) const;
    const Token &advance();
    bool skipOperator(QStringView op);
    bool skipName(QStringView name);
    void expectOperator(QStringView op);
    QString expectName();
    void expectBlockEnd();
    [[noreturn]] void fail(const Token &token, const QString &message) const;
    [[noreturn]] void failUnexpected(const Token &token) const;
    SourcePos pos(const Token &token) const { return m_lexer.position(token.offset); }
    static QString describe(const Token &token);

    Body parseBody(const QStringList &endTags);
    StmtPtr parseStatement();
    StmtPtr parseIf();
    StmtPtr parseFor();
    StmtPtr parseSet();
    StmtPtr parseWith();
    StmtPtr parseMacro();
    StmtPtr parseInclude();
    StmtPtr parseImport(bool fromImport);
    StmtPtr parseFilterBlock();
    void parseContextModifier(bool *withContext);
    AssignTarget parseAssignTarget(bool allowTuple);
    std::unique_ptr<FilterExpr> parseFilter(ExprPtr input);

    ExprPtr parseTuple(bool withCondition = true, bool explicitParentheses = false);
    ExprPtr parseExpression(bool withCondition = true);
    ExprPtr parseConditional();
    ExprPtr parseOr();
    ExprPtr parseAnd();
    ExprPtr parseNot();
    ExprPtr parseCompare();
    ExprPtr parseMath1();
    ExprPtr parseConcat();
    ExprPtr parseMath2();
    ExprPtr parsePow();
    ExprPtr parseUnary(bool withFilter = true);
    ExprPtr parsePrimary();
    ExprPtr parsePostfix(ExprPtr node);
    ExprPtr parseFilterExpression(ExprPtr node);
    ExprPtr parseSubscript(ExprPtr node);
    ExprPtr parseSubscribed();
    ExprPtr parseTest(ExprPtr node);
    ExprPtr parseList();
    ExprPtr parseDict();
    void parseCallArgs(ArgList &args);

    int slot(const QString &name);
    void declare(const QString &name);
    void noteLoad(const QString &name);
    void pushScope() { m_declared.emplace_back(); }
    void popScope() { m_declared.pop_back(); }

    struct DepthGuard
    {
        DepthGuard(Parser &parser, const Token &token);
        ~DepthGuard() { --m_parser.m_depth; }
        Parser &m_parser;
    };

    const Lexer &m_lexer;
    std::vector<Token> m_tokens;
    size_t m_index = 0;
    TemplateData &m_data;
    QHash<QString, int> m_slots;
    std::vector<QSet<QString>> m_declared;
    QSet<QString> m_undeclared;
    void openBlock(const QString &tag, SourcePos position);
    void closeBlock();

    // Blocks being parsed, innermost last, for "unexpected end" errors.
    QStringList m_openBlocks;
    std::vector<SourcePos> m_openBlockPositions;
    int m_depth = 0;
};

} // namespace ztp::templates
