#pragma once

#include "core/workspace/workspace.h"

#include <QAbstractTableModel>

namespace crmbridge {

/// How many objects of each kind a workspace holds (the overview's "Contents" table).
class ObjectCountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, CountColumn, ColumnCount };

    explicit ObjectCountsModel(QObject *parent = nullptr);

    void setCounts(const QList<QPair<ObjectKind, qint64>> &counts);
    qint64 count(const QString &kindId) const;
    /// Re-reads the translated labels after a language switch.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QPair<ObjectKind, qint64>> m_counts;
};

} // namespace crmbridge
