#include "core/net/pagewalker.h"

#include "core/net/httpclient.h"
#include "core/net/soapclient.h"
#include "core/net/soapmessage.h"
#include "core/net/xmljson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace crmbridge {

QJsonValue jsonValueAt(const QJsonValue &root, const QString &path)
{
    if (path.isEmpty())
        return root;
    if (!root.isObject())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonObject object = root.toObject();
    if (object.contains(path))
        return object.value(path);
    // Longest key first, so "@odata.nextLink" wins over "@odata" → "nextLink".
    const QStringList parts = path.split(QLatin1Char('.'));
    for (qsizetype take = parts.size() - 1; take >= 1; --take) {
        const QString key = parts.mid(0, take).join(QLatin1Char('.'));
        if (object.contains(key))
            return jsonValueAt(object.value(key), parts.mid(take).join(QLatin1Char('.')));
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString nextLinkFromHeader(const QByteArray &linkHeader)
{
    static const QRegularExpression link(QStringLiteral("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)"));
    auto it = link.globalMatch(QString::fromLatin1(linkHeader));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        static const QRegularExpression relNext(QStringLiteral("rel\\s*=\\s*\"?([^\";]*)\"?"),
                                                QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch rel = relNext.match(m.captured(2));
        if (rel.hasMatch() && rel.captured(1).split(QLatin1Char(' ')).contains(QStringLiteral("next"), Qt::CaseInsensitive))
            return m.captured(1);
    }
    return {};
}

QJsonValue ListPage::valueAt(const QString &path) const
{
    return xml ? XmlJson::valueAt(root, path) : jsonValueAt(root, path);
}

namespace {

bool isXmlBody(const HttpResponse &response)
{
    const QByteArray type = response.header("Content-Type").toLower();
    if (!type.isEmpty())
        return type.contains("xml") && !type.contains("json");
    return response.body.trimmed().startsWith('<');
}

/// The SOAP service of a SOAP/XML endpoint and the operation an entity operation names.
Result<std::pair<SoapService, SoapOperation>> soapOperationOf(const Endpoint &endpoint, const EntityOperation &operation)
{
    auto service = SoapClient::serviceOf(endpoint);
    if (!service)
        return service.error();
    auto op = SoapMessage::operation(service.value(), operation.path, endpoint.name);
    if (!op)
        return op.error();
    return std::pair<SoapService, SoapOperation>(service.value(), op.value());
}

QJsonObject fieldsOf(const QList<QPair<QString, QString>> &query)
{
    QJsonObject body;
    for (const auto &[name, value] : query)
        body.insert(name, value);
    return body;
}

Result<ListPage> readPageWith(const Entity &entity, const SoapOperation *soapOperation, const QString &endpointName,
                              const HttpResponse &response, const QString &where)
{
    ListPage page;
    if (soapOperation) {
        auto body = SoapMessage::parse(response, *soapOperation, endpointName);
        if (!body) {
            Error error = body.error();
            if (error.kind != Error::Kind::Interrupted)
                error.where = where;
            return error;
        }
        page.root = body.value();
        page.xml = true;
    } else if (!response.ok()) {
        Error error = *response.error;
        if (error.kind != Error::Kind::Interrupted)
            error.where = where;
        return error;
    } else if (isXmlBody(response)) {
        auto doc = XmlJson::parseDocument(response.body, QString::fromLatin1(response.method) + QLatin1Char(' ') + response.displayUrl);
        if (!doc) {
            Error error = doc.error();
            error.where = where;
            return error;
        }
        page.root = doc.value();
        page.xml = true;
    } else {
        auto doc = response.json();
        if (!doc) {
            Error error = doc.error();
            error.where = where;
            return error;
        }
        page.root = doc->isArray() ? QJsonValue(doc->array()) : QJsonValue(doc->object());
    }
    const QJsonValue records = page.xml ? XmlJson::recordsAt(page.root, entity.recordsPath) : jsonValueAt(page.root, entity.recordsPath);
    if (!records.isArray()) {
        QStringList keys = page.root.isObject() ? page.root.toObject().keys() : QStringList();
        if (page.xml && keys.size() == 1 && page.root.toObject().begin()->isObject()) // the root element's children
            keys = page.root.toObject().begin()->toObject().keys();
        return NetErrors::make(Error::Kind::Server,
                               PageWalker::tr("The response has no list of records at \"%1\" (it holds: %2)")
                                   .arg(entity.recordsPath.isEmpty() ? PageWalker::tr("(the top level)") : entity.recordsPath,
                                        keys.isEmpty() ? PageWalker::tr("no fields") : keys.join(QStringLiteral(", "))),
                               where,
                               page.xml ? PageWalker::tr("Check the entity's records path: an element path such as Orders/Order.")
                                        : PageWalker::tr("Check the entity's records path against a sample response."));
    }
    page.records = records.toArray();
    return page;
}

} // namespace

Result<ListPage> PageWalker::readPage(const Endpoint &endpoint, const Entity &entity, const HttpResponse &response,
                                      const QString &where)
{
    if (endpoint.protocol == Protocol::SoapXml) {
        auto soap = soapOperationOf(endpoint, entity.list);
        if (!soap)
            return soap.error();
        return readPageWith(entity, &soap->second, endpoint.name, response, where);
    }
    return readPageWith(entity, nullptr, endpoint.name, response, where);
}

Result<HttpRequest> PageWalker::firstPageRequest(const Endpoint &endpoint, const Entity &entity, int pageSize)
{
    if (!entity.list.isSet())
        return Error::config(tr("Entity \"%1\" has no list operation").arg(entity.name), {},
                             tr("Set the list path of the entity in the Endpoints page."));
    const Pagination &p = entity.pagination;
    QList<QPair<QString, QString>> query;
    const int size = pageSize > 0 ? pageSize : p.pageSize;
    if (!p.pageSizeParam.isEmpty() && (p.style != PaginationStyle::None || pageSize > 0))
        query.append({p.pageSizeParam, QString::number(size)});
    if (p.style == PaginationStyle::PageNumber && !p.pageParam.isEmpty())
        query.append({p.pageParam, QString::number(p.firstPage)});
    else if (p.style == PaginationStyle::OffsetCount && !p.offsetParam.isEmpty())
        query.append({p.offsetParam, QStringLiteral("0")});
    HttpRequest request;
    if (endpoint.protocol == Protocol::SoapXml) {
        auto soap = soapOperationOf(endpoint, entity.list);
        if (!soap)
            return soap.error();
        request = SoapMessage::request(soap->first, soap->second, fieldsOf(query));
    } else {
        request.method = entity.list.method.isEmpty() ? QByteArray("GET") : entity.list.method.toUpper().toLatin1();
        request.path = entity.list.path;
        request.query = query;
        request.headers.append({QStringLiteral("Accept"), QStringLiteral("application/json, application/xml;q=0.9, text/xml;q=0.8")});
    }
    return request;
}

static QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

PageWalker::PageWalker(HttpClient *client, Entity entity, QObject *parent)
    : QObject(parent), m_client(client), m_entity(std::move(entity))
{
}

QString PageWalker::where(const QString &url) const
{
    return tr("entity \"%1\" of endpoint \"%2\", page %3, %4")
        .arg(m_entity.name, m_entity.endpointName)
        .arg(m_pageNumber)
        .arg(url);
}

void PageWalker::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_client) {
        fail(Error::internal(tr("The page walker has no HTTP client")));
        return;
    }
    if (!m_entity.list.isSet()) {
        fail(tr("Entity \"%1\" has no list operation").arg(m_entity.name), QString(),
             tr("Set the list path of the entity in the Endpoints page."));
        return;
    }
    auto base = m_client->resolveUrl(QString());
    if (base)
        m_origin = base->scheme() + QStringLiteral("://") + base->authority();
    const Pagination &p = m_entity.pagination;
    if (m_client->endpoint().protocol == Protocol::SoapXml) {
        auto soap = soapOperationOf(m_client->endpoint(), m_entity.list);
        if (!soap) {
            Error error = soap.error();
            error.where = tr("list operation of entity \"%1\"").arg(m_entity.name);
            fail(error);
            return;
        }
        m_soap = soap->first;
        m_soapOperation = soap->second;
        if (p.style == PaginationStyle::NextUrlBody || p.style == PaginationStyle::LinkHeader) {
            fail(tr("Entity \"%1\" pages by %2, which a SOAP operation cannot do").arg(m_entity.name, toString(p.style)), QString(),
                 tr("Use page-number, offset or cursor paging with the operation's page parameters, or none."));
            return;
        }
    }
    QList<QPair<QString, QString>> query = m_query;
    if (!p.pageSizeParam.isEmpty() && p.style != PaginationStyle::None)
        query.append({p.pageSizeParam, QString::number(p.pageSize)});
    if (p.style == PaginationStyle::PageNumber) {
        m_offset = p.firstPage;
        query.append({p.pageParam, QString::number(p.firstPage)});
    } else if (p.style == PaginationStyle::OffsetCount) {
        query.append({p.offsetParam, QStringLiteral("0")});
    }
    request(m_entity.list.path, query);
}

