// SoapClient, SoapMessage and SOAP paging against the sandbox ERP's OrderService over real HTTP
// (and a scripted loopback server for a body that is not XML).
#include "core/endpoints/secretstore.h"
#include "core/importers/wsdlimporter.h"
#include "core/net/httpclient.h"
#include "core/net/pagewalker.h"
#include "core/net/soapclient.h"
#include "core/net/soapmessage.h"
#include "core/net/xmljson.h"
#include "core/sandbox/sandboxdemoseeder.h"
#include "core/sandbox/sandboxserver.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace crmbridge;
using namespace Qt::StringLiterals;

class TestSoapClient : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_sandbox = nullptr;
    SecretStore *m_secrets = nullptr;
    Environment m_environment;
    DemoEndpoint m_demo;

    std::optional<SoapResponse> call(const Endpoint &endpoint, const QString &operation,
                                     const QJsonObject &body)
    {
        HttpClient http(endpoint);
        http.setEnvironment(m_environment);
        http.setSecretStore(m_secrets);
        auto service = SoapClient::serviceOf(endpoint);
        if (!service)
            return std::nullopt;
        SoapClient soap(&http, service.value());
        std::optional<SoapResponse> result;
        soap.call(operation, body, this, [&result](const SoapResponse &r) { result = r; });
        if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 30000))
            return std::nullopt;
        return result;
    }

    std::optional<SoapResponse> call(const QString &operation, const QJsonObject &body)
    {
        return call(m_demo.endpoint, operation, body);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = new SandboxServer(this);
        SandboxOptions options;
        options.basePort = 0;
        options.rateLimits = false;
        auto started = m_sandbox->start(options);
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message()));
        m_secrets = new SecretStore(u"CRM Bridge tests"_s, this);
        m_secrets->setKeychainEnabled(false);
        registerSandboxSecrets(*m_secrets);
        m_environment = sandboxEnvironment(*m_sandbox); // each system on its own ephemeral port
        for (const DemoEndpoint &d : sandboxDemoEndpoints()) {
            if (d.endpoint.name == QLatin1String("Demo ERP (SOAP)"))
                m_demo = d;
        }
        QVERIFY(!m_demo.endpoint.soapService.isEmpty());
        QCOMPARE(m_demo.entities.size(), 1);
    }

    void cleanupTestCase()
    {
        if (m_sandbox)
            m_sandbox->stop();
    }

    // The envelope for nested objects and arrays, in the WSDL's sequence order (not by name),
    // with the wrapper element filled in for a bare array.
    void envelopeFollowsTheSchema()
    {
        auto service = SoapClient::serviceOf(m_demo.endpoint);
        QVERIFY(service.ok());
        const SoapOperation *create = service->operation(u"CreateOrder"_s);
        QVERIFY(create);
        const QJsonObject body {
            { u"Lines"_s,
              QJsonArray {
                  QJsonObject { { u"UnitPrice"_s, u"9.90"_s }, { u"Sku"_s, u"SKU-1"_s }, { u"Qty"_s, 2 } },
                  QJsonObject {
                      { u"Sku"_s, u"SKU-2"_s }, { u"Qty"_s, 1 }, { u"UnitPrice"_s, u"12.50"_s } } } },
            { u"Currency"_s, u"EUR"_s },
            { u"CustomerId"_s, 7 },
        };
        const QByteArray expected =
            R"(<?xml version="1.0" encoding="UTF-8"?>)"
            R"(<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:m="urn:crmbridge:sandbox:erp:orders">)"
            R"(<soap:Body><m:CreateOrder><CustomerId>7</CustomerId><Currency>EUR</Currency><Lines>)"
            R"(<Line><Sku>SKU-1</Sku><Qty>2</Qty><UnitPrice>9.90</UnitPrice></Line>)"
            R"(<Line><Sku>SKU-2</Sku><Qty>1</Qty><UnitPrice>12.50</UnitPrice></Line>)"
            R"(</Lines></m:CreateOrder></soap:Body></soap:Envelope>)"
            "\n";
        QCOMPARE(QString::fromUtf8(SoapMessage::envelope(service.value(), *create, body)),
                 QString::fromUtf8(expected));

        // The explicit form gives the same bytes.
        const QJsonObject explicitLines {
            { u"CustomerId"_s, 7 },
            { u"Currency"_s, u"EUR"_s },
            { u"Lines"_s, QJsonObject { { u"Line"_s, body.value(u"Lines"_s) } } },
        };
        QCOMPARE(SoapMessage::envelope(service.value(), *create, explicitLines), expected);

        const HttpRequest request = SoapMessage::request(service.value(), *create, body);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.contentType, u"text/xml; charset=utf-8"_s);
        QVERIFY(request.headers.contains(
            { u"SOAPAction"_s, u"\"urn:crmbridge:sandbox:erp:orders#CreateOrder\""_s }));
        QVERIFY(!request.readOnly);
        QVERIFY(SoapMessage::request(service.value(), *service->operation(u"ListOrders"_s), {}).readOnly);
    }

    void envelopeUnknownFieldsNullsAttributesQualified()
    {
        SoapService service;
        service.soapVersion = u"1.2"_s;
        SoapOperation op;
        op.name = u"Put"_s;
        op.requestElement = u"Put"_s;
        op.elementNamespace = u"urn:x"_s;
        op.qualified = true;
        op.soapAction = u"urn:x#Put"_s;
        op.requestOrder = { u"B"_s, u"A"_s, u"A.Z"_s, u"A.Y"_s };
        const QJsonObject body {
            { u"A"_s, QJsonObject { { u"Y"_s, true }, { u"Z"_s, 1.5 }, { u"@id"_s, u"a1"_s } } },
            { u"B"_s, QJsonValue::Null },
            { u"C"_s, QJsonArray { u"x"_s, u"y"_s } },
            { u"Note"_s, QJsonObject { { u"#text"_s, u"<&>"_s }, { u"@lang"_s, u"en"_s } } }
        };
        const QByteArray expected =
            R"(<?xml version="1.0" encoding="UTF-8"?>)"
            R"(<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:m="urn:x">)"
            R"(<soap:Body><m:Put><m:B xsi:nil="true"/><m:A id="a1"><m:Z>1.5</m:Z><m:Y>true</m:Y></m:A>)"
            R"(<m:C>x</m:C><m:C>y</m:C><m:Note lang="en">&lt;&amp;&gt;</m:Note></m:Put></soap:Body></soap:Envelope>)"
            "\n";
        QCOMPARE(QString::fromUtf8(SoapMessage::envelope(service, op, body)), QString::fromUtf8(expected));
        const HttpRequest request = SoapMessage::request(service, op, body);
        QCOMPARE(request.contentType, u"application/soap+xml; charset=utf-8; action=\"urn:x#Put\""_s);
    }

    void getOrderReturnsTheOrderAsJson()
    {
        const auto r = call(u"GetOrder"_s, QJsonObject { { u"OrderId"_s, 3 } });
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error ? r->error->message() : QString()));
        const QJsonObject order = r->body.value(u"Order"_s).toObject();
        QCOMPARE(order.value(u"Id"_s), QJsonValue(3)); // typed after the WSDL: xsd:long → number
        QVERIFY(order.value(u"Number"_s).toString().startsWith(u"SO-"_s));
        QVERIFY(order.value(u"Total"_s).isString()); // decimals stay text
        // Lines/Line is an array even with one line (maxOccurs="unbounded").
        QVERIFY(order.value(u"Lines"_s).toObject().value(u"Line"_s).isArray());
        QCOMPARE(r->records(u"Order"_s).size(), 1);
        QCOMPARE(r->http.status, 200);
    }

    void createOrderThenGetOrder()
    {
        const QJsonObject body { { u"CustomerId"_s, 1 },
                                 { u"Currency"_s, u"EUR"_s },
                                 { u"Lines"_s,
                                   QJsonArray { QJsonObject { { u"Sku"_s, u"SKU-10001"_s },
                                                              { u"Qty"_s, 3 },
                                                              { u"UnitPrice"_s, u"10.00"_s } },
                                                QJsonObject { { u"Sku"_s, u"SKU-10002"_s },
                                                              { u"Qty"_s, 1 },
                                                              { u"UnitPrice"_s, u"2.50"_s } } } } };
        const auto created = call(u"CreateOrder"_s, body);
        QVERIFY(created.has_value());
        QVERIFY2(created->ok(), qPrintable(created->error ? created->error->message() : QString()));
        const QJsonObject order = created->body.value(u"Order"_s).toObject();
        QCOMPARE(order.value(u"Status"_s).toString(), u"NEW"_s);
        QCOMPARE(order.value(u"Total"_s).toString(), u"32.50"_s);
        const qint64 id = order.value(u"Id"_s).toInteger();
        QVERIFY(id > 0);

        const auto read = call(u"GetOrder"_s, QJsonObject { { u"OrderId"_s, id } });
        QVERIFY(read.has_value() && read->ok());
        const QJsonObject again = read->body.value(u"Order"_s).toObject();
        QCOMPARE(again.value(u"Number"_s), order.value(u"Number"_s));
        const QJsonArray lines = again.value(u"Lines"_s).toObject().value(u"Line"_s).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).toObject().value(u"Sku"_s).toString(), u"SKU-10001"_s);
        QCOMPARE(lines.at(0).toObject().value(u"Qty"_s), QJsonValue(3));
    }

    void invalidTransitionIsAStructuredFault()
    {
        // A fresh order is NEW; NEW → CLSD is not allowed.
        const auto created =
            call(u"CreateOrder"_s,
                 QJsonObject { { u"CustomerId"_s, 2 },
                               { u"Currency"_s, u"EUR"_s },
                               { u"Lines"_s,
                                 QJsonArray { QJsonObject { { u"Sku"_s, u"SKU-10001"_s },
                                                            { u"Qty"_s, 1 },
                                                            { u"UnitPrice"_s, u"1.00"_s } } } } });
        QVERIFY(created.has_value() && created->ok());
        const qint64 id = created->body.value(u"Order"_s).toObject().value(u"Id"_s).toInteger();
        const auto r =
            call(u"UpdateOrderStatus"_s, QJsonObject { { u"OrderId"_s, id }, { u"Status"_s, u"CLSD"_s } });
        QVERIFY(r.has_value());
        QVERIFY(!r->ok());
        const auto fault = r->fault();
        QVERIFY(fault.has_value());
        QCOMPARE(fault->code, u"INVALID_TRANSITION"_s);
        QCOMPARE(fault->faultCode, u"soap:Client"_s);
        QCOMPARE(fault->faultString, u"An order cannot go from NEW to CLSD."_s);
        QCOMPARE(fault->detail.value(u"OrderFault"_s).toObject().value(u"From"_s).toString(), u"NEW"_s);
        QCOMPARE(fault->httpStatus, 500);
        // The same facts straight from Error::details, as a caller without SoapFault reads them.
        QCOMPARE(r->error->details.value(u"code"_s).toString(), u"INVALID_TRANSITION"_s);
        QCOMPARE(r->error->details.value(u"operation"_s).toString(), u"UpdateOrderStatus"_s);
        const QString message = r->error->message();
        QVERIFY2(message.contains(u"An order cannot go from NEW to CLSD."_s), qPrintable(message));
        QVERIFY2(message.contains(u"INVALID_TRANSITION"_s), qPrintable(message));
        QVERIFY2(message.contains(u"/soap/OrderService"_s), qPrintable(message));
    }

    void versionConflict()
    {
        const auto read = call(u"GetOrder"_s, QJsonObject { { u"OrderId"_s, 5 } });
        QVERIFY(read.has_value() && read->ok());
        const qint64 version = read->body.value(u"Order"_s).toObject().value(u"Version"_s).toInteger();
        const auto r = call(u"UpdateOrderStatus"_s,
                            QJsonObject { { u"OrderId"_s, 5 },
                                          { u"Status"_s, u"HOLD"_s },
                                          { u"ExpectedVersion"_s, version + 7 } });
        QVERIFY(r.has_value() && !r->ok());
        QCOMPARE(r->fault()->code, u"VERSION_CONFLICT"_s);
        QCOMPARE(r->fault()->detail.value(u"OrderFault"_s).toObject().value(u"CurrentVersion"_s).toString(),
                 QString::number(version));
    }

    void wrongPasswordIs401WithTheFault()
    {
        Endpoint endpoint = m_demo.endpoint;
        endpoint.auth.secret.key = u"test/wrong-erp-password"_s;
        m_secrets->setSessionSecret(endpoint.auth.secret.key, "not-the-password");
        const auto r = call(endpoint, u"GetOrder"_s, QJsonObject { { u"OrderId"_s, 1 } });
        QVERIFY(r.has_value() && !r->ok());
        QCOMPARE(r->http.status, 401);
        QCOMPARE(r->fault()->code, u"AUTHENTICATION_FAILED"_s);
        QCOMPARE(r->fault()->httpStatus, 401);
        QVERIFY2(r->error->hint.contains(u"credentials"_s), qPrintable(r->error->message()));
        QVERIFY(!r->error->message().contains(u"not-the-password"_s));
    }

    void unknownOperationNamesTheKnownOnes()
    {
        const auto r = call(u"DeleteEverything"_s, {});
        QVERIFY(r.has_value() && !r->ok());
        QVERIFY(!r->fault());
        QVERIFY2(r->error->message().contains(u"ListOrders"_s), qPrintable(r->error->message()));
        QCOMPARE(r->http.status, 0); // never sent
    }

    void malformedBodyNamesUrlAndOffset()
    {
        test::TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const test::TestHttpRequest &) {
            test::TestHttpResponse r;
            r.headers = { { "Content-Type", "text/xml" } };
            r.body = "<soap:Envelope "
                     "xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><GetOrderResponse>"
                     "<Order><Id>1</Id></Ordr></GetOrderResponse></soap:Body></soap:Envelope>";
            return r;
        });
        Endpoint endpoint = m_demo.endpoint;
        endpoint.auth = {};
        endpoint.baseUrl = server.url(u"/soap"_s).toString();
        const auto r = call(endpoint, u"GetOrder"_s, QJsonObject { { u"OrderId"_s, 1 } });
        QVERIFY(r.has_value() && !r->ok());
        const QString message = r->error->message();
        QVERIFY2(message.contains(server.url(u"/soap"_s).toString()), qPrintable(message));
        QVERIFY2(message.contains(u"offset"_s), qPrintable(message));
        QVERIFY2(message.contains(u"line 1"_s), qPrintable(message));

        // Not XML at all, with a 200: the same kind of error.
        server.setHandler([](const test::TestHttpRequest &) {
            test::TestHttpResponse page;
            page.headers = { { "Content-Type", "text/html" } };
            page.body = "<html><body>Gateway says hello<br></body>";
            return page;
        });
        const auto html = call(endpoint, u"GetOrder"_s, QJsonObject { { u"OrderId"_s, 1 } });
        QVERIFY(html.has_value() && !html->ok());
        QVERIFY2(html->error->message().contains(u"offset"_s)
                     || html->error->message().contains(u"SOAP envelope"_s),
                 qPrintable(html->error->message()));
    }

    void listOrdersPagedToTheEnd()
    {
        HttpClient http(m_demo.endpoint);
        http.setEnvironment(m_environment);
        http.setSecretStore(m_secrets);
        Entity orders = m_demo.entities.first();
        orders.pagination.pageSize = 70; // 1,500 orders: 22 pages, the last one short
        PageWalker walker(&http, orders);
        QStringList ids;
        int pages = 0;
        connect(&walker, &PageWalker::pageReady, this, [&](const QJsonArray &records, int) {
            ++pages;
            for (const QJsonValue &v : records)
                ids.append(QString::number(v.toObject().value(u"Id"_s).toInteger()));
        });
        QSignalSpy finished(&walker, &PageWalker::finished);
        walker.start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(walker.status().error().message()));
        const qint64 expected = m_sandbox->recordCounts(SandboxSystemId::Erp).value(u"orders"_s).toInteger();
        QVERIFY(expected >= 1500);
        QCOMPARE(qint64(ids.size()), expected);
        QCOMPARE(qint64(QSet<QString>(ids.cbegin(), ids.cend()).size()), expected); // each order once
        QCOMPARE(qint64(pages), (expected + 69) / 70);

        // The page parameters travelled inside the envelope, as the WSDL says.
        const auto first = PageWalker::firstPageRequest(m_demo.endpoint, orders, 5);
        QVERIFY(first.ok());
        QVERIFY(first->body.contains(
            "<m:ListOrders><PageNumber>1</PageNumber><PageSize>5</PageSize></m:ListOrders>"));
    }

    void xmlRecordsPathForRestToo()
    {
        test::TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const test::TestHttpRequest &request) {
            test::TestHttpResponse r;
            r.headers = { { "Content-Type", "application/xml" } };
            const int page = request.queryValue(u"page"_s).toInt();
            r.body = page == 1 ? "<orders total=\"3\"><order id=\"1\"><name>A</name></order><order "
                                 "id=\"2\"><name>B</name></order></orders>"
                : page == 2    ? "<orders total=\"3\"><order id=\"3\"><name>C</name></order></orders>"
                               : "<orders total=\"3\"/>";
            return r;
        });
        Endpoint endpoint;
        endpoint.name = u"XML API"_s;
        endpoint.baseUrl = server.baseUrl();
        Entity entity;
        entity.name = u"orders"_s;
        entity.list = { u"GET"_s, u"/orders"_s };
        entity.recordsPath = u"orders/order"_s;
        entity.idField = u"@id"_s;
        entity.pagination.style = PaginationStyle::PageNumber;
        entity.pagination.pageParam = u"page"_s;
        entity.pagination.pageSizeParam = u"size"_s;
        entity.pagination.pageSize = 2;
        entity.pagination.totalPath = u"orders/@total"_s;
        HttpClient http(endpoint);
        PageWalker walker(&http, entity);
        QStringList names;
        connect(&walker, &PageWalker::pageReady, this, [&](const QJsonArray &records, int) {
            for (const QJsonValue &v : records)
                names.append(v.toObject().value(u"name"_s).toString());
        });
        QSignalSpy finished(&walker, &PageWalker::finished);
        walker.start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(walker.status().error().message()));
        QCOMPARE(names, (QStringList { u"A"_s, u"B"_s, u"C"_s }));
        QCOMPARE(server.requestCount(), 2); // the total (an attribute) stopped the walk
    }
};

QTEST_GUILESS_MAIN(TestSoapClient)
#include "tst_soapclient.moc"
