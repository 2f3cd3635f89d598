#include "core/sandbox/marketingsystem.h"

#include "core/sandbox/sandboxdata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace crmbridge {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).replace(u"Z"_s, u"+00:00"_s);
}

} // namespace

SandboxResponse mailchimpProblem(int status, const QString &title, const QString &detail)
{
    return SandboxResponse::raw(
        status, "application/problem+json; charset=utf-8"_ba,
        QJsonDocument(QJsonObject{{u"type"_s, u"https://mailchimp.com/developer/marketing/docs/errors/"_s},
                                  {u"title"_s, title},
                                  {u"status"_s, status},
                                  {u"detail"_s, detail},
                                  {u"instance"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}})
            .toJson(QJsonDocument::Compact));
}

MarketingSystem::MarketingSystem(quint32 seed, int scale) : SandboxSystem(SandboxSystemId::Marketing, seed, scale) { }

QString MarketingSystem::name() const
{
    return QCoreApplication::translate("crmbridge::SandboxSystems", "Demo Marketing");
}

QString MarketingSystem::vendor() const
{
    return u"Mailchimp Marketing API 3.0"_s;
}

SandboxCredentials MarketingSystem::credentials() const
{
    SandboxCredentials c;
    c.scheme = u"Basic"_s;
    c.username = u"anystring"_s;
    c.password = QString::fromLatin1(ApiKey);
    return c;
}

int MarketingSystem::connectionLimit() const
{
    const SandboxRateLimit limit = rateLimit();
    return limit.enabled && limit.intervalMs == 0 ? limit.max : 0;
}

SandboxResponse MarketingSystem::throttledResponse(int retryAfterSeconds) const
{
    SandboxResponse r = mailchimpProblem(429, u"Too Many Requests"_s,
                                         u"You have exceeded the limit of 10 simultaneous connections."_s);
    r.header("Retry-After"_ba, QByteArray::number(retryAfterSeconds));
    return r;
}

SandboxResponse MarketingSystem::serverErrorResponse(int status) const
{
    return mailchimpProblem(status, u"Internal Server Error"_s, u"An unexpected internal error has occurred."_s);
}

void MarketingSystem::load(const SandboxDataset &data)
{
    m_lists.clear();
    m_listOrder.clear();
    for (qsizetype i = 0; i < data.marketingLists.size(); ++i) {
        const QString id = data.marketingLists.at(i).value(u"id"_s).toString();
        List &list = m_lists[id];
        list.info = data.marketingLists.at(i);
        for (const QJsonObject &member : data.marketingMembers.value(i)) {
            const QString hash = member.value(u"id"_s).toString();
            if (list.members.emplace(hash, member).second)
                list.order.append(hash);
        }
        m_listOrder.append(id);
    }
}

QJsonObject MarketingSystem::collectionCounts() const
{
    qint64 members = 0;
    for (const auto &[id, list] : m_lists)
        members += static_cast<qint64>(list.members.size());
    return {{u"lists"_s, static_cast<qint64>(m_lists.size())}, {u"members"_s, members}};
}

bool MarketingSystem::authorized(const SandboxRequest &request) const
{
    QString user, key;
    return sandboxBasicCredentials(request.header("authorization"_ba), &user, &key) && key == QLatin1String(ApiKey);
}

SandboxResponse MarketingSystem::unauthorized(const SandboxRequest &) const
{
    return mailchimpProblem(401, u"API Key Invalid"_s,
                            u"Your API key may be invalid, or you've attempted to access the wrong datacenter."_s);
}

QJsonObject MarketingSystem::presentList(const List &list) const
{
    QJsonObject info = list.info;
    qint64 subscribed = 0, unsubscribed = 0, cleaned = 0;
    for (const auto &[hash, m] : list.members) {
        const QString status = m.value(u"status"_s).toString();
        subscribed += status == u"subscribed";
        unsubscribed += status == u"unsubscribed";
        cleaned += status == u"cleaned";
    }
    info.insert(u"stats"_s, QJsonObject{{u"member_count"_s, subscribed},
                                        {u"unsubscribe_count"_s, unsubscribed},
                                        {u"cleaned_count"_s, cleaned}});
    return info;
}

