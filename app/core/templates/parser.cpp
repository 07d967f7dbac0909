#include "parser.h"

#include "filters.h"
#include "pyops.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ztp::templates {

namespace {

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(u"'%1'"_s.arg(name));
    return quoted.join(u" or "_s);
}

} // namespace

Parser::Parser(const Lexer &lexer, std::vector<Token> tokens, TemplateData &data)
    : m_lexer(lexer)
    , m_tokens(std::move(tokens))
    , m_data(data)
{
    for (qsizetype i = 0; i < m_data.slotNames.size(); ++i)
        m_slots.insert(m_data.slotNames.at(i), int(i));
}

Parser::DepthGuard::DepthGuard(Parser &parser, const Token &token) : m_parser(parser)
{
    if (++m_parser.m_depth > kMaxNesting) {
        --m_parser.m_depth;
        m_parser.fail(token, u"expressions and blocks are nested more than %1 levels deep"_s.arg(kMaxNesting));
    }
}

void Parser::parse()
{
    if (current().type == Token::Type::Error)
        fail(current(), current().text);
    pushScope();
    m_data.body = parseBody({});
    popScope();

    QStringList undeclared(m_undeclared.begin(), m_undeclared.end());
    undeclared.sort();
    m_data.undeclared = undeclared;
}

const Token &Parser::peek(int ahead) const
{
    return m_tokens[std::min(m_index + size_t(ahead), m_tokens.size() - 1)];
}

const Token &Parser::advance()
{
    const Token &token = m_tokens[m_index];
    if (m_index + 1 < m_tokens.size())
        ++m_index;
    if (m_tokens[m_index].type == Token::Type::Error)
        fail(m_tokens[m_index], m_tokens[m_index].text);
    return token;
}

bool Parser::skipOperator(QStringView op)
{
    if (!current().isOperator(op))
        return false;
    advance();
    return true;
}

bool Parser::skipName(QStringView name)
{
    if (!current().isName(name))
        return false;
    advance();
    return true;
}

QString Parser::describe(const Token &token)
{
    switch (token.type) {
    case Token::Type::Data:
        return u"template data"_s;
    case Token::Type::VariableBegin:
        return u"begin of print statement"_s;
    case Token::Type::VariableEnd:
        return u"end of print statement"_s;
    case Token::Type::BlockBegin:
        return u"begin of statement block"_s;
    case Token::Type::BlockEnd:
        return u"end of statement block"_s;
    case Token::Type::End:
    case Token::Type::Error:
        return u"end of template"_s;
    case Token::Type::String:
        return u"string"_s;
    case Token::Type::Integer:
        return u"integer"_s;
    case Token::Type::Float:
        return u"float"_s;
    case Token::Type::Name:
    case Token::Type::Operator:
        return token.text;
    }
    return QString();
}

void Parser::fail(const Token &token, const QString &message) const
{
    raise(pos(token), message);
}

void Parser::failUnexpected(const Token &token) const
{
    if (token.type == Token::Type::End)
        fail(token, u"unexpected end of template"_s);
    fail(token, u"unexpected '%1'"_s.arg(describe(token)));
}

void Parser::expectOperator(QStringView op)
{
    if (!skipOperator(op)) {
        fail(current(), u"expected token '%1', got '%2'"_s.arg(op.toString(), describe(current())));
    }
}

QString Parser::expectName()
{
    if (current().type != Token::Type::Name)
        fail(current(), u"expected token 'name', got '%1'"_s.arg(describe(current())));
    return advance().text;
}

void Parser::expectBlockEnd()
{
    if (current().type != Token::Type::BlockEnd)
        fail(current(), u"expected token 'end of statement block', got '%1'"_s.arg(describe(current())));
    advance();
}

int Parser::slot(const QString &name)
{
    const auto it = m_slots.constFind(name);
    if (it != m_slots.cend())
        return *it;
    const int index = int(m_data.slotNames.size());
    m_data.slotNames.append(name);
    m_slots.insert(name, index);
    return index;
}

