#include "core/sandbox/helpdesksystem.h"

#include "core/sandbox/sandboxdata.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace crmbridge {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

SandboxResponse zendeskError(int status, const QString &error, const QString &description, const QJsonObject &details = {})
{
    QJsonObject body{{u"error"_s, error}, {u"description"_s, description}};
    if (!details.isEmpty())
        body.insert(u"details"_s, details);
    return SandboxResponse::json(status, body);
}

SandboxResponse recordInvalid(const QString &field, const QString &description)
{
    return zendeskError(422, u"RecordInvalid"_s, u"Record validation errors"_s,
                        {{field, QJsonArray{QJsonObject{{u"description"_s, description}, {u"error"_s, u"InvalidValue"_s}}}}});
}

QString cursorFor(qint64 id)
{
    return QString::fromLatin1(QByteArray("id:" + QByteArray::number(id)).toBase64(QByteArray::Base64UrlEncoding));
}

qint64 idFromCursor(const QString &cursor, bool *ok)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    *ok = raw.startsWith("id:");
    return *ok ? raw.mid(3).toLongLong(ok) : 0;
}

} // namespace

HelpdeskSystem::HelpdeskSystem(quint32 seed, int scale) : SandboxSystem(SandboxSystemId::Helpdesk, seed, scale) { }

QString HelpdeskSystem::name() const
{
    return QCoreApplication::translate("crmbridge::SandboxSystems", "Demo Helpdesk");
}

QString HelpdeskSystem::vendor() const
{
    return u"Zendesk Support API v2"_s;
}

SandboxCredentials HelpdeskSystem::credentials() const
{
    SandboxCredentials c;
    c.scheme = u"Basic"_s;
    c.username = QString::fromLatin1(User);
    c.password = QString::fromLatin1(ApiToken);
    return c;
}

SandboxResponse HelpdeskSystem::throttledResponse(int retryAfterSeconds) const
{
    SandboxResponse r = zendeskError(429, u"APIRateLimitExceeded"_s, u"Number of allowed API requests per minute exceeded"_s);
    r.header("Retry-After"_ba, QByteArray::number(retryAfterSeconds));
    return r;
}

void HelpdeskSystem::load(const SandboxDataset &data)
{
    m_tickets.clear();
    m_users.clear();
    for (const QJsonObject &t : data.helpdeskTickets)
        m_tickets.emplace(t.value(u"id"_s).toInteger(), t);
    for (const QJsonObject &u : data.helpdeskUsers)
        m_users.emplace(u.value(u"id"_s).toInteger(), u);
    m_nextTicket = m_tickets.empty() ? 1 : m_tickets.rbegin()->first + 1;
    m_nextUser = m_users.empty() ? 360000000 : m_users.rbegin()->first + 1;
}

QJsonObject HelpdeskSystem::collectionCounts() const
{
    return {{u"tickets"_s, static_cast<qint64>(m_tickets.size())}, {u"users"_s, static_cast<qint64>(m_users.size())}};
}

bool HelpdeskSystem::authorized(const SandboxRequest &request) const
{
    QString user, token;
    return sandboxBasicCredentials(request.header("authorization"_ba), &user, &token) && user == QLatin1String(User)
        && token == QLatin1String(ApiToken);
}

SandboxResponse HelpdeskSystem::unauthorized(const SandboxRequest &) const
{
    SandboxResponse r = SandboxResponse::json(401, QJsonObject{{u"error"_s, u"Couldn't authenticate you"_s}});
    r.header("WWW-Authenticate"_ba, "Basic realm=\"Web Password\""_ba);
    return r;
}

QJsonObject HelpdeskSystem::present(const QString &collection, const QJsonObject &record, const QString &baseUrl) const
{
    QJsonObject out = record;
    out.insert(u"url"_s, QString(baseUrl + u"/api/v2/"_s + collection + u"/"_s
                                     + QString::number(record.value(u"id"_s).toInteger()) + u".json"_s));
    return out;
}

