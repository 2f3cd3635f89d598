#pragma once

#include <QAbstractTableModel>

namespace crmbridge {

class LifecycleDocument;

/// Roles of the lifecycle tables besides ModelRole.
enum LifecycleRole
{
    ChoicesRole =
        Qt::UserRole + 20, ///< QStringList: the values an editor offers (modes, action kinds, states)
    HasErrorRole, ///< bool: the row has a validation error
};

/// The lifecycle's states as an editable table (id, label, initial, final, problems). Every edit
/// is a LifecycleDocument change (undoable); renaming a state renames it in the transitions and
/// value maps too.
class LifecycleStatesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        LabelColumn,
        InitialColumn,
        FinalColumn,
        ProblemsColumn,
        ColumnCount
    };

    explicit LifecycleStatesModel(LifecycleDocument &document, QObject *parent = nullptr);

    /// Adds a state ("state_2", …) at the end; returns its row.
    int addState();
    void removeState(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// An edit was refused (e.g. an empty id); the text says why.
    void editRefused(const QString &reason);

private:
    LifecycleDocument &m_document;
};

/// The lifecycle's transitions as an editable table (name, label, from, to, guard, required
/// fields, action kind, action target, mode, problems). Lists are edited as comma-separated text.
/// The action target is "METHOD path" for REST actions and the operation for SOAP ones.
class LifecycleTransitionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        LabelColumn,
        FromColumn,
        ToColumn,
        GuardColumn,
        RequiredColumn,
        ActionColumn,
        TargetColumn,
        ModeColumn,
        ProblemsColumn,
        ColumnCount
    };

    explicit LifecycleTransitionsModel(LifecycleDocument &document, QObject *parent = nullptr);

    int addTransition();
    void removeTransition(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void editRefused(const QString &reason);

private:
    LifecycleDocument &m_document;
};

} // namespace crmbridge
