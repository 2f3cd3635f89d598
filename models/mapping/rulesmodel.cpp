#include "models/mapping/rulesmodel.h"

#include "core/mapping/automap.h"
#include "core/mapping/formula/compiler.h"

#include <QBrush>
#include <QColor>
#include <QMimeData>
#include <QRegularExpression>
#include <QUndoCommand>
#include <QUndoStack>

namespace crmbridge {

using mapping::Mapping;
using mapping::MappingRule;
using mapping::ValidationRule;

/// One edit of a mapping: the whole mapping before and after. Mappings are small (tens of
/// rules), so a snapshot keeps undo exact for every kind of edit at negligible cost.
class MappingChangeCommand : public QUndoCommand
{
public:
    MappingChangeCommand(RulesModel *model, Mapping before, Mapping after, const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }
    void redo() override { m_model->apply(m_after); }
    void undo() override { m_model->apply(m_before); }

private:
    RulesModel *m_model;
    Mapping m_before;
    Mapping m_after;
};

RulesModel::RulesModel(QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_undoStack(undoStack)
{ }

void RulesModel::setMapping(const Mapping &mapping)
{
    beginResetModel();
    m_mapping = mapping;
    m_unmapped = unmappedTargets();
    m_failing.clear();
    recomputeProblems();
    endResetModel();
}

void RulesModel::setSourceSchema(const QStringList &fields)
{
    m_sourceSchema = fields;
    recomputeProblems();
    if (rowCount() > 0)
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

void RulesModel::setTargetSchema(const QStringList &fields)
{
    m_targetSchema = fields;
    recomputeProblems();
    if (rowCount() > 0)
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

void RulesModel::setFailingCounts(const QHash<QString, int> &counts)
{
    m_failing = counts;
    if (rowCount() > 0)
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

void RulesModel::change(const Mapping &changed, const QString &text)
{
    if (m_undoStack)
        m_undoStack->push(new MappingChangeCommand(this, m_mapping, changed, text));
    else
        apply(changed);
}

void RulesModel::apply(const Mapping &mapping)
{
    const QStringList unmapped = [&] {
        QStringList out;
        for (const QString &target : mapping.targetFields) {
            bool mapped = false;
            for (const MappingRule &rule : mapping.rules)
                mapped = mapped || rule.target == target;
            if (!mapped)
                out.append(target);
        }
        return out;
    }();
    const bool sameShape =
        mapping.rules.size() == m_mapping.rules.size() && unmapped.size() == m_unmapped.size();
    if (!sameShape)
        beginResetModel();
    m_mapping = mapping;
    m_unmapped = unmapped;
    recomputeProblems();
    if (!sameShape)
        endResetModel();
    else if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit mappingEdited();
}

QStringList RulesModel::unmappedTargets() const
{
    QStringList out;
    for (const QString &target : m_mapping.targetFields) {
        if (rowOfTargetRule(target) < 0)
            out.append(target);
    }
    return out;
}

int RulesModel::rowOfTargetRule(const QString &target) const
{
    for (int i = 0; i < m_mapping.rules.size(); ++i) {
        if (m_mapping.rules.at(i).target == target)
            return i;
    }
    return -1;
}

int RulesModel::rowOfTarget(const QString &target) const
{
    const int rule = rowOfTargetRule(target);
    if (rule >= 0)
        return rule;
    const qsizetype unmapped = m_unmapped.indexOf(target);
    return unmapped < 0 ? -1 : int(m_mapping.rules.size() + unmapped);
}

QString RulesModel::targetAt(int row) const
{
    if (isRule(row))
        return m_mapping.rules.at(row).target;
    const qsizetype u = row - m_mapping.rules.size();
    return u >= 0 && u < m_unmapped.size() ? m_unmapped.at(u) : QString();
}

void RulesModel::recomputeProblems()
{
    m_problems.clear();
    const QStringList source = m_sourceSchema.isEmpty() ? m_mapping.sourceFields : m_sourceSchema;
    const QStringList target = m_targetSchema.isEmpty() ? m_mapping.targetFields : m_targetSchema;
    for (const mapping::RuleIssue &issue : m_mapping.check(source, target)) {
        if (issue.rule >= 0 && !m_problems.contains(issue.rule))
            m_problems.insert(issue.rule, issue.message);
    }
    mapping::CompileEnvironment env;
    for (const mapping::ValueMap &map : std::as_const(m_mapping.valueMaps))
        env.valueMaps.insert(map.name(), std::make_shared<const mapping::ValueMap>(map));
    for (int i = 0; i < m_mapping.rules.size(); ++i) {
        if (m_problems.contains(i))
            continue;
        mapping::FormulaError error;
        if (!mapping::Formula::compile(m_mapping.rules.at(i).formula, env, &error))
            m_problems.insert(i, error.text());
    }
}

QString RulesModel::problem(int row) const
{
    return m_problems.value(row);
}

int RulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mapping.rules.size() + m_unmapped.size());
}

int RulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString valueMapsUsed(const QString &formula)
{
    static const QRegularExpression lookup(QStringLiteral(R"re(LOOKUP\s*\(\s*"([^"]*)")re"),
                                           QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    auto it = lookup.globalMatch(formula);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names.join(QStringLiteral(", "));
}

QVariant RulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool rule = isRule(row);
    const QString target = targetAt(row);
    const int failing = m_failing.value(target);
    const QString problemText = problem(row);
    if (role == IsRuleRole)
        return rule;
    if (role == ProblemRole)
        return problemText;
    if (role == FailingCountRole)
        return failing;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case TargetColumn:
            return target;
        case FormulaColumn:
            return rule ? m_mapping.rules.at(row).formula : QString();
        case ValueMapColumn:
            return rule ? valueMapsUsed(m_mapping.rules.at(row).formula) : QString();
        case ValidationColumn:
            return rule ? validationsToText(m_mapping.rules.at(row).validations) : QString();
        case StatusColumn:
            if (role == Qt::EditRole)
                return failing;
            if (!rule)
                return tr("not mapped");
            if (!problemText.isEmpty())
                return problemText;
            if (failing > 0)
                return tr("%n failing row(s)", nullptr, failing);
            return tr("OK");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && !problemText.isEmpty())
        return problemText;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (!problemText.isEmpty() || failing > 0)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (!rule)
            return QBrush(QColor(0x80, 0x80, 0x80));
    }
    return {};
}

QVariant RulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TargetColumn:
        return tr("Target field");
    case FormulaColumn:
        return tr("Formula");
    case ValueMapColumn:
        return tr("Value map");
    case ValidationColumn:
        return tr("Validation");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags RulesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    if (index.column() == FormulaColumn
        || ((index.column() == ValidationColumn || index.column() == ValueMapColumn) && isRule(index.row()))
        || (index.column() == TargetColumn && isRule(index.row())))
        f |= Qt::ItemIsEditable;
    return f;
}

bool RulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    const QString text = value.toString();
    Mapping changed = m_mapping;
    switch (index.column()) {
    case FormulaColumn:
        if (isRule(row)) {
            if (changed.rules[row].formula == text)
                return true;
            changed.rules[row].formula = text;
        } else {
            if (text.trimmed().isEmpty())
                return true;
            changed.rules.append(MappingRule { targetAt(row), text, {}, {} });
        }
        change(changed, tr("Edit formula of %1").arg(targetAt(row)));
        return true;
    case TargetColumn: {
        if (!isRule(row) || text.trimmed().isEmpty() || changed.rules[row].target == text)
            return false;
        if (rowOfTargetRule(text) >= 0)
            return false; // one rule per target field
        changed.rules[row].target = text.trimmed();
        change(changed, tr("Rename target %1").arg(m_mapping.rules.at(row).target));
        return true;
    }
    case ValueMapColumn: {
        // Names the value map the rule's result goes through: the formula is wrapped in (or
        // unwrapped from) LOOKUP("map", …); an unknown map name is flagged like any compile error.
        if (!isRule(row))
            return false;
        static const QRegularExpression wrapped(
            QStringLiteral(R"re(^\s*LOOKUP\s*\(\s*"[^"]*"\s*,\s*(.*)\)\s*$)re"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        QString inner = changed.rules[row].formula;
        if (const auto m = wrapped.match(inner); m.hasMatch())
            inner = m.captured(1);
        const QString name = text.trimmed();
        if (name.contains(QLatin1Char('"')))
            return false;
        const QString formula = name.isEmpty()
            ? inner
            : QStringLiteral("LOOKUP(\"") % name % QStringLiteral("\", ") % inner % QLatin1Char(')');
        if (formula == changed.rules[row].formula)
            return true;
        changed.rules[row].formula = formula;
        change(changed, tr("Set value map of %1").arg(targetAt(row)));
        return true;
    }
    case ValidationColumn: {
        if (!isRule(row))
            return false;
        auto rules = validationsFromText(text);
        if (!rules)
            return false;
        if (changed.rules[row].validations == *rules)
            return true;
        changed.rules[row].validations = *rules;
        change(changed, tr("Edit validation of %1").arg(targetAt(row)));
        return true;
    }
    default:
        return false;
    }
}

void RulesModel::setRule(const QString &target, const QString &formula)
{
    Mapping changed = m_mapping;
    const int rule = rowOfTargetRule(target);
    if (rule >= 0) {
        if (changed.rules[rule].formula == formula)
            return;
        changed.rules[rule].formula = formula;
    } else {
        changed.rules.append(MappingRule { target, formula, {}, {} });
    }
    change(changed, tr("Map %1 ← %2").arg(target, formula));
}

void RulesModel::removeRule(int row)
{
    if (!isRule(row))
        return;
    Mapping changed = m_mapping;
    const QString target = changed.rules.takeAt(row).target;
    change(changed, tr("Remove rule for %1").arg(target));
}

void RulesModel::applySuggestions(const QList<mapping::AutoMapSuggestion> &accepted)
{
    if (accepted.isEmpty())
        return;
    Mapping changed = m_mapping;
    for (const mapping::AutoMapSuggestion &s : accepted) {
        bool replaced = false;
        for (MappingRule &rule : changed.rules) {
            if (rule.target == s.target) {
                rule.formula = s.formula;
                replaced = true;
            }
        }
        if (!replaced)
            changed.rules.append(MappingRule { s.target, s.formula, {}, {} });
    }
    change(changed, tr("Accept %n auto-map suggestion(s)", nullptr, int(accepted.size())));
}

QStringList RulesModel::mimeTypes() const
{
    return { QString::fromLatin1(FieldPathMimeType) };
}

Qt::DropActions RulesModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

bool RulesModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    return data && data->hasFormat(QString::fromLatin1(FieldPathMimeType));
}

bool RulesModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString field = QString::fromUtf8(data->data(QString::fromLatin1(FieldPathMimeType))).trimmed();
    if (field.isEmpty())
        return false;
    int targetRow = parent.isValid() ? parent.row() : row;
    QString target = targetRow >= 0 && targetRow < rowCount() ? targetAt(targetRow) : QString();
    if (target.isEmpty()) {
        // Dropped below the rows: the target the auto-mapper pairs it with, else the same name.
        mapping::AutoMapper::Input input;
        input.sourceFields = { field };
        input.targetFields = m_unmapped;
        const auto found = mapping::AutoMapper::suggest(input);
        if (!found.isEmpty()) {
            target = found.first().target;
        } else {
            const qsizetype dot = field.lastIndexOf(QLatin1Char('.'));
            target = dot < 0 ? field : field.mid(dot + 1);
            target.remove(QStringLiteral("[]"));
        }
    }
    setRule(target, mapping::AutoMapper::formulaFor(field));
    return true;
}

