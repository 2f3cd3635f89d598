#pragma once

#include "core/endpoints/endpoint.h"

#include <QAbstractTableModel>
#include <QList>

class QUndoStack;

namespace crmbridge {

class EndpointRepository;

/// Base of the editable tables inside one endpoint (headers, rate windows): rows come from the
/// endpoint's saved state, and every edit (setData, insertRows, removeRows) is pushed to the
/// undo stack as a SetEndpointCommand — the table itself never holds unsaved state.
class EndpointPartModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    EndpointPartModel(EndpointRepository &repository, QUndoStack &undoStack, QObject *parent = nullptr);

    void setEndpointId(qint64 endpointId);
    qint64 endpointId() const { return m_endpointId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    /// An edit was refused; the text says why (shown next to the table, not as a dialog).
    void invalidInput(const QString &message);

protected:
    virtual int rowsIn(const Endpoint &endpoint) const = 0;
    /// Re-reads the endpoint from the repository, resetting the rows when their number changed.
    void reload();
    /// Pushes the change; false when the endpoint is gone.
    bool commit(const Endpoint &after, const QString &text);
    const Endpoint *endpoint() const;

    EndpointRepository &m_repository;
    QUndoStack &m_undoStack;
    qint64 m_endpointId = 0;
    int m_rows = 0;
};

/// The default headers of an endpoint: name, value (values may hold {{var}}).
class HeadersModel : public EndpointPartModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        ColumnCount
    };
    using EndpointPartModel::EndpointPartModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

protected:
    int rowsIn(const Endpoint &endpoint) const override { return int(endpoint.headers.size()); }
};

/// The request budget windows of an endpoint: requests per window (the window in seconds).
class RateWindowsModel : public EndpointPartModel
{
    Q_OBJECT

public:
    enum Column
    {
        RequestsColumn,
        WindowColumn,
        ColumnCount
    };
    using EndpointPartModel::EndpointPartModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

protected:
    int rowsIn(const Endpoint &endpoint) const override { return int(endpoint.rateLimit.windows.size()); }
};

} // namespace crmbridge
