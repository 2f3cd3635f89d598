#include "models/orders/orderlistmodel.h"

#include "core/orders/orderservice.h"
#include "models/common/modelroles.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace crmbridge {

using namespace orders;

OrderListModel::OrderListModel(OrderService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{ }

void OrderListModel::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
    reload();
}

void OrderListModel::setLifecycle(const Lifecycle &lifecycle)
{
    m_lifecycle = lifecycle;
    if (!m_orders.isEmpty())
        emit dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn));
}

bool OrderListModel::reload()
{
    auto listed = m_service.list(m_filter);
    beginResetModel();
    if (listed) {
        m_orders = std::move(listed.value());
        m_error.clear();
    } else {
        m_orders.clear();
        m_error = listed.error().message();
    }
    reindex();
    endResetModel();
    return listed.ok();
}

void OrderListModel::refreshOrder(qint64 id)
{
    if (id == 0) {
        reload();
        return;
    }
    const int row = rowOf(id);
    auto found = m_service.order(id);
    if (!found) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_orders.removeAt(row);
            reindex();
            endRemoveRows();
        }
        return;
    }
    if (row < 0) {
        // A new order (e.g. added locally) appears when it matches the filter.
        const Order &order = found.value();
        const bool stateMatches = m_filter.state.isEmpty() || order.state == m_filter.state;
        const bool textMatches = m_filter.search.isEmpty()
            || order.externalId.contains(m_filter.search, Qt::CaseInsensitive)
            || numberOf(order).contains(m_filter.search, Qt::CaseInsensitive)
            || nameOf(order).contains(m_filter.search, Qt::CaseInsensitive);
        if (!stateMatches || !textMatches)
            return;
        beginInsertRows({}, m_orders.size(), m_orders.size());
        m_orders.append(order);
        reindex();
        endInsertRows();
        return;
    }
    m_orders[row] = found.value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void OrderListModel::reindex()
{
    m_rows.clear();
    for (int row = 0; row < m_orders.size(); ++row)
        m_rows.insert(m_orders.at(row).id, row);
}

QString OrderListModel::numberOf(const Order &order)
{
    if (const QString number = order.erpNumber(); !number.isEmpty())
        return number;
    if (!order.externalId.isEmpty())
        return order.externalId;
    return u"#"_s + QString::number(order.id);
}

QString OrderListModel::nameOf(const Order &order)
{
    const QString deal = order.data.value(u"dealname"_s).toString();
    if (!deal.isEmpty())
        return deal;
    const QJsonValue customer = order.data.value(u"customer_id"_s);
    if (customer.isDouble())
        return tr("Customer %1").arg(customer.toInteger());
    if (!customer.toString().isEmpty())
        return tr("Customer %1").arg(customer.toString());
    return {};
}

int OrderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static double totalOf(const Order &order)
{
    const QJsonValue total = order.data.value(u"total"_s);
    if (total.isDouble())
        return total.toDouble();
    return total.toString().toDouble();
}

QVariant OrderListModel::raw(const Order &order, int column) const
{
    switch (column) {
    case IdColumn:
        return order.id;
    case NumberColumn:
        return numberOf(order);
    case NameColumn:
        return nameOf(order);
    case StateColumn:
        return order.state;
    case TotalColumn:
        return totalOf(order);
    case SourceColumn:
        return order.externalId.section(u':', 0, 0);
    case UpdatedColumn:
        return order.updatedAt;
    }
    return {};
}

QVariant OrderListModel::display(const Order &order, int column) const
{
    switch (column) {
    case StateColumn: {
        const LifecycleState *state = m_lifecycle.state(order.state);
        return state && !state->label.isEmpty() ? state->label : order.state;
    }
    case TotalColumn: {
        if (!order.data.contains(u"total"_s))
            return {};
        const QString currency = order.data.value(u"currency"_s).toString();
        const QString amount = QLocale().toString(totalOf(order), 'f', 2);
        return currency.isEmpty() ? amount : amount + u' ' + currency;
    }
    case SourceColumn: {
        const QString source = order.externalId.section(u':', 0, 0);
        if (source == u"erp"_s)
            return tr("ERP");
        if (source == u"crm"_s)
            return tr("CRM");
        return tr("Local");
    }
    case UpdatedColumn:
        return QLocale().toString(order.updatedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return raw(order, column);
    }
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Order &order = m_orders.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(order, index.column());
    case RawValueRole:
        return raw(order, index.column());
    case ObjectIdRole:
        return order.id;
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == TotalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NumberColumn:
        return tr("Number");
    case NameColumn:
        return tr("Deal / customer");
    case StateColumn:
        return tr("State");
    case TotalColumn:
        return tr("Total");
    case SourceColumn:
        return tr("Source");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

} // namespace crmbridge
