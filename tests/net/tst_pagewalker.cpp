#include "core/net/httpclient.h"
#include "core/net/pagewalker.h"
#include "nettestutil.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace crmbridge;
using namespace crmbridge::test;

namespace {

constexpr int kTotal = 23; // not a multiple of any page size used below

QJsonArray slice(int from, int count)
{
    QJsonArray records;
    for (int i = from; i < std::min(kTotal, from + count); ++i)
        records.append(QJsonObject{{QStringLiteral("id"), QString::number(i + 1)}});
    return records;
}

QByteArray body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

// Every pagination style walked to the end against a real server (each record exactly once),
// and the guards that stop a broken server's paging instead of looping forever.
class TestPageWalker : public QObject
{
    Q_OBJECT

private:
    struct Walk
    {
        bool ok = false;
        QStringList ids;
        QString error;
        int pages = 0;
    };

    Walk walk(TestHttpServer &server, const Entity &entity)
    {
        Endpoint endpoint = endpointFor(server);
        HttpClient client(endpoint);
        PageWalker walker(&client, entity);
        Walk result;
        connect(&walker, &PageWalker::pageReady, this, [&result](const QJsonArray &records, int) {
            for (const QJsonValue &r : records)
                result.ids.append(r.toObject().value(QStringLiteral("id")).toString());
        });
        QSignalSpy finished(&walker, &PageWalker::finished);
        walker.start();
        if (!finished.wait(30000))
            return result;
        result.ok = finished.first().first().toBool();
        result.pages = walker.pages();
        if (!walker.status())
            result.error = walker.status().error().message();
        return result;
    }

    static Entity entity(PaginationStyle style, const QString &recordsPath)
    {
        Entity e;
        e.endpointName = QStringLiteral("Test API");
        e.name = QStringLiteral("contacts");
        e.list = {QStringLiteral("GET"), QStringLiteral("/items")};
        e.recordsPath = recordsPath;
        e.pagination.style = style;
        e.pagination.pageSize = 5;
        return e;
    }

