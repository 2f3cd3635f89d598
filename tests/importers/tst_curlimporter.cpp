// Pasted cURL commands: shell quoting, continuations, methods, headers, bodies, auth — and the
// secret taken out of the request and handed back separately.
#include "core/importers/curlimporter.h"

#include <QTest>

using namespace crmbridge;
using namespace Qt::StringLiterals;

class TestCurlImporter : public QObject
{
    Q_OBJECT

private slots:
    void splitsLikeAShell_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << u"curl -s https://a.example"_s << QStringList{u"curl"_s, u"-s"_s, u"https://a.example"_s};
        QTest::newRow("single quotes") << u"curl -H 'X-A: b c'"_s << QStringList{u"curl"_s, u"-H"_s, u"X-A: b c"_s};
        QTest::newRow("double quotes and escapes")
            << u"curl -d \"{\\\"a\\\": \\\"$x\\\"}\""_s << QStringList{u"curl"_s, u"-d"_s, u"{\"a\": \"$x\"}"_s};
        QTest::newRow("continuation") << u"curl \\\n  -X POST \\\n  https://a.example"_s
                                      << QStringList{u"curl"_s, u"-X"_s, u"POST"_s, u"https://a.example"_s};
        QTest::newRow("ansi-c quotes") << u"curl --data-raw $'{\"n\":\"caf\\u00e9\\n\"}'"_s
                                       << QStringList{u"curl"_s, u"--data-raw"_s, u"{\"n\":\"café\n\"}"_s};
        QTest::newRow("adjacent quotes") << u"curl a'b'\"c\"\\ d"_s << QStringList{u"curl"_s, u"abc d"_s};
        QTest::newRow("chinese") << u"curl -d '{\"name\":\"王伟\"}'"_s << QStringList{u"curl"_s, u"-d"_s, u"{\"name\":\"王伟\"}"_s};
    }

    void splitsLikeAShell()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, words);
        auto r = CurlImporter::splitWords(command);
        QVERIFY(r.ok());
        QCOMPARE(r.value(), words);
    }

    void parses_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("auth");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("headers");

        QTest::newRow("get") << u"curl https://api.hubapi.com/crm/v3/objects/contacts?limit=10"_s << u"GET"_s
                             << u"https://api.hubapi.com/crm/v3/objects/contacts?limit=10"_s << QString() << u"none"_s
                             << QString() << QString() << QString();
        QTest::newRow("bearer post json")
            << u"curl --request POST \\\n --url https://api.hubapi.com/crm/v3/objects/contacts \\\n"
               " --header 'authorization: Bearer pat-na1-SECRET' \\\n --header 'content-type: application/json' \\\n"
               " --data '{\"properties\":{\"email\":\"a@example.com\"}}'"_s
            << u"POST"_s << u"https://api.hubapi.com/crm/v3/objects/contacts"_s
            << u"{\"properties\":{\"email\":\"a@example.com\"}}"_s << u"bearer"_s << QString() << u"pat-na1-SECRET"_s
            << u"content-type=application/json"_s;
        QTest::newRow("basic -u, data implies POST")
            << u"curl -u 'agent@example.com/token:zd-TOKEN' -d 'a=1' -d 'b=2' https://x.zendesk.com/api/v2/tickets"_s
            << u"POST"_s << u"https://x.zendesk.com/api/v2/tickets"_s << u"a=1&b=2"_s << u"basic"_s
            << u"agent@example.com/token"_s << u"zd-TOKEN"_s << u"Content-Type=application/x-www-form-urlencoded"_s;
        QTest::newRow("basic header decoded")
            << u"curl -H \"Authorization: Basic YW55c3RyaW5nOmtleS11czIx\" https://us21.api.mailchimp.com/3.0/lists"_s
            << u"GET"_s << u"https://us21.api.mailchimp.com/3.0/lists"_s << QString() << u"basic"_s << u"anystring"_s
            << u"key-us21"_s << QString();
        QTest::newRow("-XPUT attached, -G moves data to query")
            << u"curl -XPUT -G -d 'q=1' --compressed -sSL 'https://a.example/x'"_s << u"PUT"_s
            << u"https://a.example/x?q=1"_s << QString() << u"none"_s << QString() << QString() << QString();
        QTest::newRow("api key header")
            << u"curl -H 'X-API-Key: k-123' -H 'Accept: application/json' https://a.example/v1/items"_s << u"GET"_s
            << u"https://a.example/v1/items"_s << QString() << u"api-key-header"_s << QString() << u"k-123"_s
            << u"Accept=application/json"_s;
        QTest::newRow("klaviyo authorization prefix")
            << u"curl -H 'Authorization: Klaviyo-API-Key pk_abc' https://a.klaviyo.com/api/lists"_s << u"GET"_s
            << u"https://a.klaviyo.com/api/lists"_s << QString() << u"api-key-header"_s << QString()
            << u"Klaviyo-API-Key pk_abc"_s << QString();
        QTest::newRow("api key in query")
            << u"curl 'https://api.hubapi.com/crm/v3/objects/deals?hapikey=demo-key&limit=5'"_s << u"GET"_s
            << u"https://api.hubapi.com/crm/v3/objects/deals?limit=5"_s << QString() << u"api-key-query"_s << QString()
            << u"demo-key"_s << QString();
        QTest::newRow("--json") << u"curl --json '{\"a\":1}' http://127.0.0.1:8710/x"_s << u"POST"_s
                                << u"http://127.0.0.1:8710/x"_s << u"{\"a\":1}"_s << u"none"_s << QString() << QString()
                                << u"Content-Type=application/json;Accept=application/json"_s;
        QTest::newRow("no scheme") << u"curl localhost:8080/health"_s << u"GET"_s << u"http://localhost:8080/health"_s
                                   << QString() << u"none"_s << QString() << QString() << QString();
    }

    void parses()
    {
        QFETCH(QString, command);
        QFETCH(QString, method);
        QFETCH(QString, url);
        QFETCH(QString, body);
        QFETCH(QString, auth);
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(QString, headers);
        auto r = CurlImporter::parse(command);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
        QCOMPARE(r->request.method, method);
        QCOMPARE(r->request.url, url);
        QCOMPARE(QString::fromUtf8(r->request.body), body);
        QCOMPARE(toString(r->auth.kind), auth);
        QCOMPARE(r->auth.username, user);
        QCOMPARE(r->secret, secret);
        QStringList h;
        for (const HeaderValue &v : r->request.headers)
            h << v.name + u'=' + v.value;
        QCOMPARE(h.join(u';'), headers);
        // The secret is nowhere in what may be stored.
        if (!secret.isEmpty()) {
            QVERIFY(!r->request.url.contains(secret));
            QVERIFY(!h.join(u';').contains(secret));
            QVERIFY(!r->request.body.contains(secret.toUtf8()));
        }
    }

    void notesWhatWasIgnored()
    {
        auto r = CurlImporter::parse(u"curl -k --compressed -o out.json -d @body.json https://a.example"_s);
        QVERIFY(r.ok());
        QVERIFY(r->insecure);
        const QString notes = r->notes.join(u'\n');
        QVERIFY2(notes.contains(u"--compressed"_s), qPrintable(notes));
        QVERIFY2(notes.contains(u"body.json"_s), qPrintable(notes));
        QVERIFY2(notes.contains(u"-o out.json"_s), qPrintable(notes));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("where");
        QTest::newRow("unclosed quote") << u"curl -H 'X: y https://a"_s << u"column 9"_s;
        QTest::newRow("no url") << u"curl -X POST"_s << QString();
        QTest::newRow("missing value") << u"curl https://a -H"_s << u"word 2"_s;
        QTest::newRow("empty") << u"curl"_s << QString();
    }

    void errors()
    {
        QFETCH(QString, command);
        QFETCH(QString, where);
        auto r = CurlImporter::parse(command);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, where);
        QVERIFY(!r.error().hint.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCurlImporter)
#include "tst_curlimporter.moc"
