#include "models/endpoints/samplerecordsmodel.h"

#include "models/common/modelroles.h"

#include <QJsonDocument>
#include <QSet>

namespace crmbridge {

namespace {

void flatten(const QJsonObject &object, const QString &prefix, QHash<QString, QJsonValue> &out,
             QStringList &order, QSet<QString> &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject() && !it.value().toObject().isEmpty()) {
            flatten(it.value().toObject(), path, out, order, known);
            continue;
        }
        out.insert(path, it.value());
        if (!known.contains(path) && order.size() < SampleRecordsModel::MaxColumns) {
            known.insert(path);
            order.append(path);
        }
    }
}

} // namespace

SampleRecordsModel::SampleRecordsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SampleRecordsModel::setRecords(const QJsonArray &records)
{
    beginResetModel();
    m_paths.clear();
    m_rows.clear();
    QSet<QString> known;
    for (const QJsonValue &record : records) {
        QHash<QString, QJsonValue> row;
        if (record.isObject())
            flatten(record.toObject(), QString(), row, m_paths, known);
        else
            row.insert(QStringLiteral("value"), record);
        if (!record.isObject() && !known.contains(QStringLiteral("value"))) {
            known.insert(QStringLiteral("value"));
            m_paths.append(QStringLiteral("value"));
        }
        m_rows.append(row);
    }
    endResetModel();
}

void SampleRecordsModel::clear()
{
    beginResetModel();
    m_paths.clear();
    m_rows.clear();
    endResetModel();
}

QString SampleRecordsModel::text(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_paths.size())
        return {};
    const QJsonValue v = m_rows.at(row).value(m_paths.at(column));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

int SampleRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SampleRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_paths.size());
}

QVariant SampleRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return text(index.row(), index.column());
    if (role == RawValueRole)
        return m_rows.at(index.row()).value(m_paths.at(index.column())).toVariant();
    return {};
}

QVariant SampleRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section >= 0 && section < m_paths.size() ? QVariant(m_paths.at(section)) : QVariant();
}

} // namespace crmbridge
