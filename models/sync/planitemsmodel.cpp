#include "models/sync/planitemsmodel.h"

#include "core/workspace/workspace.h"
#include "models/common/modelroles.h"
#include "models/sync/synclabels.h"

#include <QDateTime>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>
#include <QPointer>
#include <QThread>

namespace crmbridge {

using namespace sync;

PlanItemsModel::PlanItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlanItemsModel::setItems(QList<PlanItem> items, QHash<int, JournalEntry> journal)
{
    beginResetModel();
    m_items = std::move(items);
    m_journal = std::move(journal);
    m_counts = {};
    for (const PlanItem &item : std::as_const(m_items))
        ++m_counts[std::size_t(item.action)];
    endResetModel();
}

void PlanItemsModel::clear()
{
    setItems({}, {});
}

const PlanItem *PlanItemsModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

const JournalEntry *PlanItemsModel::journalEntry(int row) const
{
    const PlanItem *planItem = item(row);
    if (!planItem)
        return nullptr;
    const auto it = m_journal.constFind(planItem->seq);
    return it == m_journal.constEnd() ? nullptr : &it.value();
}

int PlanItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PlanItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString outcomeText(const JournalEntry *entry)
{
    if (!entry)
        return {};
    switch (entry->state) {
    case JournalState::Done:
        return PlanItemsModel::tr("Written");
    case JournalState::Failed:
        return entry->httpStatus > 0 ? PlanItemsModel::tr("Failed (HTTP %1)").arg(entry->httpStatus)
                                     : PlanItemsModel::tr("Failed");
    case JournalState::Intent:
    case JournalState::Uncertain:
        return PlanItemsModel::tr("Uncertain");
    }
    return {};
}

static QString detailsText(const PlanItem &item, const JournalEntry *entry)
{
    if (entry && entry->state == JournalState::Failed)
        return entry->field.isEmpty() ? entry->message : PlanItemsModel::tr("%1: %2").arg(entry->field, entry->message);
    if (!item.reasons.isEmpty()) {
        QStringList parts;
        for (const PlanReason &r : item.reasons)
            parts << (r.field.isEmpty() ? r.message : PlanItemsModel::tr("%1: %2").arg(r.field, r.message));
        return parts.join(QStringLiteral("; "));
    }
    if (!item.changes.isEmpty()) {
        QStringList fields;
        for (const FieldChange &c : item.changes)
            fields << c.field;
        return PlanItemsModel::tr("%n field(s): %1", nullptr, int(fields.size())).arg(fields.join(QStringLiteral(", ")));
    }
    return {};
}

QVariant PlanItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanItem &item = m_items.at(index.row());
    const JournalEntry *entry = journalEntry(index.row());
    if (role == ActionRole)
        return int(item.action);
    if (role == ObjectIdRole)
        return item.seq;
    if (role == Qt::DisplayRole || role == RawValueRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RowColumn:
            return role == Qt::DisplayRole ? QVariant(QString::number(item.sourceRow)) : QVariant(item.sourceRow);
        case SourceKeyColumn:
            return item.sourceKey;
        case MatchKeyColumn:
            return item.matchKey;
        case ActionColumn:
            return role == RawValueRole ? QVariant(int(item.action)) : QVariant(SyncLabels::action(item.action));
        case TargetIdColumn:
            return entry && !entry->targetId.isEmpty() ? entry->targetId : item.targetId;
        case OutcomeColumn:
            if (role == Qt::ToolTipRole && entry && !entry->hint.isEmpty())
                return entry->hint;
            return outcomeText(entry);
        case DetailsColumn:
            if (role == Qt::ToolTipRole && entry && !entry->hint.isEmpty())
                return tr("%1\nWhat to do: %2").arg(detailsText(item, entry), entry->hint);
            return detailsText(item, entry);
        }
    }
    if (role == Qt::BackgroundRole) {
        if (entry && entry->state == JournalState::Failed)
            return SyncLabels::actionBackground(PlanAction::Invalid);
        const QColor color = SyncLabels::actionBackground(item.action);
        if (color.isValid())
            return color;
    }
    if (role == Qt::ForegroundRole && (index.column() == ActionColumn || index.column() == OutcomeColumn)) {
        // Explicit dark text on the light action backgrounds, also under a dark palette.
        if (SyncLabels::actionBackground(item.action).isValid() || (entry && entry->state == JournalState::Failed))
            return QColor(0x20, 0x20, 0x20);
    }
    return {};
}

QVariant PlanItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case SourceKeyColumn:
        return tr("Source key");
    case MatchKeyColumn:
        return tr("Match key");
    case ActionColumn:
        return tr("Action");
    case TargetIdColumn:
        return tr("Target id");
    case OutcomeColumn:
        return tr("Outcome");
    case DetailsColumn:
        return tr("Changes / reasons");
    }
    return {};
}

PlanActionFilter::PlanActionFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
}

void PlanActionFilter::setActions(const QSet<PlanAction> &actions)
{
    if (actions == m_actions)
        return;
    m_actions = actions;
    invalidateFilter();
}

bool PlanActionFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_actions.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_actions.contains(PlanAction(index.data(PlanItemsModel::ActionRole).toInt()));
}