SandboxResponse HelpdeskSystem::handle(const SandboxRequest &request)
{
    QStringList s = request.segments();
    if (!s.isEmpty() && s.last().endsWith(u".json"_s))
        s.last().chop(5);
    if (s.size() < 3 || s.at(0) != u"api" || s.at(1) != u"v2" || (s.at(2) != u"tickets" && s.at(2) != u"users"))
        return zendeskError(404, u"InvalidEndpoint"_s, u"Not found"_s);
    const QString collection = s.at(2);
    const QByteArray &m = request.method;
    if (s.size() == 3 && m == "GET")
        return list(collection, request);
    if (s.size() == 3 && m == "POST") {
        SandboxResponse replay;
        if (replayIdempotent(request, &replay))
            return replay;
        SandboxResponse r = collection == u"tickets" ? writeTicket(-1, request) : writeUser(-1, request, false);
        rememberIdempotent(request, r);
        return r;
    }
    if (s.size() == 4 && collection == u"users" && s.at(3) == u"create_or_update" && m == "POST")
        return writeUser(-1, request, true);
    if (s.size() != 4)
        return zendeskError(404, u"InvalidEndpoint"_s, u"Not found"_s);
    bool ok = false;
    const qint64 id = s.at(3).toLongLong(&ok);
    Store &store = collection == u"tickets" ? m_tickets : m_users;
    auto it = ok ? store.find(id) : store.end();
    if (it == store.end())
        return zendeskError(404, u"RecordNotFound"_s, u"Not found"_s);
    const QString singular = collection.chopped(1);
    if (m == "GET")
        return SandboxResponse::json(200, QJsonObject{{singular, present(collection, it->second, request.baseUrl)}});
    if (m == "PUT")
        return collection == u"tickets" ? writeTicket(id, request) : writeUser(id, request, false);
    if (m == "DELETE") {
        store.erase(it);
        return SandboxResponse::empty(204);
    }
    return zendeskError(405, u"MethodNotAllowed"_s, u"Method not allowed"_s);
}

