#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/net/activityrecorder.h"
#include "core/net/httpclient.h"
#include "core/net/redactor.h"
#include "core/workspace/workspace.h"
#include "core/workspace/workspacewriter.h"
#include "nettestutil.h"
#include "testhttpserver.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QTest>

using namespace crmbridge;
using namespace crmbridge::test;

// Activity: every exchange recorded, in batches, with a retention cap — and no secret's bytes
// anywhere in the workspace files afterwards.
class TestActivityRecorder : public QObject
{
    Q_OBJECT

private:
    static bool filesContain(const QString &dir, const QByteArray &needle)
    {
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                return true;
        }
        return false;
    }

    /// Sends `request` to a server answering `answer` through a client that records Activity in a
    /// fresh workspace; the details recorded for it.
    static QJsonObject recordedDetails(const QByteArray &answer, const HttpRequest &request)
    {
        TestHttpServer server;
        if (!server.start())
            qFatal("the test server did not start");
        server.setHandler([answer](const TestHttpRequest &) { return TestHttpResponse::json(answer); });
        TempDir dir;
        auto ws = Workspace::create(dir.file(QStringLiteral("w.crmbridge")), {});
        if (!ws)
            qFatal("%s", qPrintable(ws.error().message()));
        ActivityRecorder recorder(*ws.value());
        HttpClient client(endpointFor(server));
        client.setActivityRecorder(&recorder);
        if (!fetch(client, request).has_value() || !recorder.flush().ok())
            return {};
        auto recent = ActivityRecorder::recent(*ws.value(), 1);
        return recent.ok() && recent->size() == 1 ? recent->constFirst().details : QJsonObject();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void batchesAndRetention()
    {
        TempDir dir;
        auto ws = Workspace::create(dir.file(QStringLiteral("w.crmbridge")), {});
        QVERIFY(ws.ok());
        ActivityRecorder recorder(*ws.value());
        recorder.setRetention(10);
        recorder.setBatchSize(1000);
        int flushes = 0;
        connect(&recorder, &ActivityRecorder::recorded, this, [&flushes](int) { ++flushes; });
        for (int i = 0; i < 25; ++i) {
            ActivityEntry e;
            e.time = QDateTime::currentDateTimeUtc();
            e.endpoint = QStringLiteral("E");
            e.method = QStringLiteral("GET");
            e.url = QStringLiteral("http://x/%1").arg(i);
            e.status = 200;
            recorder.record(e);
        }
        QCOMPARE(recorder.pending(), 25);
        QTRY_COMPARE(flushes, 1); // one transaction for the whole batch
        auto recent = ActivityRecorder::recent(*ws.value(), 100);
        QVERIFY(recent.ok());
        QCOMPARE(recent->size(), 10);
        QCOMPARE(recent->constFirst().url, QStringLiteral("http://x/24"));
        QCOMPARE(recent->constLast().url, QStringLiteral("http://x/15"));
    }

    // A request body longer than the recorded excerpt keeps its whole cURL command, so "Copy as
    // cURL" still sends the full body; shorter ones are rebuilt from the recorded parts.
    void longBodyKeepsItsCurlCommand()
    {
        HttpRequest post = get(QStringLiteral("/bulk"));
        post.method = "POST";
        post.body = "{\"rows\":\"" + QByteArray(6000, 'x') + "END\"}";
        const QJsonObject details = recordedDetails("{}", post);
        QVERIFY(!details.isEmpty());
        QCOMPARE(details.value(QStringLiteral("request")).toObject().value(QStringLiteral("body")).toString().size(),
                 ActivityRecorder::DetailBytes);
        const QString curl = details.value(QStringLiteral("curl")).toString();
        QVERIFY2(curl.contains(QStringLiteral("xEND")), qPrintable(curl.right(40)));
    }

    // The details are written as JSON text directly: quotes, backslashes, control characters,
    // Chinese cut at the excerpt's end and bytes that are not UTF-8 all come back as the
    // exchange had them (bad bytes as U+FFFD, a cut never halving a character).
    void awkwardBodiesComeBackWhole()
    {
        const QByteArray response = "{\"note\":\"say \\\"hi\\\"\\\\ \\u0001\"}\xff";
        HttpRequest post = get(QStringLiteral("/notes"));
        post.method = "POST";
        post.headers.append({QStringLiteral("X-Note"), QStringLiteral("tab\there \"quoted\"")});
        // 4,095 ASCII bytes, then 上 (three bytes) across the 4,096-byte excerpt's end.
        post.body = QByteArray(4095, 'a') + QStringLiteral("上海\n\\\"").toUtf8();
        const QJsonObject details = recordedDetails(response, post);
        QVERIFY(!details.isEmpty()); // the stored text parsed
        const QJsonObject request = details.value(QStringLiteral("request")).toObject();
        QCOMPARE(request.value(QStringLiteral("body")).toString(), QString(4095, QLatin1Char('a')));
        QCOMPARE(request.value(QStringLiteral("bytes")).toInteger(), post.body.size());
        bool headerFound = false;
        for (const QJsonValue &h : request.value(QStringLiteral("headers")).toArray()) {
            if (h.toArray().at(0).toString() == QLatin1String("X-Note")) {
                headerFound = true;
                QCOMPARE(h.toArray().at(1).toString(), QStringLiteral("tab\there \"quoted\""));
            }
        }
        QVERIFY(headerFound);
        QCOMPARE(details.value(QStringLiteral("response")).toObject().value(QStringLiteral("body")).toString(),
                 QString::fromUtf8(response));
        QVERIFY(details.value(QStringLiteral("curl")).toString().contains(QStringLiteral("上海")));
    }

    // A sync records thousands of requests: with background writes the batches go to SQLite on
    // the recorder's writer thread, in the order recorded, and flush() / the destructor return only
    // once every entry is in the table.
    void backgroundWrites()
    {
        TempDir dir;
        auto ws = Workspace::create(dir.file(QStringLiteral("w.crmbridge")), {});
        QVERIFY(ws.ok());
        auto entry = [](int i) {
            ActivityEntry e;
            e.time = QDateTime::currentDateTimeUtc();
            e.endpoint = QStringLiteral("E");
            e.method = QStringLiteral("PUT");
            e.url = QStringLiteral("http://x/%1").arg(i);
            e.status = 200;
            e.details = QJsonObject{{QStringLiteral("context"), QStringLiteral("record %1").arg(i)}};
            return e;
        };
        {
            WorkspaceWriter writer(*ws.value()); // outlives the recorder, as in a sync job
            ActivityRecorder recorder(*ws.value());
            recorder.setBatchSize(100);
            recorder.setWriter(&writer);
            int recorded = 0;
            connect(&recorder, &ActivityRecorder::recorded, this, [&recorded](int n) { recorded += n; });
            for (int i = 0; i < 1050; ++i)
                recorder.record(entry(i));
            QCOMPARE(recorder.pending(), 50); // ten full batches handed to the writer
            QVERIFY(recorder.flush().ok());
            QCOMPARE(recorder.pending(), 0);
            auto all = ActivityRecorder::recent(*ws.value(), 5000);
            QVERIFY(all.ok());
            QCOMPARE(all->size(), 1050);
            for (int i = 0; i < all->size(); ++i) // newest first, none out of order
                QCOMPARE(all->at(i).url, QStringLiteral("http://x/%1").arg(1049 - i));
            QTRY_COMPARE(recorded, 1050); // the writer's signals reach this thread
            for (int i = 1050; i < 1080; ++i)
                recorder.record(entry(i));
        } // the recorder's destructor writes the last 30 through the writer, then the writer ends
        auto all = ActivityRecorder::recent(*ws.value(), 5000);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1080);
        QCOMPARE(all->constFirst().url, QStringLiteral("http://x/1079"));
        QCOMPARE(all->constFirst().details.value(QStringLiteral("context")).toString(), QStringLiteral("record 1079"));
    }

    // An entry's `complete` (redaction and details, as HttpClient hands them in) runs on the
    // writer's thread, not the sender's, and what it fills in is what is stored.
    void entriesAreCompletedWhereTheyAreWritten()
    {
        TempDir dir;
        auto ws = Workspace::create(dir.file(QStringLiteral("w.crmbridge")), {});
        QVERIFY(ws.ok());
        QSet<QThread *> completedOn;
        QMutex mutex;
        {
            WorkspaceWriter writer(*ws.value());
            ActivityRecorder recorder(*ws.value());
            recorder.setBatchSize(10);
            recorder.setWriter(&writer);
            for (int i = 0; i < 25; ++i) {
                ActivityEntry e;
                e.time = QDateTime::currentDateTimeUtc();
                e.endpoint = QStringLiteral("E");
                e.method = QStringLiteral("GET");
                e.complete = [i, &completedOn, &mutex](ActivityEntry &entry) {
                    QMutexLocker lock(&mutex);
                    completedOn.insert(QThread::currentThread());
                    entry.url = QStringLiteral("http://x/%1").arg(i);
                    entry.details = QJsonObject{{QStringLiteral("context"), QStringLiteral("record %1").arg(i)}};
                };
                recorder.record(std::move(e));
            }
            QVERIFY(recorder.flush().ok());
        }
        QCOMPARE(completedOn.size(), 1);
        QVERIFY(!completedOn.contains(QThread::currentThread()));
        auto all = ActivityRecorder::recent(*ws.value(), 100);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 25);
        QCOMPARE(all->constFirst().url, QStringLiteral("http://x/24"));
        QCOMPARE(all->constFirst().details.value(QStringLiteral("context")).toString(), QStringLiteral("record 24"));
    }

    // Migration 5: the Activity page's endpoint and status filters read the newest rows by index,
    // not by scanning the whole log.
    void filterIndexes()
    {
        TempDir dir;
        auto ws = Workspace::create(dir.file(QStringLiteral("w.crmbridge")), {});
        QVERIFY(ws.ok());
        QSqlQuery query(ws.value()->database());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'activity'")));
        QStringList indexes;
        while (query.next())
            indexes << query.value(0).toString();
        QVERIFY2(indexes.contains(QStringLiteral("activity_endpoint")), qPrintable(indexes.join(QLatin1Char(','))));
        QVERIFY2(indexes.contains(QStringLiteral("activity_status")), qPrintable(indexes.join(QLatin1Char(','))));
        const auto plan = [&](const QString &sql) {
            QSqlQuery explain(ws.value()->database());
            explain.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
            QString text;
            while (explain.next())
                text += explain.value(3).toString() + QLatin1Char('\n');
            return text;
        };
        const QString byEndpoint = plan(QStringLiteral("SELECT id FROM activity WHERE endpoint = 'Demo CRM' AND id < 1000 ORDER BY id DESC LIMIT 500"));
        QVERIFY2(byEndpoint.contains(QStringLiteral("activity_endpoint")), qPrintable(byEndpoint));
        const QString byStatus = plan(QStringLiteral("SELECT id FROM activity WHERE status = 429 ORDER BY id DESC LIMIT 500"));
        QVERIFY2(byStatus.contains(QStringLiteral("activity_status")), qPrintable(byStatus));
    }

    void redaction()
    {
        Redactor r;
        r.addSecret("hunter2-secret");
        QCOMPARE(r.url(QUrl(QStringLiteral("https://u:pw@h/x?api_key=abc&page=2&access_token=t"))),
                 QStringLiteral("https://u:%5BREDACTED%5D@h/x?api_key=[REDACTED]&page=2&access_token=[REDACTED]"));
        const HttpHeaders headers = r.headers({{"Authorization", "Basic abc"},
                                               {"Cookie", "s=1"},
                                               {"X-Api-Key", "k"},
                                               {"Accept", "application/json"},
                                               {"X-Echo", "value hunter2-secret here"}});
        QCOMPARE(headers.at(0).second, QByteArray(Redactor::Mask));
        QCOMPARE(headers.at(1).second, QByteArray(Redactor::Mask));
        QCOMPARE(headers.at(2).second, QByteArray(Redactor::Mask));
        QCOMPARE(headers.at(3).second, QByteArray("application/json"));
        QCOMPARE(headers.at(4).second, QByteArray("value [REDACTED] here"));
        const QString curl = r.curlCommand("POST", QUrl(QStringLiteral("https://h/x?token=zzz")),
                                           {{"Authorization", "Bearer hunter2-secret"}}, "{\"p\":\"hunter2-secret\"}");
        QVERIFY(!curl.contains(QStringLiteral("hunter2")));
        QVERIFY(!curl.contains(QStringLiteral("zzz")));
        QVERIFY(curl.startsWith(QStringLiteral("curl -X POST")));
    }

    void noSecretBytesInTheWorkspace_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("basic") << int(AuthKind::Basic);
        QTest::newRow("bearer") << int(AuthKind::Bearer);
        QTest::newRow("api key header") << int(AuthKind::ApiKeyHeader);
        QTest::newRow("api key query") << int(AuthKind::ApiKeyQuery);
        QTest::newRow("oauth2") << int(AuthKind::OAuth2ClientCredentials);
    }

    void noSecretBytesInTheWorkspace()
    {
        QFETCH(int, kind);
        const QByteArray secret = "Zq9-very-SECRET-value-7731";
        const QByteArray token = "oauth-token-4c1d-SECRET-8e2";
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([&](const TestHttpRequest &r) {
            if (r.path == QLatin1String("/token"))
                return TestHttpResponse::json(QByteArray("{\"access_token\":\"") + token + "\",\"expires_in\":60}");
            // A careless server echoes credentials back in headers and body.
            return TestHttpResponse::json(QByteArray("{\"echo\":\"") + r.header("Authorization") + "\",\"key\":\"" + secret
                                          + "\",\"target\":\"" + r.target + "\"}")
                .header("X-Echo-Key", secret)
                .header("Set-Cookie", "session=" + secret);
        });
        TempDir dir;
        const QString path = dir.file(QStringLiteral("w.crmbridge"));
        auto ws = Workspace::create(path, {});
        QVERIFY(ws.ok());
        Endpoint endpoint = endpointFor(server);
        endpoint.auth.kind = AuthKind(kind);
        endpoint.auth.username = QStringLiteral("ann");
        endpoint.auth.keyName = kind == int(AuthKind::ApiKeyQuery) ? QStringLiteral("hapikey") : QStringLiteral("X-Api-Key");
        endpoint.auth.tokenUrl = QStringLiteral("/token");
        endpoint.auth.clientId = QStringLiteral("client");
        endpoint.auth.secret = {Endpoint::secretKey(endpoint.name, QStringLiteral("secret")), {}};
        EndpointStore store(*ws.value());
        QVERIFY(store.save(endpoint).ok());

        SecretStore secrets(QStringLiteral("CRM Bridge tests"));
        secrets.setKeychainEnabled(false);
        bool written = false;
        secrets.write(endpoint.auth.secret, secret, this, [&written](const Result<SecretStore::Source> &r) {
            written = r.ok() && r.value() == SecretStore::Source::Session;
        });
        QTRY_VERIFY(written);

        ActivityRecorder recorder(*ws.value());
        HttpClient client(endpoint);
        client.setSecretStore(&secrets);
        client.setActivityRecorder(&recorder);
        HttpRequest post = get(QStringLiteral("/contacts"));
        post.method = "POST";
        post.body = "{\"note\":\"" + secret + "\"}";
        for (const HttpRequest &request : {get(QStringLiteral("/contacts")), post}) {
            auto response = fetch(client, request);
            QVERIFY(response.has_value());
            QVERIFY2(response->ok(), qPrintable(response->error ? response->error->message() : QString()));
            QVERIFY(!response->displayUrl.toUtf8().contains(secret));
        }
        QVERIFY(recorder.flush().ok());
        auto recent = ActivityRecorder::recent(*ws.value(), 10);
        QVERIFY(recent.ok());
        QVERIFY(recent->size() >= 2);
        // Short bodies: no stored copy of the cURL command; it is rebuilt from the masked parts.
        const ActivityEntry &posted = recent->constFirst();
        QVERIFY(!posted.details.contains(QStringLiteral("curl")));
        QList<QPair<QString, QString>> headers;
        for (const QJsonValue &h : posted.details.value(QStringLiteral("request")).toObject().value(QStringLiteral("headers")).toArray())
            headers.append({h.toArray().at(0).toString(), h.toArray().at(1).toString()});
        const QString curl = Redactor::curlFrom(posted.method, posted.url, headers,
                                                posted.details.value(QStringLiteral("request")).toObject().value(QStringLiteral("body")).toString());
        QVERIFY2(curl.startsWith(QStringLiteral("curl -X POST")), qPrintable(curl));
        QVERIFY(!curl.toUtf8().contains(secret));
        QVERIFY(curl.contains(QString::fromLatin1(Redactor::Mask)));
        ws.value().reset(); // close: WAL checkpointed into the file

        QVERIFY(QFile::exists(path));
        QVERIFY2(!filesContain(dir.path(), secret), "the secret's bytes are in the workspace folder");
        QVERIFY2(!filesContain(dir.path(), secret.toBase64()), "the Base64 secret is in the workspace folder");
        QVERIFY2(!filesContain(dir.path(), token), "the OAuth token is in the workspace folder");
        QVERIFY(filesContain(dir.path(), QByteArray(Redactor::Mask)));
    }
};

QTEST_GUILESS_MAIN(TestActivityRecorder)
#include "tst_activityrecorder.moc"