void Parser::declare(const QString &name)
{
    m_declared.back().insert(name);
}

void Parser::noteLoad(const QString &name)
{
    for (const QSet<QString> &scope : m_declared) {
        if (scope.contains(name))
            return;
    }
    if (!isGlobalName(name))
        m_undeclared.insert(name);
}

// ---- statements ----

void Parser::openBlock(const QString &tag, SourcePos position)
{
    m_openBlocks.append(tag);
    m_openBlockPositions.push_back(position);
}

void Parser::closeBlock()
{
    m_openBlocks.removeLast();
    m_openBlockPositions.pop_back();
}

Body Parser::parseBody(const QStringList &endTags)
{
    Body body;
    while (true) {
        const Token &token = current();
        switch (token.type) {
        case Token::Type::Data:
            body.push_back(std::make_unique<TextStmt>(pos(token), token.text));
            advance();
            break;
        case Token::Type::VariableBegin: {
            advance();
            ExprPtr expr = parseTuple();
            if (current().type != Token::Type::VariableEnd)
                fail(current(), u"expected token 'end of print statement', got '%1'"_s.arg(describe(current())));
            advance();
            body.push_back(std::make_unique<PrintStmt>(pos(token), std::move(expr)));
            break;
        }
        case Token::Type::BlockBegin:
            advance();
            if (current().type == Token::Type::Name && endTags.contains(current().text))
                return body;
            body.push_back(parseStatement());
            break;
        case Token::Type::End:
            if (!endTags.isEmpty()) {
                // Point at the block that is still open, where the fix usually goes.
                raise(m_openBlockPositions.back(), u"Unexpected end of template. Jinja was looking for the following tags: %1. "
                            u"The innermost block that needs to be closed is '%2'."_s
                                .arg(quotedList(endTags), m_openBlocks.value(m_openBlocks.size() - 1)));
            }
            return body;
        default:
            failUnexpected(token);
        }
    }
}

StmtPtr Parser::parseStatement()
{
    const Token &token = current();
    if (token.type != Token::Type::Name)
        fail(token, u"tag name expected"_s);

    DepthGuard guard(*this, token);
    const QString tag = token.text;
    if (tag == u"if")
        return parseIf();
    if (tag == u"for")
        return parseFor();
    if (tag == u"set")
        return parseSet();
    if (tag == u"with")
        return parseWith();
    if (tag == u"macro")
        return parseMacro();
    if (tag == u"include")
        return parseInclude();
    if (tag == u"import")
        return parseImport(false);
    if (tag == u"from")
        return parseImport(true);
    if (tag == u"filter")
        return parseFilterBlock();
    if (tag == u"print") {
        advance();
        auto stmt = std::make_unique<PrintStmt>(pos(token), parseTuple());
        expectBlockEnd();
        return stmt;
    }
    static const QStringList unsupported = {u"extends"_s, u"block"_s, u"call"_s, u"autoescape"_s};
    if (unsupported.contains(tag))
        fail(token, u"the {% %1 %} tag is not supported by this template engine"_s.arg(tag));

    QString message = u"Encountered unknown tag '%1'."_s.arg(tag);
    if (!m_openBlocks.isEmpty())
        message += u" The innermost block that needs to be closed is '%1'."_s.arg(m_openBlocks.last());
    fail(token, message);
}

StmtPtr Parser::parseIf()
{
    auto stmt = std::make_unique<IfStmt>(pos(current()));
    advance();
    openBlock(u"if"_s, stmt->pos);

    ExprPtr condition = parseTuple(false);
    expectBlockEnd();
    Body body = parseBody({u"elif"_s, u"else"_s, u"endif"_s});
    stmt->branches.emplace_back(std::move(condition), std::move(body));

    while (true) {
        const QString tag = advance().text;
        if (tag == u"elif") {
            ExprPtr elifCondition = parseTuple(false);
            expectBlockEnd();
            Body elifBody = parseBody({u"elif"_s, u"else"_s, u"endif"_s});
            stmt->branches.emplace_back(std::move(elifCondition), std::move(elifBody));
            continue;
        }
        if (tag == u"else") {
            expectBlockEnd();
            stmt->elseBody = parseBody({u"endif"_s});
            advance();
        }
        expectBlockEnd();
        break;
    }
    closeBlock();
    return stmt;
}