FieldChangesModel::FieldChangesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FieldChangesModel::setItem(const PlanItem *item)
{
    beginResetModel();
    m_changes.clear();
    m_reasons.clear();
    m_payload = {};
    m_action = item ? item->action : PlanAction::Skip;
    if (item) {
        m_changes = item->changes;
        m_reasons = item->reasons;
        if (item->action == PlanAction::Create && m_changes.isEmpty()) {
            // A create changes every field it sends: show them as "(none) → value".
            for (auto it = item->payload.constBegin(); it != item->payload.constEnd(); ++it)
                m_changes.append({ it.key(), QJsonValue(QJsonValue::Undefined), it.value() });
        }
    }
    endResetModel();
}

int FieldChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size() + m_reasons.size());
}

int FieldChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FieldChangesModel::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return tr("(none)");
    case QJsonValue::Null:
        return tr("(empty)");
    case QJsonValue::String:
        return value.toString().isEmpty() ? tr("(empty)") : value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QVariant FieldChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (row < m_changes.size()) {
        const FieldChange &change = m_changes.at(row);
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == RawValueRole) {
            switch (index.column()) {
            case FieldColumn:
                return change.field;
            case BeforeColumn:
                return valueText(change.before);
            case AfterColumn:
                return valueText(change.after);
            }
        }
        if (role == Qt::BackgroundRole) {
            if (index.column() == BeforeColumn && change.before.type() != QJsonValue::Undefined)
                return QColor(0xfb, 0xe0, 0xe0);
            if (index.column() == AfterColumn)
                return QColor(0xdc, 0xf3, 0xdc);
        }
        if (role == Qt::ForegroundRole && index.column() != FieldColumn)
            return QColor(0x20, 0x20, 0x20);
        if (role == Qt::FontRole && index.column() == BeforeColumn && change.before.type() != QJsonValue::Undefined) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    }
    const PlanReason &reason = m_reasons.at(row - m_changes.size());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == RawValueRole) {
        switch (index.column()) {
        case FieldColumn:
            return reason.field.isEmpty() ? tr("(record)") : reason.field;
        case BeforeColumn:
            return SyncLabels::action(m_action);
        case AfterColumn:
            return reason.message;
        }
    }
    if (role == Qt::BackgroundRole && index.column() != FieldColumn)
        return SyncLabels::actionBackground(m_action == PlanAction::Conflict ? PlanAction::Conflict : PlanAction::Invalid);
    if (role == Qt::ForegroundRole && index.column() != FieldColumn)
        return QColor(0x20, 0x20, 0x20);
    return {};
}

QVariant FieldChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case BeforeColumn:
        return tr("Old value");
    case AfterColumn:
        return tr("New value");
    }
    return {};
}

namespace {

/// Buckets the journal's outcome times (committed in groups every 200 ms) per second.
void readThroughput(Workspace &workspace, qint64 runId, RunItems &result)
{
    QSqlQuery q(workspace.database());
    q.prepare(QStringLiteral("SELECT updated_at, state FROM sync_journal WHERE run_id = ? AND state IN ('done', 'failed')"
                             " ORDER BY updated_at"));
    q.addBindValue(runId);
    if (!q.exec())
        return; // the chart stays empty; the counts come from the summary
    QDateTime first;
    QMap<qint64, QPair<qint64, qint64>> perSecond;
    while (q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        if (!at.isValid())
            continue;
        if (!first.isValid())
            first = at;
        auto &bucket = perSecond[first.msecsTo(at) / 1000];
        if (q.value(1).toString() == QLatin1String("done"))
            ++bucket.first;
        else
            ++bucket.second;
    }
    if (perSecond.isEmpty())
        return;
    const qint64 last = perSecond.lastKey();
    for (qint64 second = 0; second <= last; ++second) {
        const auto bucket = perSecond.value(second);
        result.writtenPerSecond.append(QPointF(double(second + 1), double(bucket.first)));
        result.failedPerSecond.append(QPointF(double(second + 1), double(bucket.second)));
    }
}

} // namespace

RunItemsLoader::RunItemsLoader(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    qRegisterMetaType<crmbridge::RunItems>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("run items"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

RunItemsLoader::~RunItemsLoader()
{
    // The loads opened the worker thread's own workspace connection: close it there, before the
    // thread ends (the Workspace closes leftovers only from its own thread, where a connection of
    // another thread cannot be used).
    Workspace *workspace = &m_workspace;
    QMetaObject::invokeMethod(
        m_worker, [workspace] { workspace->releaseThreadConnection(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

quint64 RunItemsLoader::load(qint64 runId, bool withJournal)
{
    return start(runId, withJournal ? What::ItemsAndJournal : What::Items);
}

quint64 RunItemsLoader::loadThroughput(qint64 runId)
{
    return start(runId, What::Throughput);
}

quint64 RunItemsLoader::start(qint64 runId, What what)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    Workspace *workspace = &m_workspace;
    QPointer<RunItemsLoader> self(this);
    QMetaObject::invokeMethod(m_worker, [workspace, runId, what, generation, self] {
        RunItems result;
        result.generation = generation;
        result.runId = runId;
        RunStore store(*workspace);
        if (what == What::Throughput) {
            readThroughput(*workspace, runId, result);
        } else if (auto items = store.planItems(runId)) {
            result.items = std::move(items.value());
        } else {
            result.error = items.error().message();
        }
        if (what == What::ItemsAndJournal && result.error.isEmpty()) {
            if (auto journal = store.journal(runId))
                result.journal = std::move(journal.value());
            else
                result.error = journal.error().message();
            readThroughput(*workspace, runId, result);
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, result] {
                if (!self || result.generation != self->m_generation)
                    return; // superseded
                self->m_loading = false;
                emit self->loaded(result);
            },
            Qt::QueuedConnection);
    });
    return generation;
}

} // namespace crmbridge
