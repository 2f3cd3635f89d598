#include "models/orders/timelinemodel.h"

#include "models/common/modelroles.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace crmbridge {

using namespace orders;

void TimelineModel::setEvents(const QList<OrderEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

QString TimelineModel::outcomeLabel(OrderEvent::Outcome outcome)
{
    switch (outcome) {
    case OrderEvent::Outcome::Applied:
        return tr("applied");
    case OrderEvent::Outcome::Queued:
        return tr("queued");
    case OrderEvent::Outcome::Delivered:
        return tr("delivered");
    case OrderEvent::Outcome::Retrying:
        return tr("retrying");
    case OrderEvent::Outcome::Failed:
        return tr("failed");
    case OrderEvent::Outcome::Conflict:
        return tr("conflict (412)");
    case OrderEvent::Outcome::Refused:
        return tr("refused");
    case OrderEvent::Outcome::Refreshed:
        return tr("refreshed");
    case OrderEvent::Outcome::Imported:
        return tr("imported");
    case OrderEvent::Outcome::Discarded:
        return tr("discarded");
    }
    return {};
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static int httpStatus(const OrderEvent &event)
{
    return event.response.value(u"status"_s).toInt();
}

static bool isBad(OrderEvent::Outcome outcome)
{
    return outcome == OrderEvent::Outcome::Failed || outcome == OrderEvent::Outcome::Conflict
        || outcome == OrderEvent::Outcome::Refused;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderEvent &event = m_events.at(index.row());
    if (role == ObjectIdRole)
        return event.id;
    if (role == Qt::ForegroundRole) {
        if (isBad(event.outcome))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (event.outcome == OrderEvent::Outcome::Retrying)
            return QBrush(QColor(0xa0, 0x60, 0x00));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn && !event.error.isEmpty())
        return event.error;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case TimeColumn:
        if (raw)
            return event.time;
        return QLocale().toString(event.time.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
    case ActorColumn:
        return event.actor;
    case TransitionColumn:
        return event.transition;
    case StatesColumn:
        if (event.fromState.isEmpty())
            return event.toState;
        return QString(event.fromState + u" → "_s + event.toState);
    case ModeColumn:
        return event.mode;
    case OutcomeColumn:
        return raw ? OrderEvent::outcomeName(event.outcome) : outcomeLabel(event.outcome);
    case StatusColumn: {
        const int status = httpStatus(event);
        if (raw)
            return status;
        return status > 0 ? QString::number(status) : QString();
    }
    case ErrorColumn:
        return event.error.section(u'\n', 0, 0);
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case ActorColumn:
        return tr("By");
    case TransitionColumn:
        return tr("Transition");
    case StatesColumn:
        return tr("From → to");
    case ModeColumn:
        return tr("Mode");
    case OutcomeColumn:
        return tr("Outcome");
    case StatusColumn:
        return tr("HTTP");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

static QString prettyXml(const QString &text)
{
    QXmlStreamReader reader(text);
    QString out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isWhitespace())
            continue;
        if (!reader.isStartDocument() && !reader.isEndDocument())
            writer.writeCurrentToken(reader);
    }
    if (reader.hasError())
        return text; // not well-formed (or cut at 4 KB): show it as it came
    return out.trimmed();
}

QString OrderEventText::prettyJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

QString OrderEventText::prettyBody(const QJsonValue &body)
{
    if (body.isObject())
        return prettyJson(body.toObject());
    if (body.isArray())
        return QString::fromUtf8(QJsonDocument(body.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    if (body.isUndefined() || body.isNull())
        return {};
    if (!body.isString())
        return body.toVariant().toString();
    const QString text = body.toString();
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError)
            return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    }
    if (trimmed.startsWith(u'<'))
        return prettyXml(trimmed);
    return text;
}

static QString headerLines(const QJsonObject &headers)
{
    QString out;
    for (auto it = headers.begin(); it != headers.end(); ++it)
        out += it.key() + u": "_s + it.value().toVariant().toString() + u'\n';
    return out;
}

QString OrderEventText::request(const OrderEvent &event)
{
    const QJsonObject &request = event.request;
    if (request.isEmpty())
        return tr("Nothing was sent.");
    QString out;
    const QString method = request.value(u"method"_s).toString();
    const QString url = request.value(u"url"_s).toString();
    if (!method.isEmpty() || !url.isEmpty())
        out += QString(method + u' ' + url).trimmed() + u'\n';
    if (const QString operation = request.value(u"operation"_s).toString(); !operation.isEmpty())
        out += tr("SOAP operation: %1").arg(operation) + u'\n';
    out += headerLines(request.value(u"headers"_s).toObject());
    const QString body = prettyBody(request.value(u"body"_s));
    if (!body.isEmpty())
        out += u'\n' + body;
    // Anything else the engine recorded (e.g. an event's subscriber) is shown as JSON.
    QJsonObject rest = request;
    for (const QString &known : { u"method"_s, u"url"_s, u"operation"_s, u"headers"_s, u"body"_s, u"path"_s })
        rest.remove(known);
    if (!rest.isEmpty())
        out += u"\n\n"_s + prettyJson(rest);
    return out.trimmed();
}

QString OrderEventText::response(const OrderEvent &event)
{
    const QJsonObject &response = event.response;
    QString out;
    if (!event.error.isEmpty())
        out += tr("Error: %1").arg(event.error) + u"\n\n"_s;
    if (response.isEmpty())
        return out.isEmpty() ? tr("No answer.") : out.trimmed();
    if (const int status = response.value(u"status"_s).toInt(); status > 0)
        out += tr("HTTP %1").arg(status) + u'\n';
    out += headerLines(response.value(u"headers"_s).toObject());
    const QString body = prettyBody(response.value(u"body"_s));
    if (!body.isEmpty())
        out += u'\n' + body;
    QJsonObject rest = response;
    for (const QString &known : { u"status"_s, u"headers"_s, u"body"_s })
        rest.remove(known);
    if (!rest.isEmpty())
        out += u"\n\n"_s + prettyJson(rest);
    return out.trimmed();
}

} // namespace crmbridge
