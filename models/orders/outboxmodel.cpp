#include "models/orders/outboxmodel.h"

#include "core/orders/orderservice.h"
#include "models/common/modelroles.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace crmbridge {

using namespace orders;

OutboxModel::OutboxModel(OrderService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{ }

void OutboxModel::setStateFilter(std::optional<OutboxEntry::State> state)
{
    m_state = state;
    reload();
}

bool OutboxModel::reload()
{
    auto listed = m_service.outbox(m_state);
    beginResetModel();
    if (listed) {
        m_entries = std::move(listed.value());
        m_error.clear();
    } else {
        m_entries.clear();
        m_error = listed.error().message();
    }
    endResetModel();
    return listed.ok();
}

int OutboxModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

QString OutboxModel::stateLabel(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return tr("pending");
    case OutboxEntry::State::Delivered:
        return tr("delivered");
    case OutboxEntry::State::Failed:
        return tr("failed");
    case OutboxEntry::State::Discarded:
        return tr("discarded");
    }
    return {};
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &entry = m_entries.at(index.row());
    if (role == ObjectIdRole)
        return entry.id;
    if (role == Qt::ForegroundRole && entry.state == OutboxEntry::State::Failed)
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role == Qt::ToolTipRole && index.column() == LastErrorColumn && !entry.lastError.isEmpty())
        return entry.lastError;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case IdColumn:
        return entry.id;
    case OrderColumn:
        return entry.orderId;
    case TransitionColumn:
        return entry.transition;
    case KindColumn:
        if (raw)
            return OutboxEntry::kindName(entry.kind);
        return entry.kind == OutboxEntry::Kind::Action ? tr("ERP action") : tr("event");
    case StateColumn:
        return raw ? OutboxEntry::stateName(entry.state) : stateLabel(entry.state);
    case AttemptsColumn:
        return entry.attempts;
    case NextAttemptColumn:
        if (entry.state != OutboxEntry::State::Pending)
            return raw ? QVariant(QDateTime()) : QVariant(QString());
        return raw ? QVariant(entry.nextAttemptAt) : QVariant(when(entry.nextAttemptAt));
    case LastErrorColumn:
        return entry.lastError.section(u'\n', 0, 0);
    case CreatedColumn:
        return raw ? QVariant(entry.createdAt) : QVariant(when(entry.createdAt));
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case OrderColumn:
        return tr("Order");
    case TransitionColumn:
        return tr("Transition");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case NextAttemptColumn:
        return tr("Next attempt");
    case LastErrorColumn:
        return tr("Last error");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

} // namespace crmbridge
