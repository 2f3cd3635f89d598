#pragma once

#include "core/orders/order.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>

namespace crmbridge {

/// One order's timeline, oldest first: when, by whom, which transition, from/to, in which mode,
/// how it ended, the HTTP status and the error. OrderEventText renders what was sent and what
/// came back.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        TransitionColumn,
        StatesColumn,
        ModeColumn,
        OutcomeColumn,
        StatusColumn,
        ErrorColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(const QList<orders::OrderEvent> &events);
    void clear() { setEvents({}); }
    const orders::OrderEvent &eventAt(int row) const { return m_events.at(row); }
    const QList<orders::OrderEvent> &events() const { return m_events; }

    /// The translated name of an outcome ("applied", "queued", …).
    static QString outcomeLabel(orders::OrderEvent::Outcome outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<orders::OrderEvent> m_events;
};

/// Readable text of a timeline line's request and response: the request line and headers, then
/// the body pretty-printed (JSON indented, XML/SOAP indented, other text as it is).
class OrderEventText
{
    Q_DECLARE_TR_FUNCTIONS(OrderEventText)

public:
    static QString request(const orders::OrderEvent &event);
    static QString response(const orders::OrderEvent &event);
    /// A body as the timeline stores it (an object, an array or a string holding JSON, XML or
    /// text), pretty-printed.
    static QString prettyBody(const QJsonValue &body);
    static QString prettyJson(const QJsonObject &object);
};

} // namespace crmbridge
