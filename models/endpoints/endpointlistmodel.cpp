#include "models/endpoints/endpointlistmodel.h"

#include "models/common/modelroles.h"
#include "models/endpoints/endpointlabels.h"
#include "models/endpoints/endpointrepository.h"

namespace crmbridge {

EndpointListModel::EndpointListModel(EndpointRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(&m_repository, &EndpointRepository::endpointsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(&m_repository, &EndpointRepository::endpointChanged, this, &EndpointListModel::onEndpointChanged);
}

void EndpointListModel::onEndpointChanged(qint64 id)
{
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int EndpointListModel::rowOf(qint64 endpointId) const
{
    const qint64 id = m_repository.resolve(endpointId);
    const auto &list = m_repository.endpoints();
    for (int row = 0; row < list.size(); ++row) {
        if (list.at(row).id == id)
            return row;
    }
    return -1;
}

qint64 EndpointListModel::endpointIdAt(int row) const
{
    const auto &list = m_repository.endpoints();
    return row >= 0 && row < list.size() ? list.at(row).id : 0;
}

void EndpointListModel::retranslate()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int EndpointListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_repository.endpoints().size());
}

int EndpointListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Endpoint &e = m_repository.endpoints().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return e.name;
        case KindColumn:
            return EndpointLabels::kind(e.kind);
        case BaseUrlColumn:
            return e.baseUrl;
        case EntitiesColumn:
            return m_repository.entityCount(e.id);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return EndpointLabels::kindIcon(e.kind);
        break;
    case RawValueRole:
        switch (index.column()) {
        case NameColumn:
            return e.name;
        case KindColumn:
            return toString(e.kind);
        case BaseUrlColumn:
            return e.baseUrl;
        case EntitiesColumn:
            return m_repository.entityCount(e.id);
        }
        break;
    case ObjectIdRole:
        return e.id;
    case Qt::TextAlignmentRole:
        if (index.column() == EntitiesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant EndpointListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Endpoint");
    case KindColumn:
        return tr("Kind");
    case BaseUrlColumn:
        return tr("Base URL");
    case EntitiesColumn:
        return tr("Entities");
    }
    return {};
}

} // namespace crmbridge