StmtPtr Parser::parseFor()
{
    auto stmt = std::make_unique<ForStmt>(pos(current()));
    advance();
    openBlock(u"for"_s, stmt->pos);

    stmt->target = parseAssignTarget(true);
    if (!skipName(u"in"))
        fail(current(), u"expected token 'in', got '%1'"_s.arg(describe(current())));
    stmt->iterable = parseTuple(false);

    pushScope();
    for (const QString &name : stmt->target.names)
        declare(name);
    declare(u"loop"_s);
    stmt->loopSlot = slot(u"loop"_s);

    if (skipName(u"if"))
        stmt->filter = parseExpression();
    if (current().isName(u"recursive"))
        fail(current(), u"recursive for loops are not supported by this template engine"_s);
    expectBlockEnd();

    stmt->body = parseBody({u"endfor"_s, u"else"_s});
    popScope();
    if (advance().text == u"else") {
        expectBlockEnd();
        stmt->elseBody = parseBody({u"endfor"_s});
        advance();
    }
    expectBlockEnd();
    closeBlock();
    return stmt;
}

AssignTarget Parser::parseAssignTarget(bool allowTuple)
{
    AssignTarget target;
    target.pos = pos(current());
    const bool parenthesized = allowTuple && skipOperator(u"(");
    while (true) {
        const Token &token = current();
        const QString name = expectName();
        static const QStringList reserved = {u"true"_s, u"false"_s, u"none"_s, u"True"_s, u"False"_s, u"None"_s};
        if (reserved.contains(name))
            fail(token, u"can't assign to '%1'"_s.arg(name));
        target.names.push_back(name);
        target.slotIndexes.push_back(slot(name));
        if (!allowTuple || !current().isOperator(u","))
            break;
        target.unpack = true;
        advance();
        if (current().type != Token::Type::Name)
            break;
    }
    if (parenthesized) {
        target.unpack = true;
        expectOperator(u")");
    }
    return target;
}

StmtPtr Parser::parseSet()
{
    const Token &setToken = current();
    advance();

    // {% set ns.attr = value %}
    if (current().type == Token::Type::Name && peek().isOperator(u".")) {
        auto stmt = std::make_unique<SetAttributeStmt>(pos(setToken));
        stmt->name = advance().text;
        stmt->slot = slot(stmt->name);
        noteLoad(stmt->name);
        advance();
        stmt->attribute = expectName();
        expectOperator(u"=");
        stmt->value = parseTuple();
        expectBlockEnd();
        return stmt;
    }

    AssignTarget target = parseAssignTarget(true);
    if (skipOperator(u"=")) {
        auto stmt = std::make_unique<SetStmt>(pos(setToken));
        stmt->target = std::move(target);
        stmt->value = parseTuple();
        expectBlockEnd();
        for (const QString &name : stmt->target.names)
            declare(name);
        return stmt;
    }

    auto stmt = std::make_unique<SetBlockStmt>(pos(setToken));
    stmt->target = std::move(target);
    if (stmt->target.unpack)
        fail(setToken, u"a {% set %} block assigns one name, not a tuple"_s);
    while (skipOperator(u"|"))
        stmt->filters.push_back(parseFilter(nullptr));
    expectBlockEnd();
    openBlock(u"set"_s, stmt->pos);
    stmt->body = parseBody({u"endset"_s});
    advance();
    expectBlockEnd();
    closeBlock();
    for (const QString &name : stmt->target.names)
        declare(name);
    return stmt;
}

