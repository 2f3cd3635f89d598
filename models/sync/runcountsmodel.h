#pragma once

#include "core/sync/syncrunner.h"

#include <QAbstractTableModel>

namespace crmbridge {

/// The live counts of a run: one row per write action (create, update, archive) and a total,
/// with planned, written and failed records and the share finished (ProgressRole, 0–100, for
/// the progress delegate). Fed by SyncRunner::progress and finished; each update changes cells
/// in place (dataChanged), never resets.
class RunCountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ActionColumn, PlannedColumn, DoneColumn, FailedColumn, ProgressColumn, ColumnCount };
    enum Role { ProgressRole = Qt::UserRole + 90 };
    /// The rows: the write actions, then the total.
    static constexpr int TotalRow = 3;

    explicit RunCountsModel(QObject *parent = nullptr);

    void setProgress(const sync::SyncProgress &progress);
    void setOutcome(const sync::SyncOutcome &outcome);
    void clear();

    qint64 planned(int row) const;
    qint64 done(int row) const;
    qint64 failed(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void set(const sync::PlanCounts &planned, const std::array<qint64, sync::PlanActionCount> &done,
             const std::array<qint64, sync::PlanActionCount> &failed);
    static sync::PlanAction actionOf(int row);

    sync::PlanCounts m_planned;
    std::array<qint64, sync::PlanActionCount> m_done{};
    std::array<qint64, sync::PlanActionCount> m_failed{};
};

} // namespace crmbridge
