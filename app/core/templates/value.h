#pragma once

#include <QHash>
#include <QString>
#include <QVariant>

#include <memory>
#include <utility>
#include <vector>

namespace ztp::templates {

class Value;
struct ListObject;
struct DictObject;
struct CallableObject;
struct LoopObject;

// A position in a template's source, 1-based, after newlines were normalized to "\n".
struct SourcePos
{
    int line = 0;
    int column = 0;
};

// A runtime value with Python's semantics for the types a template can see. Copies are cheap:
// strings are implicitly shared and containers are shared, immutable objects (namespaces and
// loop objects excepted).
class Value
{
public:
    enum class Kind : quint8 { Undefined, None, Bool, Int, Float, String, List, Dict, Callable, Loop };

    Value() = default; // undefined, without a hint
    Value(bool b) : m_kind(Kind::Bool) { m_int = b ? 1 : 0; }
    Value(int i) : m_kind(Kind::Int) { m_int = i; }
    Value(qint64 i) : m_kind(Kind::Int) { m_int = i; }
    Value(double d) : m_kind(Kind::Float) { m_float = d; }
    Value(QString s) : m_kind(Kind::String), m_string(std::move(s)) { }
    Value(std::shared_ptr<ListObject> list);
    Value(std::shared_ptr<DictObject> dict);
    Value(std::shared_ptr<CallableObject> callable);
    Value(std::shared_ptr<LoopObject> loop);
    Value(const char *) = delete; // would otherwise convert to bool

    static Value none();
    // An undefined value whose use reports `message` at `pos`.
    static Value undefined(const QString &message, SourcePos pos);
    // Undefined values for a missing variable, attribute or macro parameter. They store only
    // the name and the object's type, and undefinedMessage() formats the message when an error
    // is raised, because most of them are only tested or replaced by a default.
    static Value undefinedName(const QString &name, SourcePos pos);
    static Value missingAttribute(const Value &object, const QString &name, SourcePos pos);
    static Value missingParameter(const QString &name, SourcePos pos);
    static Value fromVariant(const QVariant &variant);
    static Value list(std::vector<Value> items, bool tuple = false);

    Kind kind() const { return m_kind; }
    bool isUndefined() const { return m_kind == Kind::Undefined; }
    bool isNone() const { return m_kind == Kind::None; }
    bool isBool() const { return m_kind == Kind::Bool; }
    bool isInt() const { return m_kind == Kind::Int; }
    bool isFloat() const { return m_kind == Kind::Float; }
    // True for bool, int and float, as Python's numbers.Number counts bool.
    bool isNumber() const { return m_kind == Kind::Int || m_kind == Kind::Float || m_kind == Kind::Bool; }
    bool isString() const { return m_kind == Kind::String; }
    bool isList() const { return m_kind == Kind::List; }
    bool isDict() const { return m_kind == Kind::Dict; }
    bool isCallable() const { return m_kind == Kind::Callable; }
    bool isLoop() const { return m_kind == Kind::Loop; }

    bool toBool() const { return m_int != 0; }
    qint64 toInt() const { return m_int; } // Int and Bool
    double toFloat() const { return m_kind == Kind::Float ? m_float : double(m_int); }
    const QString &string() const { return m_string; }
    const ListObject &listObject() const;
    const DictObject &dictObject() const;
    // For the few operations that change a container in place: namespace attributes,
    // list.append() and friends, dict.update(). Callers register the container with
    // RenderState::noteMutation() so that reference cycles are broken after the render.
    std::shared_ptr<DictObject> sharedDict() const;
    std::shared_ptr<ListObject> sharedList() const;
    CallableObject &callable() const;
    LoopObject &loop() const;

    // For Undefined: what was missing, and where it was looked up.
    QString undefinedMessage() const;
    SourcePos undefinedPos() const;
    // A copy of this undefined value that reports its error at `pos`.
    Value undefinedAt(SourcePos pos) const;

    // Python's type name, for error messages ("int", "str", "dict", ...).
    QString typeName() const;

    // Nesting depth of a list or dict as recorded when it was built: 1 plus the deepest
    // element; 0 for other values. Changing a container in place can make its parents'
    // records too low, so recursive algorithms keep their own depth counters as well.
    int containerDepth() const;

private:
    // The meaning of m_string in an undefined value.
    enum class UndefinedReason : quint8 { Message, Name, Attribute, Parameter };
    // Container flags that change a type's name: tuple, Namespace, template module.
    enum TypeFlag : quint8 { TupleFlag = 1, NamespaceFlag = 2, ModuleFlag = 4 };

    static QString typeName(Kind kind, quint8 flags);
    quint8 typeFlags() const;

    Kind m_kind = Kind::Undefined;
    UndefinedReason m_undefinedReason = UndefinedReason::Message;
    // For UndefinedReason::Attribute: the type of the object that lacks the attribute.
    Kind m_ownerKind = Kind::Undefined;
    quint8 m_ownerFlags = 0;
    union {
        qint64 m_int = 0;
        double m_float;
    };
    QString m_string;
    std::shared_ptr<void> m_object;
};

// Containers nested deeper than this are rejected when built, so that printing, comparing
// and destroying them cannot exhaust the C++ stack. Python's default recursion limit is 1000 too.
constexpr int kMaxContainerDepth = 1000;

struct ListObject
{
    std::vector<Value> items;
    int depth = 1;
    bool tuple = false; // printed as (a, b) instead of [a, b]
    QString rangeRepr;  // "range(0, 3)" for the result of range(), which Python prints so
};

// A Python dict with string keys, in insertion order. Small dicts are searched linearly.
struct DictObject
{
    std::vector<std::pair<QString, Value>> entries;
    bool isNamespace = false; // created by namespace(); the only kind {% set ns.x = ... %} may change
    bool isModule = false;    // the exports of an {% import %}: attribute access has no dict methods
    int depth = 1;

    const Value *find(const QString &key) const;
    void insert(const QString &key, Value value);
    qsizetype size() const { return qsizetype(entries.size()); }
    // Indexes the entries for lookup once there are many; call after filling `entries` directly.
    void buildIndex();

private:
    QHash<QString, qsizetype> m_index; // used once entries grow past kLinearSearchSize
    static constexpr qsizetype kLinearSearchSize = 12;
};

} // namespace ztp::templates
