#include "core/net/pagewalker.h"

#include "core/net/httpclient.h"

#include <QCryptographicHash>
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
    if (m_call)
        m_call->abort();
    else
        fail(NetErrors::make(Error::Kind::Interrupted, tr("Fetching was cancelled"), where(QString()), {}));
}

void PageWalker::request(const QString &pathOrUrl, const QList<QPair<QString, QString>> &query)
{
    ++m_pageNumber;
    HttpRequest request;
    request.method = m_entity.list.method.isEmpty() ? QByteArray("GET") : m_entity.list.method.toLatin1();
    request.path = pathOrUrl;
    request.query = query;
    request.headers.append({QStringLiteral("Accept"), QStringLiteral("application/json")});
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
    if (!response.ok()) {
        Error error = *response.error;
        if (error.kind != Error::Kind::Interrupted)
            error.where = where(response.displayUrl);
        fail(error);
        return;
    }
    auto doc = response.json();
    if (!doc) {
        Error error = doc.error();
        error.where = where(response.displayUrl);
        fail(error);
        return;
    }
    const QJsonValue root = doc->isArray() ? QJsonValue(doc->array()) : QJsonValue(doc->object());
    const QJsonValue recordsValue = jsonValueAt(root, m_entity.recordsPath);
    if (!recordsValue.isArray()) {
        fail(tr("The response has no list of records at \"%1\"")
                 .arg(m_entity.recordsPath.isEmpty() ? tr("(the top level)") : m_entity.recordsPath),
             response.displayUrl, tr("Check the entity's records path against a sample response."));
        return;
    }
    const QJsonArray records = recordsValue.toArray();
    if (!records.isEmpty()) {
        const QByteArray hash = QCryptographicHash::hash(QJsonDocument(records).toJson(QJsonDocument::Compact),
                                                         QCryptographicHash::Sha256);
        if (hash == m_lastPageHash) {
            fail(tr("The server sent the same page twice; stopped instead of looping forever"), response.displayUrl,
                 tr("The server may ignore the paging parameters; check the entity's pagination settings."));
            return;
        }
        m_lastPageHash = hash;
    }
    ++m_pages;
    m_records += records.size();
    emit pageReady(records, m_pageNumber);
    if (m_finished) // a receiver cancelled
        return;
    if (m_maxPages > 0 && m_pages >= m_maxPages) {
        done();
        return;
    }

    const Pagination &p = m_entity.pagination;
    const bool empty = records.isEmpty();
    qint64 total = -1;
    if (!p.totalHeader.isEmpty() && !response.header(p.totalHeader.toLatin1()).isEmpty())
        total = response.header(p.totalHeader.toLatin1()).trimmed().toLongLong();
    else if (!p.totalPath.isEmpty() && jsonValueAt(root, p.totalPath).isDouble())
        total = jsonValueAt(root, p.totalPath).toInteger();

    QList<QPair<QString, QString>> query = m_query;
    if (!p.pageSizeParam.isEmpty())
        query.append({p.pageSizeParam, QString::number(p.pageSize)});

    switch (p.style) {
    case PaginationStyle::None:
        done();
        return;
    case PaginationStyle::PageNumber:
        if (empty || (total >= 0 && m_records >= total) || (total < 0 && records.size() < p.pageSize)) {
            done();
            return;
        }
        ++m_offset;
        query.append({p.pageParam, QString::number(m_offset)});
        request(m_entity.list.path, query);
        return;
    case PaginationStyle::OffsetCount:
        m_offset += records.size();
        if (empty || (total >= 0 && m_offset >= total) || (total < 0 && records.size() < p.pageSize)) {
            done();
            return;
        }
        query.append({p.offsetParam, QString::number(m_offset)});
        request(m_entity.list.path, query);
        return;
    case PaginationStyle::CursorBody: {
        const QString cursor = scalarText(jsonValueAt(root, p.cursorPath));
        if (!p.hasMorePath.isEmpty()) {
            const bool hasMore = jsonValueAt(root, p.hasMorePath).toBool(false);
            if (!hasMore) {
                done();
                return;
            }
            if (cursor.isEmpty()) {
                fail(tr("The response says there are more pages but has no cursor at \"%1\"").arg(p.cursorPath),
                     response.displayUrl, tr("Check the entity's cursor path."));
                return;
            }
        } else if (cursor.isEmpty()) {
            done();
            return;
        }
        if (empty) {
            fail(tr("The server announced more pages but sent an empty one; stopped instead of looping"),
                 response.displayUrl, tr("The server's paging is broken; report it to its owner, or fetch with a filter."));
            return;
        }
        if (m_seen.contains(cursor)) {
            fail(tr("The server sent the cursor \"%1\" a second time; stopped instead of looping forever").arg(cursor),
                 response.displayUrl, tr("The server's paging is broken; report it to its owner, or fetch with a filter."));
            return;
        }
        m_seen.insert(cursor);
        query.append({p.cursorParam, cursor});
        request(m_entity.list.path, query);
        return;
    }
    case PaginationStyle::NextUrlBody: {
        const QJsonValue next = jsonValueAt(root, p.nextUrlPath);
        if (followUrl(next.isString() ? next.toString() : QString(), response, empty))
            return;
        return;
    }
    case PaginationStyle::LinkHeader:
        followUrl(nextLinkFromHeader(response.header("Link")), response, empty);
        return;
    }
}

bool PageWalker::followUrl(const QString &next, const HttpResponse &response, bool emptyPage)
{
    if (next.isEmpty()) {
        done();
        return false;
    }
    const QUrl url = response.url.resolved(QUrl(next));
    const QString key = url.toString(QUrl::FullyEncoded);
    if (emptyPage) {
        fail(tr("The server announced a next page but sent an empty one; stopped instead of looping"),
             response.displayUrl, tr("The server's paging is broken; report it to its owner, or fetch with a filter."));
        return false;
    }
    if (m_seen.contains(key) || key == response.url.toString(QUrl::FullyEncoded)) {
        fail(tr("The server pointed to the same next page a second time; stopped instead of looping forever"),
             response.displayUrl, tr("The server's paging is broken; report it to its owner, or fetch with a filter."));
        return false;
    }
    const QString origin = url.scheme() + QStringLiteral("://") + url.authority();
    if (!m_origin.isEmpty() && origin != m_origin) {
        fail(tr("The next page is on another server (%1); not following it with this endpoint's credentials")
                 .arg(url.host()),
             response.displayUrl, tr("If that server is right, set it as the endpoint's base URL."));
        return false;
    }
    m_seen.insert(key);
    request(key, {});
    return true;
}

} // namespace crmbridge
