#pragma once

#include "core/mapping/value/value.h"

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>

#include <memory>
#include <span>

namespace crmbridge {

struct FieldTree;

/// One source field as the schema tree shows it.
struct SourceField
{
    QString path; ///< "properties.email", "lines[].sku"
    QString type; ///< "text", "number", … ("" unknown)
    QString sample;
};

/// The source schema as a tree of field paths (Field, Type, Sample value). Items drag out as the
/// field path (FieldPathMimeType), which the rules table turns into a rule.
class SourceSchemaModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        FieldColumn,
        TypeColumn,
        SampleColumn,
        ColumnCount
    };
    enum Role
    {
        FieldPathRole = Qt::UserRole + 50
    };

    explicit SourceSchemaModel(QObject *parent = nullptr);
    ~SourceSchemaModel() override;

    void setFields(const QList<SourceField> &fields);
    /// Every leaf path, in the order given.
    QStringList paths() const;
    QModelIndex indexOfPath(const QString &path) const;

    /// Fields from a discovered or imported schema, with its first example as the sample.
    static QList<SourceField> fieldsFromTree(const FieldTree &tree);
    /// Fields from sample records: every leaf path met, its type and first non-blank value.
    static QList<SourceField> fieldsFromSamples(std::span<const mapping::Object> samples);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    std::unique_ptr<Node> m_root;
    QStringList m_paths;
};

} // namespace crmbridge