QString RulesModel::validationsToText(const QList<ValidationRule> &rules)
{
    QStringList parts;
    for (const ValidationRule &v : rules) {
        QString part = ValidationRule::kindName(v.kind);
        if (v.kind == ValidationRule::Kind::OneOf)
            part += QLatin1Char(':') + v.values.join(QLatin1Char('|'));
        else if (!v.argument.isEmpty())
            part += QLatin1Char(':') + v.argument;
        parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

std::optional<QList<ValidationRule>> RulesModel::validationsFromText(const QString &text)
{
    QList<ValidationRule> out;
    // Regexes and formulas may hold commas: split only on ", " followed by a known kind name.
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        const QString name = (colon < 0 ? part : part.left(colon)).trimmed().toLower();
        const auto kind = ValidationRule::kindFromName(name);
        if (!kind) {
            // Only regexes and formulas may hold commas; anything else is a typo, not an argument.
            if (out.isEmpty()
                || (out.last().kind != ValidationRule::Kind::Regex
                    && out.last().kind != ValidationRule::Kind::Formula))
                return std::nullopt;
            out.last().argument += QLatin1Char(',') + raw; // part of the previous argument
            continue;
        }
        ValidationRule v;
        v.kind = *kind;
        if (colon >= 0) {
            const QString arg = part.mid(colon + 1);
            if (v.kind == ValidationRule::Kind::OneOf)
                v.values = arg.split(QLatin1Char('|'));
            else
                v.argument = arg;
        }
        out.append(v);
    }
    return out;
}

} // namespace crmbridge
