#include "value.h"

#include "pyops.h"
#include "runtime.h"

#include <QVariantList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ztp::templates {

namespace {

[[noreturn]] void raiseTooDeep()
{
    // The statement that built the container fills in the position.
    raise(SourcePos(), u"lists and dicts are nested more than %1 levels deep"_s.arg(kMaxContainerDepth));
}

} // namespace

Value::Value(std::shared_ptr<ListObject> list) : m_kind(Kind::List)
{
    int depth = 1;
    for (const Value &item : list->items)
        depth = std::max(depth, item.containerDepth() + 1);
    if (depth > kMaxContainerDepth)
        raiseTooDeep();
    list->depth = depth;
    m_object = std::move(list);
}

Value::Value(std::shared_ptr<DictObject> dict) : m_kind(Kind::Dict)
{
    int depth = 1;
    for (const auto &entry : dict->entries)
        depth = std::max(depth, entry.second.containerDepth() + 1);
    if (depth > kMaxContainerDepth)
        raiseTooDeep();
    dict->depth = depth;
    m_object = std::move(dict);
}

int Value::containerDepth() const
{
    if (m_kind == Kind::List)
        return listObject().depth;
    if (m_kind == Kind::Dict)
        return dictObject().depth;
    return 0;
}
Value::Value(std::shared_ptr<CallableObject> callable)
    : m_kind(Kind::Callable), m_object(std::move(callable))
{
}
Value::Value(std::shared_ptr<LoopObject> loop) : m_kind(Kind::Loop), m_object(std::move(loop)) { }

Value Value::none()
{
    Value v;
    v.m_kind = Kind::None;
    return v;
}

Value Value::undefined(const QString &message, SourcePos pos)
{
    Value v;
    v.m_string = message;
    v.m_int = (qint64(pos.line) << 32) | quint32(pos.column);
    return v;
}

Value Value::undefinedName(const QString &name, SourcePos pos)
{
    Value v = undefined(name, pos);
    v.m_undefinedReason = UndefinedReason::Name;
    return v;
}

Value Value::missingAttribute(const Value &object, const QString &name, SourcePos pos)
{
    Value v = undefined(name, pos);
    v.m_undefinedReason = UndefinedReason::Attribute;
    v.m_ownerKind = object.m_kind;
    v.m_ownerFlags = object.typeFlags();
    return v;
}

Value Value::missingParameter(const QString &name, SourcePos pos)
{
    Value v = undefined(name, pos);
    v.m_undefinedReason = UndefinedReason::Parameter;
    return v;
}

QString Value::undefinedMessage() const
{
    switch (m_undefinedReason) {
    case UndefinedReason::Message:
        break;
    case UndefinedReason::Name:
        return u"'%1' is undefined"_s.arg(m_string);
    case UndefinedReason::Parameter:
        return u"parameter '%1' was not provided"_s.arg(m_string);
    case UndefinedReason::Attribute: {
        // Jinja2 3.1 names the owner as "None", "template module", "<type> object" for
        // built-in types and "<module>.<class> object" for its own Namespace class.
        QString owner;
        if (m_ownerKind == Kind::None)
            owner = u"None"_s;
        else if (m_ownerFlags & ModuleFlag)
            owner = u"template module"_s;
        else if (m_ownerFlags & NamespaceFlag)
            owner = u"jinja2.utils.Namespace object"_s;
        else
            owner = u"%1 object"_s.arg(typeName(m_ownerKind, m_ownerFlags));
        return u"'%1' has no attribute '%2'"_s.arg(owner, m_string);
    }
    }
    return m_string;
}

Value Value::undefinedAt(SourcePos pos) const
{
    Value v = *this;
    v.m_int = (qint64(pos.line) << 32) | quint32(pos.column);
    return v;
}

SourcePos Value::undefinedPos() const
{
    return SourcePos{int(m_int >> 32), int(m_int & 0xffffffff)};
}

Value Value::list(std::vector<Value> items, bool tuple)
{
    auto object = std::make_shared<ListObject>();
    object->items = std::move(items);
    object->tuple = tuple;
    return Value(std::move(object));
}

