#pragma once

#include "value.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

// The syntax tree that the parser builds once per template and the renderer walks for every
// render. Nodes are immutable after parsing. The parser resolves names to slots and filters and
// tests to function pointers, so that rendering does no string lookups for them.
namespace ztp::templates {

class Context;

struct CallArgs
{
    std::vector<Value> positional;
    std::vector<std::pair<QString, Value>> keyword;
};

using FilterFunction = Value (*)(Context &context, const Value &input, const CallArgs &args,
                                 SourcePos pos);
using TestFunction = bool (*)(Context &context, const Value &input, const CallArgs &args,
                              SourcePos pos);

struct Expr
{
    explicit Expr(SourcePos p) : pos(p) { }
    virtual ~Expr() = default;
    virtual Value eval(Context &context) const = 0;

    // Evaluates without copying the result where the value already exists in a scope or a
    // dict; otherwise stores it in `scratch`. The pointer is valid only until the next
    // evaluation, which may change scopes or dicts, so callers use it immediately.
    virtual const Value *evalRef(Context &context, Value &scratch) const
    {
        scratch = eval(context);
        return &scratch;
    }

    SourcePos pos;
};
using ExprPtr = std::unique_ptr<Expr>;

struct KeywordArg
{
    QString name;
    ExprPtr value;
};

// Arguments as written at a call site: f(a, b, key=c).
struct ArgList
{
    std::vector<ExprPtr> positional;
    std::vector<KeywordArg> keyword;
    // The evaluated arguments when all of them are literals, built once by foldConstants().
    std::optional<CallArgs> constant;

    // Returns the evaluated arguments: the folded constants, or `scratch` filled in.
    const CallArgs &evaluate(Context &context, CallArgs &scratch) const;
    // Evaluates the arguments in advance when all of them are literals. The parser calls it
    // once the list is complete.
    void foldConstants();
};

struct LiteralExpr : Expr
{
    LiteralExpr(SourcePos p, Value v) : Expr(p), value(std::move(v)) { }
    Value eval(Context &) const override { return value; }
    const Value *evalRef(Context &, Value &) const override { return &value; }
    Value value;
};

struct NameExpr : Expr
{
    NameExpr(SourcePos p, int s, QString n) : Expr(p), slot(s), name(std::move(n)) { }
    Value eval(Context &context) const override;
    const Value *evalRef(Context &context, Value &scratch) const override;
    int slot; // index into the template's name table
    QString name;
};

struct ListExpr : Expr
{
    using Expr::Expr;
    Value eval(Context &context) const override;
    std::vector<ExprPtr> items;
    bool tuple = false;
};

struct DictExpr : Expr
{
    using Expr::Expr;
    Value eval(Context &context) const override;
    std::vector<std::pair<ExprPtr, ExprPtr>> entries;
};

// Bit set of the built-in types that have a method with a given name. AttributeExpr computes
// it once, so that rendering does not compare the name against method tables.
enum MethodOwner : quint8 { StringMethod = 1, DictMethod = 2, ListMethod = 4 };
quint8 methodOwners(const QString &name);

struct AttributeExpr : Expr
{
    AttributeExpr(SourcePos p, ExprPtr o, QString a)
        : Expr(p), object(std::move(o)), attribute(std::move(a)), owners(methodOwners(attribute)) { }
    Value eval(Context &context) const override;
    const Value *evalRef(Context &context, Value &scratch) const override;
    ExprPtr object;
    QString attribute;
    quint8 owners;
};

struct SubscriptExpr : Expr
{
    using Expr::Expr;
    Value eval(Context &context) const override;
    const Value *evalRef(Context &context, Value &scratch) const override;
    ExprPtr object;
    ExprPtr index;                         // null for a slice
    const LiteralExpr *literalIndex = nullptr; // index, when it is a literal such as ports[0]
    ExprPtr sliceStart, sliceStop, sliceStep; // each may be null
    bool isSlice = false;
};

struct CallExpr : Expr
{
    using Expr::Expr;
    Value eval(Context &context) const override;
    ExprPtr callee;
    const AttributeExpr *method = nullptr; // callee, when it is an attribute: a method call
    ArgList args;
};

struct FilterExpr : Expr
{
    using Expr::Expr;
    Value eval(Context &context) const override;
    ExprPtr input; // null inside {% filter %} blocks, where the block's output is the input
    QString name;
    FilterFunction function = nullptr;
    ArgList args;
};

struct TestExpr : Expr
{
    using Expr::Expr;
    Value eval(Context &context) const override;
    ExprPtr input;
    QString name;
    TestFunction function = nullptr;
    ArgList args;
    bool negated = false;
};

enum class UnaryOp { Negate, Plus, Not };

struct UnaryExpr : Expr
{
    UnaryExpr(SourcePos p, UnaryOp o, ExprPtr e) : Expr(p), op(o), operand(std::move(e)) { }
    Value eval(Context &context) const override;
    UnaryOp op;
    ExprPtr operand;
};

enum class BinaryOp { Add, Subtract, Multiply, Divide, FloorDivide, Modulo, Power, Concat, And, Or };

struct BinaryExpr : Expr
{
    BinaryExpr(SourcePos p, BinaryOp o, ExprPtr l, ExprPtr r)
        : Expr(p), op(o), left(std::move(l)), right(std::move(r)) { }
    Value eval(Context &context) const override;
    BinaryOp op;
    ExprPtr left;
    ExprPtr right;
};

enum class CompareOp { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, In, NotIn };

// A comparison chain such as a < b <= c, evaluated like Python's.
struct CompareExpr : Expr
{
    using Expr::Expr;
    Value eval(Context &context) const override;
    ExprPtr first;
    std::vector<std::pair<CompareOp, ExprPtr>> rest;
};

struct ConditionalExpr : Expr
{
    using Expr::Expr;
    Value eval(Context &context) const override;
    ExprPtr condition;
    ExprPtr thenValue;
    ExprPtr elseValue; // null: undefined when the condition is false, as in Jinja2
};

// ---- statements ----

struct Stmt
{
    explicit Stmt(SourcePos p) : pos(p) { }
    virtual ~Stmt() = default;
    virtual void render(Context &context) const = 0;

