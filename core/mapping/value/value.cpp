#include "core/mapping/value/value.h"

#include <QHashFunctions>

#include <algorithm>
#include <atomic>

namespace crmbridge::mapping {

namespace {
std::atomic<std::uint64_t> s_nextFieldIndexId{1};
constexpr int kLinearLookupLimit = 12;
} // namespace

FieldIndex::FieldIndex(QStringList names)
    : m_names(std::move(names)), m_id(s_nextFieldIndexId.fetch_add(1, std::memory_order_relaxed))
{
    if (m_names.size() > kLinearLookupLimit) {
        m_hashed.reserve(std::size_t(m_names.size()));
        for (int i = 0; i < m_names.size(); ++i)
            m_hashed.emplace_back(qHash(m_names.at(i)), i);
        std::sort(m_hashed.begin(), m_hashed.end());
    }
}

int FieldIndex::indexOf(QStringView name) const
{
    if (m_hashed.empty()) {
        for (int i = 0; i < m_names.size(); ++i) {
            if (m_names.at(i) == name)
                return i;
        }
        return -1;
    }
    const std::size_t hash = qHash(name);
    auto it = std::lower_bound(m_hashed.begin(), m_hashed.end(), std::make_pair(hash, -1));
    for (; it != m_hashed.end() && it->first == hash; ++it) {
        if (m_names.at(it->second) == name)
            return it->second;
    }
    return -1;
}

bool Value::isBlank() const
{
    return isAbsent() || (isText() && text().isEmpty());
}

bool Value::isTruthy() const
{
    switch (type()) {
    case Type::Bool: return boolValue();
    case Type::Number: return !number().isZero();
    case Type::Text: {
        const QString &t = text();
        return t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
            || t.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0 || t == QLatin1String("1");
    }
    case Type::Date:
    case Type::DateTime: return true;
    case Type::Array: return !array().empty();
    case Type::Object: return true;
    default: return false;
    }
}

bool Value::operator==(const Value &other) const
{
    if (type() != other.type())
        return false;
    switch (type()) {
    case Type::Missing:
    case Type::Null: return true;
    case Type::Bool: return boolValue() == other.boolValue();
    case Type::Number: return number() == other.number();
    case Type::Text: return text() == other.text();
    case Type::Date: return date() == other.date();
    case Type::DateTime: return dateTime() == other.dateTime();
    case Type::Array: return array() == other.array();
    case Type::Object: {
        const Object &a = object();
        const Object &b = other.object();
        if (a.size() != b.size())
            return false;
        for (int i = 0; i < a.size(); ++i) {
            if (!(a.at(i) == b.value(a.name(i))))
                return false;
        }
        return true;
    }
    case Type::Error: return errorMessage() == other.errorMessage();
    }
    return false;
}

QString Value::typeName(Type type)
{
    switch (type) {
    case Type::Missing: return QStringLiteral("missing");
    case Type::Null: return QStringLiteral("null");
    case Type::Bool: return QStringLiteral("bool");
    case Type::Number: return QStringLiteral("number");
    case Type::Text: return QStringLiteral("text");
    case Type::Date: return QStringLiteral("date");
    case Type::DateTime: return QStringLiteral("datetime");
    case Type::Array: return QStringLiteral("array");
    case Type::Object: return QStringLiteral("object");
    case Type::Error: return QStringLiteral("error");
    }
    return {};
}

const Value &Object::value(QStringView name) const
{
    if (!m_fields)
        return missingValue();
    const int slot = m_fields->indexOf(name);
    return slot < 0 ? missingValue() : m_values[std::size_t(slot)];
}

void Object::clear()
{
    for (Value &v : m_values)
        v = Value();
}

const Value &Object::missingValue()
{
    static const Value missing;
    return missing;
}

ObjectPtr makeObject(const std::vector<std::pair<QString, Value>> &fields)
{
    QStringList names;
    std::vector<Value> values;
    names.reserve(qsizetype(fields.size()));
    values.reserve(fields.size());
    for (const auto &[name, value] : fields) {
        names << name;
        values.push_back(value);
    }
    return std::make_shared<const Object>(std::make_shared<const FieldIndex>(names), std::move(values));
}

} // namespace crmbridge::mapping
