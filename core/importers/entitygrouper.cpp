#include "core/importers/entitygrouper.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace crmbridge {

static bool isParam(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

QString EntityGrouper::normalisePath(const QString &path)
{
    QStringList segments = path.split(QLatin1Char('/'));
    for (QString &s : segments) {
        if (s.startsWith(QLatin1Char(':')) && s.size() > 1)
            s = QLatin1Char('{') + s.mid(1) + QLatin1Char('}');
        else if (s.startsWith(QStringLiteral("{{")) && s.endsWith(QStringLiteral("}}")))
            s = s.mid(1, s.size() - 2);
    }
    return segments.join(QLatin1Char('/'));
}

namespace {

enum class Role { List, Get, Create, Update, Remove, BatchCreate, BatchUpdate, None };

struct Classified
{
    QString collection;
    QString itemParam;
    Role role = Role::None;
    bool patch = false;
};

Classified classify(const QString &method, const QString &path)
{
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Classified c;
    if (segments.isEmpty())
        return c;
    const QString last = segments.last();
    if (isParam(last)) {
        c.itemParam = last.mid(1, last.size() - 2);
        segments.removeLast();
        c.collection = QLatin1Char('/') + segments.join(QLatin1Char('/'));
        if (method == QLatin1String("GET"))
            c.role = Role::Get;
        else if (method == QLatin1String("PATCH") || method == QLatin1String("PUT"))
            c.role = Role::Update, c.patch = method == QLatin1String("PATCH");
        else if (method == QLatin1String("DELETE"))
            c.role = Role::Remove;
        return c;
    }
    // Bulk routes: HubSpot's /batch/create|update, Zendesk's /create_many|update_many.
    if (segments.size() >= 2 && segments.at(segments.size() - 2) == QLatin1String("batch")) {
        segments.removeLast();
        segments.removeLast();
        c.collection = QLatin1Char('/') + segments.join(QLatin1Char('/'));
        if (last == QLatin1String("create") && method == QLatin1String("POST"))
            c.role = Role::BatchCreate;
        else if (last == QLatin1String("update") && method == QLatin1String("POST"))
            c.role = Role::BatchUpdate;
        return c;
    }
    if (last == QLatin1String("create_many") || last == QLatin1String("update_many")) {
        segments.removeLast();
        c.collection = QLatin1Char('/') + segments.join(QLatin1Char('/'));
        if (last == QLatin1String("create_many") && method == QLatin1String("POST"))
            c.role = Role::BatchCreate;
        else if (last == QLatin1String("update_many") && (method == QLatin1String("PUT") || method == QLatin1String("POST")
                                                          || method == QLatin1String("PATCH")))
            c.role = Role::BatchUpdate;
        return c;
    }
    c.collection = QLatin1Char('/') + segments.join(QLatin1Char('/'));
    if (method == QLatin1String("GET"))
        c.role = Role::List;
    else if (method == QLatin1String("POST"))
        c.role = Role::Create;
    return c;
}

} // namespace

QList<EntityGrouper::Group> EntityGrouper::groups() const
{
    QList<Group> groups;
    QHash<QString, int> byCollection;
    for (const Route &route : m_routes) {
        const QString path = normalisePath(route.path);
        const Classified c = classify(route.method, path);
        if (c.role == Role::None || c.collection.size() <= 1)
            continue;
        auto found = byCollection.constFind(c.collection);
        int index = 0;
        if (found == byCollection.cend()) {
            index = int(groups.size());
            byCollection.insert(c.collection, index);
            Group g;
            g.collectionPath = c.collection;
            groups.append(g);
        } else {
            index = found.value();
        }
        Group &g = groups[index];
        if (g.itemParam.isEmpty())
            g.itemParam = c.itemParam;
        const EntityOperation op{route.method, path};
        const auto set = [&](EntityOperation &slot, int &tag) {
            if (!slot.isSet()) {
                slot = op;
                tag = route.tag;
            }
        };
        switch (c.role) {
        case Role::List: set(g.entity.list, g.listTag); break;
        case Role::Get: set(g.entity.get, g.getTag); break;
        case Role::Create: set(g.entity.create, g.createTag); break;
        case Role::Remove: set(g.entity.remove, g.removeTag); break;
        case Role::BatchCreate: set(g.entity.batchCreate, g.batchCreateTag); break;
        case Role::BatchUpdate: set(g.entity.batchUpdate, g.batchUpdateTag); break;
        case Role::Update:
            // PATCH changes only the fields sent; prefer it over PUT when an API has both.
            if (!g.entity.update.isSet() || (c.patch && g.entity.update.method != QLatin1String("PATCH"))) {
                g.entity.update = op;
                g.updateTag = route.tag;
            }
            break;
        case Role::None: break;
        }
    }

    // Paths: the record id becomes {id}; a parent's parameter becomes {{variable}}.
    for (Group &g : groups) {
        QStringList segments = g.collectionPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        QStringList statics;
        QString previousStatic;
        for (QString &s : segments) {
            if (isParam(s)) {
                QString var = s.mid(1, s.size() - 2);
                if (var == QLatin1String("id") && !previousStatic.isEmpty())
                    var = previousStatic + QStringLiteral("_id");
                g.variables.append(var);
                s = QStringLiteral("{{") + var + QStringLiteral("}}");
            } else {
                statics.append(s);
                previousStatic = s;
            }
        }
        const QString collection = QLatin1Char('/') + segments.join(QLatin1Char('/'));
        const auto rewrite = [&](EntityOperation &op, bool item) {
            if (op.isSet())
                op.path = item ? collection + QStringLiteral("/{id}") : collection + op.path.mid(g.collectionPath.size());
        };
        rewrite(g.entity.list, false);
        rewrite(g.entity.create, false);
        rewrite(g.entity.batchCreate, false);
        rewrite(g.entity.batchUpdate, false);
        rewrite(g.entity.get, true);
        rewrite(g.entity.update, true);
        rewrite(g.entity.remove, true);
        g.collectionPath = collection;

        g.statics = statics;
    }
    return groups;
}

void EntityGrouper::assignNames(QList<Group> &groups)
{
    // Shorter paths choose first, so /tags is "tags" and /tickets/{id}/tags "tickets_tags".
    QList<int> order;
    for (int i = 0; i < groups.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(),
                     [&groups](int a, int b) { return groups.at(a).statics.size() < groups.at(b).statics.size(); });
    QSet<QString> used;
    for (int i : std::as_const(order)) {
        Group &g = groups[i];
        QString name;
        // HubSpot addresses deals as /objects/0-3/{dealId}: a segment without letters says
        // nothing, the id parameter does.
        static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
        if (!g.statics.isEmpty() && !g.statics.last().contains(letter) && g.itemParam.size() > 2) {
            QString noun = g.itemParam;
            if (noun.endsWith(QLatin1String("_id")))
                noun.chop(3);
            else if (noun.endsWith(QLatin1String("Id")))
                noun.chop(2);
            if (!noun.isEmpty() && !used.contains(noun + QLatin1Char('s')))
                g.statics.last() = noun + QLatin1Char('s');
        }
        for (qsizetype take = 1; take <= g.statics.size(); ++take) {
            name = g.statics.mid(g.statics.size() - take).join(QLatin1Char('_'));
            if (!used.contains(name))
                break;
        }
        if (name.isEmpty())
            name = QStringLiteral("root");
        QString unique = name;
        for (int n = 2; used.contains(unique); ++n)
            unique = name + QLatin1Char('_') + QString::number(n);
        used.insert(unique);
        g.name = unique;
        g.entity.name = unique;
    }
}

} // namespace crmbridge
