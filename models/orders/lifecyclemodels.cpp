#include "models/orders/lifecyclemodels.h"

#include "models/common/modelroles.h"
#include "models/orders/lifecycledocument.h"

#include <QBrush>
#include <QColor>

#include <functional>

using namespace Qt::StringLiterals;

namespace crmbridge {

using namespace orders;

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !items.contains(item))
            items.append(item);
    }
    return items;
}

QString problemsText(const QList<LifecycleIssue> &issues)
{
    QStringList lines;
    for (const LifecycleIssue &issue : issues)
        lines.append(issue.message);
    return lines.join(u'\n');
}

bool anyError(const QList<LifecycleIssue> &issues)
{
    for (const LifecycleIssue &issue : issues) {
        if (issue.isError())
            return true;
    }
    return false;
}

QVariant problemColour(const QList<LifecycleIssue> &issues)
{
    if (issues.isEmpty())
        return {};
    return anyError(issues) ? QBrush(QColor(0xfa, 0xdb, 0xd8)) : QBrush(QColor(0xfd, 0xf1, 0xc9));
}

QString uniqueName(const QString &stem, const std::function<bool(const QString &)> &taken)
{
    for (int i = 1;; ++i) {
        const QString name = i == 1 ? stem : stem + u'_' + QString::number(i);
        if (!taken(name))
            return name;
    }
}

} // namespace

// ---- states ----

LifecycleStatesModel::LifecycleStatesModel(LifecycleDocument &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    // Any change (edit, undo, redo, load) may change every row's problems: one reset, cheap at
    // lifecycle sizes, and the views keep their current row by index.
    connect(&document, &LifecycleDocument::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int LifecycleStatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document.lifecycle().states.size());
}

int LifecycleStatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LifecycleStatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LifecycleState &state = m_document.lifecycle().states.at(index.row());
    const QList<LifecycleIssue> issues = m_document.stateIssues(state.id);
    switch (role) {
    case ObjectIdRole:
        return state.id;
    case HasErrorRole:
        return anyError(issues);
    case Qt::BackgroundRole:
        return problemColour(issues);
    case Qt::ToolTipRole:
        return issues.isEmpty() ? QVariant() : QVariant(problemsText(issues));
    case Qt::CheckStateRole:
        if (index.column() == InitialColumn)
            return state.initial ? Qt::Checked : Qt::Unchecked;
        if (index.column() == FinalColumn)
            return state.final ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RawValueRole:
        switch (index.column()) {
        case IdColumn:
            return state.id;
        case LabelColumn:
            return state.label;
        case InitialColumn:
            return role == RawValueRole ? QVariant(state.initial) : QVariant();
        case FinalColumn:
            return role == RawValueRole ? QVariant(state.final) : QVariant();
        case ProblemsColumn:
            return problemsText(issues).replace(u'\n', u' ');
        }
        return {};
    default:
        return {};
    }
}

bool LifecycleStatesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Lifecycle after = m_document.lifecycle();
    LifecycleState &state = after.states[index.row()];
    const QString oldId = state.id;
    QString text;
    if (role == Qt::CheckStateRole) {
        const bool on = value.toInt() == Qt::Checked;
        if (index.column() == InitialColumn) {
            for (LifecycleState &other : after.states)
                other.initial = false;
            state.initial = on;
            text = on ? tr("Make %1 the initial state").arg(oldId) : tr("Unmark the initial state");
        } else if (index.column() == FinalColumn) {
            state.final = on;
            text = on ? tr("Mark %1 final").arg(oldId) : tr("Unmark %1 final").arg(oldId);
        } else {
            return false;
        }
    } else if (role == Qt::EditRole) {
        const QString entered = value.toString().trimmed();
        if (index.column() == IdColumn) {
            if (entered.isEmpty()) {
                emit editRefused(tr("A state needs an id (e.g. \"packed\")."));
                return false;
            }
            if (entered == oldId)
                return false;
            state.id = entered;
            // The state's transitions and value-map entries follow the rename.
            for (LifecycleTransition &t : after.transitions) {
                for (QString &from : t.from) {
                    if (from == oldId)
                        from = entered;
                }
                if (t.to == oldId)
                    t.to = entered;
            }
            for (mapping::ValueMap &map : after.valueMaps) {
                QList<mapping::ValueMap::Entry> entries = map.entries();
                for (auto &entry : entries) {
                    if (entry.first == oldId)
                        entry.first = entered;
                }
                map.setEntries(entries);
            }
            text = tr("Rename state %1 to %2").arg(oldId, entered);
        } else if (index.column() == LabelColumn) {
            state.label = entered;
            text = tr("Change the label of %1").arg(oldId);
        } else {
            return false;
        }
    } else {
        return false;
    }
    m_document.change(after, text);
    return true;
}

