#pragma once

#include <QStyledItemDelegate>

namespace crmbridge {

/// Paints a progress bar in a cell from an integer role (0–100) with the cell's text on it:
/// one delegate for every row instead of a widget per row, so a table of runs stays cheap.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProgressDelegate(int progressRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace crmbridge
