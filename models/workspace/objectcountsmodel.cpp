#include "models/workspace/objectcountsmodel.h"

#include "models/common/modelroles.h"

#include <QLocale>

namespace crmbridge {

ObjectCountsModel::ObjectCountsModel(QObject *parent) : QAbstractTableModel(parent) { }

void ObjectCountsModel::setCounts(const QList<QPair<ObjectKind, qint64>> &counts)
{
    beginResetModel();
    m_counts = counts;
    endResetModel();
}

qint64 ObjectCountsModel::count(const QString &kindId) const
{
    for (const auto &[kind, count] : m_counts) {
        if (kind.id == kindId)
            return count;
    }
    return 0;
}

void ObjectCountsModel::retranslate()
{
    const QList<ObjectKind> kinds = Workspace::objectKinds();
    for (auto &[kind, count] : m_counts) {
        for (const ObjectKind &fresh : kinds) {
            if (fresh.id == kind.id)
                kind.label = fresh.label;
        }
    }
    if (!m_counts.isEmpty())
        emit dataChanged(index(0, KindColumn), index(rowCount() - 1, KindColumn), {Qt::DisplayRole});
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ObjectCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int ObjectCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObjectCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[kind, count] = m_counts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == KindColumn ? QVariant(kind.label) : QVariant(QLocale().toString(count));
    case RawValueRole:
        return index.column() == KindColumn ? QVariant(kind.id) : QVariant(count);
    case ObjectIdRole:
        return kind.id;
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant ObjectCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case CountColumn:
        return tr("Count");
    default:
        return {};
    }
}

} // namespace crmbridge
