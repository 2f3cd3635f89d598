#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace crmbridge {

/// Sample records (JSON objects) as a table: one column per leaf field path ("properties.email"),
/// in order of first appearance; arrays are shown as compact JSON. At most MaxColumns columns.
class SampleRecordsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int MaxColumns = 200;

    explicit SampleRecordsModel(QObject *parent = nullptr);

    void setRecords(const QJsonArray &records);
    void clear();
    const QStringList &fieldPaths() const { return m_paths; }
    /// A record's value at a column, as shown.
    QString text(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_paths;
    QList<QHash<QString, QJsonValue>> m_rows; ///< path → leaf value
};

} // namespace crmbridge
