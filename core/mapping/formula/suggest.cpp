#include "core/mapping/formula/suggest.h"

#include <algorithm>
#include <vector>

namespace crmbridge::mapping {

int editDistance(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<int> previous(std::size_t(m + 1));
    std::vector<int> current(std::size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        previous[std::size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        const QChar ca = a.at(i - 1).toCaseFolded();
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = ca == b.at(j - 1).toCaseFolded() ? 0 : 1;
            current[std::size_t(j)] = std::min({previous[std::size_t(j)] + 1, current[std::size_t(j - 1)] + 1,
                                                previous[std::size_t(j - 1)] + cost});
        }
        std::swap(previous, current);
    }
    return previous[std::size_t(m)];
}

QStringList nearestNames(const QString &name, const QStringList &candidates, int limit)
{
    // A typo budget that grows with the name, from 1 to 3 edits: more would suggest unrelated
    // fields that merely share a prefix such as "properties.".
    const int budget = std::clamp((int(name.size()) + 2) / 3, 1, 3);
    std::vector<std::pair<int, QString>> scored;
    for (const QString &candidate : candidates) {
        int distance = editDistance(name, candidate);
        // "email" for "properties.email": the last segment matching is a strong hint.
        const qsizetype dot = candidate.lastIndexOf(QLatin1Char('.'));
        if (dot >= 0) {
            const int tail = editDistance(name, QStringView(candidate).mid(dot + 1));
            distance = std::min(distance, tail + 1);
        }
        // A renamed field often grew or lost a suffix: email -> email_address.
        if (candidate.startsWith(name, Qt::CaseInsensitive) || name.startsWith(candidate, Qt::CaseInsensitive))
            distance = std::min(distance, 1);
        if (distance <= budget)
            scored.emplace_back(distance, candidate);
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    QStringList out;
    for (const auto &entry : scored) {
        if (out.size() >= limit)
            break;
        if (!out.contains(entry.second))
            out << entry.second;
    }
    return out;
}

QString schemaPath(QStringView path)
{
    QString out;
    out.reserve(path.size());
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path.at(i) == QLatin1Char('[')) {
            const qsizetype close = path.indexOf(QLatin1Char(']'), i);
            if (close > i) {
                out += QStringLiteral("[]");
                i = close;
                continue;
            }
        }
        out += path.at(i);
    }
    return out;
}

bool schemaHasPath(const QStringList &schema, const QString &path)
{
    const QString wanted = schemaPath(path);
    auto isPrefix = [](const QString &prefix, const QString &full) {
        return full.size() > prefix.size() && full.startsWith(prefix)
            && (full.at(prefix.size()) == QLatin1Char('.') || full.at(prefix.size()) == QLatin1Char('['));
    };
    QStringList fields;
    fields.reserve(schema.size());
    for (const QString &entry : schema)
        fields << schemaPath(entry);
    for (const QString &field : fields) {
        if (field == wanted || isPrefix(wanted, field))
            return true;
        if (isPrefix(field, wanted)) {
            // Below a field the schema lists without children (a free-form object) anything goes;
            // below one whose children are listed, only those children exist.
            const bool hasChildren = std::any_of(fields.begin(), fields.end(),
                                                 [&](const QString &other) { return isPrefix(field, other); });
            if (!hasChildren)
                return true;
        }
    }
    return false;
}

} // namespace crmbridge::mapping