Qt::ItemFlags LifecycleStatesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == IdColumn || index.column() == LabelColumn)
        f |= Qt::ItemIsEditable;
    if (index.column() == InitialColumn || index.column() == FinalColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant LifecycleStatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("State");
    case LabelColumn:
        return tr("Label");
    case InitialColumn:
        return tr("Initial");
    case FinalColumn:
        return tr("Final");
    case ProblemsColumn:
        return tr("Problems");
    }
    return {};
}

int LifecycleStatesModel::addState()
{
    Lifecycle after = m_document.lifecycle();
    LifecycleState state;
    state.id = uniqueName(u"state"_s, [&after](const QString &name) { return after.state(name) != nullptr; });
    state.label = state.id;
    after.states.append(state);
    m_document.change(after, tr("Add state %1").arg(state.id));
    return int(after.states.size()) - 1;
}

void LifecycleStatesModel::removeState(int row)
{
    Lifecycle after = m_document.lifecycle();
    if (row < 0 || row >= after.states.size())
        return;
    const QString id = after.states.at(row).id;
    after.states.removeAt(row);
    m_document.change(after, tr("Remove state %1").arg(id));
}

// ---- transitions ----

LifecycleTransitionsModel::LifecycleTransitionsModel(LifecycleDocument &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(&document, &LifecycleDocument::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int LifecycleTransitionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document.lifecycle().transitions.size());
}

int LifecycleTransitionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString actionTarget(const LifecycleAction &action)
{
    switch (action.kind) {
    case LifecycleAction::Kind::None:
        return {};
    case LifecycleAction::Kind::Soap:
        return action.operation;
    case LifecycleAction::Kind::Rest:
    case LifecycleAction::Kind::CreateErpOrder:
        return QString(action.method + u' ' + action.path).trimmed();
    }
    return {};
}

QVariant LifecycleTransitionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lifecycle &lifecycle = m_document.lifecycle();
    const LifecycleTransition &t = lifecycle.transitions.at(index.row());
    const QList<LifecycleIssue> issues = m_document.transitionIssues(t.name);
    switch (role) {
    case ObjectIdRole:
        return t.name;
    case HasErrorRole:
        return anyError(issues);
    case Qt::BackgroundRole:
        return problemColour(issues);
    case Qt::ToolTipRole:
        if (index.column() == ActionColumn && !t.action.endpoint.isEmpty())
            return tr("On endpoint %1").arg(t.action.endpoint);
        return issues.isEmpty() ? QVariant() : QVariant(problemsText(issues));
    case ChoicesRole:
        if (index.column() == ModeColumn)
            return QStringList { u"sync"_s, u"async"_s, u"event"_s };
        if (index.column() == ActionColumn)
            return QStringList { u"none"_s, u"rest"_s, u"soap"_s, u"create_erp_order"_s };
        if (index.column() == ToColumn) {
            QStringList ids;
            for (const LifecycleState &s : lifecycle.states)
                ids.append(s.id);
            return ids;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RawValueRole:
        switch (index.column()) {
        case NameColumn:
            return t.name;
        case LabelColumn:
            return t.label;
        case FromColumn:
            return t.from.join(u", "_s);
        case ToColumn:
            return t.to;
        case GuardColumn:
            return t.guard;
        case RequiredColumn:
            return t.requiredFields.join(u", "_s);
        case ActionColumn:
            return LifecycleAction::kindName(t.action.kind);
        case TargetColumn:
            return actionTarget(t.action);
        case ModeColumn:
            return notificationModeName(t.mode);
        case ProblemsColumn:
            return problemsText(issues).replace(u'\n', u' ');
        }
        return {};
    default:
        return {};
    }
}

