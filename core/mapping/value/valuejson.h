#pragma once

#include "core/common/result.h"
#include "core/mapping/value/value.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>

namespace crmbridge::mapping {

/// Reads JSON text straight into Values — no QJsonObject in between — for JSONL records and
/// golden files. Numbers become exact Decimals from their digits (19.99 stays 19.99; integers up
/// to 18 digits stay exact). Objects with the same keys in the same order share one FieldIndex,
/// so a JSONL file of uniform records pays for its field names once. One reader per thread.
class JsonValueReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonValueReader)

public:
    /// One JSON document (one JSONL line). Errors name the byte offset.
    Result<Value> parse(QByteArrayView utf8);
    /// The same Value parse() gives for the JSON text of `value` (numbers through their shortest
    /// digits), without writing and re-reading that text: for records already parsed by Qt (HTTP
    /// answers). Objects share this reader's shapes.
    Value fromQJson(const QJsonValue &value);

private:
    struct Cursor;
    Value parseValue(Cursor &c, int depth);
    Value parseObject(Cursor &c, int depth);
    Value parseArray(Cursor &c, int depth);
    FieldIndexPtr shapeFor(const QStringList &keys);

    QHash<QString, FieldIndexPtr> m_shapes;
    QString m_error;
    qsizetype m_errorOffset = 0;
};

/// Writes a value as compact JSON (UTF-8, non-ASCII kept as is): objects in field order with
/// missing fields left out, numbers with their exact digits and scale, dates and datetimes as
/// ISO 8601 strings. Deterministic, so golden files and diffs are stable.
void writeJson(const Value &value, QByteArray &out);
QByteArray toJson(const Value &value);
/// The QJsonValue that Qt's parser makes of toJson(value), without writing and parsing the text
/// (a mapped record handed to code that works on QJsonObject). Integers stay integers.
QJsonValue toQJsonValue(const Value &value);

} // namespace crmbridge::mapping
