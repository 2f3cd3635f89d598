#include "models/mapping/previewmodel.h"

#include <QBrush>
#include <QColor>

namespace crmbridge {

PreviewModel::PreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PreviewModel::setResult(const PreviewResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.cells.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.columns.size());
}

bool PreviewModel::rowInvalid(int row) const
{
    return !m_result.reasons.at(row).isEmpty() || !m_result.rowReasons.at(row).isEmpty();
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const QString reason = m_result.reasons.at(row).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return m_result.cells.at(row).value(index.column());
    case Qt::ToolTipRole:
    case ReasonRole:
        return reason.isEmpty() ? QVariant() : QVariant(reason);
    case Qt::BackgroundRole:
        return reason.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xff, 0xd6, 0xd6)));
    case InvalidRowRole:
        return rowInvalid(row);
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_result.columns.size())
            return m_result.columns.at(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= m_result.cells.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return section + 1;
    if (role == Qt::ToolTipRole && !m_result.rowReasons.at(section).isEmpty())
        return m_result.rowReasons.at(section);
    return {};
}

InvalidRowsFilter::InvalidRowsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void InvalidRowsFilter::setOnlyInvalid(bool only)
{
    if (m_onlyInvalid == only)
        return;
    m_onlyInvalid = only;
    invalidateRowsFilter();
}

bool InvalidRowsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_onlyInvalid)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(PreviewModel::InvalidRowRole).toBool()
        || (sourceModel()->columnCount(sourceParent) == 0);
}

} // namespace crmbridge
