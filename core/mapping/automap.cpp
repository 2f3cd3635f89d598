#include "core/mapping/automap.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace crmbridge::mapping {

namespace {

struct SynonymGroup
{
    const char *name;
    QStringList names; // normalised
};

const QList<SynonymGroup> &synonymGroups()
{
    // Spelled as analysts meet them in CRM, ERP, helpdesk and marketing schemas, normalised
    // (lower case, no separators) so "First Name", "first-name" and "FIRST_NAME" all match.
    static const QList<SynonymGroup> groups = {
        { "first_name",
          { QStringLiteral("firstname"), QStringLiteral("fname"), QStringLiteral("givenname"),
            QStringLiteral("forename"), QStringLiteral("名") } },
        { "last_name",
          { QStringLiteral("lastname"), QStringLiteral("lname"), QStringLiteral("surname"),
            QStringLiteral("familyname"), QStringLiteral("姓") } },
        { "full_name",
          { QStringLiteral("fullname"), QStringLiteral("displayname"), QStringLiteral("contactname"),
            QStringLiteral("姓名") } },
        { "email",
          { QStringLiteral("email"), QStringLiteral("emailaddress"), QStringLiteral("mail"),
            QStringLiteral("emailaddr"), QStringLiteral("primaryemail"), QStringLiteral("邮箱") } },
        { "phone",
          { QStringLiteral("phone"), QStringLiteral("phonenumber"), QStringLiteral("mobile"),
            QStringLiteral("mobilephone"), QStringLiteral("tel"), QStringLiteral("telephone"),
            QStringLiteral("cell"), QStringLiteral("电话") } },
        { "company",
          { QStringLiteral("company"), QStringLiteral("companyname"), QStringLiteral("organization"),
            QStringLiteral("organisation"), QStringLiteral("org"), QStringLiteral("accountname"),
            QStringLiteral("公司") } },
        { "country",
          { QStringLiteral("country"), QStringLiteral("countrycode"), QStringLiteral("nation"),
            QStringLiteral("国家") } },
        { "city",
          { QStringLiteral("city"), QStringLiteral("town"), QStringLiteral("locality"),
            QStringLiteral("城市") } },
        { "postal_code",
          { QStringLiteral("postalcode"), QStringLiteral("postcode"), QStringLiteral("zip"),
            QStringLiteral("zipcode"), QStringLiteral("邮编") } },
        { "street",
          { QStringLiteral("street"), QStringLiteral("address"), QStringLiteral("address1"),
            QStringLiteral("addressline1"), QStringLiteral("streetaddress"), QStringLiteral("地址") } },
        { "status", { QStringLiteral("status"), QStringLiteral("lifecyclestage"), QStringLiteral("stage") } },
        { "created",
          { QStringLiteral("created"), QStringLiteral("createdat"), QStringLiteral("createdate"),
            QStringLiteral("createddate"), QStringLiteral("creationdate"), QStringLiteral("signup"),
            QStringLiteral("signupdate"), QStringLiteral("timestampsignup"), QStringLiteral("since") } },
        { "updated",
          { QStringLiteral("updated"), QStringLiteral("updatedat"), QStringLiteral("modified"),
            QStringLiteral("modifiedat"), QStringLiteral("lastmodifieddate"),
            QStringLiteral("lastchanged") } },
    };
    return groups;
}

// What value pattern a target group expects, for matching by sample values.
QString patternForGroup(const QString &group)
{
    if (group == u"email")
        return QStringLiteral("email");
    if (group == u"phone")
        return QStringLiteral("phone");
    if (group == u"created" || group == u"updated")
        return QStringLiteral("date");
    return {};
}

QString leaf(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    QString name = dot < 0 ? path : path.mid(dot + 1);
    if (name.endsWith(QStringLiteral("[]")))
        name.chop(2);
    return name;
}

QString textOf(const Value &value)
{
    if (value.isText())
        return value.text().trimmed();
    return {};
}

struct Candidate
{
    int target;
    int source;
    double confidence;
    QString reason;
};

} // namespace

const Value &valueAtPath(const Object &record, QStringView path)
{
    const Object *object = &record;
    qsizetype start = 0;
    while (true) {
        const qsizetype dot = path.indexOf(QLatin1Char('.'), start);
        const QStringView segment = path.mid(start, dot < 0 ? -1 : dot - start);
        const Value &value = object->value(segment);
        if (dot < 0)
            return value;
        if (!value.isObject())
            return Object::missingValue();
        object = &value.object();
        start = dot + 1;
    }
}

QString AutoMapper::normalise(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c == u'_' || c == u'-' || c == u'.' || c.isSpace())
            continue;
        out.append(c.toLower());
    }
    return out;
}

