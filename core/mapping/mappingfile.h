#pragma once

#include "core/common/result.h"
#include "core/mapping/mapping.h"

#include <QByteArray>
#include <QCoreApplication>

namespace crmbridge::mapping {

/// Mapping files: readable, diffable JSON (keys in a stable order, two-space indent, rules in
/// the analyst's order, `format_version`: 1), and import of Salesforce Data Loader `.sdl` files.
/// Reading never guesses: an unknown format version or a malformed rule is an error naming the
/// file and the rule.
class MappingFile
{
    Q_DECLARE_TR_FUNCTIONS(MappingFile)

public:
    static QByteArray toJson(const Mapping &mapping);
    static Result<Mapping> fromJson(const QByteArray &json, const QString &fileName = {});

    static Status save(const Mapping &mapping, const QString &path);
    static Result<Mapping> load(const QString &path);

    /// Data Loader mapping: `Source=Target` lines (Java properties escaping, `#` comments),
    /// `"constant"=Target` for constants, `Source=Target1,Target2` for one column into several
    /// fields, `Source=` for an unmapped column. Each becomes a rule.
    static Result<Mapping> fromSdl(const QByteArray &sdl, const QString &fileName = {});
};

} // namespace crmbridge::mapping
