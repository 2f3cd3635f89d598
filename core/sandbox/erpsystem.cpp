#include "core/sandbox/erpsystem.h"

#include "core/sandbox/sandboxdata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace crmbridge {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

bool isDecimal(const QString &text)
{
    static const QRegularExpression decimal(u"^\\d{1,12}(\\.\\d{1,2})?$"_s);
    return decimal.match(text).hasMatch();
}

qint64 cents(const QString &decimal)
{
    const qsizetype dot = decimal.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return decimal.toLongLong() * 100;
    QString fraction = decimal.mid(dot + 1);
    while (fraction.size() < 2)
        fraction += QLatin1Char('0');
    return decimal.left(dot).toLongLong() * 100 + fraction.left(2).toLongLong();
}

QString money(qint64 value)
{
    return u"%1.%2"_s.arg(value / 100).arg(value % 100, 2, 10, QLatin1Char('0'));
}

QString valueText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', v.toDouble() == std::floor(v.toDouble()) ? 0 : 2);
    return v.toString();
}

} // namespace

ErpSystem::ErpSystem(quint32 seed, int scale) : SandboxSystem(SandboxSystemId::Erp, seed, scale) { }

QString ErpSystem::name() const
{
    return QCoreApplication::translate("crmbridge::SandboxSystems", "Demo ERP");
}

QString ErpSystem::vendor() const
{
    return u"REST /api/v1 + SOAP 1.1 OrderService"_s;
}

SandboxCredentials ErpSystem::credentials() const
{
    SandboxCredentials c;
    c.scheme = u"Basic"_s;
    c.username = QString::fromLatin1(User);
    c.password = QString::fromLatin1(Password);
    return c;
}

bool ErpSystem::isStatusCode(const QString &status)
{
    static const QStringList codes{u"NEW"_s, u"PROC"_s, u"SHIP"_s, u"CLSD"_s, u"CANC"_s, u"HOLD"_s};
    return codes.contains(status);
}

bool ErpSystem::transitionAllowed(const QString &from, const QString &to)
{
    if (from == to)
        return true;
    static const QHash<QString, QStringList> allowed{{u"NEW"_s, {u"PROC"_s, u"HOLD"_s, u"CANC"_s}},
                                                     {u"PROC"_s, {u"SHIP"_s, u"HOLD"_s, u"CANC"_s}},
                                                     {u"HOLD"_s, {u"PROC"_s, u"CANC"_s}},
                                                     {u"SHIP"_s, {u"CLSD"_s}}};
    return allowed.value(from).contains(to);
}

void ErpSystem::load(const SandboxDataset &data)
{
    m_stores.clear();
    ++m_storesGeneration;
    m_skus.clear();
    auto fill = [this](const QString &name, const QList<QJsonObject> &records) {
        Store &store = m_stores[name];
        qint64 maxId = 0;
        for (const QJsonObject &r : records) {
            const qint64 id = r.value(u"id"_s).toInteger();
            store.emplace(id, r);
            maxId = qMax(maxId, id);
        }
        m_nextIds.insert(name, maxId + 1);
    };
    fill(u"customers"_s, data.erpCustomers);
    fill(u"orders"_s, data.erpOrders);
    fill(u"products"_s, data.erpProducts);
    for (const auto &[id, product] : m_stores[u"products"_s])
        m_skus.insert(product.value(u"sku"_s).toString(), id);
}

QJsonObject ErpSystem::collectionCounts() const
{
    QJsonObject counts;
    for (auto it = m_stores.begin(); it != m_stores.end(); ++it)
        counts.insert(it.key(), static_cast<qint64>(it.value().size()));
    return counts;
}

bool ErpSystem::credentialsValid(const SandboxRequest &request) const
{
    QString user, password;
    return sandboxBasicCredentials(request.header("authorization"_ba), &user, &password)
        && user == QLatin1String(User) && password == QLatin1String(Password);
}

bool ErpSystem::authorized(const SandboxRequest &request) const
{
    // The SOAP service answers bad credentials with a SOAP Fault, not a bare 401.
    return request.path.startsWith(u"/soap/"_s) || credentialsValid(request);
}

SandboxResponse ErpSystem::unauthorized(const SandboxRequest &) const
{
    SandboxResponse r = error(401, u"unauthorized"_s, u"Valid Basic credentials are required."_s);
    r.header("WWW-Authenticate"_ba, "Basic realm=\"Demo ERP\""_ba);
    return r;
}

SandboxResponse ErpSystem::error(int status, const QString &code, const QString &message)
{
    return SandboxResponse::json(status, QJsonObject{{u"error"_s, code}, {u"message"_s, message}});
}

