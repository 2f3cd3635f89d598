#pragma once

#include "core/common/result.h"
#include "core/endpoints/endpoint.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace crmbridge {

/// One variable of an environment. A secret variable holds a reference (keychain entry or
/// environment variable), never the value; its value is read through SecretStore when needed.
struct EnvironmentVariable
{
    QString name;
    QString value;    ///< empty for a secret variable
    SecretRef secret; ///< set for a secret variable
    bool isSecret() const { return !secret.isEmpty(); }
    friend bool operator==(const EnvironmentVariable &, const EnvironmentVariable &) = default;
};

/// A named set of variables (Sandbox, Staging, Production) that fills {{var}} in URLs, headers
/// and bodies. A production environment is shown with a coloured banner, and every write to it
/// needs an explicit confirmation (HttpRequest::confirmedProductionWrite, `--yes` in the CLI).
struct Environment
{
    qint64 id = 0; ///< workspace row id; not exported
    QString name;
    bool production = false;
    QList<EnvironmentVariable> variables;
    friend bool operator==(const Environment &, const Environment &) = default;

    const EnvironmentVariable *variable(const QString &name) const;
    /// The plain (non-secret) variables as a name → value table.
    QHash<QString, QString> plainValues() const;
};

/// Stable JSON for environments (alphabetical keys; variables sorted by name).
class EnvironmentJson
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentJson)

public:
    static QJsonObject toJson(const Environment &environment);
    static Result<Environment> fromJson(const QJsonObject &json, const QString &where = {});
};

/// Fills {{name}} references (spaces inside the braces allowed) from a table of values.
/// Guarantees: an undefined variable is an error naming the variable, the environment and where
/// it was used — never silently an empty string; expansion is single-pass, so a value that itself
/// contains "{{…}}" is not expanded again.
class TemplateExpander
{
    Q_DECLARE_TR_FUNCTIONS(TemplateExpander)

public:
    TemplateExpander() = default;
    TemplateExpander(QHash<QString, QString> values, QString environmentName);

    void setValue(const QString &name, const QString &value) { m_values.insert(name, value); }
    const QHash<QString, QString> &values() const { return m_values; }
    QString environmentName() const { return m_environmentName; }

    /// `usedIn` says where the text comes from ("base URL of endpoint Demo CRM").
    Result<QString> expand(const QString &text, const QString &usedIn) const;
    /// The variable names a text refers to, in order of first use.
    static QStringList references(const QString &text);
    static bool hasReferences(const QString &text);

private:
    QHash<QString, QString> m_values;
    QString m_environmentName;
};

} // namespace crmbridge
