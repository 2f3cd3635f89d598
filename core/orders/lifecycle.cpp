#include "core/orders/lifecycle.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace crmbridge::orders {

QString notificationModeName(NotificationMode mode)
{
    switch (mode) {
    case NotificationMode::Sync: return u"sync"_s;
    case NotificationMode::Async: return u"async"_s;
    case NotificationMode::Event: return u"event"_s;
    }
    return {};
}

std::optional<NotificationMode> notificationModeFromName(const QString &name)
{
    for (NotificationMode mode : {NotificationMode::Sync, NotificationMode::Async, NotificationMode::Event}) {
        if (notificationModeName(mode) == name.trimmed().toLower())
            return mode;
    }
    return std::nullopt;
}

QString LifecycleAction::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return u"none"_s;
    case Kind::Rest: return u"rest"_s;
    case Kind::Soap: return u"soap"_s;
    case Kind::CreateErpOrder: return u"create_erp_order"_s;
    }
    return {};
}

std::optional<LifecycleAction::Kind> LifecycleAction::kindFromName(const QString &name)
{
    for (Kind kind : {Kind::None, Kind::Rest, Kind::Soap, Kind::CreateErpOrder}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

const LifecycleState *Lifecycle::state(const QString &id) const
{
    for (const LifecycleState &s : states) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const LifecycleTransition *Lifecycle::transition(const QString &transitionName) const
{
    for (const LifecycleTransition &t : transitions) {
        if (t.name == transitionName)
            return &t;
    }
    return nullptr;
}

QString Lifecycle::initialState() const
{
    for (const LifecycleState &s : states) {
        if (s.initial)
            return s.id;
    }
    return states.isEmpty() ? QString() : states.constFirst().id;
}

QList<LifecycleTransition> Lifecycle::transitionsFrom(const QString &state) const
{
    QList<LifecycleTransition> out;
    for (const LifecycleTransition &t : transitions) {
        if (t.from.contains(state))
            out.append(t);
    }
    return out;
}

const mapping::ValueMap *Lifecycle::valueMap(const QString &mapName) const
{
    for (const mapping::ValueMap &map : valueMaps) {
        if (map.name() == mapName)
            return &map;
    }
    return nullptr;
}

std::optional<QString> Lifecycle::codeForState(const QString &map, const QString &state) const
{
    const mapping::ValueMap *m = valueMap(map);
    return m ? m->find(state) : std::nullopt;
}

std::optional<QString> Lifecycle::stateForCode(const QString &map, const QString &code) const
{
    const mapping::ValueMap *m = valueMap(map);
    if (!m)
        return std::nullopt;
    for (const auto &[state, value] : m->entries()) {
        if (value.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return state;
    }
    return std::nullopt;
}

Lifecycle Lifecycle::standard(const QString &erpEndpoint)
{
    Lifecycle l;
    l.name = tr("Standard");
    l.description = tr("created → processing → shipped → closed, or cancelled / on hold; every step is a status change "
                       "on the ERP (REST, with If-Match).");
    l.states = {
        {u"created"_s, tr("Created"), true, false},
        {u"processing"_s, tr("Processing"), false, false},
        {u"shipped"_s, tr("Shipped"), false, false},
        {u"closed"_s, tr("Closed"), false, true},
        {u"cancelled"_s, tr("Cancelled"), false, true},
        {u"on_hold"_s, tr("On hold"), false, false},
    };
    l.valueMaps = {
        mapping::ValueMap(ErpStatusMap, {{u"created"_s, u"NEW"_s}, {u"processing"_s, u"PROC"_s}, {u"shipped"_s, u"SHIP"_s},
                                         {u"closed"_s, u"CLSD"_s}, {u"cancelled"_s, u"CANC"_s}, {u"on_hold"_s, u"HOLD"_s}}),
        mapping::ValueMap(CrmStageMap, {{u"created"_s, u"appointmentscheduled"_s}, {u"processing"_s, u"qualifiedtobuy"_s},
                                        {u"shipped"_s, u"contractsent"_s}, {u"closed"_s, u"closedwon"_s},
                                        {u"cancelled"_s, u"closedlost"_s}, {u"on_hold"_s, u"decisionmakerboughtin"_s}}),
    };
    const QList<ResponseField> fromErp = {{u"erp_id"_s, u"id"_s},          {u"erp_number"_s, u"number"_s},
                                          {u"erp_status"_s, u"status"_s},  {u"erp_version"_s, u"version"_s},
                                          {u"erp_etag"_s, u"@ETag"_s},     {u"total"_s, u"total"_s}};
    auto statusChange = [&](const QString &name, const QString &label, const QStringList &from, const QString &to) {
        LifecycleTransition t;
        t.name = name;
        t.label = label;
        t.from = from;
        t.to = to;
        t.requiredFields = {u"erp_id"_s};
        t.action.kind = LifecycleAction::Kind::Rest;
        t.action.endpoint = erpEndpoint;
        t.action.method = u"PATCH"_s;
        t.action.path = u"/orders/{erp_id}"_s;
        t.action.body = QJsonObject{{u"status"_s, u"=LOOKUP(erp_status, step.to)"_s}};
        t.action.ifMatch = true;
        t.action.response = fromErp;
        return t;
    };

    LifecycleTransition submit;
    submit.name = u"submit"_s;
    submit.label = tr("Create in ERP");
    submit.from = {u"created"_s};
    submit.to = u"created"_s;
    submit.guard = u"ISBLANK(erp_id) AND COUNT(lines) > 0"_s;
    submit.requiredFields = {u"customer_id"_s, u"currency"_s, u"lines"_s};
    submit.action.kind = LifecycleAction::Kind::CreateErpOrder;
    submit.action.endpoint = erpEndpoint;
    submit.action.method = u"POST"_s;
    submit.action.path = u"/orders"_s;
    submit.action.body = QJsonObject{{u"customer_id"_s, u"=customer_id"_s},
                                     {u"currency"_s, u"=currency"_s},
                                     {u"lines"_s, u"=lines"_s},
                                     {u"status"_s, u"NEW"_s}};
    submit.action.response = fromErp;

    LifecycleTransition process = statusChange(u"process"_s, tr("Process"), {u"created"_s}, u"processing"_s);
    process.guard = u"total > 0 AND COUNT(lines) > 0"_s;
    l.transitions = {
        submit,
        process,
        statusChange(u"ship"_s, tr("Ship"), {u"processing"_s}, u"shipped"_s),
        statusChange(u"close"_s, tr("Close"), {u"shipped"_s}, u"closed"_s),
        statusChange(u"cancel"_s, tr("Cancel"), {u"created"_s, u"processing"_s, u"on_hold"_s}, u"cancelled"_s),
        statusChange(u"hold"_s, tr("Hold"), {u"created"_s, u"processing"_s}, u"on_hold"_s),
        statusChange(u"release"_s, tr("Release"), {u"on_hold"_s}, u"processing"_s),
    };
    return l;
}

} // namespace crmbridge::orders
