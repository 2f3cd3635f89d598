#include "models/sync/conflictdecisionsmodel.h"

#include "models/common/modelroles.h"
#include "models/sync/planitemsmodel.h" // FieldChangesModel::valueText

#include <QColor>
#include <QFont>

namespace crmbridge {

using namespace sync;

ConflictDecisionBook::ConflictDecisionBook(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

void ConflictDecisionBook::setProfile(qint64 profileId)
{
    m_profileId = profileId;
    m_decisions = {};
    if (profileId > 0) {
        auto listed = ConflictDecisionStore(m_workspace).list(profileId);
        if (listed)
            m_decisions = ConflictDecisions(listed.value());
        else
            emit failed(listed.error().message());
    }
    emit changed();
}

Status ConflictDecisionBook::apply(qint64 profileId, const QList<ConflictDecision> &put,
                                   const QList<QPair<QString, QString>> &drop)
{
    const Status s = ConflictDecisionStore(m_workspace).apply(profileId, put, drop);
    if (!s) {
        emit failed(s.error().message());
        return s;
    }
    if (profileId == m_profileId) {
        for (const auto &[matchKey, field] : drop)
            m_decisions.remove(matchKey, field);
        for (const ConflictDecision &d : put)
            m_decisions.set(d);
        emit changed();
    }
    return s;
}

ConflictDecisionCommand::ConflictDecisionCommand(ConflictDecisionBook &book, const QList<Change> &after, const QString &text)
    : QUndoCommand(text)
    , m_book(book)
    , m_profileId(book.profileId())
    , m_after(after)
{
    for (const Change &c : after) {
        const ConflictDecision *earlier = book.decisions().find(c.first.first, c.first.second);
        m_before.append({c.first, earlier ? std::optional<ConflictDecision>(*earlier) : std::nullopt});
    }
}

void ConflictDecisionCommand::redo()
{
    put(m_after);
}

void ConflictDecisionCommand::undo()
{
    put(m_before);
}

void ConflictDecisionCommand::put(const QList<Change> &changes)
{
    QList<ConflictDecision> set;
    QList<QPair<QString, QString>> drop;
    for (const Change &c : changes) {
        if (c.second)
            set.append(*c.second);
        else
            drop.append(c.first);
    }
    m_book.apply(m_profileId, set, drop).ok(); // a failure is reported by the book's failed()
}

ConflictFieldsModel::ConflictFieldsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConflictFieldsModel::setBook(const ConflictDecisionBook *book)
{
    m_book = book;
    refresh();
}

const ConflictDecisions &ConflictFieldsModel::decisions() const
{
    static const ConflictDecisions none;
    return m_book ? m_book->decisions() : none;
}

void ConflictFieldsModel::setItem(const PlanItem *item)
{
    beginResetModel();
    if (item && item->action == PlanAction::Conflict)
        m_item = *item;
    else
        m_item.reset();
    endResetModel();
}

void ConflictFieldsModel::refresh()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ConflictFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_item ? 0 : int(m_item->changes.size());
}

int ConflictFieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldChange &change = m_item->changes.at(index.row());
    const ConflictDecisions::State state = decisions().state(m_item->matchKey, change);
    const ConflictDecision *decision = decisions().find(m_item->matchKey, change.field);
    const bool decided = state == ConflictDecisions::State::Decided;
    const bool sourceWins = decided && decision->winner == ConflictWinner::Source;
    const bool targetWins = decided && decision->winner == ConflictWinner::Target;
    if (role == DecisionRole)
        return int(state);
    if (role == WinnerRole)
        return decided ? QVariant(int(decision->winner)) : QVariant();
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (index.column()) {
        case FieldColumn:
            return change.field;
        case TargetColumn:
            return FieldChangesModel::valueText(change.before);
        case SourceColumn:
            return FieldChangesModel::valueText(change.after);
        case DecisionColumn:
            switch (state) {
            case ConflictDecisions::State::Undecided:
                return tr("Not decided");
            case ConflictDecisions::State::Stale:
                return tr("Decide again (values changed)");
            case ConflictDecisions::State::Decided:
                return sourceWins ? tr("✓ Take the source") : tr("✓ Keep the target");
            }
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == DecisionColumn && decision) {
            return tr("Decided %1 by %2 for the target's '%3' and the source's '%4'")
                .arg(decision->decidedAt, decision->decidedBy, decision->targetValue, decision->sourceValue);
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::BackgroundRole) {
        const QColor winner(0xdc, 0xf3, 0xdc), loser(0xf0, 0xf0, 0xf0);
        switch (index.column()) {
        case TargetColumn:
            return targetWins ? winner : sourceWins ? loser : QVariant();
        case SourceColumn:
            return sourceWins ? winner : targetWins ? loser : QVariant();
        case DecisionColumn:
            if (decided)
                return winner;
            return state == ConflictDecisions::State::Stale ? QColor(0xfb, 0xe0, 0xe0) : QColor(0xff, 0xf4, 0xd6);
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() != FieldColumn) {
        if ((index.column() == TargetColumn && sourceWins) || (index.column() == SourceColumn && targetWins))
            return QColor(0x80, 0x80, 0x80);
        return QColor(0x20, 0x20, 0x20);
    }
    if (role == Qt::FontRole) {
        const bool bold = index.column() == DecisionColumn && decided;
        const bool struck = (index.column() == TargetColumn && sourceWins) || (index.column() == SourceColumn && targetWins);
        if (!bold && !struck)
            return {};
        QFont font;
        font.setBold(bold);
        font.setStrikeOut(struck);
        return font;
    }
    return {};
}

QVariant ConflictFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case TargetColumn:
        return tr("Target's value");
    case SourceColumn:
        return tr("Source's value");
    case DecisionColumn:
        return tr("Decision");
    }
    return {};
}

} // namespace crmbridge