StmtPtr Parser::parseWith()
{
    auto stmt = std::make_unique<WithStmt>(pos(current()));
    advance();
    openBlock(u"with"_s, stmt->pos);

    std::vector<QString> names;
    while (current().type != Token::Type::BlockEnd) {
        if (!stmt->assignments.empty())
            expectOperator(u",");
        AssignTarget target = parseAssignTarget(false);
        expectOperator(u"=");
        ExprPtr value = parseExpression();
        names.insert(names.end(), target.names.begin(), target.names.end());
        stmt->assignments.emplace_back(std::move(target), std::move(value));
    }
    expectBlockEnd();

    pushScope();
    for (const QString &name : names)
        declare(name);
    stmt->body = parseBody({u"endwith"_s});
    popScope();
    advance();
    expectBlockEnd();
    closeBlock();
    return stmt;
}

StmtPtr Parser::parseMacro()
{
    auto stmt = std::make_unique<MacroStmt>(pos(current()));
    advance();
    stmt->name = expectName();
    stmt->slot = slot(stmt->name);
    openBlock(u"macro"_s, stmt->pos);

    expectOperator(u"(");
    pushScope();
    while (!current().isOperator(u")")) {
        if (!stmt->params.empty())
            expectOperator(u",");
        if (current().isOperator(u")"))
            break;
        const Token &nameToken = current();
        MacroParam param;
        param.name = expectName();
        param.slot = slot(param.name);
        if (skipOperator(u"=")) {
            param.defaultValue = parseExpression();
        } else if (!stmt->params.empty() && stmt->params.back().defaultValue) {
            fail(nameToken, u"non-default argument follows default argument"_s);
        }
        declare(param.name);
        stmt->params.push_back(std::move(param));
    }
    advance();
    expectBlockEnd();

    declare(stmt->name); // a macro may call itself
    stmt->body = parseBody({u"endmacro"_s});
    popScope();
    advance();
    expectBlockEnd();
    closeBlock();
    declare(stmt->name);
    return stmt;
}

void Parser::parseContextModifier(bool *withContext)
{
    if ((current().isName(u"with") || current().isName(u"without")) && peek().isName(u"context")) {
        *withContext = advance().text == u"with";
        advance();
    }
}

StmtPtr Parser::parseInclude()
{
    auto stmt = std::make_unique<IncludeStmt>(pos(current()));
    advance();
    stmt->templateName = parseExpression();
    if (current().isName(u"ignore") && peek().isName(u"missing")) {
        advance();
        advance();
        stmt->ignoreMissing = true;
    }
    parseContextModifier(&stmt->withContext);
    expectBlockEnd();
    return stmt;
}

StmtPtr Parser::parseImport(bool fromImport)
{
    auto stmt = std::make_unique<ImportStmt>(pos(current()));
    advance();
    stmt->templateName = parseExpression();

    if (!fromImport) {
        if (!skipName(u"as"))
            fail(current(), u"expected token 'as', got '%1'"_s.arg(describe(current())));
        stmt->moduleName = expectName();
        stmt->moduleSlot = slot(stmt->moduleName);
        parseContextModifier(&stmt->withContext);
        expectBlockEnd();
        declare(stmt->moduleName);
        return stmt;
    }

    if (!skipName(u"import"))
        fail(current(), u"expected token 'import', got '%1'"_s.arg(describe(current())));
    while (true) {
        if (!stmt->names.empty())
            expectOperator(u",");
        if (current().type != Token::Type::Name)
            fail(current(), u"expected token 'name', got '%1'"_s.arg(describe(current())));
        if ((current().isName(u"with") || current().isName(u"without")) && peek().isName(u"context")) {
            parseContextModifier(&stmt->withContext);
            break;
        }
        ImportStmt::Imported imported;
        imported.pos = pos(current());
        imported.name = expectName();
        if (imported.name.startsWith(u'_'))
            raise(imported.pos, u"names starting with an underline can not be imported"_s);
        imported.alias = skipName(u"as") ? expectName() : imported.name;
        imported.slot = slot(imported.alias);
        declare(imported.alias);
        stmt->names.push_back(std::move(imported));
        if ((current().isName(u"with") || current().isName(u"without")) && peek().isName(u"context")) {
            parseContextModifier(&stmt->withContext);
            break;
        }
        if (!current().isOperator(u","))
            break;
    }
    expectBlockEnd();
    return stmt;
}