SandboxResponse MarketingSystem::handle(const SandboxRequest &request)
{
    const QStringList s = request.segments();
    if (s.size() < 2 || s.at(0) != u"3.0" || s.at(1) != u"lists")
        return mailchimpProblem(404, u"Resource Not Found"_s, u"The requested resource could not be found."_s);
    if (s.size() == 2 && request.method == "GET") {
        const int count = qBound(1, request.queryValue(u"count"_s).isEmpty() ? 10 : request.queryValue(u"count"_s).toInt(), 1000);
        const int offset = qMax(0, request.queryValue(u"offset"_s).toInt());
        QJsonArray lists;
        for (qsizetype i = offset; i < m_listOrder.size() && lists.size() < count; ++i)
            lists.append(presentList(m_lists.at(m_listOrder.at(i))));
        return SandboxResponse::json(200, QJsonObject{{u"lists"_s, lists}, {u"total_items"_s, m_listOrder.size()}});
    }
    auto it = m_lists.find(s.value(2));
    if (it == m_lists.end())
        return mailchimpProblem(404, u"Resource Not Found"_s, u"The requested resource could not be found."_s);
    if (s.size() == 3 && request.method == "GET")
        return SandboxResponse::json(200, presentList(it->second));
    if (s.size() >= 4 && s.at(3) == u"members")
        return members(it->second, request, s);
    return mailchimpProblem(405, u"Method Not Allowed"_s, u"The requested method and resource are not compatible."_s);
}

SandboxResponse MarketingSystem::members(List &list, const SandboxRequest &request, const QStringList &s)
{
    const QByteArray &m = request.method;
    const QString listId = list.info.value(u"id"_s).toString();
    if (s.size() == 4 && m == "GET") {
        bool ok = true, ok2 = true;
        const int count = request.queryValue(u"count"_s).isEmpty() ? 10 : request.queryValue(u"count"_s).toInt(&ok);
        const int offset = request.queryValue(u"offset"_s).isEmpty() ? 0 : request.queryValue(u"offset"_s).toInt(&ok2);
        if (!ok || !ok2 || count < 1 || count > 1000 || offset < 0)
            return mailchimpProblem(400, u"Invalid Resource"_s, u"count must be between 1 and 1000 and offset 0 or more."_s);
        const QString status = request.queryValue(u"status"_s);
        QJsonArray page;
        qint64 total = 0;
        for (const QString &hash : std::as_const(list.order)) {
            const QJsonObject &member = list.members.at(hash);
            if (!status.isEmpty() && member.value(u"status"_s).toString() != status)
                continue;
            if (total >= offset && page.size() < count)
                page.append(member);
            ++total;
        }
        return SandboxResponse::json(200, QJsonObject{{u"members"_s, page}, {u"list_id"_s, listId}, {u"total_items"_s, total}});
    }
    if (s.size() == 4 && m == "POST") {
        bool ok = false;
        const QJsonObject body = request.json(&ok).object();
        const QString email = body.value(u"email_address"_s).toString();
        const QString hash = SandboxData::subscriberHash(email);
        if (ok && list.members.count(hash))
            return mailchimpProblem(400, u"Member Exists"_s,
                                    u"%1 is already a list member. Use PUT to insert or update list members."_s.arg(email));
        return writeMember(list, hash, request);
    }
    if (s.size() != 5)
        return mailchimpProblem(404, u"Resource Not Found"_s, u"The requested resource could not be found."_s);
    const QString hash = s.at(4).toLower();
    auto member = list.members.find(hash);
    if (m == "GET") {
        if (member == list.members.end())
            return mailchimpProblem(404, u"Resource Not Found"_s, u"The requested resource could not be found."_s);
        return SandboxResponse::json(200, member->second);
    }
    if (m == "PUT" || (m == "PATCH" && member != list.members.end()))
        return writeMember(list, hash, request);
    if (m == "DELETE" && member != list.members.end()) {
        list.members.erase(member);
        list.order.removeOne(hash);
        return SandboxResponse::empty(204);
    }
    return mailchimpProblem(404, u"Resource Not Found"_s, u"The requested resource could not be found."_s);
}

