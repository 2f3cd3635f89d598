#pragma once

#include <QAbstractTableModel>

namespace crmbridge {

class EndpointRepository;

/// The endpoints of a workspace: name (with the kind's icon), kind, base URL and entity count.
/// Follows the repository, so undo and redo show at once.
class EndpointListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        BaseUrlColumn,
        EntitiesColumn,
        ColumnCount
    };

    explicit EndpointListModel(EndpointRepository &repository, QObject *parent = nullptr);

    /// The row showing this endpoint id (resolved through restores), or -1.
    int rowOf(qint64 endpointId) const;
    qint64 endpointIdAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onEndpointChanged(qint64 id);

    EndpointRepository &m_repository;
};

} // namespace crmbridge
