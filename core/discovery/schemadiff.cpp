#include "core/discovery/schemadiff.h"

#include <QRegularExpression>

namespace crmbridge {

SchemaDiff SchemaDiff::compare(const FieldTree &before, const FieldTree &after)
{
    SchemaDiff diff;
    const auto old = before.byPath();
    const auto fresh = after.byPath();
    QStringList paths = old.keys();
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        const FieldNode *o = old.value(path);
        const FieldNode *n = fresh.value(path, nullptr);
        if (!n) {
            diff.vanished.append({path, o->type, FieldType::Unknown, o->presence});
            continue;
        }
        // A field that was always null tells nothing about its type: no change to report.
        const bool comparable = o->type != FieldType::Unknown && n->type != FieldType::Unknown;
        if (comparable && (o->type != n->type || (o->type == FieldType::Array && o->elementType != n->elementType)))
            diff.typeChanged.append({path, o->type, n->type, o->presence});
    }
    QStringList freshPaths = fresh.keys();
    freshPaths.sort();
    for (const QString &path : std::as_const(freshPaths)) {
        if (!old.contains(path))
            diff.added.append({path, FieldType::Unknown, fresh.value(path)->type, -1});
    }
    return diff;
}

Result<SchemaDiff> SchemaDiff::compareStored(const QJsonObject &storedSchema, const FieldTree &fresh, const QString &where)
{
    auto stored = FieldTreeJson::fromJson(storedSchema, where);
    if (!stored)
        return stored.error();
    return compare(stored.value(), fresh);
}

QString SchemaDiff::normalisePath(const QString &path)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d*\\]"));
    QString p = path;
    p.replace(index, QStringLiteral("[]"));
    if (p.startsWith(QLatin1Char('$')))
        p.remove(0, 1);
    if (p.startsWith(QLatin1Char('.')))
        p.remove(0, 1);
    return p;
}

static bool covers(const QString &vanished, const QString &used)
{
    return used == vanished || used.startsWith(vanished + QLatin1Char('.')) || used.startsWith(vanished + QStringLiteral("[]"));
}

QStringList SchemaDiff::vanishedUses(const QStringList &usedPaths) const
{
    QStringList out;
    for (const QString &used : usedPaths) {
        const QString path = normalisePath(used);
        for (const Change &v : vanished) {
            if (covers(v.path, path)) {
                out.append(used);
                break;
            }
        }
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

QStringList SchemaDiff::missingIn(const FieldTree &schema, const QStringList &usedPaths)
{
    const auto known = schema.byPath();
    QStringList out;
    for (const QString &used : usedPaths) {
        QString path = normalisePath(used);
        // Inside a map-like object (HubSpot "properties") any key is fine.
        bool found = known.contains(path);
        for (qsizetype dot = path.lastIndexOf(QLatin1Char('.')); !found && dot > 0; dot = path.lastIndexOf(QLatin1Char('.'), dot - 1)) {
            const FieldNode *parent = known.value(path.left(dot), nullptr);
            if (parent && parent->type == FieldType::Object && (!parent->mapValueType.isEmpty() || parent->children.isEmpty()))
                found = true;
            if (parent)
                break;
        }
        if (!found)
            out.append(used);
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

QStringList SchemaDiff::describe() const
{
    QStringList lines;
    for (const Change &c : added)
        lines.append(tr("New field %1 (%2)").arg(c.path, toString(c.after)));
    for (const Change &c : vanished) {
        if (c.presenceBefore >= 0 && c.presenceBefore < 1)
            lines.append(tr("Field %1 vanished (it was in %2% of the samples before)")
                             .arg(c.path).arg(qRound(c.presenceBefore * 100)));
        else
            lines.append(tr("Field %1 vanished").arg(c.path));
    }
    for (const Change &c : typeChanged)
        lines.append(tr("Field %1 changed from %2 to %3").arg(c.path, toString(c.before), toString(c.after)));
    return lines;
}

} // namespace crmbridge
