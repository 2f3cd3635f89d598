#pragma once

#include "core/orders/order.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace crmbridge::orders {
class OrderService;
}

namespace crmbridge {

/// The transactional outbox as a table: pending, failed, delivered (and discarded) entries with
/// their attempts, next attempt and last error. Re-read on OrderService::outboxChanged and on
/// the worker's signals; the analyst's retry/discard go through OrderService.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        OrderColumn,
        TransitionColumn,
        KindColumn,
        StateColumn,
        AttemptsColumn,
        NextAttemptColumn,
        LastErrorColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit OutboxModel(orders::OrderService &service, QObject *parent = nullptr);

    /// nullopt: every entry.
    void setStateFilter(std::optional<orders::OutboxEntry::State> state);
    bool reload();
    QString lastError() const { return m_error; }
    const orders::OutboxEntry &entryAt(int row) const { return m_entries.at(row); }
    int rowOf(qint64 id) const;

    static QString stateLabel(orders::OutboxEntry::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    orders::OrderService &m_service;
    std::optional<orders::OutboxEntry::State> m_state;
    QList<orders::OutboxEntry> m_entries;
    QString m_error;
};

} // namespace crmbridge
