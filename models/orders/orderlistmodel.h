#pragma once

#include "core/orders/lifecycle.h"
#include "core/orders/order.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace crmbridge::orders {
class OrderService;
}

namespace crmbridge {

/// The workspace's orders as a table, filtered in SQL by state and text (OrderFilter). A thin
/// adapter over OrderService: reload() re-reads the list, refreshOrder() updates one row in
/// place (OrderService::orderChanged), so a step does not reset the view or its selection.
class OrderListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        NumberColumn,
        NameColumn,
        StateColumn,
        TotalColumn,
        SourceColumn,
        UpdatedColumn,
        ColumnCount
    };

    explicit OrderListModel(orders::OrderService &service, QObject *parent = nullptr);

    void setFilter(const orders::OrderFilter &filter);
    const orders::OrderFilter &filter() const { return m_filter; }
    /// State labels come from the lifecycle.
    void setLifecycle(const orders::Lifecycle &lifecycle);
    /// Re-reads every row; false (and lastError()) when the workspace could not be read.
    bool reload();
    /// Re-reads one order; id 0 reloads everything. A row that no longer matches the filter stays
    /// until the next reload (the analyst just acted on it).
    void refreshOrder(qint64 id);
    QString lastError() const { return m_error; }

    const orders::Order &orderAt(int row) const { return m_orders.at(row); }
    int rowOf(qint64 id) const { return m_rows.value(id, -1); }

    /// What the number column shows: the ERP number, else the external id, else "#id".
    static QString numberOf(const orders::Order &order);
    /// What the name column shows: the deal name, else the customer.
    static QString nameOf(const orders::Order &order);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const orders::Order &order, int column) const;
    QVariant raw(const orders::Order &order, int column) const;
    void reindex();

    orders::OrderService &m_service;
    orders::OrderFilter m_filter;
    orders::Lifecycle m_lifecycle;
    QList<orders::Order> m_orders;
    QHash<qint64, int> m_rows;
    QString m_error;
};

} // namespace crmbridge
