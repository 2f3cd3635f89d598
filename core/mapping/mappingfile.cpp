#include "core/mapping/mappingfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace crmbridge::mapping {

namespace {

QJsonObject validationToJson(const ValidationRule &v)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), ValidationRule::kindName(v.kind));
    switch (v.kind) {
    case ValidationRule::Kind::Type: o.insert(QStringLiteral("type"), v.argument); break;
    case ValidationRule::Kind::Regex: o.insert(QStringLiteral("pattern"), v.argument); break;
    case ValidationRule::Kind::Min:
    case ValidationRule::Kind::Max: o.insert(QStringLiteral("value"), v.argument); break;
    case ValidationRule::Kind::OneOf: o.insert(QStringLiteral("values"), QJsonArray::fromStringList(v.values)); break;
    case ValidationRule::Kind::Phone: o.insert(QStringLiteral("region"), v.argument); break;
    case ValidationRule::Kind::Formula: o.insert(QStringLiteral("formula"), v.argument); break;
    default: break;
    }
    if (!v.message.isEmpty())
        o.insert(QStringLiteral("message"), v.message);
    return o;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

} // namespace

QByteArray MappingFile::toJson(const Mapping &m)
{
    // QJsonObject keeps keys sorted, which is exactly the stable order a diff needs.
    QJsonObject root;
    root.insert(QStringLiteral("format_version"), Mapping::FormatVersion);
    root.insert(QStringLiteral("name"), m.name);
    if (!m.description.isEmpty())
        root.insert(QStringLiteral("description"), m.description);
    root.insert(QStringLiteral("time_zone"), m.timeZone);
    root.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("entity"), m.sourceEntity},
                                                      {QStringLiteral("fields"), QJsonArray::fromStringList(m.sourceFields)}});
    root.insert(QStringLiteral("target"), QJsonObject{{QStringLiteral("entity"), m.targetEntity},
                                                      {QStringLiteral("fields"), QJsonArray::fromStringList(m.targetFields)}});
    QJsonArray rules;
    for (const MappingRule &r : m.rules) {
        QJsonObject o;
        o.insert(QStringLiteral("target"), r.target);
        o.insert(QStringLiteral("formula"), r.formula);
        if (!r.comment.isEmpty())
            o.insert(QStringLiteral("comment"), r.comment);
        if (!r.validations.isEmpty()) {
            QJsonArray checks;
            for (const ValidationRule &v : r.validations)
                checks.append(validationToJson(v));
            o.insert(QStringLiteral("validate"), checks);
        }
        rules.append(o);
    }
    root.insert(QStringLiteral("rules"), rules);
    QJsonArray maps;
    for (const ValueMap &map : m.valueMaps) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), map.name());
        o.insert(QStringLiteral("fold_case"), map.foldCase());
        o.insert(QStringLiteral("fold_whitespace"), map.foldWhitespace());
        if (map.defaultValue())
            o.insert(QStringLiteral("default"), *map.defaultValue());
        QJsonArray entries;
        for (const auto &[from, to] : map.entries())
            entries.append(QJsonObject{{QStringLiteral("source"), from}, {QStringLiteral("target"), to}});
        o.insert(QStringLiteral("entries"), entries);
        maps.append(o);
    }
    root.insert(QStringLiteral("value_maps"), maps);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Mapping> MappingFile::fromJson(const QByteArray &json, const QString &fileName)
{
    const QString file = fileName.isEmpty() ? tr("mapping") : fileName;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::input(tr("The mapping file is not valid JSON: %1.").arg(parseError.errorString()),
                            tr("%1, byte %2").arg(file).arg(parseError.offset + 1), tr("Fix the JSON or re-export the mapping."));
    const QJsonObject root = doc.object();
    const int version = root.value(QStringLiteral("format_version")).toInt(-1);
    if (version != Mapping::FormatVersion)
        return Error::input(version < 0 ? tr("The mapping file has no format_version.")
                                        : tr("The mapping file has format_version %1; this version reads %2.").arg(version).arg(Mapping::FormatVersion),
                            file, tr("Open it with the CRM Bridge version that wrote it, or export it again."));
    Mapping m;
    m.name = root.value(QStringLiteral("name")).toString();
    m.description = root.value(QStringLiteral("description")).toString();
    m.timeZone = root.value(QStringLiteral("time_zone")).toString(QStringLiteral("UTC"));
    const QJsonObject source = root.value(QStringLiteral("source")).toObject();
    const QJsonObject target = root.value(QStringLiteral("target")).toObject();
    m.sourceEntity = source.value(QStringLiteral("entity")).toString();
    m.sourceFields = stringList(source.value(QStringLiteral("fields")));
    m.targetEntity = target.value(QStringLiteral("entity")).toString();
    m.targetFields = stringList(target.value(QStringLiteral("fields")));

    const QJsonArray rules = root.value(QStringLiteral("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject o = rules.at(i).toObject();
        MappingRule r;
        r.target = o.value(QStringLiteral("target")).toString();
        r.formula = o.value(QStringLiteral("formula")).toString();
        r.comment = o.value(QStringLiteral("comment")).toString();
        if (r.target.isEmpty() || r.formula.isEmpty())
            return Error::input(tr("Rule %1 needs a target and a formula.").arg(i + 1), file,
                                tr("Every rule is {\"target\": \"field\", \"formula\": \"...\"}."));
        for (const QJsonValue &cv : o.value(QStringLiteral("validate")).toArray()) {
            const QJsonObject c = cv.toObject();
            const auto kind = ValidationRule::kindFromName(c.value(QStringLiteral("kind")).toString());
            if (!kind)
                return Error::input(tr("Rule %1 (%2) has an unknown validation '%3'.")
                                        .arg(i + 1)
                                        .arg(r.target, c.value(QStringLiteral("kind")).toString()),
                                    file, tr("Use required, type, regex, min, max, one_of, email, phone or formula."));
            ValidationRule v;
            v.kind = *kind;
            v.message = c.value(QStringLiteral("message")).toString();
            switch (v.kind) {
            case ValidationRule::Kind::Type: v.argument = c.value(QStringLiteral("type")).toString(); break;
            case ValidationRule::Kind::Regex: v.argument = c.value(QStringLiteral("pattern")).toString(); break;
            case ValidationRule::Kind::Min:
            case ValidationRule::Kind::Max: {
                const QJsonValue value = c.value(QStringLiteral("value"));
                v.argument = value.isDouble() ? QString::number(value.toDouble(), 'g', 17) : value.toString();
                break;
            }
            case ValidationRule::Kind::OneOf: v.values = stringList(c.value(QStringLiteral("values"))); break;
            case ValidationRule::Kind::Phone: v.argument = c.value(QStringLiteral("region")).toString(); break;
            case ValidationRule::Kind::Formula: v.argument = c.value(QStringLiteral("formula")).toString(); break;
            default: break;
            }
            r.validations << v;
        }
        m.rules << r;
    }
    for (const QJsonValue &mv : root.value(QStringLiteral("value_maps")).toArray()) {
        const QJsonObject o = mv.toObject();
        QList<ValueMap::Entry> entries;
        for (const QJsonValue &ev : o.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject e = ev.toObject();
            entries.append({e.value(QStringLiteral("source")).toString(), e.value(QStringLiteral("target")).toString()});
        }
        std::optional<QString> defaultValue;
        if (o.contains(QStringLiteral("default")))
            defaultValue = o.value(QStringLiteral("default")).toString();
        m.valueMaps << ValueMap(o.value(QStringLiteral("name")).toString(), entries,
                                o.value(QStringLiteral("fold_case")).toBool(), o.value(QStringLiteral("fold_whitespace")).toBool(),
                                defaultValue);
    }
    return m;
}

Status MappingFile::save(const Mapping &mapping, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(mapping)) < 0 || !file.commit())
        return Error::io(tr("Could not write the mapping file: %1.").arg(file.errorString()), path,
                         tr("Check that the folder exists and is writable."));
    return {};
}

