// The WSDL importer: the sandbox ERP's OrderService fetched over real loopback HTTP (and from
// a file copy), an RPC/SOAP 1.2 document with type extension, and errors.
#include "core/importers/wsdlimporter.h"
#include "core/sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace crmbridge;
using namespace crmbridge::test;
using namespace Qt::StringLiterals;

class TestWsdlImporter : public QObject
{
    Q_OBJECT

private:
    static void checkOrderService(const WsdlImportResult &r, const QString &address)
    {
        QCOMPARE(r.service.name, u"OrderService"_s);
        QCOMPARE(r.service.address, address);
        QCOMPARE(r.service.soapVersion, u"1.1"_s);
        QCOMPARE(r.service.style, u"document"_s);
        QCOMPARE(r.endpoint.baseUrl, address);
        QCOMPARE(toString(r.endpoint.protocol), toString(Protocol::SoapXml));
        QCOMPARE(toString(r.endpoint.kind), toString(EndpointKind::Erp));
        // CreateOrder, GetOrder, UpdateOrderStatus (the file); the sandbox adds ListOrders.
        QVERIFY(r.service.operations.size() == 3 || r.service.operations.size() == 4);

        const SoapOperation *create = r.service.operation(u"CreateOrder"_s);
        QVERIFY(create);
        QCOMPARE(create->soapAction, u"urn:crmbridge:sandbox:erp:orders#CreateOrder"_s);
        QCOMPARE(create->requestElement, u"CreateOrder"_s);
        QCOMPARE(create->responseElement, u"CreateOrderResponse"_s);
        QCOMPARE(create->elementNamespace, u"urn:crmbridge:sandbox:erp:orders"_s);
        QCOMPARE(create->faults, QStringList{u"OrderFault"_s});
        QCOMPARE(create->request.paths(), QStringList({u"Currency"_s, u"CustomerId"_s, u"Lines"_s, u"Lines.Line"_s,
                                                       u"Lines.Line[].Qty"_s, u"Lines.Line[].Sku"_s,
                                                       u"Lines.Line[].UnitPrice"_s}));
        QCOMPARE(toString(create->request.find(u"CustomerId"_s)->type), u"number"_s);
        QVERIFY(create->request.find(u"CustomerId"_s)->required);
        QCOMPARE(toString(create->request.find(u"Lines.Line"_s)->type), u"array"_s);
        QCOMPARE(toString(create->request.find(u"Lines.Line"_s)->elementType), u"object"_s);
        QCOMPARE(toString(create->request.find(u"Lines.Line[].UnitPrice"_s)->type), u"decimal"_s);

        const FieldNode *status = create->response.find(u"Order.Status"_s);
        QVERIFY(status);
        QCOMPARE(toString(status->type), u"enum"_s);
        QCOMPARE(status->enumValues, QStringList({u"NEW"_s, u"PROC"_s, u"SHIP"_s, u"CLSD"_s, u"CANC"_s, u"HOLD"_s}));
        QCOMPARE(toString(create->response.find(u"Order.Total"_s)->type), u"decimal"_s);

        // A choice: either the id or the number, neither required.
        const SoapOperation *get = r.service.operation(u"GetOrder"_s);
        QVERIFY(!get->request.find(u"OrderId"_s)->required);
        QVERIFY(!get->request.find(u"OrderNumber"_s)->required);
        const SoapOperation *update = r.service.operation(u"UpdateOrderStatus"_s);
        QVERIFY(update->request.find(u"OrderId"_s)->required);
        QVERIFY(!update->request.find(u"ExpectedVersion"_s)->required);

        // The JSON form carries every operation with its trees.
        const QJsonObject json = r.service.toJson();
        QCOMPARE(json.value(u"operations"_s).toObject().keys().size(), r.service.operations.size());

        // The endpoint keeps the service; it reads back; the request keeps the xsd:sequence order.
        QCOMPARE(r.endpoint.soapService, json);
        auto back = SoapService::fromJson(r.endpoint.soapService);
        QVERIFY(back.ok());
        QCOMPARE(back->operation(u"CreateOrder"_s)->requestOrder,
                 QStringList({u"CustomerId"_s, u"Currency"_s, u"Lines"_s, u"Lines.Line"_s, u"Lines.Line.Sku"_s, u"Lines.Line.Qty"_s,
                              u"Lines.Line.UnitPrice"_s}));
        QCOMPARE(back->operation(u"CreateOrder"_s)->request.paths(), create->request.paths());
        QVERIFY(!back->operation(u"CreateOrder"_s)->qualified); // elementFormDefault="unqualified"
    }

private slots:
    void fetchesFromTheSandbox()
    {
        SandboxServer server;
        SandboxOptions options;
        options.basePort = 0;
        auto started = server.start(options);
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message()));
        const QString base = server.system(SandboxSystemId::Erp).baseUrl.toString();

        WsdlFetcher fetcher;
        QSignalSpy finished(&fetcher, &WsdlFetcher::finished);
        fetcher.fetch(QUrl(base + u"/soap/OrderService?wsdl"_s));
        QVERIFY(fetcher.isRunning());
        QVERIFY(finished.wait(20000));
        QVERIFY(!fetcher.isRunning());
        QVERIFY(fetcher.result().has_value());
        const auto &result = *fetcher.result();
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
        checkOrderService(result.value(), base + u"/soap/OrderService"_s);

        // The operations grouped into one entity, paged by the list operation's parameters.
        QCOMPARE(result->entities.size(), 1);
        const Entity &orders = result->entities.first();
        QCOMPARE(orders.name, u"orders"_s);
        QCOMPARE(orders.list.path, u"ListOrders"_s);
        QCOMPARE(orders.get.path, u"GetOrder"_s);
        QCOMPARE(orders.create.path, u"CreateOrder"_s);
        QCOMPARE(orders.update.path, u"UpdateOrderStatus"_s);
        QVERIFY(!orders.remove.isSet());
        QCOMPARE(orders.recordsPath, u"Orders/Order"_s);
        QCOMPARE(orders.idField, u"Id"_s);
        QVERIFY(orders.pagination.style == PaginationStyle::PageNumber);
        QCOMPARE(orders.pagination.pageParam, u"PageNumber"_s);
        QCOMPARE(orders.pagination.pageSizeParam, u"PageSize"_s);
        QCOMPARE(orders.pagination.totalPath, u"TotalCount"_s);
        QVERIFY(FieldTreeJson::fromJson(orders.schema)->find(u"Lines.Line[].Sku"_s));

        // Without ?wsdl the service answers 404: the error names the status and the address.
        fetcher.fetch(QUrl(base + u"/soap/OrderService"_s));
        QVERIFY(finished.wait(20000));
        QVERIFY(!fetcher.result()->ok());
        QVERIFY(fetcher.result()->error().message().contains(u"404"_s));
        QVERIFY(fetcher.result()->error().where.contains(u"/soap/OrderService"_s));
        server.stop();
    }

    void readsAFile()
    {
        auto r = WsdlImporter::importFile(fixturesDir() + u"/importers/orderservice.wsdl"_s);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
        checkOrderService(r.value(), u"https://erp.example.test/soap/OrderService"_s);
    }

    void readsRpcSoap12WithExtension()
    {
        auto r = WsdlImporter::importFile(fixturesDir() + u"/importers/customers-rpc-soap12.wsdl"_s);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
        QCOMPARE(r->service.soapVersion, u"1.2"_s);
        QCOMPARE(r->service.style, u"rpc"_s);
        QCOMPARE(r->service.address, u"https://crm.example.test/directory"_s);
        const SoapOperation *find = r->service.operation(u"FindCustomer"_s);
        QVERIFY(find);
        QCOMPARE(find->soapAction, u"urn:example:customers/FindCustomer"_s);
        QCOMPARE(find->requestElement, u"FindCustomer"_s);
        QCOMPARE(find->documentation, u"Finds one customer by email."_s);
        QCOMPARE(find->request.paths(), QStringList({u"active"_s, u"email"_s}));
        QCOMPARE(toString(find->request.find(u"active"_s)->type), u"bool"_s);
        QCOMPARE(find->response.paths(), QStringList({u"customer"_s, u"customer.@id"_s, u"customer.Balance"_s,
                                                      u"customer.Email"_s, u"customer.Name"_s, u"customer.Since"_s}));
        QVERIFY(find->response.find(u"customer.Since"_s)->nullable);
        QCOMPARE(toString(find->response.find(u"customer.Since"_s)->type), u"date"_s);
        QVERIFY(find->response.find(u"customer.@id"_s)->required);
        QVERIFY(r->endpoint.headers.first().value.startsWith(u"application/soap+xml"_s));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not xml") << QByteArray("<definitions><oops></definitions>") << u"line 1"_s;
        QTest::newRow("html error page") << QByteArray("<html><body>Login</body></html>") << u"<html>"_s;
        QTest::newRow("wsdl 2.0") << QByteArray("<description xmlns=\"http://www.w3.org/ns/wsdl\"/>") << u"WSDL 2.0"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        auto r = WsdlImporter::parse(xml, u"service.wsdl"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message().contains(expected), qPrintable(r.error().message()));
        QVERIFY(!r.error().hint.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWsdlImporter)
#include "tst_wsdlimporter.moc"
