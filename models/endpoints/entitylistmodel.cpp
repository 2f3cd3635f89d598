#include "models/endpoints/entitylistmodel.h"

#include "models/common/modelroles.h"
#include "models/endpoints/endpointlabels.h"
#include "models/endpoints/endpointrepository.h"

namespace crmbridge {

EntityListModel::EntityListModel(EndpointRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(&m_repository, &EndpointRepository::entitiesChanged, this, [this](qint64 id) {
        if (m_repository.resolve(m_endpointId) == m_repository.resolve(id))
            reload();
    });
    connect(&m_repository, &EndpointRepository::endpointsChanged, this, &EntityListModel::reload);
}

void EntityListModel::setEndpointId(qint64 endpointId)
{
    m_endpointId = endpointId;
    reload();
}

void EntityListModel::reload()
{
    QList<Entity> entities;
    if (m_endpointId != 0 && m_repository.endpoint(m_endpointId)) {
        auto list = m_repository.entities(m_endpointId);
        if (list)
            entities = list.value();
    }
    if (entities == m_entities)
        return;
    if (entities.size() == m_entities.size()) {
        // Same rows, edited contents: keep the selection in the views.
        m_entities = entities;
        if (!m_entities.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_entities = entities;
    endResetModel();
}

const Entity *EntityListModel::entityAt(int row) const
{
    return row >= 0 && row < m_entities.size() ? &m_entities.at(row) : nullptr;
}

int EntityListModel::rowOfEntity(qint64 entityId) const
{
    const qint64 id = m_repository.resolveEntity(entityId);
    for (int row = 0; row < m_entities.size(); ++row) {
        if (m_entities.at(row).id == id)
            return row;
    }
    return -1;
}

int EntityListModel::rowOfName(const QString &name) const
{
    for (int row = 0; row < m_entities.size(); ++row) {
        if (m_entities.at(row).name == name)
            return row;
    }
    return -1;
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entities.size());
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entity &e = m_entities.at(index.row());
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (index.column()) {
        case NameColumn:
            return e.name;
        case ListColumn:
            return e.list.isSet() ? QString(e.list.method + QLatin1Char(' ') + e.list.path) : QString();
        case PaginationColumn:
            return role == RawValueRole ? toString(e.pagination.style)
                                        : EndpointLabels::pagination(e.pagination.style);
        case RecordsColumn:
            return e.recordsPath;
        }
    } else if (role == ObjectIdRole) {
        return e.id;
    }
    return {};
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Entity");
    case ListColumn:
        return tr("List operation");
    case PaginationColumn:
        return tr("Pagination");
    case RecordsColumn:
        return tr("Records at");
    }
    return {};
}

} // namespace crmbridge