void PageWalker::cancel()
{
    if (m_finished)
        return;
    if (m_call) {
        m_cancelling = true;
        m_call->abort();
    } else {
        fail(NetErrors::make(Error::Kind::Interrupted, tr("Fetching was cancelled"), where(QString()), {}));
    }
}

void PageWalker::request(const QString &pathOrUrl, const QList<QPair<QString, QString>> &query)
{
    ++m_pageNumber;
    HttpRequest request;
    if (m_soap) {
        // SOAP: the page parameters travel as elements of the operation, not in the URL.
        request = SoapMessage::request(*m_soap, m_soapOperation, fieldsOf(query));
    } else {
        request.method = m_entity.list.method.isEmpty() ? QByteArray("GET") : m_entity.list.method.toLatin1();
        request.path = pathOrUrl;
        request.query = query;
        request.headers.append({QStringLiteral("Accept"), QStringLiteral("application/json, application/xml;q=0.9, text/xml;q=0.8")});
    }
    request.context = tr("entity \"%1\", page %2").arg(m_entity.name).arg(m_pageNumber);
    m_call = m_client->send(request);
    connect(m_call, &HttpCall::finished, this, &PageWalker::onPage);
    // A call that goes away unanswered (its client was destroyed) must still end the walk.
    connect(m_call, &QObject::destroyed, this, [this]() {
        if (!m_finished && m_call.isNull())
            fail(NetErrors::make(Error::Kind::Interrupted, tr("Fetching stopped: the connection was closed"),
                                 where(QString()), {}));
    });
}