SandboxResponse ErpSystem::invalid(const QString &message, const QList<FieldError> &errors)
{
    QJsonArray list;
    for (const FieldError &e : errors)
        list.append(QJsonObject{{u"field"_s, e.field}, {u"code"_s, e.code}, {u"message"_s, e.message}});
    return SandboxResponse::json(422, QJsonObject{{u"error"_s, u"validation_failed"_s}, {u"message"_s, message}, {u"errors"_s, list}});
}

QByteArray ErpSystem::etag(const QJsonObject &order)
{
    return "\"o" + QByteArray::number(order.value(u"id"_s).toInteger()) + "-v"
        + QByteArray::number(order.value(u"version"_s).toInteger()) + '"';
}

SandboxResponse ErpSystem::withEtag(SandboxResponse response, const QString &collection, const QJsonObject &record) const
{
    if (collection == u"orders")
        response.header("ETag"_ba, etag(record));
    return response;
}

SandboxResponse ErpSystem::handle(const SandboxRequest &request)
{
    if (request.path == u"/soap/OrderService")
        return soap(request);
    const QStringList s = request.segments();
    if (s.size() < 3 || s.at(0) != u"api" || s.at(1) != u"v1" || !m_stores.contains(s.at(2)))
        return error(404, u"not_found"_s, u"No such resource: %1"_s.arg(request.path));
    const QString collection = s.at(2);
    const QByteArray &m = request.method;
    if (s.size() == 3 && (m == "GET" || m == "HEAD"))
        return list(collection, request);
    if (s.size() == 3 && m == "POST") {
        SandboxResponse replay;
        if (replayIdempotent(request, &replay))
            return replay;
        SandboxResponse response = write(collection, -1, request);
        rememberIdempotent(request, response);
        return response;
    }
    if (s.size() != 4)
        return error(404, u"not_found"_s, u"No such resource: %1"_s.arg(request.path));
    bool ok = false;
    const qint64 id = s.at(3).toLongLong(&ok);
    Store &store = m_stores[collection];
    auto it = ok ? store.find(id) : store.end();
    const QString singular = collection.chopped(1);
    if (it == store.end())
        return error(404, u"not_found"_s, u"The %1 %2 does not exist."_s.arg(singular, s.at(3)));
    if (m == "GET" || m == "HEAD")
        return withEtag(SandboxResponse::json(200, it->second), collection, it->second);
    if (m == "DELETE") {
        store.erase(it);
        ++m_storesGeneration;
        return SandboxResponse::empty(204);
    }
    if (m == "PUT" || m == "PATCH")
        return write(collection, id, request);
    return error(405, u"method_not_allowed"_s, u"%1 is not allowed on %2."_s.arg(QString::fromLatin1(m), request.path));
}

SandboxResponse ErpSystem::list(const QString &collection, const SandboxRequest &request)
{
    bool ok = true;
    const QString pageText = request.queryValue(u"page"_s), perPageText = request.queryValue(u"per_page"_s);
    const int page = pageText.isEmpty() ? 1 : pageText.toInt(&ok);
    bool ok2 = true;
    const int perPage = qMin(100, perPageText.isEmpty() ? 25 : perPageText.toInt(&ok2));
    if (!ok || !ok2 || page < 1 || perPage < 1) {
        return invalid(u"The paging parameters are invalid."_s,
                       {{u"page"_s, u"invalid"_s, u"page must be 1 or more and per_page between 1 and 100."_s}});
    }
    const Store &store = m_stores[collection];
    const QString status = request.queryValue(u"status"_s);
    const QString updatedSince = request.queryValue(u"updated_since"_s);
    const QString email = request.queryValue(u"email"_s).trimmed().toLower();
    const bool filtered = !status.isEmpty() || !updatedSince.isEmpty() || !email.isEmpty();
    QJsonArray items;
    qint64 total = 0;
    const qint64 first = qint64(page - 1) * perPage;
    if (!filtered) {
        total = static_cast<qint64>(store.size());
        if (first < total) {
            auto it = store.cbegin();
            qint64 at = 0;
            const PageCursor &cursor = m_pageCursors[collection];
            if (cursor.generation == m_storesGeneration && cursor.index <= first) {
                it = cursor.it; // the page after the last one served, or later
                at = cursor.index;
            }
            std::advance(it, first - at);
            for (; it != store.cend() && items.size() < perPage; ++it)
                items.append(it->second);
            m_pageCursors.insert(collection, PageCursor{m_storesGeneration, first + items.size(), it});
        }
    } else {
        for (const auto &[id, r] : store) {
            if (!status.isEmpty() && r.value(u"status"_s).toString() != status)
                continue;
            if (!updatedSince.isEmpty() && r.value(u"updated_at"_s).toString() < updatedSince)
                continue;
            if (!email.isEmpty() && r.value(u"email"_s).toString().trimmed().toLower() != email)
                continue;
            if (total >= first && items.size() < perPage)
                items.append(r);
            ++total;
        }
    }
    const int lastPage = qMax<qint64>(1, (total + perPage - 1) / perPage);
    auto link = [&](int p) -> QByteArray {
        QUrlQuery q = request.query;
        q.removeAllQueryItems(u"page"_s);
        q.removeAllQueryItems(u"per_page"_s);
        q.addQueryItem(u"page"_s, QString::number(p));
        q.addQueryItem(u"per_page"_s, QString::number(perPage));
        return "<" + (request.baseUrl + u"/api/v1/"_s + collection + u"?"_s + q.toString(QUrl::FullyEncoded)).toUtf8() + ">";
    };
    QByteArrayList links;
    if (page < lastPage)
        links.append(link(page + 1) + "; rel=\"next\"");
    if (page > 1)
        links.append(link(page - 1) + "; rel=\"prev\"");
    links.append(link(1) + "; rel=\"first\"");
    links.append(link(lastPage) + "; rel=\"last\"");
    SandboxResponse r = SandboxResponse::json(200, items);
    r.header("X-Total-Count"_ba, QByteArray::number(total));
    r.header("Link"_ba, links.join(", "));
    return r;
}