Value Value::fromVariant(const QVariant &variant)
{
    switch (variant.typeId()) {
    case QMetaType::QString:
        return Value(variant.toString());
    case QMetaType::Bool:
        return Value(variant.toBool());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return Value(variant.toLongLong());
    case QMetaType::ULongLong: {
        const qulonglong u = variant.toULongLong();
        if (u > qulonglong(std::numeric_limits<qint64>::max()))
            return Value(double(u));
        return Value(qint64(u));
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return Value(variant.toDouble());
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        const QVariantList list = variant.toList();
        std::vector<Value> items;
        items.reserve(size_t(list.size()));
        for (const QVariant &item : list)
            items.push_back(fromVariant(item));
        return Value::list(std::move(items));
    }
    case QMetaType::QVariantMap: {
        const QVariantMap map = variant.toMap();
        auto dict = std::make_shared<DictObject>();
        dict->entries.reserve(size_t(map.size()));
        // QVariantMap keys are unique, so the entries need no duplicate check.
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            dict->entries.emplace_back(it.key(), fromVariant(it.value()));
        dict->buildIndex();
        return Value(std::move(dict));
    }
    case QMetaType::QVariantHash: {
        // QHash has no order; sort the keys so that output does not change between runs.
        const QVariantHash hash = variant.toHash();
        QStringList keys = hash.keys();
        keys.sort();
        auto dict = std::make_shared<DictObject>();
        for (const QString &key : keys)
            dict->insert(key, fromVariant(hash.value(key)));
        return Value(std::move(dict));
    }
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return Value::none();
    default:
        if (variant.canConvert<QString>())
            return Value(variant.toString());
        return Value::none();
    }
}

const ListObject &Value::listObject() const
{
    return *static_cast<const ListObject *>(m_object.get());
}

const DictObject &Value::dictObject() const
{
    return *static_cast<const DictObject *>(m_object.get());
}

std::shared_ptr<DictObject> Value::sharedDict() const
{
    return std::static_pointer_cast<DictObject>(m_object);
}

std::shared_ptr<ListObject> Value::sharedList() const
{
    return std::static_pointer_cast<ListObject>(m_object);
}

CallableObject &Value::callable() const
{
    return *static_cast<CallableObject *>(m_object.get());
}

LoopObject &Value::loop() const
{
    return *static_cast<LoopObject *>(m_object.get());
}

quint8 Value::typeFlags() const
{
    if (m_kind == Kind::List && listObject().tuple)
        return TupleFlag;
    if (m_kind == Kind::Dict && dictObject().isNamespace)
        return NamespaceFlag;
    if (m_kind == Kind::Dict && dictObject().isModule)
        return ModuleFlag;
    return 0;
}

QString Value::typeName() const
{
    return typeName(m_kind, typeFlags());
}

QString Value::typeName(Kind kind, quint8 flags)
{
    switch (kind) {
    case Kind::Undefined:
        return QStringLiteral("Undefined");
    case Kind::None:
        return QStringLiteral("NoneType");
    case Kind::Bool:
        return QStringLiteral("bool");
    case Kind::Int:
        return QStringLiteral("int");
    case Kind::Float:
        return QStringLiteral("float");
    case Kind::String:
        return QStringLiteral("str");
    case Kind::List:
        return (flags & TupleFlag) ? QStringLiteral("tuple") : QStringLiteral("list");
    case Kind::Dict:
        return (flags & NamespaceFlag) ? QStringLiteral("Namespace") : QStringLiteral("dict");
    case Kind::Callable:
        return QStringLiteral("function");
    case Kind::Loop:
        return QStringLiteral("LoopContext");
    }
    return QString();
}

const Value *DictObject::find(const QString &key) const
{
    if (!m_index.isEmpty()) {
        const auto it = m_index.constFind(key);
        return it == m_index.cend() ? nullptr : &entries[size_t(*it)].second;
    }
    for (const auto &entry : entries) {
        if (py::sameString(entry.first, key))
            return &entry.second;
    }
    return nullptr;
}

void DictObject::insert(const QString &key, Value value)
{
    if (value.containerDepth() + 1 > kMaxContainerDepth)
        raiseTooDeep();
    depth = std::max(depth, value.containerDepth() + 1);
    if (const Value *existing = find(key)) {
        *const_cast<Value *>(existing) = std::move(value);
        return;
    }
    entries.emplace_back(key, std::move(value));
    if (!m_index.isEmpty())
        m_index.insert(key, qsizetype(entries.size()) - 1);
    else
        buildIndex();
}

void DictObject::buildIndex()
{
    if (qsizetype(entries.size()) <= kLinearSearchSize)
        return;
    m_index.clear();
    m_index.reserve(qsizetype(entries.size()));
    for (size_t i = 0; i < entries.size(); ++i)
        m_index.insert(entries[i].first, qsizetype(i));
}

} // namespace ztp::templates
