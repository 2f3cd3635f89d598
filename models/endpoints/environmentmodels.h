#pragma once

#include "core/endpoints/environment.h"

#include <QAbstractTableModel>
#include <QPointer>

class QUndoStack;

namespace crmbridge {

class EnvironmentRepository;
class SecretStore;

/// The environments of a workspace, one row each: name (edited in place) and the production
/// flag (a check box). Every edit is an EnvironmentCommand on the undo stack; an edit the
/// repository refuses (empty or duplicate name) is reported through invalidInput() and not made.
class EnvironmentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ProductionColumn, VariablesColumn, ColumnCount };

    EnvironmentListModel(EnvironmentRepository &repository, QUndoStack &undoStack, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int rowOf(qint64 environmentId) const;
    qint64 environmentIdAt(int row) const;

    /// Adds an environment with an unused name; returns its id.
    qint64 addEnvironment(const QString &baseName);
    void removeEnvironment(int row);

signals:
    void invalidInput(const QString &message);

private:
    EnvironmentRepository &m_repository;
    QUndoStack &m_undoStack;
};

/// The variables of one environment: name, value, and whether the value is a secret. A secret's
/// value is never shown nor kept here: typing one stores it through SecretStore (the OS keychain,
/// else this session only) and the environment keeps a reference. Structural edits (names,
/// plain values, the secret flag, adding and removing variables) are undo commands; an empty or
/// duplicate name is reported through invalidInput() and not saved.
class EnvironmentVariablesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, SecretColumn, ColumnCount };

    EnvironmentVariablesModel(EnvironmentRepository &repository, QUndoStack &undoStack, SecretStore &secrets,
                              QObject *parent = nullptr);

    void setEnvironmentId(qint64 id);
    qint64 environmentId() const { return m_id; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Adds a variable with an unused name ("new_variable", …); returns its row.
    int addVariable();
    void removeVariable(int row);
    /// The keychain entry a secret variable of this environment is stored under.
    static QString secretKey(const QString &environment, const QString &variable);

signals:
    void invalidInput(const QString &message);
    /// Where a secret value went ("stored in the keychain", "kept for this session only"), or why not.
    void secretStored(const QString &message, bool ok);

private:
    const Environment *current() const;
    void reset();
    bool change(const Environment &after, const QString &text);
    void storeSecret(const EnvironmentVariable &variable, const QString &value);

    EnvironmentRepository &m_repository;
    QUndoStack &m_undoStack;
    SecretStore &m_secrets;
    qint64 m_id = 0;
    QList<EnvironmentVariable> m_variables; ///< as shown; follows the repository
};

} // namespace crmbridge