void ErpSystem::computeTotal(QJsonObject &order) const
{
    QJsonArray lines;
    qint64 total = 0;
    for (const QJsonValue &v : order.value(u"lines"_s).toArray()) {
        QJsonObject line = v.toObject();
        const QString qty = valueText(line.value(u"qty"_s));
        const QString price = valueText(line.value(u"unit_price"_s));
        line.insert(u"qty"_s, qty);
        line.insert(u"unit_price"_s, money(cents(price)));
        total += qty.toLongLong() * cents(price);
        lines.append(line);
    }
    order.insert(u"lines"_s, lines);
    order.insert(u"total"_s, money(total));
}

QList<ErpSystem::FieldError> ErpSystem::validate(const QString &collection, const QJsonObject &r,
                                                 const QString &previousStatus) const
{
    QList<FieldError> errors;
    auto required = [&](const QString &field) {
        if (valueText(r.value(field)).trimmed().isEmpty())
            errors.append({field, u"required"_s, u"%1 is required."_s.arg(field)});
    };
    if (collection == u"customers") {
        required(u"name"_s);
        required(u"email"_s);
        const QString email = r.value(u"email"_s).toString().trimmed();
        if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.startsWith(QLatin1Char('@'))))
            errors.append({u"email"_s, u"invalid"_s, u"'%1' is not an e-mail address."_s.arg(email)});
        const QString status = r.value(u"status"_s).toString();
        if (!status.isEmpty() && status != u"A" && status != u"I" && status != u"B")
            errors.append({u"status"_s, u"invalid"_s, u"status must be A (active), I (inactive) or B (blocked)."_s});
    } else if (collection == u"products") {
        required(u"sku"_s);
        required(u"name"_s);
        if (!isDecimal(valueText(r.value(u"price"_s))))
            errors.append({u"price"_s, u"invalid"_s, u"price must be a decimal string such as \"12.50\"."_s});
    } else {
        const qint64 customer = r.value(u"customer_id"_s).toInteger(-1);
        if (!m_stores[u"customers"_s].count(customer))
            errors.append({u"customer_id"_s, u"not_found"_s, u"customer_id must name an existing customer."_s});
        static const QRegularExpression currency(u"^[A-Z]{3}$"_s);
        if (!currency.match(r.value(u"currency"_s).toString()).hasMatch())
            errors.append({u"currency"_s, u"invalid"_s, u"currency must be an ISO 4217 code such as EUR."_s});
        const QJsonArray lines = r.value(u"lines"_s).toArray();
        if (lines.isEmpty())
            errors.append({u"lines"_s, u"required"_s, u"An order needs at least one line."_s});
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject line = lines.at(i).toObject();
            const QString at = u"lines[%1]."_s.arg(i);
            if (!m_skus.contains(line.value(u"sku"_s).toString()))
                errors.append({at + u"sku"_s, u"not_found"_s, u"Unknown sku '%1'."_s.arg(line.value(u"sku"_s).toString())});
            bool ok = false;
            const qint64 qty = valueText(line.value(u"qty"_s)).toLongLong(&ok);
            if (!ok || qty < 1)
                errors.append({at + u"qty"_s, u"invalid"_s, u"qty must be a whole number of 1 or more."_s});
            if (!isDecimal(valueText(line.value(u"unit_price"_s))))
                errors.append({at + u"unit_price"_s, u"invalid"_s, u"unit_price must be a decimal string such as \"12.50\"."_s});
        }
        const QString status = r.value(u"status"_s).toString();
        if (!isStatusCode(status))
            errors.append({u"status"_s, u"invalid"_s, u"status must be one of NEW, PROC, SHIP, CLSD, CANC, HOLD."_s});
        else if (previousStatus.isEmpty() && status != u"NEW")
            errors.append({u"status"_s, u"invalid"_s, u"A new order starts in status NEW."_s});
        else if (!previousStatus.isEmpty() && !transitionAllowed(previousStatus, status))
            errors.append({u"status"_s, u"invalid_transition"_s,
                           u"An order cannot go from %1 to %2."_s.arg(previousStatus, status)});
    }
    return errors;
}

