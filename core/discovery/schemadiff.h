#pragma once

#include "core/discovery/fieldtree.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace crmbridge {

/// What changed between a stored schema and a fresh one (rediscovery, re-import): fields that
/// are new, fields that vanished, fields whose type changed. Paths are FieldTree paths
/// ("properties.email", "lines[].sku"). Guarantees: lists are sorted by path; a field nested in a
/// vanished object is listed too, so a mapping that uses it is found.
struct SchemaDiff
{
    Q_DECLARE_TR_FUNCTIONS(SchemaDiff)

public:
    struct Change
    {
        QString path;
        FieldType before = FieldType::Unknown;
        FieldType after = FieldType::Unknown;
        double presenceBefore = -1; ///< a vanished field that was rare may just be missing from the sample
        friend bool operator==(const Change &, const Change &) = default;
    };

    QList<Change> added;
    QList<Change> vanished;
    QList<Change> typeChanged;

    bool isEmpty() const { return added.isEmpty() && vanished.isEmpty() && typeChanged.isEmpty(); }

    static SchemaDiff compare(const FieldTree &before, const FieldTree &after);
    /// Rediscovery: `storedSchema` is what Entity::schema holds (FieldTreeJson; empty = no
    /// schema yet, so every field is new). Fails only when the stored schema cannot be read.
    static Result<SchemaDiff> compareStored(const QJsonObject &storedSchema, const FieldTree &fresh,
                                            const QString &where = {});

    /// The paths a mapping uses ("properties.email", "lines[0].sku") that vanished in this diff.
    QStringList vanishedUses(const QStringList &usedPaths) const;
    /// The paths a mapping uses that the schema does not have (for a mapping checked against a
    /// schema directly, without an older schema to diff against).
    static QStringList missingIn(const FieldTree &schema, const QStringList &usedPaths);
    /// "a.b[3].c" → "a.b[].c", the form FieldTree paths use.
    static QString normalisePath(const QString &path);

    /// One translated line per change, for a report or the CLI.
    QStringList describe() const;
};

} // namespace crmbridge
