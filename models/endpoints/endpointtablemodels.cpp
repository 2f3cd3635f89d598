#include "models/endpoints/endpointtablemodels.h"

#include "models/common/modelroles.h"
#include "models/endpoints/endpointcommands.h"
#include "models/endpoints/endpointrepository.h"

#include <QUndoStack>

namespace crmbridge {

EndpointPartModel::EndpointPartModel(EndpointRepository &repository, QUndoStack &undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_undoStack(undoStack)
{
    connect(&m_repository, &EndpointRepository::endpointChanged, this, [this](qint64 id) {
        if (m_repository.resolve(id) == m_repository.resolve(m_endpointId))
            reload();
    });
    connect(&m_repository, &EndpointRepository::endpointsChanged, this, &EndpointPartModel::reload);
}

void EndpointPartModel::setEndpointId(qint64 endpointId)
{
    m_endpointId = endpointId;
    beginResetModel();
    const Endpoint *e = endpoint();
    m_rows = e ? rowsIn(*e) : 0;
    endResetModel();
}

const Endpoint *EndpointPartModel::endpoint() const
{
    return m_endpointId == 0 ? nullptr : m_repository.endpoint(m_endpointId);
}

void EndpointPartModel::reload()
{
    const Endpoint *e = endpoint();
    const int rows = e ? rowsIn(*e) : 0;
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
    }
}

bool EndpointPartModel::commit(const Endpoint &after, const QString &text)
{
    const Endpoint *before = endpoint();
    if (!before)
        return false;
    m_undoStack.push(new SetEndpointCommand(m_repository, *before, after, EditField::Other, text));
    return true;
}

int EndpointPartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

Qt::ItemFlags EndpointPartModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

// ---- headers ---------------------------------------------------------------------------------

int HeadersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeadersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Endpoint *e = endpoint();
    if (!e || index.row() >= e->headers.size())
        return {};
    const HeaderValue &h = e->headers.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == RawValueRole)
        return index.column() == NameColumn ? h.name : h.value;
    return {};
}

bool HeadersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Endpoint *e = endpoint();
    if (!e || index.row() >= e->headers.size())
        return false;
    Endpoint after = *e;
    HeaderValue &h = after.headers[index.row()];
    const QString text = value.toString();
    if (index.column() == NameColumn) {
        const QString name = text.trimmed();
        static const QString allowed = QStringLiteral("!#$%&'*+-.^_`|~");
        bool valid = !name.isEmpty();
        for (const QChar c : name)
            valid = valid && c.unicode() < 128 && (c.isLetterOrNumber() || allowed.contains(c));
        if (!valid) {
            emit invalidInput(
                tr("\"%1\" is not a valid header name: use letters, digits and - _ . only.").arg(name));
            return false;
        }
        if (h.name == name)
            return true;
        h.name = name;
    } else {
        if (h.value == text)
            return true;
        h.value = text;
    }
    emit invalidInput(QString());
    return commit(after, tr("Edit header \"%1\"").arg(h.name));
}

QVariant HeadersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Header") : section == ValueColumn ? tr("Value") : QVariant();
}

bool HeadersModel::insertRows(int row, int count, const QModelIndex &parent)
{
    const Endpoint *e = endpoint();
    if (parent.isValid() || !e || row < 0 || row > e->headers.size() || count < 1)
        return false;
    Endpoint after = *e;
    for (int i = 0; i < count; ++i) {
        QString name = QStringLiteral("X-Header");
        for (int n = 2;; ++n) {
            bool used = false;
            for (const HeaderValue &h : std::as_const(after.headers))
                used = used || h.name.compare(name, Qt::CaseInsensitive) == 0;
            if (!used)
                break;
            name = QStringLiteral("X-Header-%1").arg(n);
        }
        after.headers.insert(row + i, HeaderValue { name, QString() });
    }
    return commit(after, tr("Add a header"));
}

bool HeadersModel::removeRows(int row, int count, const QModelIndex &parent)
{
    const Endpoint *e = endpoint();
    if (parent.isValid() || !e || row < 0 || count < 1 || row + count > e->headers.size())
        return false;
    Endpoint after = *e;
    after.headers.remove(row, count);
    return commit(after, tr("Remove headers"));
}

// ---- rate windows ----------------------------------------------------------------------------

int RateWindowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RateWindowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Endpoint *e = endpoint();
    if (!e || index.row() >= e->rateLimit.windows.size())
        return {};
    const RateWindow &w = e->rateLimit.windows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == RequestsColumn ? QString::number(w.requests)
                                                : tr("%1 s").arg(double(w.windowMs) / 1000.0);
    case Qt::EditRole:
        return index.column() == RequestsColumn ? QVariant(w.requests)
                                                : QVariant(double(w.windowMs) / 1000.0);
    case RawValueRole:
        return index.column() == RequestsColumn ? qint64(w.requests) : w.windowMs;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

bool RateWindowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Endpoint *e = endpoint();
    if (!e || index.row() >= e->rateLimit.windows.size())
        return false;
    bool ok = false;
    const double number = value.toString().trimmed().toDouble(&ok);
    if (!ok || number <= 0) {
        emit invalidInput(index.column() == RequestsColumn
                              ? tr("Requests per window must be a positive whole number.")
                              : tr("The window must be a positive number of seconds."));
        return false;
    }
    Endpoint after = *e;
    RateWindow &w = after.rateLimit.windows[index.row()];
    if (index.column() == RequestsColumn) {
        if (number != double(qint64(number)) || number > 1e9) {
            emit invalidInput(tr("Requests per window must be a positive whole number."));
            return false;
        }
        w.requests = int(number);
    } else {
        w.windowMs = qint64(number * 1000.0);
    }
    if (after.rateLimit == e->rateLimit)
        return true;
    after.rateLimit.preset.clear(); // edited by hand: no longer the vendor's numbers
    emit invalidInput(QString());
    return commit(after, tr("Edit the rate limit"));
}

QVariant RateWindowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == RequestsColumn ? tr("Requests")
        : section == WindowColumn    ? tr("Per window")
                                     : QVariant();
}

bool RateWindowsModel::insertRows(int row, int count, const QModelIndex &parent)
{
    const Endpoint *e = endpoint();
    if (parent.isValid() || !e || row < 0 || row > e->rateLimit.windows.size() || count < 1)
        return false;
    Endpoint after = *e;
    for (int i = 0; i < count; ++i)
        after.rateLimit.windows.insert(row + i, RateWindow { 10, 1000 });
    after.rateLimit.preset.clear();
    return commit(after, tr("Add a rate-limit window"));
}

bool RateWindowsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    const Endpoint *e = endpoint();
    if (parent.isValid() || !e || row < 0 || count < 1 || row + count > e->rateLimit.windows.size())
        return false;
    Endpoint after = *e;
    after.rateLimit.windows.remove(row, count);
    after.rateLimit.preset.clear();
    return commit(after, tr("Remove rate-limit windows"));
}

} // namespace crmbridge
