// Every vendor template is valid data: it round-trips through the export format, uses a known
// rate-limit preset, names a keychain entry for its secret and defines the variables it uses.
#include "core/endpoints/environment.h"
#include "core/endpoints/ratelimitpresets.h"
#include "core/importers/vendortemplates.h"

#include <QSet>
#include <QTest>

using namespace crmbridge;
using namespace Qt::StringLiterals;

class TestVendorTemplates : public QObject
{
    Q_OBJECT

private slots:
    void listsTheSevenVendors()
    {
        QStringList ids;
        const QList<VendorTemplate> templates = VendorTemplates::all();
        for (const VendorTemplate &t : templates) {
            ids.append(t.id);
            QVERIFY(!t.displayName.isEmpty());
            QVERIFY(!t.description.isEmpty());
        }
        QCOMPARE(ids, QStringList({u"hubspot"_s, u"zendesk"_s, u"klaviyo"_s, u"intercom"_s, u"mailchimp"_s,
                                   u"salesforce"_s, u"dynamics365"_s}));
        QVERIFY(!VendorTemplates::find(u"nope"_s).ok());
        QVERIFY(VendorTemplates::find(u"nope"_s).error().hint.contains(u"salesforce"_s));
    }

    void templateIsValid_data()
    {
        QTest::addColumn<QString>("id");
        const QList<VendorTemplate> templates = VendorTemplates::all();
        for (const VendorTemplate &t : templates)
            QTest::newRow(qPrintable(t.id)) << t.id;
    }

    void templateIsValid()
    {
        QFETCH(QString, id);
        auto found = VendorTemplates::find(id);
        QVERIFY(found.ok());
        const VendorTemplate &t = found.value();
        auto endpoint = EndpointJson::fromJson(EndpointJson::toJson(t.endpoint), id);
        QVERIFY2(endpoint.ok(), endpoint.ok() ? "" : qPrintable(endpoint.error().message()));
        QCOMPARE(endpoint.value(), t.endpoint);
        QVERIFY(RateLimitPresets::find(t.endpoint.rateLimit.preset).ok());
        QVERIFY(t.endpoint.auth.kind != AuthKind::None);
        QVERIFY(!t.endpoint.auth.secret.key.isEmpty());
        QVERIFY(t.endpoint.baseUrl.startsWith(u"https://"_s));
        QVERIFY(!t.entities.isEmpty());

        // Every {{variable}} a template uses is one the user is asked for.
        QSet<QString> defined;
        for (const EnvironmentVariable &v : t.environment.variables)
            defined.insert(v.name);
        QStringList texts{t.endpoint.baseUrl, t.endpoint.auth.username, t.endpoint.auth.tokenUrl, t.endpoint.auth.scope};
        for (const Entity &e : t.entities) {
            QCOMPARE(e.endpointName, t.endpoint.name);
            QVERIFY(e.list.isSet());
            QVERIFY(e.get.path.contains(u"{id}"_s));
            QVERIFY(!e.recordsPath.isEmpty());
            QVERIFY(e.pagination.style != PaginationStyle::None);
            auto back = EntityJson::fromJson(EntityJson::toJson(e), id);
            QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message()));
            QCOMPARE(back.value(), e);
            texts << e.list.path << e.get.path;
        }
        for (const QString &text : std::as_const(texts)) {
            const QStringList refs = TemplateExpander::references(text);
            for (const QString &ref : refs)
                QVERIFY2(defined.contains(ref), qPrintable(id + u": "_s + ref));
        }
    }

    void vendorSpecifics()
    {
        const VendorTemplate sf = VendorTemplates::find(u"salesforce"_s).value();
        const Entity &account = sf.entities.first();
        QVERIFY(account.list.path.startsWith(u"/query?q=SELECT"_s));
        QCOMPARE(account.pagination.nextUrlPath, u"nextRecordsUrl"_s);
        QCOMPARE(account.recordsPath, u"records"_s);
        QCOMPARE(account.idField, u"Id"_s);

        const VendorTemplate d365 = VendorTemplates::find(u"dynamics365"_s).value();
        QCOMPARE(d365.entities.first().pagination.nextUrlPath, u"@odata.nextLink"_s);
        QCOMPARE(d365.entities.first().get.path, u"/accounts({id})"_s);
        bool prefer = false;
        for (const HeaderValue &h : d365.endpoint.headers)
            prefer = prefer || (h.name == u"Prefer"_s && h.value.startsWith(u"odata.maxpagesize="_s));
        QVERIFY(prefer);
        QCOMPARE(toString(d365.endpoint.auth.kind), toString(AuthKind::OAuth2ClientCredentials));

        const VendorTemplate hs = VendorTemplates::find(u"hubspot"_s).value();
        QCOMPARE(hs.entities.first().pagination.cursorPath, u"paging.next.after"_s);
        QCOMPARE(toString(hs.endpoint.auth.kind), toString(AuthKind::Bearer));
        const VendorTemplate mc = VendorTemplates::find(u"mailchimp"_s).value();
        QCOMPARE(mc.endpoint.auth.username, u"anystring"_s);
        QCOMPARE(mc.entities.last().list.path, u"/lists/{{list_id}}/members"_s);
    }
};

QTEST_GUILESS_MAIN(TestVendorTemplates)
#include "tst_vendortemplates.moc"
