#include "core/endpoints/environment.h"

#include "core/endpoints/jsonreader.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace crmbridge {

const EnvironmentVariable *Environment::variable(const QString &varName) const
{
    for (const EnvironmentVariable &v : variables) {
        if (v.name == varName)
            return &v;
    }
    return nullptr;
}

QHash<QString, QString> Environment::plainValues() const
{
    QHash<QString, QString> values;
    for (const EnvironmentVariable &v : variables) {
        if (!v.isSecret())
            values.insert(v.name, v.value);
    }
    return values;
}

QJsonObject EnvironmentJson::toJson(const Environment &environment)
{
    QList<EnvironmentVariable> sorted = environment.variables;
    std::sort(sorted.begin(), sorted.end(),
              [](const EnvironmentVariable &a, const EnvironmentVariable &b) { return a.name < b.name; });
    QJsonArray variables;
    for (const EnvironmentVariable &v : sorted) {
        QJsonObject item{{QStringLiteral("name"), v.name}};
        if (v.isSecret())
            item.insert(QStringLiteral("secret"), QJsonObject{{QStringLiteral("envVar"), v.secret.envVar},
                                                              {QStringLiteral("key"), v.secret.key}});
        else
            item.insert(QStringLiteral("value"), v.value);
        variables.append(item);
    }
    return QJsonObject{
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("name"), environment.name},
        {QStringLiteral("production"), environment.production},
        {QStringLiteral("variables"), variables},
    };
}

Result<Environment> EnvironmentJson::fromJson(const QJsonObject &json, const QString &where)
{
    JsonReader r(json, where);
    Environment env;
    env.name = r.string(QStringLiteral("name")).trimmed();
    if (env.name.isEmpty())
        r.fail(QStringLiteral("name"), tr("An environment needs a name"));
    env.production = r.boolean(QStringLiteral("production"), false);
    const QJsonArray variables = r.array(QStringLiteral("variables"));
    for (qsizetype i = 0; i < variables.size(); ++i) {
        JsonReader v(variables.at(i).toObject(), where, QStringLiteral("variables[%1]").arg(i));
        EnvironmentVariable variable;
        variable.name = v.string(QStringLiteral("name")).trimmed();
        if (variable.name.isEmpty())
            v.fail(QStringLiteral("name"), tr("A variable needs a name"));
        variable.value = v.string(QStringLiteral("value"));
        JsonReader s = v.child(QStringLiteral("secret"));
        variable.secret.key = s.string(QStringLiteral("key"));
        variable.secret.envVar = s.string(QStringLiteral("envVar"));
        v.absorb(s);
        if (variable.isSecret() && !variable.value.isEmpty())
            v.fail(QStringLiteral("value"), tr("A secret variable keeps its value in the keychain, not in the file"));
        if (env.variable(variable.name))
            v.fail(QStringLiteral("name"), tr("The variable \"%1\" is defined twice").arg(variable.name));
        r.absorb(v);
        env.variables.append(variable);
    }
    if (!r.ok())
        return r.error();
    return env;
}

static const QRegularExpression &referencePattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_.\\-]+)\\s*\\}\\}"));
    return pattern;
}

TemplateExpander::TemplateExpander(QHash<QString, QString> values, QString environmentName)
    : m_values(std::move(values)), m_environmentName(std::move(environmentName))
{
}

bool TemplateExpander::hasReferences(const QString &text)
{
    return text.contains(QStringLiteral("{{"));
}

QStringList TemplateExpander::references(const QString &text)
{
    QStringList names;
    auto it = referencePattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

Result<QString> TemplateExpander::expand(const QString &text, const QString &usedIn) const
{
    if (!hasReferences(text))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = referencePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        const auto value = m_values.constFind(name);
        if (value == m_values.constEnd()) {
            const QString env = m_environmentName.isEmpty() ? tr("(no environment selected)")
                                                            : QStringLiteral("\"") + m_environmentName + QLatin1Char('"');
            return Error::config(tr("The variable {{%1}} is not defined in environment %2").arg(name, env), usedIn,
                                 tr("Add %1 to the environment, or choose an environment that defines it.").arg(name));
        }
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += value.value();
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    const qsizetype unclosed = QStringView(text).mid(last).indexOf(QStringLiteral("{{"));
    if (unclosed >= 0 && QStringView(text).mid(last + unclosed).indexOf(QStringLiteral("}}")) < 0) {
        return Error::config(tr("\"{{\" without a closing \"}}\""), usedIn,
                             tr("Close the variable reference, e.g. {{tenant}}."));
    }
    return out;
}

} // namespace crmbridge