void PageWalker::fail(const QString &what, const QString &url, const QString &hint)
{
    fail(NetErrors::make(Error::Kind::Server, what, where(url), hint));
}

void PageWalker::fail(const Error &error)
{
    if (m_finished)
        return;
    m_status = error;
    m_finished = true;
    emit finished(false);
}

void PageWalker::done()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(true);
}

void PageWalker::onPage(const HttpResponse &response)
{
    m_call = nullptr;
    if (m_finished)
        return;
    if (m_cancelling) {
        fail(NetErrors::make(Error::Kind::Interrupted, tr("Fetching was cancelled"), where(QString()), {}));
        return;
    }
    auto read = readPageWith(m_entity, m_soap ? &m_soapOperation : nullptr, m_client ? m_client->endpoint().name : QString(),
                             response, where(response.displayUrl));
    if (!read) {
        fail(read.error());
        return;
    }
    const ListPage &page = read.value();
    const QJsonArray &records = page.records;
    if (!records.isEmpty()) {
        // Compared record by record with the page before: pages of different records differ in
        // their first record, so this is cheap unless the server really repeats itself.
        if (records == m_lastPage) {
            fail(tr("The server sent the same page twice; stopped instead of looping forever"), response.displayUrl,
                 tr("The server may ignore the paging parameters; check the entity's pagination settings."));
            return;
        }
        m_lastPage = records;
    }
    ++m_pages;
    m_records += records.size();
    const int pageNumber = m_pageNumber;
    const Step step = (m_maxPages > 0 && m_pages >= m_maxPages) ? Step{} : nextStep(response, page);
    // The next page travels while the receiver handles this one: with a slow receiver (a sync
    // planning each record) the walk is not the sum of both.
    if (step.kind == Step::Fetch) {
        m_offset = step.offset;
        if (!step.seen.isEmpty())
            m_seen.insert(step.seen);
        request(step.pathOrUrl, step.query);
    }
    emit pageReady(records, pageNumber);
    if (m_finished || m_cancelling) // a receiver cancelled; the page in flight, if any, ends the walk
        return;
    if (step.kind == Step::Done)
        done();
    else if (step.kind == Step::Fail)
        fail(step.error);
}