SandboxResponse HelpdeskSystem::list(const QString &collection, const SandboxRequest &request) const
{
    const Store &store = collection == u"tickets" ? m_tickets : m_users;
    QJsonArray items;
    const QString size = request.queryValue(u"page[size]"_s);
    const QString after = request.queryValue(u"page[after]"_s);
    if (!size.isEmpty() || !after.isEmpty()) {
        bool ok = true;
        const int pageSize = size.isEmpty() ? 100 : size.toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > 100)
            return zendeskError(400, u"InvalidPaginationParameter"_s, u"page[size] must be between 1 and 100"_s);
        qint64 from = std::numeric_limits<qint64>::min();
        if (!after.isEmpty()) {
            from = idFromCursor(after, &ok);
            if (!ok)
                return zendeskError(400, u"InvalidPaginationParameter"_s, u"page[after] is not a valid cursor"_s);
        }
        auto it = after.isEmpty() ? store.begin() : store.upper_bound(from);
        qint64 firstId = -1, lastId = -1;
        for (; it != store.end() && items.size() < pageSize; ++it) {
            if (firstId < 0)
                firstId = it->first;
            lastId = it->first;
            items.append(present(collection, it->second, request.baseUrl));
        }
        const bool more = it != store.end();
        const QString afterCursor = lastId >= 0 ? cursorFor(lastId) : QString();
        const QString beforeCursor = firstId >= 0 ? cursorFor(firstId) : QString();
        QJsonValue next = QJsonValue::Null;
        if (more) {
            QUrlQuery q;
            q.addQueryItem(u"page[size]"_s, QString::number(pageSize));
            q.addQueryItem(u"page[after]"_s, afterCursor);
            next = QString(request.baseUrl + u"/api/v2/"_s + collection + u".json?"_s + q.toString(QUrl::FullyEncoded));
        }
        return SandboxResponse::json(
            200, QJsonObject{{collection, items},
                             {u"meta"_s, QJsonObject{{u"has_more"_s, more},
                                                     {u"after_cursor"_s, afterCursor.isEmpty() ? QJsonValue() : QJsonValue(afterCursor)},
                                                     {u"before_cursor"_s, beforeCursor.isEmpty() ? QJsonValue() : QJsonValue(beforeCursor)}}},
                             {u"links"_s, QJsonObject{{u"next"_s, next}, {u"prev"_s, QJsonValue()}}}});
    }
    bool ok = true, ok2 = true;
    const int page = request.queryValue(u"page"_s).isEmpty() ? 1 : request.queryValue(u"page"_s).toInt(&ok);
    const int perPage = request.queryValue(u"per_page"_s).isEmpty() ? 100 : request.queryValue(u"per_page"_s).toInt(&ok2);
    if (!ok || !ok2 || page < 1 || perPage < 1 || perPage > 100)
        return zendeskError(400, u"InvalidPaginationParameter"_s, u"page must be 1 or more and per_page between 1 and 100"_s);
    const qint64 total = static_cast<qint64>(store.size());
    const qint64 first = qint64(page - 1) * perPage;
    if (first < total) {
        auto it = store.begin();
        std::advance(it, first);
        for (; it != store.end() && items.size() < perPage; ++it)
            items.append(present(collection, it->second, request.baseUrl));
    }
    auto pageUrl = [&](int p) {
        return QJsonValue(request.baseUrl + u"/api/v2/"_s + collection + u".json?page=%1&per_page=%2"_s.arg(p).arg(perPage));
    };
    return SandboxResponse::json(200, QJsonObject{{collection, items},
                                                  {u"next_page"_s, first + perPage < total ? pageUrl(page + 1) : QJsonValue()},
                                                  {u"previous_page"_s, page > 1 ? pageUrl(page - 1) : QJsonValue()},
                                                  {u"count"_s, total}});
}

SandboxResponse HelpdeskSystem::writeTicket(qint64 id, const SandboxRequest &request)
{
    bool ok = false;
    const QJsonObject input = request.json(&ok).object().value(u"ticket"_s).toObject();
    if (!ok || input.isEmpty())
        return zendeskError(400, u"InvalidJSON"_s, u"The request body must be {\"ticket\": {...}}"_s);
    const bool creating = id < 0;
    QJsonObject ticket = creating ? QJsonObject() : m_tickets.at(id);
    static const QStringList Statuses{u"new"_s, u"open"_s, u"pending"_s, u"hold"_s, u"solved"_s, u"closed"_s};
    static const QStringList Priorities{u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s};
    for (const QString &field : {u"subject"_s, u"status"_s, u"priority"_s, u"type"_s, u"external_id"_s, u"tags"_s,
                                 u"assignee_id"_s, u"requester_id"_s, u"organization_id"_s})
        if (input.contains(field))
            ticket.insert(field, input.value(field));
    if (!creating && ticket.value(u"status"_s).toString() == u"closed" && m_tickets.at(id).value(u"status"_s).toString() == u"closed")
        return recordInvalid(u"status"_s, u"Status: closed prevents ticket update"_s);
    if (input.contains(u"requester"_s)) {
        const QString email = input.value(u"requester"_s).toObject().value(u"email"_s).toString().trimmed().toLower();
        for (const auto &[uid, user] : m_users) {
            if (user.value(u"email"_s).toString().toLower() == email)
                ticket.insert(u"requester_id"_s, uid);
        }
    }
    if (!m_users.count(ticket.value(u"requester_id"_s).toInteger(-1)))
        return recordInvalid(u"requester"_s, u"Requester: is invalid (requester_id must name an existing user)"_s);
    const QString comment = input.value(u"comment"_s).toObject().value(u"body"_s).toString();
    if (creating && comment.isEmpty() && input.value(u"description"_s).toString().isEmpty())
        return recordInvalid(u"description"_s, u"Description: cannot be blank"_s);
    if (!ticket.contains(u"status"_s))
        ticket.insert(u"status"_s, u"new"_s);
    if (!Statuses.contains(ticket.value(u"status"_s).toString()))
        return recordInvalid(u"status"_s, u"Status: is not valid"_s);
    if (ticket.contains(u"priority"_s) && !ticket.value(u"priority"_s).isNull()
        && !Priorities.contains(ticket.value(u"priority"_s).toString()))
        return recordInvalid(u"priority"_s, u"Priority: is not valid"_s);
    const QString t = now();
    if (creating) {
        id = m_nextTicket++;
        ticket.insert(u"id"_s, id);
        ticket.insert(u"description"_s, comment.isEmpty() ? input.value(u"description"_s).toString() : comment);
        ticket.insert(u"raw_subject"_s, ticket.value(u"subject"_s));
        ticket.insert(u"submitter_id"_s, ticket.value(u"requester_id"_s));
        ticket.insert(u"created_at"_s, t);
        if (!ticket.contains(u"tags"_s))
            ticket.insert(u"tags"_s, QJsonArray());
    }
    ticket.insert(u"updated_at"_s, t);
    m_tickets.insert_or_assign(id, ticket);
    SandboxResponse r = SandboxResponse::json(creating ? 201 : 200, QJsonObject{{u"ticket"_s, present(u"tickets"_s, ticket, request.baseUrl)}});
    if (creating)
        r.header("Location"_ba, (request.baseUrl + u"/api/v2/tickets/%1.json"_s.arg(id)).toUtf8());
    return r;
}