SandboxResponse ErpSystem::write(const QString &collection, qint64 id, const SandboxRequest &request)
{
    bool ok = false;
    const QJsonDocument doc = request.json(&ok);
    if (!ok || !doc.isObject())
        return invalid(u"The body must be a JSON object."_s, {{u"body"_s, u"invalid_json"_s, u"The body is not a JSON object."_s}});
    const QJsonObject input = doc.object();
    Store &store = m_stores[collection];
    const bool creating = id < 0;
    QJsonObject record;
    QString previousStatus;
    if (!creating) {
        const QJsonObject &current = store.at(id);
        if (collection == u"orders") {
            const QByteArray ifMatch = request.header("if-match"_ba);
            if (ifMatch.isEmpty())
                return error(428, u"precondition_required"_s, u"Changing an order needs an If-Match header with its ETag."_s);
            if (ifMatch != etag(current) && ifMatch != "*")
                return error(412, u"precondition_failed"_s,
                             u"The order changed since you read it (ETag %1). Read it again and retry."_s.arg(QString::fromLatin1(etag(current))));
            previousStatus = current.value(u"status"_s).toString();
        }
        if (request.method == "PATCH")
            record = current;
        for (const QString &fixed : {u"id"_s, u"number"_s, u"customer_no"_s, u"created"_s, u"version"_s})
            if (current.contains(fixed))
                record.insert(fixed, current.value(fixed));
    }
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (it.key() != u"id" && it.key() != u"version" && it.key() != u"total")
            record.insert(it.key(), it.value());
    }
    if (collection == u"orders" && creating && !record.contains(u"status"_s))
        record.insert(u"status"_s, u"NEW"_s);
    if (collection == u"customers" && !record.contains(u"status"_s))
        record.insert(u"status"_s, u"A"_s);
    const QList<FieldError> errors = validate(collection, record, previousStatus);
    if (!errors.isEmpty())
        return invalid(u"The %1 is invalid."_s.arg(collection.chopped(1)), errors);
    if (collection == u"products") {
        const qint64 owner = m_skus.value(record.value(u"sku"_s).toString(), -1);
        if (owner >= 0 && owner != id)
            return invalid(u"The product is invalid."_s, {{u"sku"_s, u"taken"_s, u"sku is already used by product %1."_s.arg(owner)}});
    }
    if (collection == u"orders")
        computeTotal(record);
    if (creating) {
        id = m_nextIds.value(collection, 1);
        m_nextIds.insert(collection, id + 1);
        record.insert(u"id"_s, id);
        record.insert(u"version"_s, 1);
        if (collection == u"orders")
            record.insert(u"number"_s, u"SO-%1"_s.arg(100000 + id));
        if (collection == u"customers") {
            record.insert(u"customer_no"_s, u"C-%1"_s.arg(100000 + id));
            record.insert(u"created"_s, QDateTime::currentDateTime().toString(u"dd.MM.yyyy HH:mm"_s));
        }
    } else {
        record.insert(u"version"_s, store.at(id).value(u"version"_s).toInteger() + 1);
    }
    record.insert(u"updated_at"_s, now());
    if (collection == u"products") {
        if (!creating)
            m_skus.remove(store.at(id).value(u"sku"_s).toString());
        m_skus.insert(record.value(u"sku"_s).toString(), id);
    }
    store.insert_or_assign(id, record);
    if (creating)
        ++m_storesGeneration;
    SandboxResponse r = SandboxResponse::json(creating ? 201 : 200, record);
    if (creating)
        r.header("Location"_ba, (request.baseUrl + u"/api/v1/"_s + collection + u"/"_s + QString::number(id)).toUtf8());
    return withEtag(r, collection, record);
}

} // namespace crmbridge
