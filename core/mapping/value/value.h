#pragma once

#include "core/mapping/value/decimal.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <variant>
#include <vector>

namespace crmbridge::mapping {

class Object;
class Value;
using ValueList = std::vector<Value>;
using ArrayPtr = std::shared_ptr<const ValueList>;
using ObjectPtr = std::shared_ptr<const Object>;

/// A calendar date with no time and no zone. Stored as a Julian day so that no time-zone rule can
/// ever move it: 2024-03-10 is 2024-03-10 in Los Angeles, Shanghai and UTC.
struct Date
{
    std::int64_t julianDay = 0;
    friend bool operator==(Date a, Date b) { return a.julianDay == b.julianDay; }
};

/// An instant plus the UTC offset it was read or converted in, so that formatting shows the
/// wall-clock time the analyst expects while comparisons use the instant.
struct DateTime
{
    std::int64_t msecsSinceEpoch = 0; ///< UTC
    std::int32_t offsetSeconds = 0;   ///< of the zone the value is expressed in
    friend bool operator==(DateTime a, DateTime b) { return a.msecsSinceEpoch == b.msecsSinceEpoch; }
};

/// A failure carried as a value, so that one bad field makes its rule fail without unwinding
/// the whole record (IFERROR can catch it; the engine turns it into an invalid reason).
struct ErrorValue
{
    QString message;
};

/// The names of an object's fields, in order, shared by every record of the same shape (all rows
/// of a CSV file, consecutive JSON lines with the same keys). Immutable once built; each instance
/// has a process-unique id so compiled formulas can cache "name -> slot" per shape safely.
class FieldIndex
{
public:
    explicit FieldIndex(QStringList names);

    int size() const { return int(m_names.size()); }
    const QString &name(int slot) const { return m_names.at(slot); }
    const QStringList &names() const { return m_names; }
    /// -1 when absent. Linear for small shapes (cheaper than hashing), hashed otherwise.
    int indexOf(QStringView name) const;
    std::uint64_t id() const { return m_id; }

private:
    QStringList m_names;
    std::vector<std::pair<std::size_t, int>> m_hashed; // sorted by hash, only for large shapes
    std::uint64_t m_id;
};
using FieldIndexPtr = std::shared_ptr<const FieldIndex>;

/// The kinds of Value, in the order absence checks rely on (Missing and Null first).
enum class ValueType : std::uint8_t { Missing, Null, Bool, Number, Text, Date, DateTime, Array, Object, Error };

/// One formula value: missing, null, bool, decimal number, text, date, datetime, array, object
/// or error. 32 bytes; text shares its buffer (QString), arrays and objects are shared and
/// immutable once wrapped, so copying a value never copies data.
class Value
{
public:
    using Type = ValueType;

    Value() = default; // missing
    static Value null() { return Value(NullTag{}); }
    Value(bool b) : m_data(b) { }
    Value(Decimal d) : m_data(d) { }
    Value(QString text) : m_data(std::move(text)) { }
    Value(mapping::Date d) : m_data(d) { }
    Value(mapping::DateTime dt) : m_data(dt) { }
    Value(ArrayPtr array) : m_data(std::move(array)) { }
    Value(ObjectPtr object) : m_data(std::move(object)) { }
    Value(ErrorValue error) : m_data(std::move(error)) { }
    static Value fromInt(std::int64_t v) { return Value(Decimal::fromInt(v)); }
    static Value error(QString message) { return Value(ErrorValue{std::move(message)}); }
    static Value array(ValueList items) { return Value(std::make_shared<const ValueList>(std::move(items))); }

    Type type() const { return Type(m_data.index()); }
    bool isMissing() const { return type() == Type::Missing; }
    bool isNull() const { return type() == Type::Null; }
    /// Missing or null: "no value" for every function that propagates absence.
    bool isAbsent() const { return type() <= Type::Null; }
    /// Absent, or text that is empty — what COALESCE and ISBLANK skip.
    bool isBlank() const;
    bool isBool() const { return type() == Type::Bool; }
    bool isNumber() const { return type() == Type::Number; }
    bool isText() const { return type() == Type::Text; }
    bool isDate() const { return type() == Type::Date; }
    bool isDateTime() const { return type() == Type::DateTime; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }
    bool isError() const { return type() == Type::Error; }

    bool boolValue() const { return std::get<bool>(m_data); }
    Decimal number() const { return std::get<Decimal>(m_data); }
    const QString &text() const { return std::get<QString>(m_data); }
    mapping::Date date() const { return std::get<mapping::Date>(m_data); }
    mapping::DateTime dateTime() const { return std::get<mapping::DateTime>(m_data); }
    const ValueList &array() const { return *std::get<ArrayPtr>(m_data); }
    const ArrayPtr &arrayPtr() const { return std::get<ArrayPtr>(m_data); }
    const Object &object() const { return *std::get<ObjectPtr>(m_data); }
    const ObjectPtr &objectPtr() const { return std::get<ObjectPtr>(m_data); }
    const QString &errorMessage() const { return std::get<ErrorValue>(m_data).message; }

    /// Truthiness for IF/AND/OR: true, nonzero numbers, "true"/"yes"/"1" texts; never throws.
    bool isTruthy() const;
    /// Deep equality the way a diff sees it (numbers by value, texts exactly).
    bool operator==(const Value &other) const;

    static QString typeName(Type type);

private:
    struct NullTag { };
    explicit Value(NullTag tag) : m_data(tag) { }
    std::variant<std::monostate, NullTag, bool, Decimal, QString, mapping::Date, mapping::DateTime,
                 ArrayPtr, ObjectPtr, ErrorValue>
        m_data;
};

/// A record or a nested object: values in the slots of a shared FieldIndex. A streaming reader
/// keeps one FieldIndex per shape and fills `values` in place, so building a record costs the
/// field values and nothing else. A slot holding a missing Value means the field is absent.
class Object
{
public:
    Object() = default;
    explicit Object(FieldIndexPtr fields) : m_fields(std::move(fields)), m_values(std::size_t(m_fields->size())) { }
    Object(FieldIndexPtr fields, std::vector<Value> values) : m_fields(std::move(fields)), m_values(std::move(values)) { }

    const FieldIndexPtr &fields() const { return m_fields; }
    int size() const { return int(m_values.size()); }
    const Value &at(int slot) const { return m_values[std::size_t(slot)]; }
    Value &at(int slot) { return m_values[std::size_t(slot)]; }
    /// Missing when no such field (a shared missing value: no allocation).
    const Value &value(QStringView name) const;
    const QString &name(int slot) const { return m_fields->name(slot); }
    std::vector<Value> &values() { return m_values; }
    const std::vector<Value> &values() const { return m_values; }
    /// Clears every slot to missing, keeping the shape and the storage (for reuse per record).
    void clear();

    static const Value &missingValue();

private:
    FieldIndexPtr m_fields;
    std::vector<Value> m_values;
};

/// Builds an object from name/value pairs (tests, small lookups); not for the hot path.
ObjectPtr makeObject(const std::vector<std::pair<QString, Value>> &fields);

} // namespace crmbridge::mapping