StmtPtr Parser::parseFilterBlock()
{
    auto stmt = std::make_unique<FilterBlockStmt>(pos(current()));
    advance();
    openBlock(u"filter"_s, stmt->pos);
    stmt->filters.push_back(parseFilter(nullptr));
    while (skipOperator(u"|"))
        stmt->filters.push_back(parseFilter(nullptr));
    expectBlockEnd();
    stmt->body = parseBody({u"endfilter"_s});
    advance();
    expectBlockEnd();
    closeBlock();
    return stmt;
}

// ---- expressions ----

ExprPtr Parser::parseTuple(bool withCondition, bool explicitParentheses)
{
    const Token &first = current();
    std::vector<ExprPtr> items;
    bool isTuple = false;
    while (true) {
        if (!items.empty())
            expectOperator(u",");
        const Token &token = current();
        if (token.type == Token::Type::VariableEnd || token.type == Token::Type::BlockEnd
            || token.isOperator(u")"))
            break;
        items.push_back(parseExpression(withCondition));
        if (current().isOperator(u","))
            isTuple = true;
        else
            break;
    }
    if (!isTuple) {
        if (!items.empty())
            return std::move(items.front());
        if (!explicitParentheses)
            fail(current(), u"Expected an expression, got '%1'"_s.arg(describe(current())));
    }
    auto tuple = std::make_unique<ListExpr>(pos(first));
    tuple->items = std::move(items);
    tuple->tuple = true;
    return tuple;
}

ExprPtr Parser::parseExpression(bool withCondition)
{
    DepthGuard guard(*this, current());
    return withCondition ? parseConditional() : parseOr();
}

ExprPtr Parser::parseConditional()
{
    SourcePos position = pos(current());
    ExprPtr expr = parseOr();
    while (skipName(u"if")) {
        auto conditional = std::make_unique<ConditionalExpr>(position);
        conditional->condition = parseOr();
        if (skipName(u"else"))
            conditional->elseValue = parseConditional();
        conditional->thenValue = std::move(expr);
        expr = std::move(conditional);
        position = pos(current());
    }
    return expr;
}

ExprPtr Parser::parseOr()
{
    ExprPtr left = parseAnd();
    while (current().isName(u"or")) {
        const SourcePos position = pos(advance());
        left = std::make_unique<BinaryExpr>(position, BinaryOp::Or, std::move(left), parseAnd());
    }
    return left;
}

ExprPtr Parser::parseAnd()
{
    ExprPtr left = parseNot();
    while (current().isName(u"and")) {
        const SourcePos position = pos(advance());
        left = std::make_unique<BinaryExpr>(position, BinaryOp::And, std::move(left), parseNot());
    }
    return left;
}

ExprPtr Parser::parseNot()
{
    if (current().isName(u"not")) {
        DepthGuard guard(*this, current());
        const SourcePos position = pos(advance());
        return std::make_unique<UnaryExpr>(position, UnaryOp::Not, parseNot());
    }
    return parseCompare();
}

ExprPtr Parser::parseCompare()
{
    const SourcePos position = pos(current());
    ExprPtr first = parseMath1();
    std::vector<std::pair<CompareOp, ExprPtr>> rest;
    while (true) {
        const Token &token = current();
        std::optional<CompareOp> op;
        if (token.type == Token::Type::Operator) {
            if (token.text == u"==")
                op = CompareOp::Equal;
            else if (token.text == u"!=")
                op = CompareOp::NotEqual;
            else if (token.text == u"<")
                op = CompareOp::Less;
            else if (token.text == u"<=")
                op = CompareOp::LessEqual;
            else if (token.text == u">")
                op = CompareOp::Greater;
            else if (token.text == u">=")
                op = CompareOp::GreaterEqual;
            if (op)
                advance();
        } else if (token.isName(u"in")) {
            op = CompareOp::In;
            advance();
        } else if (token.isName(u"not") && peek().isName(u"in")) {
            op = CompareOp::NotIn;
            advance();
            advance();
        }
        if (!op)
            break;
        rest.emplace_back(*op, parseMath1());
    }
    if (rest.empty())
        return first;
    auto compare = std::make_unique<CompareExpr>(position);
    compare->first = std::move(first);
    compare->rest = std::move(rest);
    return compare;
}

