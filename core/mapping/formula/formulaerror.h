#pragma once

#include "core/common/error.h"

#include <QString>

namespace crmbridge::mapping {

/// A problem in a formula's text, pinned to where it is: 1-based line and column (in characters)
/// plus the length of the offending token, so a caret line can point at it in a terminal, in an
/// error file or under the mapping editor's cell.
struct FormulaError
{
    QString message;   ///< translated, one sentence
    QString hint;      ///< what to do, e.g. "Did you mean 'email'?"
    QString formula;   ///< the whole formula text
    int offset = 0;    ///< UTF-16 offset into formula
    int length = 1;
    int line = 1;
    int column = 1;

    static FormulaError at(const QString &formula, int offset, int length, QString message, QString hint = {});
    /// The formula line holding the error and a caret line under the token:
    ///   IF(amount > 10, "big", smal)
    ///                          ^~~~
    QString caret() const;
    /// "1:24: message" — short form for tables.
    QString text() const;
    /// As a core Error, `where` naming the rule: "rule properties.email, 1:24".
    Error toError(const QString &rule) const;
};

} // namespace crmbridge::mapping
