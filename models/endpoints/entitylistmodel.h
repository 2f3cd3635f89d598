#pragma once

#include "core/endpoints/entity.h"

#include <QAbstractTableModel>
#include <QList>

namespace crmbridge {

class EndpointRepository;

/// The entities of one endpoint: name, list operation, pagination, where the records are.
class EntityListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ListColumn,
        PaginationColumn,
        RecordsColumn,
        ColumnCount
    };

    explicit EntityListModel(EndpointRepository &repository, QObject *parent = nullptr);

    /// Shows the entities of this endpoint (0: none) and follows its changes.
    void setEndpointId(qint64 endpointId);
    qint64 endpointId() const { return m_endpointId; }
    void reload();

    const QList<Entity> &entities() const { return m_entities; }
    const Entity *entityAt(int row) const;
    int rowOfEntity(qint64 entityId) const;
    int rowOfName(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    EndpointRepository &m_repository;
    qint64 m_endpointId = 0;
    QList<Entity> m_entities;
};

} // namespace crmbridge
