#pragma once

#include "core/common/result.h"
#include "core/sync/runstore.h"
#include "core/sync/syncprofile.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QUndoCommand>

#include <optional>

namespace crmbridge {

class Workspace;

/// The workspace's sync profiles as the Syncs page lists them: name, source → target, mode and
/// the status of the profile's latest run. A thin adapter over SyncProfileStore and RunStore;
/// every change goes through apply() (called by SyncProfileCommand, so it is undoable) and the
/// model re-reads the store afterwards.
class SyncProfilesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RouteColumn, ModeColumn, LastRunColumn, ColumnCount };

    explicit SyncProfilesModel(Workspace &workspace, QObject *parent = nullptr);

    /// Re-reads the profiles and their last runs.
    Status reload();
    const QList<sync::SyncProfile> &profiles() const { return m_profiles; }
    std::optional<sync::SyncProfile> profile(int row) const;
    int rowOf(const QString &name) const;
    /// The latest run (kind sync) of the profile, if any.
    std::optional<sync::RunRecord> lastRun(qint64 profileId) const;

    /// Why `profile` cannot be saved ("" when it can): the engine's checks, a duplicate name, a
    /// mapping or endpoint entity the workspace does not have. `originalName` is the name it is
    /// saved over ("" for a new profile).
    QString problem(const sync::SyncProfile &profile, const QString &originalName) const;
    /// Why `name` cannot name a profile saved over `originalName` ("" when it can).
    QString nameProblem(const QString &name, const QString &originalName) const;
    /// A name no profile has yet ("New sync", "New sync 2", …).
    QString freeName(const QString &base) const;

    /// Replaces the profile named `from->name` (none: adds) by `to` (none: removes it).
    Status apply(const std::optional<sync::SyncProfile> &from, const std::optional<sync::SyncProfile> &to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// A change (or its undo) could not be written; the message says what and why.
    void failed(const QString &message);
    /// After apply(): the profile now named `name` ("" when it was removed).
    void profileApplied(const QString &name);

private:
    Workspace &m_workspace;
    QList<sync::SyncProfile> m_profiles;
    QHash<qint64, sync::RunRecord> m_lastRuns;
};

/// One undoable change of a profile: add (no before), edit, or remove (no after). Profiles are
/// found by name, so a profile removed and restored (with a new row id) is still found.
class SyncProfileCommand : public QUndoCommand
{
public:
    SyncProfileCommand(SyncProfilesModel &model, std::optional<sync::SyncProfile> before,
                       std::optional<sync::SyncProfile> after, const QString &text);
    void redo() override;
    void undo() override;

private:
    SyncProfilesModel &m_model;
    std::optional<sync::SyncProfile> m_before;
    std::optional<sync::SyncProfile> m_after;
};

} // namespace crmbridge
