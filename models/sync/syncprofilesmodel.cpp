#include "models/sync/syncprofilesmodel.h"

#include "core/endpoints/endpointstore.h"
#include "core/mapping/mappingstore.h"
#include "core/sync/syncprofilestore.h"
#include "core/workspace/workspace.h"
#include "models/common/modelroles.h"
#include "models/sync/synclabels.h"

#include <QLocale>

namespace crmbridge {

using namespace sync;

SyncProfilesModel::SyncProfilesModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
}

Status SyncProfilesModel::reload()
{
    auto profiles = SyncProfileStore(m_workspace).list();
    auto runs = RunStore(m_workspace).list(1000, 0, QStringLiteral("sync"));
    beginResetModel();
    m_profiles = profiles ? profiles.value() : QList<SyncProfile>();
    m_lastRuns.clear();
    if (runs) {
        for (const RunRecord &run : runs.value()) { // newest first
            if (!m_lastRuns.contains(run.profileId))
                m_lastRuns.insert(run.profileId, run);
        }
    }
    endResetModel();
    if (!profiles)
        return profiles.error();
    if (!runs)
        return runs.error();
    return {};
}

std::optional<SyncProfile> SyncProfilesModel::profile(int row) const
{
    if (row < 0 || row >= m_profiles.size())
        return std::nullopt;
    return m_profiles.at(row);
}

int SyncProfilesModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name)
            return i;
    }
    return -1;
}

std::optional<RunRecord> SyncProfilesModel::lastRun(qint64 profileId) const
{
    const auto it = m_lastRuns.constFind(profileId);
    if (it == m_lastRuns.constEnd())
        return std::nullopt;
    return it.value();
}

QString SyncProfilesModel::problem(const SyncProfile &profile, const QString &originalName) const
{
    if (const QString name = nameProblem(profile.name, originalName); !name.isEmpty())
        return name;
    if (Status valid = SyncProfileJson::validate(profile); !valid)
        return valid.error().message();
    if (!mapping::MappingStore(m_workspace).find(profile.mapping))
        return tr("The workspace has no mapping named \"%1\".").arg(profile.mapping);
    EndpointStore endpoints(m_workspace);
    if (!profile.source.isFile() && !endpoints.findEntity(profile.source.endpoint, profile.source.entity))
        return tr("The source entity %1 does not exist.").arg(SyncLabels::source(profile.source));
    if (!endpoints.findEntity(profile.target.endpoint, profile.target.entity))
        return tr("The target entity %1 does not exist.").arg(SyncLabels::target(profile.target));
    return {};
}

QString SyncProfilesModel::nameProblem(const QString &name, const QString &originalName) const
{
    if (name.trimmed().isEmpty())
        return tr("The profile needs a name.");
    if (name.compare(originalName, Qt::CaseInsensitive) != 0) {
        for (const SyncProfile &other : m_profiles) {
            if (other.name.compare(name, Qt::CaseInsensitive) == 0)
                return tr("Another profile is already named \"%1\".").arg(name);
        }
    }
    return {};
}

QString SyncProfilesModel::freeName(const QString &base) const
{
    QString name = base;
    for (int n = 2; rowOf(name) >= 0; ++n)
        name = base + QLatin1Char(' ') + QString::number(n);
    return name;
}

Status SyncProfilesModel::apply(const std::optional<SyncProfile> &from, const std::optional<SyncProfile> &to)
{
    SyncProfileStore store(m_workspace);
    Status result;
    if (!to) {
        if (from)
            result = store.remove(from->name);
    } else {
        SyncProfile next = *to;
        next.id = 0;
        if (from) {
            if (auto existing = store.find(from->name))
                next.id = existing->id;
        }
        auto saved = store.save(next);
        if (!saved)
            result = saved.error();
    }
    reload().ok();
    if (!result)
        emit failed(result.error().message());
    else
        emit profileApplied(to ? to->name : QString());
    return result;
}

int SyncProfilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int SyncProfilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncProfilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncProfile &p = m_profiles.at(index.row());
    const std::optional<RunRecord> run = lastRun(p.id);
    if (role == ObjectIdRole)
        return p.id;
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case RouteColumn:
            return tr("%1 → %2").arg(SyncLabels::source(p.source), SyncLabels::target(p.target));
        case ModeColumn:
            return role == RawValueRole ? QVariant(toString(p.mode)) : QVariant(SyncLabels::mode(p.mode));
        case LastRunColumn:
            if (!run)
                return role == RawValueRole ? QVariant() : QVariant(tr("Never run"));
            if (role == RawValueRole)
                return run->startedAt;
            return tr("%1 · %2").arg(SyncLabels::status(run->status),
                                     QLocale().toString(run->startedAt.toLocalTime(), QLocale::ShortFormat));
        }
    }
    if (role == Qt::ForegroundRole && index.column() == LastRunColumn && run) {
        const QColor color = SyncLabels::statusForeground(run->status);
        if (color.isValid())
            return color;
    }
    if (role == Qt::ToolTipRole) {
        if (!p.description.isEmpty())
            return p.description;
        return tr("Mapping: %1").arg(p.mapping);
    }
    return {};
}

QVariant SyncProfilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Profile");
    case RouteColumn:
        return tr("Source → target");
    case ModeColumn:
        return tr("Mode");
    case LastRunColumn:
        return tr("Last run");
    }
    return {};
}

SyncProfileCommand::SyncProfileCommand(SyncProfilesModel &model, std::optional<SyncProfile> before,
                                       std::optional<SyncProfile> after, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SyncProfileCommand::redo()
{
    m_model.apply(m_before, m_after).ok();
}

void SyncProfileCommand::undo()
{
    m_model.apply(m_after, m_before).ok();
}

} // namespace crmbridge