ExprPtr Parser::parseMath1()
{
    ExprPtr left = parseConcat();
    while (current().isOperator(u"+") || current().isOperator(u"-")) {
        const Token &token = advance();
        const BinaryOp op = token.text == u"+" ? BinaryOp::Add : BinaryOp::Subtract;
        left = std::make_unique<BinaryExpr>(pos(token), op, std::move(left), parseConcat());
    }
    return left;
}

ExprPtr Parser::parseConcat()
{
    ExprPtr left = parseMath2();
    while (current().isOperator(u"~")) {
        const SourcePos position = pos(advance());
        left = std::make_unique<BinaryExpr>(position, BinaryOp::Concat, std::move(left), parseMath2());
    }
    return left;
}

ExprPtr Parser::parseMath2()
{
    ExprPtr left = parsePow();
    while (true) {
        const Token &token = current();
        BinaryOp op;
        if (token.isOperator(u"*"))
            op = BinaryOp::Multiply;
        else if (token.isOperator(u"/"))
            op = BinaryOp::Divide;
        else if (token.isOperator(u"//"))
            op = BinaryOp::FloorDivide;
        else if (token.isOperator(u"%"))
            op = BinaryOp::Modulo;
        else
            break;
        advance();
        left = std::make_unique<BinaryExpr>(pos(token), op, std::move(left), parsePow());
    }
    return left;
}

namespace {

bool isNegatedNumberLiteral(const Expr &expr)
{
    const auto *unary = dynamic_cast<const UnaryExpr *>(&expr);
    if (!unary || unary->op != UnaryOp::Negate)
        return false;
    const auto *literal = dynamic_cast<const LiteralExpr *>(unary->operand.get());
    return literal && literal->value.isNumber();
}

} // namespace

ExprPtr Parser::parsePow()
{
    // Jinja2 parses ** left-associatively, unlike Python: 2 ** 3 ** 2 is 64.
    ExprPtr left = parseUnary();
    while (current().isOperator(u"**")) {
        const SourcePos position = pos(advance());
        ExprPtr right = parseUnary();
        // Jinja2 3.1 folds "-1" to a constant and emits it without parentheses, so Python
        // evaluates -1 ** x as -(1 ** x) when x is not a constant too.
        if (isNegatedNumberLiteral(*left) && !dynamic_cast<const LiteralExpr *>(right.get())) {
            auto *negation = static_cast<UnaryExpr *>(left.get());
            auto power = std::make_unique<BinaryExpr>(position, BinaryOp::Power, std::move(negation->operand),
                                                      std::move(right));
            left = std::make_unique<UnaryExpr>(negation->pos, UnaryOp::Negate, std::move(power));
            continue;
        }
        left = std::make_unique<BinaryExpr>(position, BinaryOp::Power, std::move(left), std::move(right));
    }
    return left;
}

ExprPtr Parser::parseUnary(bool withFilter)
{
    DepthGuard guard(*this, current());
    const Token &token = current();
    ExprPtr node;
    if (token.isOperator(u"-")) {
        advance();
        node = std::make_unique<UnaryExpr>(pos(token), UnaryOp::Negate, parseUnary(false));
    } else if (token.isOperator(u"+")) {
        advance();
        node = std::make_unique<UnaryExpr>(pos(token), UnaryOp::Plus, parseUnary(false));
    } else {
        node = parsePrimary();
    }
    node = parsePostfix(std::move(node));
    if (withFilter)
        node = parseFilterExpression(std::move(node));
    return node;
}

