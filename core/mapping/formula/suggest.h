#pragma once

#include <QStringList>

namespace crmbridge::mapping {

/// Levenshtein distance in characters, case-insensitive (so "Email" is 0 away from "email").
int editDistance(QStringView a, QStringView b);

/// Up to `limit` candidates close enough to `name` to be what the analyst meant (a typo, a
/// different case, a missing segment), nearest first.
QStringList nearestNames(const QString &name, const QStringList &candidates, int limit = 3);

/// A field path in the form schemas list it: indexes and [*] both become [] (lines[0].sku and
/// lines[*].sku are the field lines[].sku).
QString schemaPath(QStringView path);

/// Whether `path` names a field of `schema` (as listed by schemaPath), a parent object of one,
/// or a child of a field listed without children.
bool schemaHasPath(const QStringList &schema, const QString &path);

} // namespace crmbridge::mapping