PageWalker::Step PageWalker::nextStep(const HttpResponse &response, const ListPage &page) const
{
    const QJsonArray &records = page.records;
    const Pagination &p = m_entity.pagination;
    const bool empty = records.isEmpty();
    qint64 total = -1;
    if (!p.totalHeader.isEmpty() && !response.header(p.totalHeader.toLatin1()).isEmpty())
        total = response.header(p.totalHeader.toLatin1()).trimmed().toLongLong();
    else if (!p.totalPath.isEmpty() && page.xml)
        total = XmlJson::integerOf(page.valueAt(p.totalPath)); // -1 when absent
    else if (!p.totalPath.isEmpty() && page.valueAt(p.totalPath).isDouble())
        total = page.valueAt(p.totalPath).toInteger();

    QList<QPair<QString, QString>> query = m_query;
    if (!p.pageSizeParam.isEmpty())
        query.append({p.pageSizeParam, QString::number(p.pageSize)});
    const auto failure = [&](const QString &what, const QString &hint) {
        return Step::failure(NetErrors::make(Error::Kind::Server, what, where(response.displayUrl), hint));
    };

    switch (p.style) {
    case PaginationStyle::None:
        return {};
    case PaginationStyle::PageNumber:
        if (empty || (total >= 0 && m_records >= total) || (total < 0 && records.size() < p.pageSize))
            return {};
        query.append({p.pageParam, QString::number(m_offset + 1)});
        return Step::fetch(m_entity.list.path, query, m_offset + 1);
    case PaginationStyle::OffsetCount: {
        const qint64 offset = m_offset + records.size();
        if (empty || (total >= 0 && offset >= total) || (total < 0 && records.size() < p.pageSize))
            return {};
        query.append({p.offsetParam, QString::number(offset)});
        return Step::fetch(m_entity.list.path, query, offset);
    }
    case PaginationStyle::CursorBody: {
        const QString cursor = scalarText(page.valueAt(p.cursorPath));
        if (!p.hasMorePath.isEmpty()) {
            const QJsonValue more = page.valueAt(p.hasMorePath);
            const bool hasMore = more.isString() ? more.toString().trimmed() == QLatin1String("true") : more.toBool(false);
            if (!hasMore)
                return {};
            if (cursor.isEmpty())
                return failure(tr("The response says there are more pages but has no cursor at \"%1\"").arg(p.cursorPath),
                               tr("Check the entity's cursor path."));
        } else if (cursor.isEmpty()) {
            return {};
        }
        if (empty)
            return failure(tr("The server announced more pages but sent an empty one; stopped instead of looping"),
                           tr("The server's paging is broken; report it to its owner, or fetch with a filter."));
        if (m_seen.contains(cursor))
            return failure(tr("The server sent the cursor \"%1\" a second time; stopped instead of looping forever").arg(cursor),
                           tr("The server's paging is broken; report it to its owner, or fetch with a filter."));
        query.append({p.cursorParam, cursor});
        return Step::fetch(m_entity.list.path, query, m_offset, cursor);
    }
    case PaginationStyle::NextUrlBody: {
        const QJsonValue next = page.valueAt(p.nextUrlPath);
        return followUrl(next.isString() ? next.toString() : QString(), response, empty);
    }
    case PaginationStyle::LinkHeader:
        return followUrl(nextLinkFromHeader(response.header("Link")), response, empty);
    }
    return {};
}

PageWalker::Step PageWalker::followUrl(const QString &next, const HttpResponse &response, bool emptyPage) const
{
    if (next.isEmpty())
        return {};
    const auto failure = [&](const QString &what) {
        return Step::failure(NetErrors::make(Error::Kind::Server, what, where(response.displayUrl),
                                             tr("The server's paging is broken; report it to its owner, or fetch with a filter.")));
    };
    const QUrl url = response.url.resolved(QUrl(next));
    const QString key = url.toString(QUrl::FullyEncoded);
    if (emptyPage)
        return failure(tr("The server announced a next page but sent an empty one; stopped instead of looping"));
    if (m_seen.contains(key) || key == response.url.toString(QUrl::FullyEncoded))
        return failure(tr("The server pointed to the same next page a second time; stopped instead of looping forever"));
    const QString origin = url.scheme() + QStringLiteral("://") + url.authority();
    if (!m_origin.isEmpty() && origin != m_origin)
        return Step::failure(NetErrors::make(
            Error::Kind::Server,
            tr("The next page is on another server (%1); not following it with this endpoint's credentials").arg(url.host()),
            where(response.displayUrl), tr("If that server is right, set it as the endpoint's base URL.")));
    return Step::fetch(key, {}, m_offset, key);
}

} // namespace crmbridge