QString AutoMapper::synonymGroup(QStringView name)
{
    const QString folded = normalise(name);
    for (const SynonymGroup &group : synonymGroups()) {
        if (group.names.contains(folded))
            return QString::fromLatin1(group.name);
    }
    return {};
}

QString AutoMapper::formulaFor(const QString &path)
{
    QString formula = path;
    formula.replace(QStringLiteral("[]"), QStringLiteral("[*]"));
    return formula;
}

QString AutoMapper::valuePattern(std::span<const Object> samples, const QString &path)
{
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    static const QRegularExpression phone(QStringLiteral(R"(^\+?[\d\s().\-/]{7,20}$)"));
    static const QRegularExpression date(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})$)"));
    int seen = 0;
    QHash<QString, int> counts;
    for (const Object &record : samples) {
        const Value &value = valueAtPath(record, path);
        if (value.isAbsent())
            continue;
        ++seen;
        if (value.isDate() || value.isDateTime()) {
            ++counts[QStringLiteral("date")];
            continue;
        }
        const QString text = textOf(value);
        if (text.isEmpty())
            continue;
        if (email.match(text).hasMatch())
            ++counts[QStringLiteral("email")];
        else if (date.match(text).hasMatch())
            ++counts[QStringLiteral("date")];
        else if (phone.match(text).hasMatch()
                 && std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }) >= 7)
            ++counts[QStringLiteral("phone")];
    }
    if (seen == 0)
        return {};
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() * 10 >= seen * 8) // 80% of the present values
            return it.key();
    }
    return {};
}

QList<AutoMapSuggestion> AutoMapper::suggest(const Input &input)
{
    QList<Candidate> candidates;
    QHash<int, QString> sourcePatterns;
    if (!input.samples.empty()) {
        for (int s = 0; s < input.sourceFields.size(); ++s) {
            const QString &path = input.sourceFields.at(s);
            if (!path.contains(QStringLiteral("[]")))
                sourcePatterns.insert(s, valuePattern(input.samples, path));
        }
    }

    for (int t = 0; t < input.targetFields.size(); ++t) {
        const QString &target = input.targetFields.at(t);
        if (input.mappedTargets.contains(target))
            continue;
        const QString targetLeaf = leaf(target);
        const QString targetNorm = normalise(targetLeaf);
        const QString targetGroup = synonymGroup(targetLeaf);
        for (int s = 0; s < input.sourceFields.size(); ++s) {
            const QString &source = input.sourceFields.at(s);
            const QString sourceLeaf = leaf(source);
            Candidate c { t, s, 0, {} };
            if (source == target) {
                c.confidence = 1.0;
                c.reason = tr("Same field name \"%1\".").arg(source);
            } else if (sourceLeaf == targetLeaf) {
                c.confidence = 0.95;
                c.reason = tr("Same field name \"%1\" at a different path.").arg(sourceLeaf);
            } else if (!targetNorm.isEmpty() && normalise(sourceLeaf) == targetNorm) {
                c.confidence = 0.85;
                c.reason =
                    tr("\"%1\" and \"%2\" differ only in case or separators.").arg(sourceLeaf, targetLeaf);
            } else if (!targetGroup.isEmpty() && synonymGroup(sourceLeaf) == targetGroup) {
                c.confidence = 0.75;
                c.reason =
                    tr("\"%1\" and \"%2\" are synonyms (%3).").arg(sourceLeaf, targetLeaf, targetGroup);
            } else {
                const QString wanted = patternForGroup(targetGroup);
                if (!wanted.isEmpty() && sourcePatterns.value(s) == wanted) {
                    c.confidence = 0.6;
                    c.reason = tr("The sample values of \"%1\" look like %2, which \"%3\" holds.")
                                   .arg(source, wanted, targetLeaf);
                }
            }
            if (c.confidence > 0)
                candidates.append(c);
        }
    }

    // Most confident first; ties by target order, then source order, so results are stable.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        if (a.target != b.target)
            return a.target < b.target;
        return a.source < b.source;
    });
    QSet<int> usedTargets;
    QSet<int> usedSources;
    QList<AutoMapSuggestion> out;
    for (const Candidate &c : std::as_const(candidates)) {
        if (usedTargets.contains(c.target) || usedSources.contains(c.source))
            continue;
        usedTargets.insert(c.target);
        usedSources.insert(c.source);
        const QString &source = input.sourceFields.at(c.source);
        out.append({ input.targetFields.at(c.target), formulaFor(source), source, c.confidence, c.reason });
    }
    // Shown in target order, the way the rules table lists them.
    std::stable_sort(out.begin(), out.end(), [&](const AutoMapSuggestion &a, const AutoMapSuggestion &b) {
        return input.targetFields.indexOf(a.target) < input.targetFields.indexOf(b.target);
    });
    return out;
}

} // namespace crmbridge::mapping
