#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace crmbridge {

/// What one preview computed: the mapped values of the sample records, one row per record and
/// one column per target field, with the reason of every invalid cell. Plain data, so it can
/// travel from the worker thread in a queued signal.
struct PreviewResult
{
    quint64 generation = 0; ///< the PreviewRunner request this answers
    QStringList columns; ///< target fields
    QList<QStringList> cells; ///< [row][column]
    QList<QHash<int, QString>> reasons; ///< [row] column -> why the cell is invalid
    QList<QString> rowReasons; ///< [row] reasons not tied to a column ("" when none)
    QHash<QString, int> failing; ///< target field -> failing rows
    int invalidRows = 0;
    QString error; ///< the mapping could not be compiled at all (translated)
};

/// The live preview: mapped values of up to 1,000 sample records. Invalid cells have a red
/// background and their reason as the tooltip; InvalidRowRole tells the "only invalid rows"
/// proxy which rows to keep.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        InvalidRowRole = Qt::UserRole + 60,
        ReasonRole
    };

    explicit PreviewModel(QObject *parent = nullptr);

    void setResult(const PreviewResult &result);
    const PreviewResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool rowInvalid(int row) const;
    PreviewResult m_result;
};

/// Keeps only the invalid rows of a PreviewModel when asked to.
class InvalidRowsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InvalidRowsFilter(QObject *parent = nullptr);
    void setOnlyInvalid(bool only);
    bool onlyInvalid() const { return m_onlyInvalid; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyInvalid = false;
};

} // namespace crmbridge

Q_DECLARE_METATYPE(crmbridge::PreviewResult)
