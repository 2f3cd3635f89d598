#include "models/endpoints/schematreemodel.h"

#include "core/discovery/fieldtree.h"
#include "models/common/modelroles.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace crmbridge {

namespace {

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

bool looksLikeSchema(const QJsonObject &o)
{
    return o.value(QStringLiteral("properties")).isObject() || o.value(QStringLiteral("fields")).isArray()
        || (o.value(QStringLiteral("type")).isString() && o.contains(QStringLiteral("items")));
}

} // namespace

SchemaTreeModel::SchemaTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

SchemaTreeModel::~SchemaTreeModel() = default;

void SchemaTreeModel::setSchema(const QJsonObject &schema)
{
    if (schema == m_schema && !m_root->children.empty())
        return;
    beginResetModel();
    m_schema = schema;
    m_root = std::make_unique<Node>();
    auto tree = schema.contains(QStringLiteral("fields")) ? FieldTreeJson::fromJson(schema)
                                                          : Result<FieldTree>(FieldTree());
    if (tree && !tree->isEmpty())
        buildFields(m_root.get(), tree->fields);
    else if (looksLikeSchema(schema))
        buildSchema(m_root.get(), schema);
    else
        build(m_root.get(), schema);
    endResetModel();
}

void SchemaTreeModel::buildFields(Node *node, const QList<FieldNode> &fields)
{
    for (const FieldNode &field : fields) {
        auto child = std::make_unique<Node>();
        child->name = field.name;
        child->parent = node;
        child->row = int(node->children.size());
        child->path = node->path.isEmpty() ? field.name : node->path + QLatin1Char('.') + field.name;
        child->type = field.type == FieldType::Array ? tr("array of %1").arg(toString(field.elementType))
                                                     : toString(field.type);
        QStringList detail;
        if (field.presence >= 0)
            detail << tr("in %1 % of records").arg(qRound(field.presence * 100));
        if (field.nullCount > 0)
            detail << tr("%n null(s)", nullptr, field.nullCount);
        if (field.required)
            detail << tr("required");
        if (!field.format.isEmpty())
            detail << field.format;
        if (!field.enumValues.isEmpty())
            detail << tr("one of %1").arg(field.enumValues.join(QStringLiteral(", ")));
        if (!field.examples.isEmpty()) {
            QStringList examples;
            for (const QJsonValue &e : field.examples)
                examples << e.toVariant().toString();
            detail << tr("e.g. %1").arg(examples.join(QStringLiteral(", ")));
        }
        if (!field.description.isEmpty())
            detail << field.description;
        child->detail = detail.join(QStringLiteral("; "));
        Node *added = child.get();
        node->children.push_back(std::move(child));
        buildFields(added, field.children);
    }
}

void SchemaTreeModel::buildSchema(Node *node, const QJsonObject &schema)
{
    auto add = [node](const QString &name) {
        auto child = std::make_unique<Node>();
        child->name = name;
        child->parent = node;
        child->row = int(node->children.size());
        child->path = node->path.isEmpty() ? name : node->path + QLatin1Char('.') + name;
        node->children.push_back(std::move(child));
        return node->children.back().get();
    };
    auto describe = [this](Node *child, const QJsonObject &field) {
        const QJsonValue type = field.value(QStringLiteral("type"));
        child->type =
            type.isArray() ? type.toVariant().toStringList().join(QStringLiteral(" | ")) : type.toString();
        QStringList detail;
        if (field.contains(QStringLiteral("format")))
            detail << field.value(QStringLiteral("format")).toString();
        if (field.value(QStringLiteral("required")).toBool())
            detail << tr("required");
        if (field.contains(QStringLiteral("example")))
            detail << tr("e.g. %1").arg(field.value(QStringLiteral("example")).toVariant().toString());
        if (field.contains(QStringLiteral("description")))
            detail << field.value(QStringLiteral("description")).toString();
        child->detail = detail.join(QStringLiteral("; "));
        if (field.value(QStringLiteral("properties")).isObject()
            || field.value(QStringLiteral("fields")).isArray())
            buildSchema(child, field);
        else if (field.value(QStringLiteral("items")).isObject())
            buildSchema(child, field.value(QStringLiteral("items")).toObject());
    };
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        describe(add(it.key()), it.value().toObject());
    const QJsonArray fields = schema.value(QStringLiteral("fields")).toArray();
    for (const QJsonValue &f : fields) {
        const QJsonObject field = f.toObject();
        const QString name =
            field.value(QStringLiteral("name")).toString(field.value(QStringLiteral("path")).toString());
        describe(add(name), field);
    }
}

void SchemaTreeModel::build(Node *node, const QJsonValue &value)
{
    auto add = [node](const QString &name, const QJsonValue &v) {
        auto child = std::make_unique<Node>();
        child->name = name;
        child->type = typeOf(v);
        child->parent = node;
        child->row = int(node->children.size());
        child->path = node->path.isEmpty() ? name : node->path + QLatin1Char('.') + name;
        if (!v.isObject() && !v.isArray())
            child->detail = v.toVariant().toString();
        node->children.push_back(std::move(child));
        return node->children.back().get();
    };
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            build(add(it.key(), it.value()), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size() && i < 1000; ++i)
            build(add(QStringLiteral("[%1]").arg(i), a.at(i)), a.at(i));
    }
}

int SchemaTreeModel::fieldCount() const
{
    std::function<int(const Node *)> count = [&count](const Node *n) {
        if (n->children.empty())
            return 1;
        int total = 0;
        for (const auto &c : n->children)
            total += count(c.get());
        return total;
    };
    return m_root->children.empty() ? 0 : count(m_root.get());
}

SchemaTreeModel::Node *SchemaTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SchemaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeOf(parent);
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex SchemaTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *n = nodeOf(child);
    Node *p = n->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int SchemaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int SchemaTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SchemaTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeOf(index);
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (index.column()) {
        case FieldColumn:
            return n->name;
        case TypeColumn:
            return n->type;
        case DetailColumn:
            return n->detail;
        }
    } else if (role == Qt::ToolTipRole) {
        return n->path;
    }
    return {};
}

QVariant SchemaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case TypeColumn:
        return tr("Type");
    case DetailColumn:
        return tr("Details");
    }
    return {};
}

} // namespace crmbridge
