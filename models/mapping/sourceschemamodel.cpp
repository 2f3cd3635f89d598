#include "models/mapping/sourceschemamodel.h"

#include "core/discovery/fieldtree.h"
#include "core/mapping/value/valuetext.h"
#include "models/mapping/rulesmodel.h"

#include <QJsonValue>
#include <QMimeData>

#include <vector>

namespace crmbridge {

struct SourceSchemaModel::Node
{
    QString name;
    SourceField field; // path set for every node; type/sample for leaves and known objects
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    int row = 0;

    Node *child(const QString &childName, const QString &path)
    {
        for (const auto &c : children) {
            if (c->name == childName)
                return c.get();
        }
        auto node = std::make_unique<Node>();
        node->name = childName;
        node->field.path = path;
        node->parent = this;
        node->row = int(children.size());
        children.push_back(std::move(node));
        return children.back().get();
    }
};

SourceSchemaModel::SourceSchemaModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

SourceSchemaModel::~SourceSchemaModel() = default;

void SourceSchemaModel::setFields(const QList<SourceField> &fields)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_paths.clear();
    for (const SourceField &field : fields) {
        Node *node = m_root.get();
        QString path;
        const QStringList segments = field.path.split(QLatin1Char('.'));
        for (const QString &segment : segments) {
            path = path.isEmpty() ? segment : path % QLatin1Char('.') % segment;
            node = node->child(segment, path);
        }
        node->field = field;
        m_paths.append(field.path);
    }
    endResetModel();
}

QStringList SourceSchemaModel::paths() const
{
    return m_paths;
}

QModelIndex SourceSchemaModel::indexOfPath(const QString &path) const
{
    const Node *node = m_root.get();
    QModelIndex at;
    for (const QString &segment : path.split(QLatin1Char('.'))) {
        const Node *next = nullptr;
        for (const auto &c : node->children) {
            if (c->name == segment)
                next = c.get();
        }
        if (!next)
            return {};
        at = index(next->row, 0, at);
        node = next;
    }
    return at;
}

static void addNodes(const QList<FieldNode> &nodes, const QString &prefix, QList<SourceField> &out)
{
    for (const FieldNode &node : nodes) {
        QString path = prefix.isEmpty() ? node.name : prefix % QLatin1Char('.') % node.name;
        if (node.type == FieldType::Array)
            path += QStringLiteral("[]");
        if (!node.children.isEmpty()) {
            addNodes(node.children, path, out);
            continue;
        }
        QString sample;
        if (!node.examples.isEmpty()) {
            const QJsonValue example = node.examples.first();
            sample = example.isString() ? example.toString() : example.toVariant().toString();
        }
        out.append({ path, toString(node.type), sample });
    }
}

QList<SourceField> SourceSchemaModel::fieldsFromTree(const FieldTree &tree)
{
    QList<SourceField> out;
    addNodes(tree.fields, QString(), out);
    return out;
}

static void addValue(const QString &path, const mapping::Value &value, QList<SourceField> &out,
                     QHash<QString, int> &seen)
{
    if (value.isObject()) {
        const mapping::Object &object = value.object();
        for (int i = 0; i < object.size(); ++i)
            addValue(path.isEmpty() ? object.name(i) : path % QLatin1Char('.') % object.name(i), object.at(i),
                     out, seen);
        return;
    }
    const auto it = seen.constFind(path);
    if (it == seen.cend()) {
        seen.insert(path, int(out.size()));
        SourceField field { path, value.isAbsent() ? QString() : mapping::Value::typeName(value.type()),
                            QString() };
        if (!value.isBlank())
            field.sample = mapping::toText(value);
        out.append(field);
        return;
    }
    SourceField &field = out[*it];
    if (field.type.isEmpty() && !value.isAbsent())
        field.type = mapping::Value::typeName(value.type());
    if (field.sample.isEmpty() && !value.isBlank())
        field.sample = mapping::toText(value);
}

QList<SourceField> SourceSchemaModel::fieldsFromSamples(std::span<const mapping::Object> samples)
{
    QList<SourceField> out;
    QHash<QString, int> seen;
    for (const mapping::Object &record : samples) {
        for (int i = 0; i < record.size(); ++i)
            addValue(record.name(i), record.at(i), out, seen);
    }
    return out;
}

SourceSchemaModel::Node *SourceSchemaModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SourceSchemaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = nodeFor(parent);
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex SourceSchemaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *node = nodeFor(child)->parent;
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, node);
}

int SourceSchemaModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int SourceSchemaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SourceSchemaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    if (role == FieldPathRole)
        return node->field.path;
    if (role == Qt::ToolTipRole)
        return node->field.path;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FieldColumn:
        return node->name;
    case TypeColumn:
        return node->field.type;
    case SampleColumn:
        return node->field.sample;
    default:
        return {};
    }
}

QVariant SourceSchemaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Source field");
    case TypeColumn:
        return tr("Type");
    case SampleColumn:
        return tr("Sample value");
    default:
        return {};
    }
}

Qt::ItemFlags SourceSchemaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList SourceSchemaModel::mimeTypes() const
{
    return { QString::fromLatin1(FieldPathMimeType) };
}

QMimeData *SourceSchemaModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const QString path = nodeFor(indexes.first())->field.path;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(FieldPathMimeType), path.toUtf8());
    data->setText(path);
    return data;
}

Qt::DropActions SourceSchemaModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

} // namespace crmbridge
