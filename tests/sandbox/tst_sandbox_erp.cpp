// Demo ERP REST over real loopback HTTP: page/per_page with X-Total-Count and Link, a full
// paging walk, Basic auth, ETag/If-Match (428/412), status transitions, 422 field errors,
// Idempotency-Key and stateful writes.
#include "sandboxtestclient.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace crmbridge;
using namespace crmbridge::test;
using namespace Qt::StringLiterals;

class TestSandboxErp : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_server;
    std::unique_ptr<SandboxClient> m_erp;

    static QString nextLink(const QByteArray &link)
    {
        static const QRegularExpression next(u"<([^>]+)>; rel=\"next\""_s);
        return next.match(QString::fromLatin1(link)).captured(1);
    }

    QJsonObject validOrder()
    {
        const QJsonObject product = m_erp->get(u"/api/v1/products/1"_s).object();
        return {{u"customer_id"_s, 1},
                {u"currency"_s, u"EUR"_s},
                {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, product.value(u"sku"_s)}, {u"qty"_s, u"3"_s},
                                                    {u"unit_price"_s, u"10.25"_s}}}}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(startSandbox(m_server));
        m_erp = std::make_unique<SandboxClient>(m_server.system(SandboxSystemId::Erp));
    }

    void pagingWalk_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::newRow("customers") << u"customers"_s;
        QTest::newRow("orders") << u"orders"_s;
        QTest::newRow("products") << u"products"_s;
    }

    void pagingWalk()
    {
        QFETCH(QString, collection);
        QSet<qint64> ids;
        QUrl url = m_erp->url(u"/api/v1/%1?per_page=100"_s.arg(collection));
        int total = -1;
        while (url.isValid() && !url.isEmpty()) {
            const HttpReply r = m_erp->sendTo("GET", url);
            QCOMPARE(r.status, 200);
            total = r.header("X-Total-Count").toInt();
            QVERIFY(r.header("Link").contains("rel=\"last\""));
            for (const QJsonValue &v : r.array()) {
                const qint64 id = v.toObject().value(u"id"_s).toInteger();
                QVERIFY(!ids.contains(id));
                ids.insert(id);
            }
            url = QUrl(nextLink(r.header("Link")));
        }
        QCOMPARE(ids.size(), total);
        QCOMPARE(total, m_server.recordCounts(SandboxSystemId::Erp).value(collection).toInt());
    }

    // Pages are found from where the last one ended (the sandbox no longer counts its way to page
    // N): the same pages whatever the order they are asked in, and right after a create or a
    // delete moves the records along.
    void pagesAreTheSameInAnyOrderAndAfterChanges()
    {
        auto ids = [this](int page) {
            QList<qint64> out;
            for (const QJsonValue &v : m_erp->get(u"/api/v1/customers?per_page=7&page=%1"_s.arg(page)).array())
                out.append(v.toObject().value(u"id"_s).toInteger());
            return out;
        };
        QList<qint64> all;
        for (int page = 1; page <= 6; ++page)
            all += ids(page);
        QCOMPARE(all.size(), 42);
        QVERIFY(std::is_sorted(all.cbegin(), all.cend()));
        QCOMPARE(ids(3), all.mid(14, 7)); // backwards
        QCOMPARE(ids(5), all.mid(28, 7)); // skipping one
        QCOMPARE(ids(4), all.mid(21, 7));
        // Delete the 10th record: page 2 now starts one later.
        QCOMPARE(m_erp->send("DELETE", u"/api/v1/customers/%1"_s.arg(all.at(9))).status, 204);
        QList<qint64> after = all;
        after.removeAt(9);
        QCOMPARE(ids(2), after.mid(7, 7));
        QCOMPARE(ids(3), after.mid(14, 7));
    }

    void perPageIsCappedAt100()
    {
        const HttpReply r = m_erp->get(u"/api/v1/orders?per_page=500"_s);
        QCOMPARE(r.array().size(), 100);
        QCOMPARE(r.header("X-Total-Count").toInt(), 1500);
    }

    void orderShape()
    {
        const QJsonObject order = m_erp->get(u"/api/v1/orders/7"_s).object();
        for (const QString &field : {u"id"_s, u"number"_s, u"customer_id"_s, u"status"_s, u"currency"_s, u"lines"_s, u"total"_s, u"version"_s})
            QVERIFY2(order.contains(field), qPrintable(field));
        QVERIFY(QStringList({u"NEW"_s, u"PROC"_s, u"SHIP"_s, u"CLSD"_s, u"CANC"_s, u"HOLD"_s}).contains(order.value(u"status"_s).toString()));
        QVERIFY(order.value(u"total"_s).isString());
        const QJsonObject line = order.value(u"lines"_s).toArray().first().toObject();
        QVERIFY(line.value(u"qty"_s).isString());
        QVERIFY(line.value(u"unit_price"_s).toString().contains(QLatin1Char('.')));
    }

    void basicAuthIsRequired()
    {
        const HttpReply none = m_erp->send("GET", u"/api/v1/orders"_s, {}, {}, false);
        QCOMPARE(none.status, 401);
        QVERIFY(none.header("WWW-Authenticate").startsWith("Basic"));
        const HttpReply wrong = m_erp->send("GET", u"/api/v1/orders"_s, {},
                                            {{"Authorization", "Basic " + QByteArray("sandbox:wrong").toBase64()}}, false);
        QCOMPARE(wrong.status, 401);
    }

    void etagAndIfMatch()
    {
        const HttpReply read = m_erp->get(u"/api/v1/orders"_s + u"?status=NEW&per_page=1"_s);
        const qint64 id = read.array().first().toObject().value(u"id"_s).toInteger();
        const QString path = u"/api/v1/orders/%1"_s.arg(id);
        const HttpReply one = m_erp->get(path);
        const QByteArray etag = one.header("ETag");
        QVERIFY(etag.startsWith('"') && etag.endsWith('"'));

        QCOMPARE(m_erp->send("PATCH", path, R"({"status":"PROC"})").status, 428);
        QCOMPARE(m_erp->send("PATCH", path, R"({"status":"PROC"})", {{"If-Match", "\"o1-v999\""}}).status, 412);
        const HttpReply ok = m_erp->send("PATCH", path, R"({"status":"PROC"})", {{"If-Match", etag}});
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.header("ETag") != etag);
        QCOMPARE(ok.object().value(u"version"_s).toInteger(), one.object().value(u"version"_s).toInteger() + 1);
        QCOMPARE(m_erp->send("PATCH", path, R"({"status":"HOLD"})", {{"If-Match", etag}}).status, 412); // stale now

        const HttpReply invalid = m_erp->send("PATCH", path, R"({"status":"NEW"})", {{"If-Match", ok.header("ETag")}});
        QCOMPARE(invalid.status, 422);
        QCOMPARE(invalid.object().value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toString(), u"invalid_transition"_s);
        QCOMPARE(m_erp->get(path).object().value(u"status"_s).toString(), u"PROC"_s);
    }

    void invalidBodiesGetFieldErrors()
    {
        QJsonObject order = validOrder();
        order.insert(u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"NOPE"_s}, {u"qty"_s, u"0"_s}, {u"unit_price"_s, u"abc"_s}}});
        order.insert(u"currency"_s, u"euro"_s);
        const HttpReply r = m_erp->post(u"/api/v1/orders"_s, order);
        QCOMPARE(r.status, 422);
        QSet<QString> fields;
        for (const QJsonValue &e : r.object().value(u"errors"_s).toArray())
            fields.insert(e.toObject().value(u"field"_s).toString());
        QCOMPARE(fields, (QSet<QString>{u"lines[0].sku"_s, u"lines[0].qty"_s, u"lines[0].unit_price"_s, u"currency"_s}));
        QCOMPARE(m_erp->post(u"/api/v1/customers"_s, {{u"name"_s, u"X"_s}, {u"email"_s, u"not-an-email"_s}}).status, 422);
    }

    void createIsStatefulAndIdempotent()
    {
        const HttpReply a = m_erp->post(u"/api/v1/orders"_s, validOrder(), {{"Idempotency-Key", "erp-1"}});
        QCOMPARE(a.status, 201);
        QCOMPARE(a.object().value(u"total"_s).toString(), u"30.75"_s);
        QCOMPARE(a.object().value(u"status"_s).toString(), u"NEW"_s);
        QVERIFY(!a.header("Location").isEmpty());
        const HttpReply b = m_erp->post(u"/api/v1/orders"_s, validOrder(), {{"Idempotency-Key", "erp-1"}});
        QCOMPARE(b.object().value(u"id"_s), a.object().value(u"id"_s));
        const HttpReply read = m_erp->sendTo("GET", QUrl(QString::fromLatin1(a.header("Location"))));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.object().value(u"number"_s), a.object().value(u"number"_s));

        const HttpReply customer = m_erp->post(u"/api/v1/customers"_s, {{u"name"_s, u"李娜"_s}, {u"email"_s, u"li.na@example.cn"_s}});
        QCOMPARE(customer.status, 201);
        const QString path = u"/api/v1/customers/%1"_s.arg(customer.object().value(u"id"_s).toInteger());
        QCOMPARE(m_erp->send("PATCH", path, R"({"phone":"+86 10 1234567"})").status, 200);
        QCOMPARE(m_erp->get(path).object().value(u"phone"_s).toString(), u"+86 10 1234567"_s);
        QCOMPARE(m_erp->send("DELETE", path).status, 204);
        QCOMPARE(m_erp->get(path).status, 404);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestSandboxErp)
#include "tst_sandbox_erp.moc"