SandboxResponse HelpdeskSystem::writeUser(qint64 id, const SandboxRequest &request, bool createOrUpdate)
{
    bool ok = false;
    const QJsonObject input = request.json(&ok).object().value(u"user"_s).toObject();
    if (!ok || input.isEmpty())
        return zendeskError(400, u"InvalidJSON"_s, u"The request body must be {\"user\": {...}}"_s);
    const QString email = input.value(u"email"_s).toString().trimmed();
    qint64 owner = -1;
    for (const auto &[uid, user] : m_users) {
        if (!email.isEmpty() && user.value(u"email"_s).toString().compare(email, Qt::CaseInsensitive) == 0)
            owner = uid;
    }
    if (createOrUpdate && owner >= 0)
        id = owner;
    else if (owner >= 0 && owner != id)
        return recordInvalid(u"email"_s, u"Email: %1 is already being used by another user"_s.arg(email));
    const bool creating = id < 0;
    QJsonObject user = creating ? QJsonObject() : m_users.at(id);
    for (auto it = input.begin(); it != input.end(); ++it)
        if (it.key() != u"id")
            user.insert(it.key(), it.value());
    if (user.value(u"name"_s).toString().trimmed().isEmpty())
        return recordInvalid(u"name"_s, u"Name: is too short (minimum is 1 character)"_s);
    if (!email.isEmpty() && !email.contains(QLatin1Char('@')))
        return recordInvalid(u"email"_s, u"Email: %1 is not properly formatted"_s.arg(email));
    const QString t = now();
    if (creating) {
        id = m_nextUser++;
        user.insert(u"id"_s, id);
        user.insert(u"created_at"_s, t);
        if (!user.contains(u"role"_s))
            user.insert(u"role"_s, u"end-user"_s);
        user.insert(u"active"_s, true);
    }
    user.insert(u"updated_at"_s, t);
    m_users.insert_or_assign(id, user);
    return SandboxResponse::json(creating ? 201 : 200, QJsonObject{{u"user"_s, present(u"users"_s, user, request.baseUrl)}});
}

} // namespace crmbridge