SandboxResponse MarketingSystem::writeMember(List &list, const QString &hash, const SandboxRequest &request)
{
    bool ok = false;
    const QJsonObject body = request.json(&ok).object();
    if (!ok)
        return mailchimpProblem(400, u"Invalid Resource"_s, u"The resource submitted could not be validated: the body is not JSON."_s);
    auto existing = list.members.find(hash);
    const bool creating = existing == list.members.end();
    QJsonObject member = creating ? QJsonObject() : existing->second;
    const QString email = body.value(u"email_address"_s).toString(member.value(u"email_address"_s).toString()).trimmed();
    if (!email.contains(QLatin1Char('@')))
        return mailchimpProblem(400, u"Invalid Resource"_s, u"Please provide a valid email address."_s);
    if (SandboxData::subscriberHash(email) != hash)
        return mailchimpProblem(400, u"Invalid Resource"_s,
                                u"The subscriber hash %1 does not match the email address %2."_s.arg(hash, email));
    static const QStringList Statuses{u"subscribed"_s, u"unsubscribed"_s, u"cleaned"_s, u"pending"_s, u"transactional"_s};
    QString status = body.value(u"status"_s).toString();
    if (creating && status.isEmpty())
        status = body.value(u"status_if_new"_s).toString();
    if (creating && status.isEmpty())
        return mailchimpProblem(400, u"Invalid Resource"_s, u"The resource submitted could not be validated. status: Required"_s);
    if (!status.isEmpty() && !Statuses.contains(status))
        return mailchimpProblem(400, u"Invalid Resource"_s,
                                u"The resource submitted could not be validated. status: '%1' is not valid."_s.arg(status));
    QJsonObject merge = member.value(u"merge_fields"_s).toObject();
    const QJsonObject inputMerge = body.value(u"merge_fields"_s).toObject();
    for (auto it = inputMerge.begin(); it != inputMerge.end(); ++it) {
        if (it.key() != u"FNAME" && it.key() != u"LNAME" && it.key() != u"PHONE" && it.key() != u"ADDRESS")
            return mailchimpProblem(400, u"Invalid Resource"_s,
                                    u"Your merge fields were invalid: %1 is not a merge field of this list."_s.arg(it.key()));
        merge.insert(it.key(), it.value());
    }
    const QString t = now();
    member.insert(u"id"_s, hash);
    member.insert(u"email_address"_s, email);
    member.insert(u"merge_fields"_s, merge);
    member.insert(u"list_id"_s, list.info.value(u"id"_s));
    member.insert(u"full_name"_s, QString(merge.value(u"FNAME"_s).toString() + QLatin1Char(' ') + merge.value(u"LNAME"_s).toString()).trimmed());
    if (!status.isEmpty())
        member.insert(u"status"_s, status);
    if (body.contains(u"language"_s))
        member.insert(u"language"_s, body.value(u"language"_s));
    if (creating) {
        member.insert(u"unique_email_id"_s, hash.left(10));
        member.insert(u"contact_id"_s, hash.mid(10, 20));
        member.insert(u"email_type"_s, u"html"_s);
        member.insert(u"timestamp_signup"_s, t);
        list.order.append(hash);
    }
    member.insert(u"last_changed"_s, t);
    list.members.insert_or_assign(hash, member);
    return SandboxResponse::json(200, member);
}

} // namespace crmbridge