    static QStringList allIds()
    {
        QStringList ids;
        for (int i = 1; i <= kTotal; ++i)
            ids.append(QString::number(i));
        return ids;
    }

private slots:
    void pageNumberWithTotalHeader()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const TestHttpRequest &r) {
            const int page = r.queryValue(QStringLiteral("page")).toInt();
            const int size = r.queryValue(QStringLiteral("per_page")).toInt();
            return TestHttpResponse::json(QJsonDocument(slice((page - 1) * size, size)))
                .header("X-Total-Count", QByteArray::number(kTotal));
        });
        Entity e = entity(PaginationStyle::PageNumber, QString());
        e.pagination.pageSizeParam = QStringLiteral("per_page");
        e.pagination.totalHeader = QStringLiteral("X-Total-Count");
        const Walk w = walk(server, e);
        QVERIFY2(w.ok, qPrintable(w.error));
        QCOMPARE(w.ids, allIds());
        QCOMPARE(server.requestCount(), 5); // no extra empty page: the total says when to stop
    }

    void pageNumberWithoutTotal()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const TestHttpRequest &r) {
            const int page = r.queryValue(QStringLiteral("p")).toInt();
            return TestHttpResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("data"), slice(page * 5, 5)}}));
        });
        Entity e = entity(PaginationStyle::PageNumber, QStringLiteral("data"));
        e.pagination.pageParam = QStringLiteral("p");
        e.pagination.firstPage = 0;
        e.pagination.pageSizeParam = QStringLiteral("limit");
        const Walk w = walk(server, e);
        QVERIFY2(w.ok, qPrintable(w.error));
        QCOMPARE(w.ids, allIds());
    }

    void offsetWithTotalInBody()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const TestHttpRequest &r) {
            const int offset = r.queryValue(QStringLiteral("offset")).toInt();
            const int count = r.queryValue(QStringLiteral("count")).toInt();
            return TestHttpResponse::json(body({{QStringLiteral("members"), slice(offset, count)},
                                                {QStringLiteral("total_items"), kTotal}}));
        });
        Entity e = entity(PaginationStyle::OffsetCount, QStringLiteral("members"));
        e.pagination.pageSizeParam = QStringLiteral("count");
        e.pagination.totalPath = QStringLiteral("total_items");
        const Walk w = walk(server, e);
        QVERIFY2(w.ok, qPrintable(w.error));
        QCOMPARE(w.ids, allIds());
    }

    void hubspotCursor()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const TestHttpRequest &r) {
            const int after = r.queryValue(QStringLiteral("after")).toInt();
            QJsonObject page{{QStringLiteral("results"), slice(after, 5)}};
            if (after + 5 < kTotal)
                page.insert(QStringLiteral("paging"),
                            QJsonObject{{QStringLiteral("next"), QJsonObject{{QStringLiteral("after"), QString::number(after + 5)}}}});
            return TestHttpResponse::json(body(page));
        });
        Entity e = entity(PaginationStyle::CursorBody, QStringLiteral("results"));
        e.pagination.pageSizeParam = QStringLiteral("limit");
        e.pagination.cursorPath = QStringLiteral("paging.next.after");
        const Walk w = walk(server, e);
        QVERIFY2(w.ok, qPrintable(w.error));
        QCOMPARE(w.ids, allIds());
    }

    void zendeskCursorWithHasMore()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const TestHttpRequest &r) {
            const QString cursor = r.queryValue(QStringLiteral("page[after]"));
            const int from = cursor.isEmpty() ? 0 : cursor.mid(1).toInt();
            const bool more = from + 5 < kTotal;
            return TestHttpResponse::json(body({{QStringLiteral("tickets"), slice(from, 5)},
                                                {QStringLiteral("meta"), QJsonObject{{QStringLiteral("has_more"), more},
                                                                                     {QStringLiteral("after_cursor"),
                                                                                      QStringLiteral("c%1").arg(from + 5)}}}}));
        });
        Entity e = entity(PaginationStyle::CursorBody, QStringLiteral("tickets"));
        e.pagination.pageSizeParam = QStringLiteral("page[size]");
        e.pagination.cursorParam = QStringLiteral("page[after]");
        e.pagination.cursorPath = QStringLiteral("meta.after_cursor");
        e.pagination.hasMorePath = QStringLiteral("meta.has_more");
        const Walk w = walk(server, e);
        QVERIFY2(w.ok, qPrintable(w.error));
        QCOMPARE(w.ids, allIds());
        QCOMPARE(server.requests().constFirst().queryValue(QStringLiteral("page[size]")), QStringLiteral("5"));
    }

    void nextUrlInBody_data()
    {
        QTest::addColumn<QString>("nextPath");
        QTest::addColumn<QString>("recordsPath");
        QTest::addColumn<bool>("absolute");
        QTest::newRow("links.next relative") << QStringLiteral("links.next") << QStringLiteral("data") << false;
        QTest::newRow("salesforce nextRecordsUrl") << QStringLiteral("nextRecordsUrl") << QStringLiteral("records") << false;
        QTest::newRow("odata nextLink absolute") << QStringLiteral("@odata.nextLink") << QStringLiteral("value") << true;
    }

    void nextUrlInBody()
    {
        QFETCH(QString, nextPath);
        QFETCH(QString, recordsPath);
        QFETCH(bool, absolute);
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([&](const TestHttpRequest &r) {
            const int from = r.queryValue(QStringLiteral("from")).toInt();
            QJsonObject page{{recordsPath, slice(from, 5)}};
            if (from + 5 < kTotal) {
                const QString next = QStringLiteral("/items/next?from=%1").arg(from + 5);
                const QString url = absolute ? server.url(next).toString() : next;
                if (nextPath == QLatin1String("links.next"))
                    page.insert(QStringLiteral("links"), QJsonObject{{QStringLiteral("next"), url}});
                else
                    page.insert(nextPath, url);
            } else if (nextPath == QLatin1String("links.next")) {
                page.insert(QStringLiteral("links"), QJsonObject{{QStringLiteral("next"), QJsonValue::Null}});
            }
            return TestHttpResponse::json(body(page));
        });
        Entity e = entity(PaginationStyle::NextUrlBody, recordsPath);
        e.pagination.nextUrlPath = nextPath;
        const Walk w = walk(server, e);
        QVERIFY2(w.ok, qPrintable(w.error));
        QCOMPARE(w.ids, allIds());
    }

    void linkHeader()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([&](const TestHttpRequest &r) {
            const int page = std::max(1, r.queryValue(QStringLiteral("page")).toInt());
            TestHttpResponse response = TestHttpResponse::json(QJsonDocument(slice((page - 1) * 5, 5)));
            QByteArray link = "<" + server.url(QStringLiteral("/items?page=1")).toEncoded() + ">; rel=\"first\"";
            if (page * 5 < kTotal)
                link += ", <" + server.url(QStringLiteral("/items?page=%1").arg(page + 1)).toEncoded() + ">; rel=\"next\"";
            return response.header("Link", link);
        });
        const Walk w = walk(server, entity(PaginationStyle::LinkHeader, QString()));
        QVERIFY2(w.ok, qPrintable(w.error));
        QCOMPARE(w.ids, allIds());
    }

    void repeatedCursorStops()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([&server](const TestHttpRequest &) {
            // Fresh records on every page, so only the cursor guard can stop this.
            const int n = int(server.requestCount()) - 1;
            return TestHttpResponse::json(body({{QStringLiteral("results"), slice(n * 5, 5)},
                                                {QStringLiteral("paging"), QJsonObject{{QStringLiteral("next"),
                                                                                        QJsonObject{{QStringLiteral("after"), QStringLiteral("same")}}}}}}));
        });
        Entity e = entity(PaginationStyle::CursorBody, QStringLiteral("results"));
        e.pagination.cursorPath = QStringLiteral("paging.next.after");
        const Walk w = walk(server, e);
        QVERIFY(!w.ok);
        QCOMPARE(server.requestCount(), 2);
        QVERIFY2(w.error.contains(QStringLiteral("cursor \"same\"")) && w.error.contains(QStringLiteral("page 2"))
                     && w.error.contains(QStringLiteral("contacts")),
                 qPrintable(w.error));
    }

    void repeatedNextUrlStops()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([&server](const TestHttpRequest &) {
            const int n = int(server.requestCount()) - 1;
            return TestHttpResponse::json(body({{QStringLiteral("data"), slice(n * 5, 5)},
                                                {QStringLiteral("links"), QJsonObject{{QStringLiteral("next"), QStringLiteral("/items?x=1")}}}}));
        });
        Entity e = entity(PaginationStyle::NextUrlBody, QStringLiteral("data"));
        e.pagination.nextUrlPath = QStringLiteral("links.next");
        const Walk w = walk(server, e);
        QVERIFY(!w.ok);
        QCOMPARE(server.requestCount(), 2);
        QVERIFY2(w.error.contains(QStringLiteral("second time")), qPrintable(w.error));
    }

    void aServerIgnoringThePageParameterIsCaught()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const TestHttpRequest &) { return TestHttpResponse::json(QJsonDocument(slice(0, 5))); });
        Entity e = entity(PaginationStyle::PageNumber, QString());
        e.pagination.pageSizeParam = QStringLiteral("per_page");
        const Walk w = walk(server, e);
        QVERIFY(!w.ok);
        QCOMPARE(server.requestCount(), 2);
        QVERIFY2(w.error.contains(QStringLiteral("same page")), qPrintable(w.error));
    }

    void hasMoreWithAnEmptyPageStops()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([&](const TestHttpRequest &) {
            const int n = int(server.requestCount());
            return TestHttpResponse::json(body({{QStringLiteral("tickets"), n == 1 ? slice(0, 5) : QJsonArray()},
                                                {QStringLiteral("meta"), QJsonObject{{QStringLiteral("has_more"), true},
                                                                                     {QStringLiteral("after_cursor"), QStringLiteral("c%1").arg(n)}}}}));
        });
        Entity e = entity(PaginationStyle::CursorBody, QStringLiteral("tickets"));
        e.pagination.cursorPath = QStringLiteral("meta.after_cursor");
        e.pagination.hasMorePath = QStringLiteral("meta.has_more");
        const Walk w = walk(server, e);
        QVERIFY(!w.ok);
        QCOMPARE(server.requestCount(), 2);
        QVERIFY2(w.error.contains(QStringLiteral("empty")), qPrintable(w.error));
    }

    void nextUrlOnAnotherHostIsNotFollowed()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const TestHttpRequest &) {
            return TestHttpResponse::json(body({{QStringLiteral("data"), slice(0, 5)},
                                                {QStringLiteral("links"), QJsonObject{{QStringLiteral("next"), QStringLiteral("http://elsewhere.invalid/items?page=2")}}}}));
        });
        Entity e = entity(PaginationStyle::NextUrlBody, QStringLiteral("data"));
        e.pagination.nextUrlPath = QStringLiteral("links.next");
        const Walk w = walk(server, e);
        QVERIFY(!w.ok);
        QCOMPARE(server.requestCount(), 1);
        QVERIFY2(w.error.contains(QStringLiteral("elsewhere.invalid")), qPrintable(w.error));
    }

    void malformedBodyNamesUrlPageAndOffset()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([&](const TestHttpRequest &) {
            if (server.requestCount() == 1)
                return TestHttpResponse::json(body({{QStringLiteral("results"), slice(0, 5)},
                                                    {QStringLiteral("paging"), QJsonObject{{QStringLiteral("next"), QJsonObject{{QStringLiteral("after"), QStringLiteral("5")}}}}}}));
            return TestHttpResponse::json(QByteArray(R"({"results": [{"id": "6"}, {"id": )"));
        });
        Entity e = entity(PaginationStyle::CursorBody, QStringLiteral("results"));
        e.pagination.cursorPath = QStringLiteral("paging.next.after");
        const Walk w = walk(server, e);
        QVERIFY(!w.ok);
        QCOMPARE(w.ids.size(), 5);
        QVERIFY2(w.error.contains(QStringLiteral("offset")) && w.error.contains(QStringLiteral("after=5"))
                     && w.error.contains(QStringLiteral("page 2")),
                 qPrintable(w.error));
    }

    void wrongRecordsPathIsExplained()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const TestHttpRequest &) { return TestHttpResponse::json(body({{QStringLiteral("items"), slice(0, 3)}})); });
        const Walk w = walk(server, entity(PaginationStyle::None, QStringLiteral("results")));
        QVERIFY(!w.ok);
        QVERIFY2(w.error.contains(QStringLiteral("\"results\"")), qPrintable(w.error));
    }

    void destroyingTheClientEndsTheWalk()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const TestHttpRequest &) { return TestHttpResponse::stall(); });
        auto *client = new HttpClient(endpointFor(server));
        PageWalker walker(client, entity(PaginationStyle::None, QString()));
        QSignalSpy finished(&walker, &PageWalker::finished);
        walker.start();
        QTRY_COMPARE(server.requestCount(), 1);
        delete client;
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(walker.status().error().kind == Error::Kind::Interrupted);
    }

    // The next page is on its way while the receiver handles the current one (a sync plans each
    // record of a page): a receiver that waits sees the server asked for the next page already,
    // and the walk still delivers every record once, in order.
    void theNextPageTravelsWhileAPageIsHandled()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const TestHttpRequest &r) {
            const int page = r.queryValue(QStringLiteral("page")).toInt();
            TestHttpResponse response = TestHttpResponse::json(QJsonDocument(slice((page - 1) * 5, 5)))
                                            .header("X-Total-Count", QByteArray::number(kTotal));
            response.delayMs = page > 1 ? 100 : 0;
            return response;
        });
        Entity e = entity(PaginationStyle::PageNumber, QString());
        e.pagination.pageSizeParam = QStringLiteral("per_page");
        e.pagination.totalHeader = QStringLiteral("X-Total-Count");
        HttpClient client(endpointFor(server));
        PageWalker walker(&client, e);
        QStringList ids;
        QList<int> askedWhileHandling;
        connect(&walker, &PageWalker::pageReady, this, [&](const QJsonArray &records, int page) {
            for (const QJsonValue &r : records)
                ids.append(r.toObject().value(QStringLiteral("id")).toString());
            QElapsedTimer waited;
            waited.start();
            while (page < 5 && server.requestCount() <= page && waited.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            askedWhileHandling.append(int(server.requestCount()));
        });
        QSignalSpy finished(&walker, &PageWalker::finished);
        walker.start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(walker.status() ? QString() : walker.status().error().message()));
        QCOMPARE(ids, allIds());
        QCOMPARE(askedWhileHandling, (QList<int>{2, 3, 4, 5, 5}));
        QCOMPARE(server.requestCount(), 5);
    }

    // Cancelling from pageReady while the next page is in flight ends the walk once, as
    // interrupted, and delivers nothing more.
    void cancellingWhileTheNextPageTravels()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const TestHttpRequest &r) {
            const int page = r.queryValue(QStringLiteral("page")).toInt();
            if (page > 1)
                return TestHttpResponse::stall();
            return TestHttpResponse::json(QJsonDocument(slice(0, 5)));
        });
        HttpClient client(endpointFor(server));
        PageWalker walker(&client, entity(PaginationStyle::PageNumber, QString()));
        int pagesSeen = 0;
        connect(&walker, &PageWalker::pageReady, this, [&](const QJsonArray &, int) {
            ++pagesSeen;
            QTRY_COMPARE(server.requestCount(), 2);
            walker.cancel();
        });
        QSignalSpy finished(&walker, &PageWalker::finished);
        walker.start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(walker.status().error().kind == Error::Kind::Interrupted);
        QVERIFY2(walker.status().error().message().contains(QStringLiteral("cancelled")),
                 qPrintable(walker.status().error().message()));
        QTest::qWait(50);
        QCOMPARE(pagesSeen, 1);
        QCOMPARE(finished.size(), 1);
    }

    void jsonPaths()
    {
        const QJsonObject doc{{QStringLiteral("@odata.nextLink"), QStringLiteral("n")},
                              {QStringLiteral("meta"), QJsonObject{{QStringLiteral("after_cursor"), QStringLiteral("c")}}}};
        QCOMPARE(jsonValueAt(doc, QStringLiteral("@odata.nextLink")).toString(), QStringLiteral("n"));
        QCOMPARE(jsonValueAt(doc, QStringLiteral("meta.after_cursor")).toString(), QStringLiteral("c"));
        QVERIFY(jsonValueAt(doc, QStringLiteral("meta.missing")).isUndefined());
        QCOMPARE(nextLinkFromHeader(R"(<https://a/x?page=1>; rel="prev", <https://a/x?page=3>; rel="next")"),
                 QStringLiteral("https://a/x?page=3"));
        QCOMPARE(nextLinkFromHeader(R"(<https://a/x?page=1>; rel="first")"), QString());
    }
};

QTEST_GUILESS_MAIN(TestPageWalker)
#include "tst_pagewalker.moc"