bool LifecycleTransitionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Lifecycle after = m_document.lifecycle();
    LifecycleTransition &t = after.transitions[index.row()];
    const QString name = t.name;
    const QString entered = value.toString().trimmed();
    QString text;
    switch (index.column()) {
    case NameColumn:
        if (entered.isEmpty()) {
            emit editRefused(tr("A transition needs a name (e.g. \"pack\")."));
            return false;
        }
        t.name = entered;
        text = tr("Rename transition %1 to %2").arg(name, entered);
        break;
    case LabelColumn:
        t.label = entered;
        text = tr("Change the label of %1").arg(name);
        break;
    case FromColumn:
        t.from = splitList(entered);
        text = tr("Change where %1 leaves from").arg(name);
        break;
    case ToColumn:
        t.to = entered;
        text = tr("Change where %1 leads").arg(name);
        break;
    case GuardColumn:
        t.guard = value.toString(); // the formula as typed; the validator reports line:column
        text = tr("Change the guard of %1").arg(name);
        break;
    case RequiredColumn:
        t.requiredFields = splitList(entered);
        text = tr("Change the required fields of %1").arg(name);
        break;
    case ActionColumn: {
        const auto kind = LifecycleAction::kindFromName(entered);
        if (!kind) {
            emit editRefused(
                tr("\"%1\" is not an action kind: use none, rest, soap or create_erp_order.").arg(entered));
            return false;
        }
        t.action.kind = *kind;
        if ((*kind == LifecycleAction::Kind::Rest || *kind == LifecycleAction::Kind::CreateErpOrder)
            && t.action.method.isEmpty())
            t.action.method = *kind == LifecycleAction::Kind::CreateErpOrder ? u"POST"_s : u"PATCH"_s;
        text = tr("Change the action of %1").arg(name);
        break;
    }
    case TargetColumn:
        if (t.action.kind == LifecycleAction::Kind::Soap) {
            t.action.operation = entered;
        } else if (t.action.kind == LifecycleAction::Kind::None) {
            emit editRefused(tr("Transition %1 has no action: choose its kind first.").arg(name));
            return false;
        } else {
            const QString method = entered.section(u' ', 0, 0).toUpper();
            const QString path = entered.section(u' ', 1).trimmed();
            static const QStringList methods = { u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s };
            if (!methods.contains(method) || path.isEmpty()) {
                emit editRefused(tr("Write the action as \"METHOD path\", e.g. \"PATCH /orders/{erp_id}\"."));
                return false;
            }
            t.action.method = method;
            t.action.path = path;
        }
        text = tr("Change the action of %1").arg(name);
        break;
    case ModeColumn: {
        const auto mode = notificationModeFromName(entered);
        if (!mode) {
            emit editRefused(tr("\"%1\" is not a notification mode: use sync, async or event.").arg(entered));
            return false;
        }
        t.mode = *mode;
        text = tr("Change the mode of %1").arg(name);
        break;
    }
    default:
        return false;
    }
    m_document.change(after, text);
    return true;
}

Qt::ItemFlags LifecycleTransitionsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != ProblemsColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant LifecycleTransitionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Transition");
    case LabelColumn:
        return tr("Label");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case GuardColumn:
        return tr("Guard");
    case RequiredColumn:
        return tr("Required fields");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Request / operation");
    case ModeColumn:
        return tr("Mode");
    case ProblemsColumn:
        return tr("Problems");
    }
    return {};
}

int LifecycleTransitionsModel::addTransition()
{
    Lifecycle after = m_document.lifecycle();
    LifecycleTransition t;
    t.name = uniqueName(u"transition"_s,
                        [&after](const QString &name) { return after.transition(name) != nullptr; });
    t.label = t.name;
    if (!after.states.isEmpty()) {
        t.from = QStringList { after.states.first().id };
        t.to = after.states.first().id;
    }
    after.transitions.append(t);
    m_document.change(after, tr("Add transition %1").arg(t.name));
    return int(after.transitions.size()) - 1;
}

void LifecycleTransitionsModel::removeTransition(int row)
{
    Lifecycle after = m_document.lifecycle();
    if (row < 0 || row >= after.transitions.size())
        return;
    const QString name = after.transitions.at(row).name;
    after.transitions.removeAt(row);
    m_document.change(after, tr("Remove transition %1").arg(name));
}

} // namespace crmbridge
