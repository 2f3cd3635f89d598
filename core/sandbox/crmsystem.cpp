#include "core/sandbox/crmsystem.h"

#include "core/sandbox/sandboxdata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace crmbridge {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QString propertyString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

// Dates compare as epoch milliseconds whichever form (ISO or millis) either side uses.
bool numericValue(const QString &text, double *value)
{
    bool ok = false;
    *value = text.toDouble(&ok);
    if (ok)
        return true;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return false;
    *value = static_cast<double>(t.toMSecsSinceEpoch());
    return true;
}

bool matches(const QString &actual, const QString &op, const QJsonObject &filter)
{
    const QString value = propertyString(filter.value(u"value"_s));
    if (op == u"HAS_PROPERTY")
        return !actual.isEmpty();
    if (op == u"NOT_HAS_PROPERTY")
        return actual.isEmpty();
    if (op == u"EQ")
        return actual.compare(value, Qt::CaseInsensitive) == 0;
    if (op == u"NEQ")
        return actual.compare(value, Qt::CaseInsensitive) != 0;
    if (op == u"CONTAINS_TOKEN")
        return actual.contains(QString(value).remove(QLatin1Char('*')), Qt::CaseInsensitive);
    if (op == u"IN") {
        const QJsonArray values = filter.value(u"values"_s).toArray();
        for (const QJsonValue &v : values) {
            if (actual.compare(propertyString(v), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    double a = 0, b = 0;
    int cmp = 0;
    if (numericValue(actual, &a) && numericValue(value, &b))
        cmp = a < b ? -1 : (a > b ? 1 : 0);
    else
        cmp = actual.compare(value);
    if (op == u"GT")
        return cmp > 0;
    if (op == u"GTE")
        return cmp >= 0;
    if (op == u"LT")
        return cmp < 0;
    if (op == u"LTE")
        return cmp <= 0;
    return false;
}

} // namespace

SandboxResponse hubspotError(int status, const QString &category, const QString &message)
{
    return SandboxResponse::json(status, QJsonObject{{u"status"_s, u"error"_s},
                                                     {u"message"_s, message},
                                                     {u"correlationId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                                     {u"category"_s, category}});
}

CrmSystem::CrmSystem(quint32 seed, int scale) : SandboxSystem(SandboxSystemId::Crm, seed, scale) { }

QString CrmSystem::name() const
{
    return QCoreApplication::translate("crmbridge::SandboxSystems", "Demo CRM");
}

QString CrmSystem::vendor() const
{
    return u"HubSpot CRM v3"_s;
}

SandboxCredentials CrmSystem::credentials() const
{
    SandboxCredentials c;
    c.scheme = u"Bearer"_s;
    c.token = QString::fromLatin1(Token);
    return c;
}

SandboxResponse CrmSystem::throttledResponse(int retryAfterSeconds) const
{
    SandboxResponse r = SandboxResponse::json(
        429, QJsonObject{{u"status"_s, u"error"_s},
                         {u"message"_s, u"You have reached your ten_secondly_rolling limit."_s},
                         {u"errorType"_s, u"RATE_LIMIT"_s},
                         {u"correlationId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                         {u"policyName"_s, u"TEN_SECONDLY_ROLLING"_s},
                         {u"category"_s, u"RATE_LIMITS"_s}});
    r.header("Retry-After"_ba, QByteArray::number(retryAfterSeconds));
    return r;
}

SandboxResponse CrmSystem::serverErrorResponse(int status) const
{
    return hubspotError(status, u"INTERNAL_ERROR"_s, u"internal error"_s);
}

void CrmSystem::load(const SandboxDataset &data)
{
    m_types.clear();
    m_emails.clear();
    auto fill = [this](const QString &type, const QList<QJsonObject> &records, QStringList defaults, const QString &modified) {
        ObjectType &t = m_types[type];
        t.defaults = std::move(defaults);
        t.modifiedProperty = modified;
        for (QJsonObject r : records) {
            if (modified != u"lastmodifieddate") {
                QJsonObject p = r.value(u"properties"_s).toObject();
                p.insert(modified, p.take(u"lastmodifieddate"_s));
                r.insert(u"properties"_s, p);
            }
            t.records.emplace(r.value(u"id"_s).toString().toLongLong(), r);
        }
    };
    fill(u"contacts"_s, data.crmContacts,
         {u"firstname"_s, u"lastname"_s, u"email"_s, u"createdate"_s, u"lastmodifieddate"_s, u"hs_object_id"_s},
         u"lastmodifieddate"_s);
    fill(u"companies"_s, data.crmCompanies,
         {u"name"_s, u"domain"_s, u"createdate"_s, u"hs_lastmodifieddate"_s, u"hs_object_id"_s}, u"hs_lastmodifieddate"_s);
    fill(u"deals"_s, data.crmDeals,
         {u"dealname"_s, u"amount"_s, u"closedate"_s, u"pipeline"_s, u"dealstage"_s, u"createdate"_s,
          u"hs_lastmodifieddate"_s, u"hs_object_id"_s},
         u"hs_lastmodifieddate"_s);
    fill(u"products"_s, data.crmProducts,
         {u"name"_s, u"price"_s, u"description"_s, u"createdate"_s, u"hs_lastmodifieddate"_s, u"hs_object_id"_s},
         u"hs_lastmodifieddate"_s);
    for (const auto &[id, record] : m_types[u"contacts"_s].records)
        m_emails.insert(record.value(u"properties"_s).toObject().value(u"email"_s).toString().toLower(), id);
    m_nextId = 100000;
}

QJsonObject CrmSystem::collectionCounts() const
{
    QJsonObject counts;
    for (const auto &[name, type] : m_types)
        counts.insert(name, static_cast<qint64>(type.records.size()));
    return counts;
}

bool CrmSystem::authorized(const SandboxRequest &request) const
{
    return request.header("authorization"_ba) == "Bearer " + QByteArray(Token);
}

SandboxResponse CrmSystem::unauthorized(const SandboxRequest &request) const
{
    if (request.header("authorization"_ba).isEmpty()) {
        return hubspotError(401, u"INVALID_AUTHENTICATION"_s,
                            u"Authentication credentials not found. This API supports OAuth 2.0 authentication and you "
                            "can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview"_s);
    }
    return hubspotError(401, u"INVALID_AUTHENTICATION"_s,
                        u"Authentication credentials are invalid. Check the private app access token."_s);
}

void CrmSystem::addRateLimitHeaders(SandboxResponse &response, const RateLimiter::Verdict &verdict) const
{
    response.header("X-HubSpot-RateLimit-Max"_ba, QByteArray::number(verdict.max));
    response.header("X-HubSpot-RateLimit-Remaining"_ba, QByteArray::number(verdict.remaining));
    response.header("X-HubSpot-RateLimit-Interval-Milliseconds"_ba, QByteArray::number(verdict.intervalMs));
}

QStringList CrmSystem::requestedProperties(const SandboxRequest &request) const
{
    QStringList props;
    for (const QString &value : request.query.allQueryItemValues(u"properties"_s, QUrl::FullyDecoded))
        props += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return props;
}

QJsonObject CrmSystem::present(const QString &type, const QJsonObject &record, const QStringList &properties) const
{
    const QJsonObject all = record.value(u"properties"_s).toObject();
    const ObjectType &t = m_types.at(type);
    QJsonObject selected;
    const QStringList &names = properties.isEmpty() ? t.defaults : properties;
    for (const QString &name : names)
        selected.insert(name, all.contains(name) ? all.value(name) : QJsonValue());
    // HubSpot always returns these three, whatever was asked for.
    for (const QString &always : {u"createdate"_s, u"hs_object_id"_s, t.modifiedProperty})
        selected.insert(always, all.value(always));
    return wrap(record, selected);
}

QJsonObject CrmSystem::presentAll(const QString &type, const QJsonObject &record) const
{
    // Every property the record has, as stored: what present() makes when asked for all of them,
    // without rebuilding the object one property at a time (a batch answers 100 records).
    QJsonObject all = record.value(u"properties"_s).toObject();
    for (const QString &always : {u"createdate"_s, u"hs_object_id"_s, m_types.at(type).modifiedProperty}) {
        if (!all.contains(always))
            all.insert(always, QJsonValue());
    }
    return wrap(record, all);
}

QJsonObject CrmSystem::wrap(const QJsonObject &record, const QJsonObject &properties)
{
    QJsonObject out{{u"id"_s, record.value(u"id"_s)},
                    {u"properties"_s, properties},
                    {u"createdAt"_s, record.value(u"createdAt"_s)},
                    {u"updatedAt"_s, record.value(u"updatedAt"_s)},
                    {u"archived"_s, record.value(u"archived"_s)}};
    if (record.value(u"archived"_s).toBool())
        out.insert(u"archivedAt"_s, record.value(u"archivedAt"_s));
    return out;
}

qint64 CrmSystem::findId(const QString &type, const QString &value, const QString &idProperty) const
{
    if (idProperty.isEmpty() || idProperty == u"hs_object_id") {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        const auto found = m_types.find(type);
        if (!ok || found == m_types.end())
            return -1;
        const auto &records = found->second.records;
        auto it = records.find(id);
        return it != records.end() && !it->second.value(u"archived"_s).toBool() ? id : -1;
    }
    if (type == u"contacts" && idProperty == u"email")
        return m_emails.value(value.trimmed().toLower(), -1);
    const auto found = m_types.find(type);
    if (found == m_types.end())
        return -1;
    for (const auto &[id, record] : found->second.records) {
        if (!record.value(u"archived"_s).toBool()
            && record.value(u"properties"_s).toObject().value(idProperty).toString() == value)
            return id;
    }
    return -1;
}

SandboxResponse CrmSystem::handle(const SandboxRequest &request)
{
    const QStringList s = request.segments();
    if (s.size() < 4 || s.at(0) != u"crm" || s.at(1) != u"v3" || s.at(2) != u"objects" || !m_types.contains(s.at(3)))
        return hubspotError(404, u"OBJECT_NOT_FOUND"_s, u"Unknown path %1"_s.arg(request.path));
    const QString type = s.at(3);
    const QByteArray &m = request.method;
    if (s.size() == 4 && m == "GET")
        return list(type, request);
    SandboxResponse replay;
    if (m == "POST" && replayIdempotent(request, &replay))
        return replay;
    bool ok = true;
    const QJsonObject body = m == "GET" || m == "DELETE" ? QJsonObject() : request.json(&ok).object();
    if (!ok)
        return hubspotError(400, u"VALIDATION_ERROR"_s, u"Invalid input JSON on line 1: the body is not valid JSON."_s);
    SandboxResponse response;
    if (s.size() == 4 && m == "POST") {
        QJsonObject created;
        response = create(type, body.value(u"properties"_s).toObject(), &created);
        if (response.status == 201)
            response = SandboxResponse::json(201, presentAll(type, created));
    } else if (s.size() == 6 && s.at(4) == u"batch" && m == "POST") {
        response = batch(type, s.at(5), request);
    } else if (s.size() == 5 && s.at(4) == u"search" && m == "POST") {
        response = search(type, request);
    } else if (s.size() == 5 && m == "GET") {
        return getOne(type, s.at(4), request);
    } else if (s.size() == 5 && m == "PATCH") {
        const qint64 id = findId(type, s.at(4), request.queryValue(u"idProperty"_s));
        if (id < 0)
            return hubspotError(404, u"OBJECT_NOT_FOUND"_s, u"resource not found"_s);
        QJsonObject updated;
        response = update(type, id, body.value(u"properties"_s).toObject(), &updated);
        if (response.status == 200)
            response = SandboxResponse::json(200, presentAll(type, updated));
    } else if (s.size() == 5 && m == "DELETE") {
        return archive(type, s.at(4));
    } else {
        return hubspotError(405, u"VALIDATION_ERROR"_s, u"Method %1 is not supported on %2"_s.arg(QString::fromLatin1(m), request.path));
    }
    rememberIdempotent(request, response);
    return response;
}

SandboxResponse CrmSystem::list(const QString &type, const SandboxRequest &request)
{
    bool ok = true;
    const QString limitText = request.queryValue(u"limit"_s);
    const int limit = limitText.isEmpty() ? 10 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 100)
        return hubspotError(400, u"VALIDATION_ERROR"_s, u"limit must be between 1 and 100, got '%1'"_s.arg(limitText));
    const qint64 after = request.queryValue(u"after"_s).toLongLong();
    const bool archived = request.queryValue(u"archived"_s) == u"true";
    const QStringList props = requestedProperties(request);
    const auto &records = m_types[type].records;
    QJsonArray results;
    qint64 last = -1;
    bool more = false;
    for (auto it = records.upper_bound(after); it != records.end(); ++it) {
        if (it->second.value(u"archived"_s).toBool() != archived)
            continue;
        if (results.size() == limit) {
            more = true;
            break;
        }
        results.append(present(type, it->second, props));
        last = it->first;
    }
    QJsonObject out{{u"results"_s, results}};
    if (more) {
        QUrlQuery next;
        next.addQueryItem(u"after"_s, QString::number(last));
        next.addQueryItem(u"limit"_s, QString::number(limit));
        if (!props.isEmpty())
            next.addQueryItem(u"properties"_s, props.join(QLatin1Char(',')));
        if (archived)
            next.addQueryItem(u"archived"_s, u"true"_s);
        out.insert(u"paging"_s,
                   QJsonObject{{u"next"_s, QJsonObject{{u"after"_s, QString::number(last)},
                                                       {u"link"_s, QString(request.baseUrl + u"/crm/v3/objects/"_s + type + u"?"_s
                                                                              + next.toString(QUrl::FullyEncoded))}}}});
    }
    return SandboxResponse::json(200, out);
}

SandboxResponse CrmSystem::getOne(const QString &type, const QString &idText, const SandboxRequest &request)
{
    const bool archived = request.queryValue(u"archived"_s) == u"true";
    qint64 id = -1;
    if (archived) {
        auto it = m_types[type].records.find(idText.toLongLong());
        if (it != m_types[type].records.end() && it->second.value(u"archived"_s).toBool())
            id = it->first;
    } else {
        id = findId(type, idText, request.queryValue(u"idProperty"_s));
    }
    if (id < 0)
        return hubspotError(404, u"OBJECT_NOT_FOUND"_s, u"resource not found"_s);
    return SandboxResponse::json(200, present(type, m_types[type].records.at(id), requestedProperties(request)));
}

SandboxResponse CrmSystem::create(const QString &type, const QJsonObject &input, QJsonObject *created)
{
    QJsonObject properties;
    for (auto it = input.begin(); it != input.end(); ++it)
        properties.insert(it.key(), propertyString(it.value()));
    if (type == u"contacts") {
        const QString email = properties.value(u"email"_s).toString().trimmed().toLower();
        if (!email.isEmpty() && !email.contains(QLatin1Char('@')))
            return hubspotError(400, u"VALIDATION_ERROR"_s,
                                u"Property values were not valid: [{\"isValid\":false,\"message\":\"Email address %1 is invalid\",\"error\":\"INVALID_EMAIL\",\"name\":\"email\"}]"_s.arg(email));
        if (!email.isEmpty() && m_emails.contains(email))
            return hubspotError(409, u"CONFLICT"_s, u"Contact already exists. Existing ID: %1"_s.arg(m_emails.value(email)));
    }
    const qint64 id = m_nextId++;
    const QString t = now();
    properties.insert(u"hs_object_id"_s, QString::number(id));
    properties.insert(u"createdate"_s, t);
    properties.insert(m_types[type].modifiedProperty, t);
    QJsonObject record{{u"id"_s, QString::number(id)}, {u"properties"_s, properties}, {u"createdAt"_s, t},
                       {u"updatedAt"_s, t},           {u"archived"_s, false}};
    m_types[type].records.emplace(id, record);
    if (type == u"contacts" && !properties.value(u"email"_s).toString().isEmpty())
        m_emails.insert(properties.value(u"email"_s).toString().trimmed().toLower(), id);
    *created = record;
    return SandboxResponse::empty(201);
}

SandboxResponse CrmSystem::update(const QString &type, qint64 id, const QJsonObject &input, QJsonObject *updated,
                                  const QString &at)
{
    QJsonObject &record = m_types[type].records.at(id);
    QJsonObject properties = record.value(u"properties"_s).toObject();
    if (type == u"contacts" && input.contains(u"email"_s)) {
        const QString email = propertyString(input.value(u"email"_s)).trimmed().toLower();
        const QString current = properties.value(u"email"_s).toString().toLower();
        if (email != current) { // the same address again changes nothing in the index
            const qint64 owner = m_emails.value(email, -1);
            if (owner >= 0 && owner != id)
                return hubspotError(409, u"CONFLICT"_s, u"Contact already exists. Existing ID: %1"_s.arg(owner));
            m_emails.remove(current);
            m_emails.insert(email, id);
        }
    }
    for (auto it = input.begin(); it != input.end(); ++it)
        properties.insert(it.key(), propertyString(it.value()));
    const QString t = at.isEmpty() ? now() : at;
    properties.insert(m_types[type].modifiedProperty, t);
    record.insert(u"properties"_s, properties);
    record.insert(u"updatedAt"_s, t);
    *updated = record;
    return SandboxResponse::empty(200);
}

SandboxResponse CrmSystem::archive(const QString &type, const QString &idText)
{
    const qint64 id = findId(type, idText, {});
    if (id < 0)
        return SandboxResponse::empty(204); // HubSpot answers 204 for unknown ids too
    QJsonObject &record = m_types[type].records.at(id);
    record.insert(u"archived"_s, true);
    record.insert(u"archivedAt"_s, now());
    if (type == u"contacts")
        m_emails.remove(record.value(u"properties"_s).toObject().value(u"email"_s).toString().toLower());
    return SandboxResponse::empty(204);
}

SandboxResponse CrmSystem::batch(const QString &type, const QString &verb, const SandboxRequest &request)
{
    bool ok = false;
    const QJsonObject body = request.json(&ok).object();
    const QJsonArray inputs = body.value(u"inputs"_s).toArray();
    if (!ok || !body.value(u"inputs"_s).isArray())
        return hubspotError(400, u"VALIDATION_ERROR"_s, u"Invalid input JSON: 'inputs' must be an array."_s);
    if (inputs.size() > 100)
        return hubspotError(400, u"VALIDATION_ERROR"_s, u"Batch input size %1 exceeds the limit of 100."_s.arg(inputs.size()));
    const QString startedAt = now();
    QJsonArray results, errors;
    int status = 200;
    const QString idProperty = body.value(u"idProperty"_s).toString();
    if (verb == u"read") {
        QStringList props;
        for (const QJsonValue &p : body.value(u"properties"_s).toArray())
            props.append(p.toString());
        for (const QJsonValue &in : inputs) {
            const QString key = in.toObject().value(u"id"_s).toString();
            const qint64 id = findId(type, key, idProperty);
            if (id < 0)
                errors.append(QJsonObject{{u"status"_s, u"error"_s}, {u"category"_s, u"OBJECT_NOT_FOUND"_s},
                                          {u"message"_s, u"Could not get some %1 objects, they may be deleted or not exist."_s.arg(type)},
                                          {u"context"_s, QJsonObject{{u"ids"_s, QJsonArray{key}}}}});
            else
                results.append(present(type, m_types[type].records.at(id), props));
        }
    } else if (verb == u"create") {
        if (type == u"contacts") { // HubSpot rejects the whole batch on a duplicate
            QSet<QString> seen;
            for (const QJsonValue &in : inputs) {
                const QString email = propertyString(in.toObject().value(u"properties"_s).toObject().value(u"email"_s)).trimmed().toLower();
                if (!email.isEmpty() && (m_emails.contains(email) || seen.contains(email)))
                    return hubspotError(409, u"CONFLICT"_s, u"Contact already exists. Existing ID: %1"_s.arg(m_emails.value(email)));
                seen.insert(email);
            }
        }
        for (const QJsonValue &in : inputs) {
            QJsonObject created;
            SandboxResponse r = create(type, in.toObject().value(u"properties"_s).toObject(), &created);
            if (r.status != 201)
                return r;
            results.append(presentAll(type, created));
        }
        status = 201;
    } else if (verb == u"update" || verb == u"upsert") {
        for (const QJsonValue &in : inputs) {
            const QJsonObject o = in.toObject();
            const QString key = o.value(u"id"_s).toString();
            const QString inputIdProperty = o.value(u"idProperty"_s).toString(idProperty);
            const qint64 id = findId(type, key, inputIdProperty);
            QJsonObject props = o.value(u"properties"_s).toObject();
            QJsonObject record;
            SandboxResponse r;
            if (id >= 0) {
                r = update(type, id, props, &record, startedAt); // one batch, one moment
            } else if (verb == u"upsert") {
                if (!inputIdProperty.isEmpty() && inputIdProperty != u"hs_object_id")
                    props.insert(inputIdProperty, key);
                r = create(type, props, &record);
                if (r.status == 201)
                    r.status = 200;
            } else {
                errors.append(QJsonObject{{u"status"_s, u"error"_s}, {u"category"_s, u"OBJECT_NOT_FOUND"_s},
                                          {u"message"_s, u"Object %1 was not found."_s.arg(key)},
                                          {u"context"_s, QJsonObject{{u"ids"_s, QJsonArray{key}}}}});
                continue;
            }
            if (r.status != 200)
                return r;
            QJsonObject shown = presentAll(type, record);
            if (verb == u"upsert")
                shown.insert(u"new"_s, id < 0);
            results.append(shown);
        }
    } else {
        return hubspotError(404, u"OBJECT_NOT_FOUND"_s, u"Unknown batch operation '%1'"_s.arg(verb));
    }
    QJsonObject out{{u"status"_s, u"COMPLETE"_s}, {u"results"_s, results}, {u"startedAt"_s, startedAt}, {u"completedAt"_s, now()}};
    if (!errors.isEmpty()) {
        out.insert(u"errors"_s, errors);
        out.insert(u"numErrors"_s, errors.size());
        status = 207;
    }
    return SandboxResponse::json(status, out);
}

SandboxResponse CrmSystem::search(const QString &type, const SandboxRequest &request)
{
    bool ok = false;
    const QJsonObject body = request.json(&ok).object();
    if (!ok)
        return hubspotError(400, u"VALIDATION_ERROR"_s, u"Invalid input JSON: the body is not valid JSON."_s);
    const int limit = body.value(u"limit"_s).toInt(10);
    if (limit < 1 || limit > 200)
        return hubspotError(400, u"VALIDATION_ERROR"_s, u"limit must be between 1 and 200"_s);
    const int offset = body.value(u"after"_s).toVariant().toInt();
    const QJsonArray groups = body.value(u"filterGroups"_s).toArray();
    QStringList props;
    for (const QJsonValue &p : body.value(u"properties"_s).toArray())
        props.append(p.toString());
    QList<const QJsonObject *> hits;
    for (const auto &[id, record] : m_types[type].records) {
        if (record.value(u"archived"_s).toBool())
            continue;
        const QJsonObject p = record.value(u"properties"_s).toObject();
        bool any = groups.isEmpty();
        for (const QJsonValue &g : groups) {
            bool all = true;
            for (const QJsonValue &f : g.toObject().value(u"filters"_s).toArray()) {
                const QJsonObject filter = f.toObject();
                const QString name = filter.value(u"propertyName"_s).toString();
                if (!matches(name == u"hs_object_id" ? QString::number(id) : p.value(name).toString(),
                             filter.value(u"operator"_s).toString(), filter)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                any = true;
                break;
            }
        }
        if (any)
            hits.append(&record);
    }
    const QJsonArray sorts = body.value(u"sorts"_s).toArray();
    if (!sorts.isEmpty()) {
        const QJsonValue first = sorts.first();
        QString property = first.isString() ? first.toString() : first.toObject().value(u"propertyName"_s).toString();
        bool descending = first.toObject().value(u"direction"_s).toString() == u"DESCENDING";
        if (property.startsWith(QLatin1Char('-'))) {
            descending = true;
            property.remove(0, 1);
        }
        std::stable_sort(hits.begin(), hits.end(), [&](const QJsonObject *a, const QJsonObject *b) {
            const QString va = a->value(u"properties"_s).toObject().value(property).toString();
            const QString vb = b->value(u"properties"_s).toObject().value(property).toString();
            return descending ? vb < va : va < vb;
        });
    }
    QJsonArray results;
    for (qsizetype i = offset; i < hits.size() && results.size() < limit; ++i)
        results.append(present(type, *hits.at(i), props));
    QJsonObject out{{u"total"_s, hits.size()}, {u"results"_s, results}};
    if (offset + limit < hits.size())
        out.insert(u"paging"_s, QJsonObject{{u"next"_s, QJsonObject{{u"after"_s, QString::number(offset + limit)}}}});
    return SandboxResponse::json(200, out);
}

} // namespace crmbridge