Result<Mapping> MappingFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Could not read the mapping file: %1.").arg(file.errorString()), path,
                         tr("Check the path and the file's permissions."));
    return fromJson(file.readAll(), path);
}

namespace {
// Java properties unescaping: \= \: \space \\ \t \n \uXXXX.
QString unescapeProperty(QStringView s)
{
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) != QLatin1Char('\\') || i + 1 >= s.size()) {
            out += s.at(i);
            continue;
        }
        const QChar e = s.at(++i);
        if (e == QLatin1Char('t'))
            out += QLatin1Char('\t');
        else if (e == QLatin1Char('n'))
            out += QLatin1Char('\n');
        else if (e == QLatin1Char('u') && i + 4 < s.size()) {
            bool ok = false;
            const ushort code = s.mid(i + 1, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 4;
            }
        } else {
            out += e;
        }
    }
    return out;
}

// A source column as a formula path: plain names as they are, others in backticks.
QString fieldReference(const QString &column)
{
    static const QRegularExpression plain(QStringLiteral("^[\\p{L}_][\\p{L}\\p{N}_]*(\\.[\\p{L}_][\\p{L}\\p{N}_]*)*$"));
    if (plain.match(column).hasMatch())
        return column;
    QString name = column;
    name.remove(QLatin1Char('`'));
    return QLatin1Char('`') + name + QLatin1Char('`');
}
} // namespace

Result<Mapping> MappingFile::fromSdl(const QByteArray &sdl, const QString &fileName)
{
    Mapping m;
    m.name = fileName;
    const QStringList lines = QString::fromUtf8(sdl).split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char('!')))
            continue;
        // The key ends at the first unescaped = or : (Java properties).
        qsizetype split = -1;
        bool inQuotes = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == QLatin1Char('\\')) {
                ++i;
                continue;
            }
            if (c == QLatin1Char('"'))
                inQuotes = !inQuotes;
            if (!inQuotes && (c == QLatin1Char('=') || c == QLatin1Char(':'))) {
                split = i;
                break;
            }
        }
        if (split < 0)
            return Error::input(tr("This line is not Source=Target."), tr("%1, line %2").arg(fileName).arg(n + 1),
                                tr("Each line maps a CSV column (or \"constant\") to a field: Name=Name."));
        const QString key = unescapeProperty(QStringView(line).left(split).trimmed());
        const QString value = unescapeProperty(QStringView(line).mid(split + 1).trimmed());
        if (value.isEmpty())
            continue; // an unmapped column
        QString formula;
        if (key.size() >= 2 && key.startsWith(QLatin1Char('"')) && key.endsWith(QLatin1Char('"')))
            formula = key; // "constant" is already a formula string literal
        else
            formula = fieldReference(key);
        if (!formula.startsWith(QLatin1Char('"')) && !m.sourceFields.contains(key))
            m.sourceFields << key;
        for (const QString &target : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            MappingRule rule;
            rule.target = target.trimmed();
            rule.formula = formula;
            rule.comment = tr("Imported from %1, line %2").arg(fileName).arg(n + 1);
            m.rules << rule;
            if (!m.targetFields.contains(rule.target))
                m.targetFields << rule.target;
        }
    }
    return m;
}

} // namespace crmbridge::mapping