ExprPtr Parser::parsePrimary()
{
    const Token &token = current();
    const SourcePos position = pos(token);
    switch (token.type) {
    case Token::Type::Name: {
        advance();
        if (token.text == u"true" || token.text == u"True")
            return std::make_unique<LiteralExpr>(position, Value(true));
        if (token.text == u"false" || token.text == u"False")
            return std::make_unique<LiteralExpr>(position, Value(false));
        if (token.text == u"none" || token.text == u"None")
            return std::make_unique<LiteralExpr>(position, Value::none());
        noteLoad(token.text);
        return std::make_unique<NameExpr>(position, slot(token.text), token.text);
    }
    case Token::Type::String: {
        QString text;
        while (current().type == Token::Type::String)
            text += advance().text;
        return std::make_unique<LiteralExpr>(position, Value(text));
    }
    case Token::Type::Integer:
        advance();
        return std::make_unique<LiteralExpr>(position, Value(token.integer));
    case Token::Type::Float:
        advance();
        return std::make_unique<LiteralExpr>(position, Value(token.floating));
    case Token::Type::Operator:
        if (token.text == u"(") {
            advance();
            ExprPtr expr = parseTuple(true, true);
            expectOperator(u")");
            return expr;
        }
        if (token.text == u"[")
            return parseList();
        if (token.text == u"{")
            return parseDict();
        break;
    default:
        break;
    }
    failUnexpected(token);
}

ExprPtr Parser::parseList()
{
    auto list = std::make_unique<ListExpr>(pos(advance()));
    while (!current().isOperator(u"]")) {
        if (!list->items.empty())
            expectOperator(u",");
        if (current().isOperator(u"]"))
            break;
        list->items.push_back(parseExpression());
    }
    advance();
    return list;
}

ExprPtr Parser::parseDict()
{
    auto dict = std::make_unique<DictExpr>(pos(advance()));
    while (!current().isOperator(u"}")) {
        if (!dict->entries.empty())
            expectOperator(u",");
        if (current().isOperator(u"}"))
            break;
        ExprPtr key = parseExpression();
        expectOperator(u":");
        ExprPtr value = parseExpression();
        dict->entries.emplace_back(std::move(key), std::move(value));
    }
    advance();
    return dict;
}

ExprPtr Parser::parsePostfix(ExprPtr node)
{
    while (true) {
        const Token &token = current();
        if (token.isOperator(u".") || token.isOperator(u"[")) {
            node = parseSubscript(std::move(node));
        } else if (token.isOperator(u"(")) {
            auto call = std::make_unique<CallExpr>(pos(token));
            call->callee = std::move(node);
            call->method = dynamic_cast<const AttributeExpr *>(call->callee.get());
            parseCallArgs(call->args);
            node = std::move(call);
        } else {
            return node;
        }
    }
}

ExprPtr Parser::parseFilterExpression(ExprPtr node)
{
    while (true) {
        const Token &token = current();
        if (token.isOperator(u"|")) {
            advance();
            node = parseFilter(std::move(node));
        } else if (token.isName(u"is")) {
            node = parseTest(std::move(node));
        } else if (token.isOperator(u"(")) {
            auto call = std::make_unique<CallExpr>(pos(token));
            call->callee = std::move(node);
            call->method = dynamic_cast<const AttributeExpr *>(call->callee.get());
            parseCallArgs(call->args);
            node = std::move(call);
        } else {
            return node;
        }
    }
}

