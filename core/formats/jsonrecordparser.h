#pragma once

#include "core/mapping/value/value.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace crmbridge::formats {

/// Parses JSON objects from UTF-8 bytes straight into mapping Values, for the JSON Lines and
/// JSON array readers: no QJsonDocument, no QJsonObject per record.
///
/// Guarantees: numbers become exact Decimals from their digits as written (19.99 stays 19.99,
/// 1.50 keeps its scale); a number that does not fit a Decimal (more than 18 digits) is kept as
/// text with its exact digits, so long ids survive. Objects with the same keys in the same order
/// share one FieldIndex (the record is refilled in place when its shape repeats). A repeated key
/// keeps its last value. One parser per thread.
class JsonRecordParser
{
    Q_DECLARE_TR_FUNCTIONS(JsonRecordParser)

public:
    static constexpr int MaxDepth = 64;

    JsonRecordParser();

    /// Parses the one JSON object in [begin, end), surrounding whitespace allowed, into `record`.
    /// On failure errorMessage() says why and errorAt() points at the offending byte.
    bool parseRecord(const char *begin, const char *end, mapping::Object &record);

    const QString &errorMessage() const { return m_error; }
    const char *errorAt() const { return m_errorAt; }

private:
    struct Level
    {
        QByteArray signature; ///< the keys, each followed by a NUL byte
        std::vector<mapping::Value> values;
        QByteArray lastSignature;
        mapping::FieldIndexPtr lastShape;
        /// The keys just parsed are lastSignature's (signature was not built: the usual case).
        bool sameAsLast = false;
    };

    bool fail(const QString &message);
    void skipSpace();
    mapping::Value parseValue(int depth);
    bool parseMembers(int depth); ///< fills m_levels[depth]; m_p is just past '{'
    mapping::Value parseArray(int depth);
    bool parseString(QByteArray *raw, mapping::Value *value);
    /// Moves m_p to the first '"' or '\\' at or after it (or m_end); ORs every byte passed into
    /// `high`, so that bit 7 says whether any was not ASCII.
    void scanString(unsigned char &high);
    mapping::Value parseNumber();
    mapping::FieldIndexPtr shapeFor(Level &level, bool &duplicates);
    mapping::Value finishObject(Level &level);

    const char *m_p = nullptr;
    const char *m_end = nullptr;
    bool m_failed = false;
    QString m_error;
    const char *m_errorAt = nullptr;
    std::vector<Level> m_levels; ///< one per nesting depth; never resized while parsing
    QByteArray m_scratch;
    QHash<QByteArray, mapping::FieldIndexPtr> m_shapes;
};

} // namespace crmbridge::formats
