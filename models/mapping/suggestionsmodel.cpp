#include "models/mapping/suggestionsmodel.h"

#include <algorithm>

namespace crmbridge {

SuggestionsModel::SuggestionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SuggestionsModel::setSuggestions(const QList<mapping::AutoMapSuggestion> &suggestions)
{
    beginResetModel();
    m_items = suggestions;
    m_checked = QList<bool>(suggestions.size(), false); // never accepted on the analyst's behalf
    endResetModel();
}

QList<mapping::AutoMapSuggestion> SuggestionsModel::accepted() const
{
    QList<mapping::AutoMapSuggestion> out;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_checked.at(i))
            out.append(m_items.at(i));
    }
    return out;
}

void SuggestionsModel::removeRows(const QList<int> &rows)
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (int row : std::as_const(sorted)) {
        if (row < 0 || row >= m_items.size())
            continue;
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        m_checked.removeAt(row);
        endRemoveRows();
    }
}

void SuggestionsModel::setAllChecked(bool checked)
{
    for (qsizetype i = 0; i < m_checked.size(); ++i)
        m_checked[i] = checked;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, AcceptColumn), index(int(m_items.size()) - 1, AcceptColumn),
                         { Qt::CheckStateRole });
}

int SuggestionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int SuggestionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuggestionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const mapping::AutoMapSuggestion &s = m_items.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == AcceptColumn)
        return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole)
        return s.reason;
    if (role == Qt::EditRole && index.column() == ConfidenceColumn)
        return s.confidence;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TargetColumn:
        return s.target;
    case FormulaColumn:
        return s.formula;
    case ConfidenceColumn:
        return tr("%1%").arg(qRound(s.confidence * 100));
    case ReasonColumn:
        return s.reason;
    default:
        return {};
    }
}

QVariant SuggestionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AcceptColumn:
        return tr("Accept");
    case TargetColumn:
        return tr("Target field");
    case FormulaColumn:
        return tr("Formula");
    case ConfidenceColumn:
        return tr("Confidence");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

Qt::ItemFlags SuggestionsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == AcceptColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool SuggestionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != AcceptColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    m_checked[index.row()] = value.toInt() == Qt::Checked;
    emit dataChanged(index, index, { Qt::CheckStateRole });
    return true;
}

} // namespace crmbridge
