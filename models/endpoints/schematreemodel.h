#pragma once

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <memory>

namespace crmbridge {

struct FieldNode;

/// An entity's schema (Entity::schema) as a tree: field, type and details (presence, format,
/// enum values, examples). Reads the FieldTree form that discovery and the importers write; a
/// JSON-Schema-like object ("properties", "items") is shown as its fields; anything else as the
/// JSON tree it is.
class SchemaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        FieldColumn,
        TypeColumn,
        DetailColumn,
        ColumnCount
    };

    explicit SchemaTreeModel(QObject *parent = nullptr);
    ~SchemaTreeModel() override;

    void setSchema(const QJsonObject &schema);
    const QJsonObject &schema() const { return m_schema; }
    /// Number of leaf fields (what the editor reports as "N fields").
    int fieldCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString name;
        QString type;
        QString detail;
        QString path;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    void build(Node *node, const QJsonValue &value);
    void buildSchema(Node *node, const QJsonObject &schema);
    void buildFields(Node *node, const QList<FieldNode> &fields);
    Node *nodeOf(const QModelIndex &index) const;

    QJsonObject m_schema;
    std::unique_ptr<Node> m_root;
};

} // namespace crmbridge
