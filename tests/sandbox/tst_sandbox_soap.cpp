// The Demo ERP's SOAP 1.1 OrderService: WSDL, CreateOrder, GetOrder, UpdateOrderStatus and
// SOAP Faults for unknown orders, invalid transitions and bad auth — over real loopback HTTP.
#include "sandboxtestclient.h"

#include <QXmlStreamReader>

using namespace crmbridge;
using namespace crmbridge::test;
using namespace Qt::StringLiterals;

class TestSandboxSoap : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_server;
    std::unique_ptr<SandboxClient> m_erp;

    HttpReply call(const QString &operation, const QString &inner, bool authenticate = true)
    {
        const QString envelope = u"<?xml version=\"1.0\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                                 "xmlns:o=\"urn:crmbridge:sandbox:erp:orders\"><soap:Body><o:%1>%2</o:%1></soap:Body></soap:Envelope>"_s
                                     .arg(operation, inner);
        return m_erp->send("POST", u"/soap/OrderService"_s, envelope.toUtf8(),
                           {{"Content-Type", "text/xml; charset=utf-8"}, {"SOAPAction", "urn:crmbridge:sandbox:erp:orders#" + operation.toLatin1()}},
                           authenticate);
    }

    /// Text of the first element with this local name.
    static QString text(const QByteArray &xml, const QString &name)
    {
        QXmlStreamReader reader(xml);
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == name)
                return reader.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(startSandbox(m_server));
        m_erp = std::make_unique<SandboxClient>(m_server.system(SandboxSystemId::Erp));
    }

    void wsdlDescribesTheOperations()
    {
        const HttpReply r = m_erp->send("GET", u"/soap/OrderService?wsdl"_s, {}, {}, false);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/xml"));
        for (const char *op : {"CreateOrder", "GetOrder", "UpdateOrderStatus"})
            QVERIFY(r.body.contains(QByteArray("<operation name=\"" + QByteArray(op) + "\"")));
        QVERIFY(r.body.contains(QByteArray(m_erp->info().baseUrl.toString().toUtf8() + "/soap/OrderService")));
        QXmlStreamReader xml(r.body);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }

    void getOrderMatchesRest()
    {
        const HttpReply soap = call(u"GetOrder"_s, u"<OrderId>3</OrderId>"_s);
        QCOMPARE(soap.status, 200);
        const QJsonObject rest = m_erp->get(u"/api/v1/orders/3"_s).object();
        QCOMPARE(text(soap.body, u"Number"_s), rest.value(u"number"_s).toString());
        QCOMPARE(text(soap.body, u"Status"_s), rest.value(u"status"_s).toString());
        QCOMPARE(text(soap.body, u"Total"_s), rest.value(u"total"_s).toString());
    }

    void createThenUpdateStatus()
    {
        const QString sku = m_erp->get(u"/api/v1/products/2"_s).object().value(u"sku"_s).toString();
        const HttpReply created = call(u"CreateOrder"_s, u"<CustomerId>2</CustomerId><Currency>EUR</Currency><Lines><Line><Sku>%1</Sku>"
                                                         "<Qty>2</Qty><UnitPrice>5.50</UnitPrice></Line></Lines>"_s.arg(sku));
        QCOMPARE(created.status, 200);
        QCOMPARE(text(created.body, u"Total"_s), u"11.00"_s);
        QCOMPARE(text(created.body, u"Status"_s), u"NEW"_s);
        const QString id = text(created.body, u"Id"_s);
        QCOMPARE(m_erp->get(u"/api/v1/orders/"_s + id).object().value(u"status"_s).toString(), u"NEW"_s);

        const HttpReply moved = call(u"UpdateOrderStatus"_s, u"<OrderId>%1</OrderId><Status>PROC</Status>"_s.arg(id));
        QCOMPARE(moved.status, 200);
        QCOMPARE(text(moved.body, u"Status"_s), u"PROC"_s);
        QCOMPARE(m_erp->get(u"/api/v1/orders/"_s + id).object().value(u"status"_s).toString(), u"PROC"_s);

        const HttpReply invalid = call(u"UpdateOrderStatus"_s, u"<OrderId>%1</OrderId><Status>NEW</Status>"_s.arg(id));
        QCOMPARE(invalid.status, 500);
        QCOMPARE(text(invalid.body, u"faultcode"_s), u"soap:Client"_s);
        QCOMPARE(text(invalid.body, u"Code"_s), u"INVALID_TRANSITION"_s);
        QCOMPARE(text(invalid.body, u"From"_s), u"PROC"_s);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("inner");
        QTest::addColumn<bool>("authenticate");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown order") << u"GetOrder"_s << u"<OrderId>99999999</OrderId>"_s << true << u"ORDER_NOT_FOUND"_s;
        QTest::newRow("bad auth") << u"GetOrder"_s << u"<OrderId>1</OrderId>"_s << false << u"AUTHENTICATION_FAILED"_s;
        QTest::newRow("unknown operation") << u"DeleteEverything"_s << QString() << true << u"UNKNOWN_OPERATION"_s;
        QTest::newRow("invalid order") << u"CreateOrder"_s << u"<CustomerId>0</CustomerId><Currency>EUR</Currency>"_s << true
                                       << u"VALIDATION_FAILED"_s;
    }

    void faults()
    {
        QFETCH(QString, operation);
        QFETCH(QString, inner);
        QFETCH(bool, authenticate);
        QFETCH(QString, code);
        const HttpReply r = call(operation, inner, authenticate);
        QCOMPARE(r.status, authenticate ? 500 : 401); // a wrong password is an HTTP 401 with the fault
        if (!authenticate)
            QVERIFY(r.headers.value("www-authenticate").startsWith("Basic"));
        QVERIFY(r.body.contains("<soap:Fault>"));
        QCOMPARE(text(r.body, u"faultcode"_s), u"soap:Client"_s);
        QVERIFY(!text(r.body, u"faultstring"_s).isEmpty());
        QCOMPARE(text(r.body, u"Code"_s), code);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestSandboxSoap)
#include "tst_sandbox_soap.moc"