ExprPtr Parser::parseSubscript(ExprPtr node)
{
    const Token &token = advance();
    if (token.text == u".") {
        const Token &attribute = current();
        if (attribute.type == Token::Type::Name) {
            advance();
            return std::make_unique<AttributeExpr>(pos(attribute), std::move(node), attribute.text);
        }
        if (attribute.type != Token::Type::Integer)
            fail(attribute, u"expected name or number"_s);
        advance();
        auto subscript = std::make_unique<SubscriptExpr>(pos(attribute));
        subscript->object = std::move(node);
        subscript->index = std::make_unique<LiteralExpr>(pos(attribute), Value(attribute.integer));
        subscript->literalIndex = static_cast<const LiteralExpr *>(subscript->index.get());
        return subscript;
    }

    auto subscript = std::make_unique<SubscriptExpr>(pos(token));
    subscript->object = std::move(node);
    // A slice [start:stop:step], any part optional; otherwise one index (a tuple index makes
    // no sense without tuple keys, so it is not supported).
    auto isSliceEnd = [this] { return current().isOperator(u"]") || current().isOperator(u":"); };
    if (!current().isOperator(u":")) {
        subscript->index = parseExpression();
        if (current().isOperator(u",")) {
            fail(current(), u"tuple subscripts are not supported"_s);
        }
    }
    if (skipOperator(u":")) {
        subscript->isSlice = true;
        subscript->sliceStart = std::move(subscript->index);
        if (!isSliceEnd())
            subscript->sliceStop = parseExpression();
        if (skipOperator(u":") && !current().isOperator(u"]"))
            subscript->sliceStep = parseExpression();
    }
    expectOperator(u"]");
    if (!subscript->isSlice)
        subscript->literalIndex = dynamic_cast<const LiteralExpr *>(subscript->index.get());
    return subscript;
}

void Parser::parseCallArgs(ArgList &args)
{
    expectOperator(u"(");
    while (!current().isOperator(u")")) {
        if (!args.positional.empty() || !args.keyword.empty())
            expectOperator(u",");
        if (current().isOperator(u")"))
            break;
        if (current().isOperator(u"*") || current().isOperator(u"**"))
            fail(current(), u"*args and **kwargs in calls are not supported"_s);
        if (current().type == Token::Type::Name && peek().isOperator(u"=")) {
            KeywordArg keyword;
            keyword.name = advance().text;
            advance();
            keyword.value = parseExpression();
            args.keyword.push_back(std::move(keyword));
            continue;
        }
        if (!args.keyword.empty())
            fail(current(), u"invalid syntax for function call expression"_s);
        args.positional.push_back(parseExpression());
    }
    advance();
    args.foldConstants();
}

std::unique_ptr<FilterExpr> Parser::parseFilter(ExprPtr input)
{
    const Token &nameToken = current();
    QString name = expectName();
    while (current().isOperator(u".")) {
        advance();
        name += u'.' + expectName();
    }
    auto filter = std::make_unique<FilterExpr>(pos(nameToken));
    filter->input = std::move(input);
    filter->name = name;
    filter->function = findFilter(name);
    if (!filter->function)
        fail(nameToken, u"No filter named '%1'."_s.arg(name));
    if (current().isOperator(u"("))
        parseCallArgs(filter->args);
    return filter;
}

ExprPtr Parser::parseTest(ExprPtr node)
{
    advance(); // "is"
    auto test = std::make_unique<TestExpr>(pos(current()));
    test->negated = skipName(u"not");
    const Token &nameToken = current();
    test->name = expectName();
    while (current().isOperator(u".")) {
        advance();
        test->name += u'.' + expectName();
    }
    test->function = findTest(test->name);
    if (!test->function)
        fail(nameToken, u"No test named '%1'."_s.arg(test->name));
    test->input = std::move(node);

    const Token &next = current();
    if (next.isOperator(u"(")) {
        parseCallArgs(test->args);
    } else if ((next.type == Token::Type::Name || next.type == Token::Type::String
                || next.type == Token::Type::Integer || next.type == Token::Type::Float
                || next.isOperator(u"[") || next.isOperator(u"{"))
               && !next.isName(u"else") && !next.isName(u"or") && !next.isName(u"and")) {
        if (next.isName(u"is"))
            fail(next, u"You cannot chain multiple tests with is"_s);
        test->args.positional.push_back(parsePostfix(parsePrimary()));
        test->args.foldConstants();
    }
    return test;
}

} // namespace ztp::templates
