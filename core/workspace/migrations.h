#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace crmbridge {

/// One forward-only step of the workspace schema. Steps run in order, each in its own
/// transaction together with the schema_version row and PRAGMA user_version that record it.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

/// The ordered list of migrations a build knows. Tests pass their own lists to exercise the
/// mechanism; the product uses standard().
class MigrationSet
{
public:
    MigrationSet() = default;
    explicit MigrationSet(QList<Migration> migrations);

    static const MigrationSet &standard();

    const QList<Migration> &migrations() const { return m_migrations; }
    int latestVersion() const;

private:
    QList<Migration> m_migrations;
};

} // namespace crmbridge
