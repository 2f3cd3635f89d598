#include "models/endpoints/environmentmodels.h"

#include "core/endpoints/secretstore.h"
#include "models/common/modelroles.h"
#include "models/endpoints/environmentrepository.h"

#include <QBrush>
#include <QColor>
#include <QUndoStack>

namespace crmbridge {

// ---- EnvironmentListModel ----------------------------------------------------------------------

EnvironmentListModel::EnvironmentListModel(EnvironmentRepository &repository, QUndoStack &undoStack,
                                           QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_undoStack(undoStack)
{
    connect(&m_repository, &EnvironmentRepository::environmentsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int EnvironmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_repository.environments().size());
}

int EnvironmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvironmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Environment &e = m_repository.environments().at(index.row());
    if (role == ObjectIdRole)
        return e.id;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == RawValueRole)
            return e.name;
        if (role == Qt::ForegroundRole && e.production)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        break;
    case ProductionColumn:
        if (role == Qt::CheckStateRole)
            return e.production ? Qt::Checked : Qt::Unchecked;
        if (role == RawValueRole)
            return e.production;
        if (role == Qt::ToolTipRole)
            return tr("A production environment shows a red banner, and every write to it asks first.");
        break;
    case VariablesColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return int(e.variables.size());
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant EnvironmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Environment");
    case ProductionColumn:
        return tr("Production");
    case VariablesColumn:
        return tr("Variables");
    default:
        return {};
    }
}

Qt::ItemFlags EnvironmentListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    if (index.column() == ProductionColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool EnvironmentListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Environment before = m_repository.environments().at(index.row());
    Environment after = before;
    QString text;
    if (index.column() == NameColumn && role == Qt::EditRole) {
        after.name = value.toString().trimmed();
        text = tr("Rename environment %1 to %2").arg(before.name, after.name);
    } else if (index.column() == ProductionColumn && role == Qt::CheckStateRole) {
        after.production = value.toInt() == Qt::Checked;
        text = after.production ? tr("Mark %1 as production").arg(before.name)
                                : tr("Mark %1 as not production").arg(before.name);
    } else {
        return false;
    }
    if (after == before)
        return true;
    if (const QString problem = m_repository.problem(after); !problem.isEmpty()) {
        emit invalidInput(problem);
        return false;
    }
    emit invalidInput(QString());
    m_undoStack.push(new EnvironmentCommand(m_repository, before, after, text));
    return true;
}

int EnvironmentListModel::rowOf(qint64 environmentId) const
{
    const qint64 id = m_repository.resolve(environmentId);
    const auto &list = m_repository.environments();
    for (int row = 0; row < list.size(); ++row) {
        if (list.at(row).id == id)
            return row;
    }
    return -1;
}

qint64 EnvironmentListModel::environmentIdAt(int row) const
{
    const auto &list = m_repository.environments();
    return row >= 0 && row < list.size() ? list.at(row).id : 0;
}

qint64 EnvironmentListModel::addEnvironment(const QString &baseName)
{
    Environment environment;
    environment.name = m_repository.unusedName(baseName);
    auto *command = new EnvironmentCommand(m_repository, std::nullopt, environment,
                                           tr("Add environment %1").arg(environment.name));
    m_undoStack.push(command);
    return command->environmentId();
}

void EnvironmentListModel::removeEnvironment(int row)
{
    const auto &list = m_repository.environments();
    if (row < 0 || row >= list.size())
        return;
    const Environment environment = list.at(row);
    // Undo brings it back, variables and all, so no question is asked.
    m_undoStack.push(new EnvironmentCommand(m_repository, environment, std::nullopt,
                                            tr("Remove environment %1").arg(environment.name)));
}

// ---- EnvironmentVariablesModel -----------------------------------------------------------------

EnvironmentVariablesModel::EnvironmentVariablesModel(EnvironmentRepository &repository, QUndoStack &undoStack,
                                                     SecretStore &secrets, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_undoStack(undoStack)
    , m_secrets(secrets)
{
    connect(&m_repository, &EnvironmentRepository::environmentsChanged, this, &EnvironmentVariablesModel::reset);
}

QString EnvironmentVariablesModel::secretKey(const QString &environment, const QString &variable)
{
    return QStringLiteral("environment/") + environment + QLatin1Char('/') + variable;
}

const Environment *EnvironmentVariablesModel::current() const
{
    return m_id == 0 ? nullptr : m_repository.environment(m_id);
}

void EnvironmentVariablesModel::setEnvironmentId(qint64 id)
{
    m_id = id;
    reset();
}

void EnvironmentVariablesModel::reset()
{
    beginResetModel();
    const Environment *e = current();
    m_variables = e ? e->variables : QList<EnvironmentVariable>();
    endResetModel();
}

int EnvironmentVariablesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_variables.size());
}

int EnvironmentVariablesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvironmentVariablesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EnvironmentVariable &v = m_variables.at(index.row());
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == RawValueRole)
            return v.name;
        if (role == Qt::ToolTipRole)
            return tr("Used as {{%1}} in URLs, headers and bodies").arg(v.name);
        break;
    case ValueColumn:
        if (v.isSecret()) {
            // The value is never read back into the window: it stays in the keychain.
            if (role == Qt::DisplayRole)
                return QStringLiteral("••••••••");
            if (role == Qt::EditRole || role == RawValueRole)
                return QString();
            if (role == Qt::ToolTipRole)
                return tr("A secret: its value is in %1, never in the workspace. Type a new value to replace it.")
                    .arg(v.secret.describe());
            if (role == Qt::ForegroundRole)
                return QBrush(QColor(0x75, 0x75, 0x75));
        } else if (role == Qt::DisplayRole || role == Qt::EditRole || role == RawValueRole) {
            return v.value;
        }
        break;
    case SecretColumn:
        if (role == Qt::CheckStateRole)
            return v.isSecret() ? Qt::Checked : Qt::Unchecked;
        if (role == RawValueRole)
            return v.isSecret();
        if (role == Qt::ToolTipRole)
            return tr("Keep the value in the system keychain instead of the workspace");
        break;
    default:
        break;
    }
    return {};
}

QVariant EnvironmentVariablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Variable");
    case ValueColumn:
        return tr("Value");
    case SecretColumn:
        return tr("Secret");
    default:
        return {};
    }
}

Qt::ItemFlags EnvironmentVariablesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == SecretColumn)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool EnvironmentVariablesModel::change(const Environment &after, const QString &text)
{
    const Environment *before = current();
    if (!before)
        return false;
    if (*before == after)
        return true;
    if (const QString problem = m_repository.problem(after); !problem.isEmpty()) {
        emit invalidInput(problem);
        return false;
    }
    emit invalidInput(QString());
    m_undoStack.push(new EnvironmentCommand(m_repository, *before, after, text));
    return true;
}

void EnvironmentVariablesModel::storeSecret(const EnvironmentVariable &variable, const QString &value)
{
    m_secrets.write(variable.secret, value.toUtf8(), this, [this](const Result<SecretStore::Source> &stored) {
        if (stored)
            emit secretStored(tr("The secret value is %1.").arg(SecretStore::describe(stored.value())), true);
        else
            emit secretStored(stored.error().message(), false);
    });
}

bool EnvironmentVariablesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Environment *e = current();
    if (!e || index.row() >= e->variables.size())
        return false;
    Environment after = *e;
    EnvironmentVariable &v = after.variables[index.row()];
    const QString old = v.name;
    if (index.column() == NameColumn && role == Qt::EditRole) {
        v.name = value.toString().trimmed();
        if (v.isSecret() && v.name != old) {
            emit invalidInput(tr("Type the secret value again after renaming a secret variable; "
                                 "a secret is never read back into the window."));
            return false;
        }
        return change(after, tr("Rename variable %1 to %2").arg(old, v.name));
    }
    if (index.column() == ValueColumn && role == Qt::EditRole) {
        if (v.isSecret()) {
            // Not an undo step: the value never enters the workspace (nor an undo command).
            if (!value.toString().isEmpty())
                storeSecret(v, value.toString());
            return true;
        }
        v.value = value.toString();
        return change(after, tr("Set %1 in %2").arg(v.name, e->name));
    }
    if (index.column() == SecretColumn && role == Qt::CheckStateRole) {
        const bool secret = value.toInt() == Qt::Checked;
        if (secret == v.isSecret())
            return true;
        if (secret) {
            const QString plain = v.value;
            v.secret.key = secretKey(e->name, v.name);
            v.value.clear();
            if (!change(after, tr("Make %1 a secret").arg(v.name)))
                return false;
            if (!plain.isEmpty())
                storeSecret(v, plain);
            return true;
        }
        v.secret = {};
        v.value.clear();
        return change(after, tr("Make %1 a plain variable").arg(v.name));
    }
    return false;
}

int EnvironmentVariablesModel::addVariable()
{
    const Environment *e = current();
    if (!e)
        return -1;
    Environment after = *e;
    QString name = QStringLiteral("new_variable");
    for (int n = 2; after.variable(name); ++n)
        name = QStringLiteral("new_variable_%1").arg(n);
    after.variables.append({ name, QString(), {} });
    if (!change(after, tr("Add variable %1 to %2").arg(name, e->name)))
        return -1;
    return int(m_variables.size()) - 1;
}

void EnvironmentVariablesModel::removeVariable(int row)
{
    const Environment *e = current();
    if (!e || row < 0 || row >= e->variables.size())
        return;
    Environment after = *e;
    const QString name = after.variables.takeAt(row).name;
    change(after, tr("Remove variable %1 from %2").arg(name, e->name));
}

} // namespace crmbridge
