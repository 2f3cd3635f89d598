#pragma once

#include "core/common/result.h"
#include "core/endpoints/entity.h"
#include "core/importers/wsdlimporter.h"
#include "core/net/httpmessage.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

namespace crmbridge {

class HttpCall;
class HttpClient;

/// The value at a dotted path ("paging.next.after") in a JSON document; a key that itself holds
/// dots ("@odata.nextLink") is matched whole. An empty path is the value itself. Undefined when
/// absent.
QJsonValue jsonValueAt(const QJsonValue &root, const QString &path);

/// The URL of rel="next" in an RFC 8288 Link header ("" when there is none).
QString nextLinkFromHeader(const QByteArray &linkHeader);

/// One list response, read: the whole body as JSON (an XML body as {"root": …}, a SOAP body as the
/// response element's content) and the records at the entity's records path.
struct ListPage
{
    QJsonValue root;
    QJsonArray records;
    bool xml = false; ///< paths are element paths ("Orders/Order") rather than dotted JSON paths

    QJsonValue valueAt(const QString &path) const;
};

/// Walks every page of an entity's list operation and streams the records of each page through
/// pageReady(). The next page is requested before pageReady() is emitted, so it travels while the
/// receiver handles the current one; memory stays bounded by two pages.
///
/// Bodies: JSON; XML (a Content-Type with "xml"), records at an element path from the root
/// element ("orders/order"); and on a SOAP/XML endpoint the list operation's `path` names a WSDL
/// operation (ListOrders) — the page parameters (PageNumber, PageSize, offset, cursor) and
/// setQuery() items become elements of the request, and the records path starts below the
/// response element ("Orders/Order"). next-url and link-header paging are REST only.
///
/// Guarantees: follows every PaginationStyle to its end; each page is requested once; a cursor or
/// next URL that repeats, a page identical to the one before (a server that ignores the page
/// parameter), a "has more" with an empty page, a next URL on another host, a
/// malformed body or a body without records at the records path stop the walk with an error
/// naming the entity, the page and the URL (never an endless loop, never credentials sent to a
/// host the endpoint does not name). finished() is emitted exactly once.
class PageWalker : public QObject
{
    Q_OBJECT

public:
    PageWalker(HttpClient *client, Entity entity, QObject *parent = nullptr);

    /// Extra query parameters for every page-building request (filters, properties=…).
    void setQuery(QList<QPair<QString, QString>> query) { m_query = std::move(query); }
    /// Stop after this many pages (0 = no limit): for previews that need a sample only.
    void setMaxPages(int pages) { m_maxPages = pages; }

    void start();
    void cancel();

    /// The request for the first page of `entity` (what "Test connection" sends); `pageSize` > 0
    /// overrides the entity's page size.
    static Result<HttpRequest> firstPageRequest(const Endpoint &endpoint, const Entity &entity, int pageSize = 0);
    /// Reads one list response of `entity`: JSON, XML or SOAP (faults become errors), and the
    /// records at its records path. Errors name `where`.
    static Result<ListPage> readPage(const Endpoint &endpoint, const Entity &entity, const HttpResponse &response,
                                     const QString &where);

    bool isFinished() const { return m_finished; }
    const Status &status() const { return m_status; }
    int pages() const { return m_pages; }
    qint64 records() const { return m_records; }

signals:
    void pageReady(const QJsonArray &records, int pageNumber);
    void finished(bool ok);

private:
    /// What follows a page: the end, an error, or the next request (and the walk's state after it).
    struct Step
    {
        enum Kind { Done, Fail, Fetch } kind = Done;
        QString pathOrUrl;
        QList<QPair<QString, QString>> query;
        Error error;
        qint64 offset = 0;
        QString seen; ///< the cursor or next URL followed
        static Step fetch(QString pathOrUrl, QList<QPair<QString, QString>> query, qint64 offset, QString seen = {})
        {
            Step step;
            step.kind = Fetch;
            step.pathOrUrl = std::move(pathOrUrl);
            step.query = std::move(query);
            step.offset = offset;
            step.seen = std::move(seen);
            return step;
        }
        static Step failure(Error error)
        {
            Step step;
            step.kind = Fail;
            step.error = std::move(error);
            return step;
        }
    };
    Step nextStep(const HttpResponse &response, const ListPage &page) const;
    Step followUrl(const QString &next, const HttpResponse &response, bool emptyPage) const;
    void request(const QString &pathOrUrl, const QList<QPair<QString, QString>> &query);
    void onPage(const HttpResponse &response);
    void fail(const QString &what, const QString &url, const QString &hint);
    void fail(const Error &error);
    void done();
    QString where(const QString &url) const;

    QPointer<HttpClient> m_client;
    Entity m_entity;
    std::optional<SoapService> m_soap;   ///< set on a SOAP/XML endpoint
    SoapOperation m_soapOperation;      ///< the list operation
    QList<QPair<QString, QString>> m_query;
    QPointer<HttpCall> m_call;
    Status m_status;
    QSet<QString> m_seen; ///< cursors or next URLs already followed
    QJsonArray m_lastPage; ///< a server that ignores the page parameter repeats its page
    QString m_origin;
    int m_maxPages = 0;
    int m_pages = 0;
    qint64 m_records = 0;
    qint64 m_offset = 0;
    int m_pageNumber = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelling = false; ///< cancel() aborted the page in flight; its answer ends the walk
};

} // namespace crmbridge
