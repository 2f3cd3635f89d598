#pragma once

#include "core/mapping/mapping.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

class QUndoStack;

namespace crmbridge::mapping {
struct AutoMapSuggestion;
}

namespace crmbridge {

/// The MIME type a dragged source field carries: the field path, UTF-8.
inline constexpr char FieldPathMimeType[] = "application/x-crmbridge-field-path";

/// The rules of one mapping as a table: one row per rule, then one row per target field that
/// has no rule yet (so a field dropped or typed there becomes a rule). Columns: target, formula,
/// value map (the tables its LOOKUPs use), validation, status (problems and the number of failing
/// preview rows). Every edit — setData, a dropped field, accepted suggestions — is one command on
/// the undo stack; the model never changes the mapping behind the stack's back. Rules whose
/// source or target fields no longer exist in the schemas are flagged in the status column.
class RulesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TargetColumn,
        FormulaColumn,
        ValueMapColumn,
        ValidationColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        ProblemRole = Qt::UserRole + 40,
        FailingCountRole,
        IsRuleRole
    };

    explicit RulesModel(QUndoStack *undoStack, QObject *parent = nullptr);

    /// Shows `mapping` (on opening one): not an edit, the undo stack is left alone.
    void setMapping(const mapping::Mapping &mapping);
    const mapping::Mapping &mapping() const { return m_mapping; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// The fields the source actually has now (empty: unknown, nothing flagged).
    void setSourceSchema(const QStringList &fields);
    const QStringList &sourceSchema() const { return m_sourceSchema; }
    /// The fields the target entity has now (empty: the mapping's own target field list).
    void setTargetSchema(const QStringList &fields);
    /// Per target field, how many preview rows fail it.
    void setFailingCounts(const QHash<QString, int> &counts);

    /// Pushes one undoable change from the current mapping to `changed`.
    void change(const mapping::Mapping &changed, const QString &text);
    /// Creates or replaces the rule for `target` (one undo step).
    void setRule(const QString &target, const QString &formula);
    void removeRule(int row);
    /// Applies accepted suggestions as one undo step.
    void applySuggestions(const QList<mapping::AutoMapSuggestion> &accepted);

    /// Row of the rule (or unmapped target) for `target`, or -1.
    int rowOfTarget(const QString &target) const;
    QString targetAt(int row) const;
    bool isRule(int row) const { return row >= 0 && row < m_mapping.rules.size(); }
    /// The problem shown for a row ("" when none).
    QString problem(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    /// A source field dropped on a row maps it to that row's target; dropped elsewhere it makes
    /// a rule for the target field the auto-mapper finds for it (or a target of the same name).
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /// "required, email, type:number, one_of:A|B" ⇄ validation rules (what the column edits).
    static QString validationsToText(const QList<mapping::ValidationRule> &rules);
    static std::optional<QList<mapping::ValidationRule>> validationsFromText(const QString &text);

signals:
    /// The mapping changed (an edit, an undo or a redo): save it and preview again.
    void mappingEdited();

private:
    friend class MappingChangeCommand;
    void apply(const mapping::Mapping &mapping);
    void recomputeProblems();
    QStringList unmappedTargets() const;
    int rowOfTargetRule(const QString &target) const;

    QUndoStack *m_undoStack;
    mapping::Mapping m_mapping;
    QStringList m_unmapped;
    QStringList m_sourceSchema;
    QStringList m_targetSchema;
    QHash<QString, int> m_failing;
    QHash<int, QString> m_problems; // rule index -> problem
};

} // namespace crmbridge
