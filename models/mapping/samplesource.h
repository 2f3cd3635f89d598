#pragma once

#include "core/common/result.h"
#include "core/mapping/value/value.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace crmbridge {

struct FieldTree;

/// Where the mapping page gets sample records from: a CSV / JSON Lines / JSON / XML file read
/// with the core/formats readers, or an entity's stored schema (its examples become records).
class SampleSource
{
    Q_DECLARE_TR_FUNCTIONS(SampleSource)

public:
    /// Up to `limit` records of a file; the format comes from the extension.
    static Result<std::vector<mapping::Object>> readFile(const QString &path, int limit = 1000);
    /// Records built from a schema's examples: record i holds every field's i-th example.
    static std::vector<mapping::Object> fromSchemaExamples(const FieldTree &tree);
};

} // namespace crmbridge