    SourcePos pos;
};
using StmtPtr = std::unique_ptr<Stmt>;
using Body = std::vector<StmtPtr>;

void renderBody(const Body &body, Context &context);

struct TextStmt : Stmt
{
    TextStmt(SourcePos p, QString t) : Stmt(p), text(std::move(t)) { }
    void render(Context &context) const override;
    QString text;
};

struct PrintStmt : Stmt
{
    PrintStmt(SourcePos p, ExprPtr e) : Stmt(p), expr(std::move(e)) { }
    void render(Context &context) const override;
    ExprPtr expr;
};

struct IfStmt : Stmt
{
    using Stmt::Stmt;
    void render(Context &context) const override;
    std::vector<std::pair<ExprPtr, Body>> branches; // if and each elif
    Body elseBody;
};

// The name(s) a for loop or set binds: one name, or a tuple to unpack.
struct AssignTarget
{
    std::vector<int> slotIndexes;
    std::vector<QString> names;
    bool unpack = false;
    SourcePos pos;
};

struct ForStmt : Stmt
{
    using Stmt::Stmt;
    void render(Context &context) const override;
    AssignTarget target;
    ExprPtr iterable;
    ExprPtr filter; // {% for x in xs if cond %}, may be null
    Body body;
    Body elseBody;
    int loopSlot = -1;
};

struct SetStmt : Stmt
{
    using Stmt::Stmt;
    void render(Context &context) const override;
    AssignTarget target;
    ExprPtr value;
};

// {% set ns.attr = value %}
struct SetAttributeStmt : Stmt
{
    using Stmt::Stmt;
    void render(Context &context) const override;
    int slot = -1;
    QString name;
    QString attribute;
    ExprPtr value;
};

// {% set x %}...{% endset %}, optionally filtered.
struct SetBlockStmt : Stmt
{
    using Stmt::Stmt;
    void render(Context &context) const override;
    AssignTarget target;
    Body body;
    std::vector<std::unique_ptr<FilterExpr>> filters;
};

struct FilterBlockStmt : Stmt
{
    using Stmt::Stmt;
    void render(Context &context) const override;
    Body body;
    std::vector<std::unique_ptr<FilterExpr>> filters;
};

struct WithStmt : Stmt
{
    using Stmt::Stmt;
    void render(Context &context) const override;
    std::vector<std::pair<AssignTarget, ExprPtr>> assignments;
    Body body;
};

struct MacroParam
{
    QString name;
    int slot = -1;
    ExprPtr defaultValue; // may be null
};

struct MacroStmt : Stmt
{
    using Stmt::Stmt;
    void render(Context &context) const override;
    QString name;
    int slot = -1;
    std::vector<MacroParam> params;
    Body body;
};

struct IncludeStmt : Stmt
{
    using Stmt::Stmt;
    void render(Context &context) const override;
    ExprPtr templateName;
    bool ignoreMissing = false;
    bool withContext = true;
};

// {% import 'x' as m %} and {% from 'x' import a, b as c %}
struct ImportStmt : Stmt
{
    using Stmt::Stmt;
    void render(Context &context) const override;
    ExprPtr templateName;
    bool withContext = false;
    int moduleSlot = -1; // for "import ... as name"; -1 for "from ... import"
    QString moduleName;
    struct Imported
    {
        QString name;  // as exported by the imported template
        QString alias; // the name bound here: name, or the "as" name
        int slot = -1; // slot of alias
        SourcePos pos;
    };
    std::vector<Imported> names;
};

} // namespace ztp::templates
