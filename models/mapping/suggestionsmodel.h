#pragma once

#include "core/mapping/automap.h"

#include <QAbstractTableModel>
#include <QList>

namespace crmbridge {

/// Auto-map suggestions awaiting the analyst's decision: Accept (checkable), target, formula,
/// confidence, reason. Nothing here changes the mapping: the page applies accepted() through
/// the rules model's undo stack, and rejected suggestions are simply taken off the list.
class SuggestionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AcceptColumn,
        TargetColumn,
        FormulaColumn,
        ConfidenceColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit SuggestionsModel(QObject *parent = nullptr);

    void setSuggestions(const QList<mapping::AutoMapSuggestion> &suggestions);
    const QList<mapping::AutoMapSuggestion> &suggestions() const { return m_items; }
    /// The suggestions the analyst checked.
    QList<mapping::AutoMapSuggestion> accepted() const;
    /// Takes suggestions off the list (after applying or rejecting them).
    void removeRows(const QList<int> &rows);
    void setAllChecked(bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QList<mapping::AutoMapSuggestion> m_items;
    QList<bool> m_checked;
};

} // namespace crmbridge
