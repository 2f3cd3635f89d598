#include "models/sync/failedrowsmodel.h"

#include "models/sync/planitemsmodel.h"
#include "models/sync/synclabels.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUndoCommand>
#include <QUndoStack>

namespace crmbridge {

using namespace sync;

namespace {

void collectPaths(const QJsonObject &object, const QString &prefix, QStringList &out)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            collectPaths(it.value().toObject(), path, out);
        else if (!out.contains(path))
            out.append(path);
    }
}

QJsonValue valueAt(const QJsonObject &object, const QString &path)
{
    const int dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return object.value(path);
    const QJsonValue child = object.value(path.left(dot));
    if (!child.isObject())
        return QJsonValue(QJsonValue::Undefined);
    return valueAt(child.toObject(), path.mid(dot + 1));
}

void setAt(QJsonObject &object, const QString &path, const QJsonValue &value)
{
    const int dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        object.insert(path, value);
        return;
    }
    const QString key = path.left(dot);
    QJsonObject child = object.value(key).toObject();
    setAt(child, path.mid(dot + 1), value);
    object.insert(key, child);
}

/// One edit of one cell of the failed rows.
class EditFailedValueCommand : public QUndoCommand
{
public:
    EditFailedValueCommand(FailedRowsModel &model, int row, QString field, QJsonValue before, QJsonValue after)
        : QUndoCommand(FailedRowsModel::tr("Edit %1").arg(field))
        , m_model(model)
        , m_row(row)
        , m_field(std::move(field))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void redo() override { m_model.setValue(m_row, m_field, m_after); }
    void undo() override { m_model.setValue(m_row, m_field, m_before); }

private:
    FailedRowsModel &m_model;
    int m_row;
    QString m_field;
    QJsonValue m_before;
    QJsonValue m_after;
};

} // namespace

FailedRowsModel::FailedRowsModel(QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_undoStack(undoStack)
{
}

void FailedRowsModel::setRun(qint64 runId, const QList<PlanItem> &items, const QHash<int, JournalEntry> &journal)
{
    beginResetModel();
    m_runId = runId;
    m_rows.clear();
    m_fields.clear();
    for (const PlanItem &item : items) {
        const auto entry = journal.constFind(item.seq);
        const bool failed = entry != journal.constEnd() && entry->state == JournalState::Failed;
        if (!failed && item.action != PlanAction::Invalid)
            continue;
        Row row;
        row.item = item;
        if (failed) {
            row.problem = entry->field.isEmpty() ? entry->message : tr("%1: %2").arg(entry->field, entry->message);
            if (entry->httpStatus > 0)
                row.problem = tr("HTTP %1 — %2").arg(entry->httpStatus).arg(row.problem);
            row.hint = entry->hint;
        } else {
            QStringList reasons;
            for (const PlanReason &r : item.reasons)
                reasons << (r.field.isEmpty() ? r.message : tr("%1: %2").arg(r.field, r.message));
            row.problem = reasons.join(QStringLiteral("; "));
        }
        row.original = item.source;
        row.edited = item.source;
        collectPaths(item.source, {}, m_fields);
        m_rows.append(row);
    }
    endResetModel();
}

bool FailedRowsModel::isEdited() const
{
    for (const Row &row : m_rows) {
        if (row.edited != row.original)
            return true;
    }
    return false;
}

QJsonObject FailedRowsModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).edited : QJsonObject();
}

int FailedRowsModel::columnOf(const QString &field) const
{
    const int i = int(m_fields.indexOf(field));
    return i < 0 ? -1 : FixedColumns + i;
}

Status FailedRowsModel::writeRecords(const QString &path) const
{
    QJsonArray records;
    for (const Row &row : m_rows)
        records.append(row.edited);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::io(tr("Cannot write the rows to retry: %1").arg(file.errorString()), path,
                         tr("Check that the folder exists and is writable."));
    }
    file.write(QJsonDocument(records).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return Error::io(tr("Cannot write the rows to retry: %1").arg(file.errorString()), path,
                         tr("Check the free disk space."));
    }
    return {};
}

SyncProfile FailedRowsModel::retryProfile(SyncProfile profile, const QString &file)
{
    profile.source.file = file;
    profile.source.fileFormat = QStringLiteral("json");
    profile.source.query.clear();
    profile.cursor = {};
    if (profile.mode == SyncMode::Mirror)
        profile.mode = SyncMode::Upsert;
    return profile;
}

void FailedRowsModel::setValue(int row, const QString &field, const QJsonValue &value)
{
    if (row < 0 || row >= m_rows.size())
        return;
    setAt(m_rows[row].edited, field, value);
    const int column = columnOf(field);
    if (column >= 0)
        emit dataChanged(index(row, column), index(row, column));
}

QJsonValue FailedRowsModel::value(int row, const QString &field) const
{
    if (row < 0 || row >= m_rows.size())
        return QJsonValue(QJsonValue::Undefined);
    return valueAt(m_rows.at(row).edited, field);
}

int FailedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FailedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumns + int(m_fields.size());
}

QVariant FailedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() < FixedColumns) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            switch (index.column()) {
            case SourceKeyColumn:
                return row.item.sourceKey;
            case ActionColumn:
                return SyncLabels::action(row.item.action);
            case ProblemColumn:
                if (role == Qt::ToolTipRole && !row.hint.isEmpty())
                    return tr("%1\nWhat to do: %2").arg(row.problem, row.hint);
                return row.problem;
            }
        }
        if (role == Qt::ForegroundRole && index.column() == ProblemColumn)
            return QColor(0xb0, 0x20, 0x20);
        return {};
    }
    const QString field = m_fields.at(index.column() - FixedColumns);
    const QJsonValue current = valueAt(row.edited, field);
    const bool edited = current != valueAt(row.original, field);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (current.isUndefined() || current.isNull())
            return QString();
        if (current.isString())
            return current.toString();
        return FieldChangesModel::valueText(current);
    }
    if (role == EditedRole)
        return edited;
    if (role == Qt::BackgroundRole && edited)
        return QColor(0xff, 0xf4, 0xc2);
    if (role == Qt::ForegroundRole && edited)
        return QColor(0x20, 0x20, 0x20);
    if (role == Qt::ToolTipRole && edited)
        return tr("Was: %1").arg(FieldChangesModel::valueText(valueAt(row.original, field)));
    return {};
}

bool FailedRowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() < FixedColumns)
        return false;
    const QString field = m_fields.at(index.column() - FixedColumns);
    const QJsonValue before = valueAt(m_rows.at(index.row()).edited, field);
    const QString text = value.toString();
    QJsonValue after(text);
    // Keep the field's JSON type where the text still fits it.
    if (before.isDouble()) {
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (ok)
            after = number;
    } else if (before.isBool() && (text == QLatin1String("true") || text == QLatin1String("false"))) {
        after = text == QLatin1String("true");
    } else if ((before.isNull() || before.isUndefined()) && text.isEmpty()) {
        return false;
    }
    if (after == before)
        return false;
    if (m_undoStack)
        m_undoStack->push(new EditFailedValueCommand(*this, index.row(), field, before, after));
    else
        setValue(index.row(), field, after);
    return true;
}

Qt::ItemFlags FailedRowsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() >= FixedColumns)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant FailedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceKeyColumn:
        return tr("Source key");
    case ActionColumn:
        return tr("Action");
    case ProblemColumn:
        return tr("Problem");
    default:
        break;
    }
    const int field = section - FixedColumns;
    return field >= 0 && field < m_fields.size() ? QVariant(m_fields.at(field)) : QVariant();
}

} // namespace crmbridge
