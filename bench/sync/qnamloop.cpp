// The practical limit of the per-record loop: a bare QNetworkAccessManager with N record chains
// (GET CRM contact, then PUT ERP customer) in flight, nothing else — no journal, no mapping engine,
// no retries. usage: sync-qnam-loop CRM_URL CRM_TOKEN ERP_URL ERP_USER ERP_PASSWORD PAIRS_FILE|- [N]
// With "-" instead of a pairs file it first finds the pairs itself, as a sync must: it pages
// through the CRM contacts and the ERP customers at the same time (100 a page) and pairs them by
// trimmed, lower-cased e-mail (unique on both sides). Prints: written failures total_s loop_s.
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextStream>
#include <QUrlQuery>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 7) {
        std::fprintf(stderr, "usage: sync-qnam-loop CRM_URL CRM_TOKEN ERP_URL ERP_USER ERP_PASSWORD PAIRS_FILE [N]\n");
        return 2;
    }
    const QString crm = args.at(1), erp = args.at(3);
    const QByteArray bearer = "Bearer " + args.at(2).toUtf8();
    const QByteArray basic = "Basic " + (args.at(4) + QLatin1Char(':') + args.at(5)).toUtf8().toBase64();
    const int inFlight = args.size() > 7 ? args.at(7).toInt() : 6;
    QList<QPair<QString, QString>> pairs;
    QNetworkAccessManager nam;
    QElapsedTimer total;
    total.start();
    if (args.at(6) == QLatin1String("-")) {
        // Find the pairs: both sides paged at the same time, like the sync reads them.
        QHash<QString, QList<QString>> contacts, customers; // e-mail → ids
        int reading = 2;
        std::function<void(const QString &)> crmPage = [&](const QString &after) {
            QUrl url(crm + QStringLiteral("/crm/v3/objects/contacts"));
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
            q.addQueryItem(QStringLiteral("properties"), QStringLiteral("email"));
            if (!after.isEmpty())
                q.addQueryItem(QStringLiteral("after"), after);
            url.setQuery(q);
            QNetworkRequest get(url);
            get.setRawHeader("Authorization", bearer);
            QNetworkReply *reply = nam.get(get);
            QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply]() {
                reply->deleteLater();
                const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
                for (const QJsonValue &r : page.value(QStringLiteral("results")).toArray()) {
                    const QJsonObject o = r.toObject();
                    contacts[o.value(QStringLiteral("properties")).toObject().value(QStringLiteral("email")).toString().trimmed().toLower()]
                        .append(o.value(QStringLiteral("id")).toString());
                }
                const QString next = page.value(QStringLiteral("paging")).toObject().value(QStringLiteral("next")).toObject().value(QStringLiteral("after")).toString();
                if (!next.isEmpty())
                    crmPage(next);
                else if (--reading == 0)
                    app.quit();
            });
        };
        std::function<void(int)> erpPage = [&](int number) {
            QUrl url(erp + QStringLiteral("/customers"));
            url.setQuery(QStringLiteral("page=%1&per_page=100").arg(number));
            QNetworkRequest get(url);
            get.setRawHeader("Authorization", basic);
            QNetworkReply *reply = nam.get(get);
            QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply, number]() {
                reply->deleteLater();
                const QJsonArray page = QJsonDocument::fromJson(reply->readAll()).array();
                for (const QJsonValue &r : page) {
                    const QJsonObject o = r.toObject();
                    customers[o.value(QStringLiteral("email")).toString().trimmed().toLower()].append(
                        QString::number(o.value(QStringLiteral("id")).toInteger()));
                }
                if (!page.isEmpty())
                    erpPage(number + 1);
                else if (--reading == 0)
                    app.quit();
            });
        };
        crmPage(QString());
        erpPage(1);
        app.exec();
        for (auto it = contacts.cbegin(); it != contacts.cend(); ++it) {
            const QList<QString> ids = customers.value(it.key());
            if (it.value().size() == 1 && ids.size() == 1)
                pairs.append({it.value().first(), ids.first()});
        }
    } else {
        QFile file(args.at(6));
        if (!file.open(QIODevice::ReadOnly))
            return 2;
        while (!file.atEnd()) {
            const QList<QByteArray> parts = file.readLine().trimmed().split(' ');
            if (parts.size() == 2)
                pairs.append({QString::fromLatin1(parts.at(0)), QString::fromLatin1(parts.at(1))});
        }
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    qsizetype next = 0;
    qsizetype done = 0;
    int failures = 0;
    QElapsedTimer clock;
    clock.start();
    std::function<void()> startOne = [&]() {
        if (next >= pairs.size())
            return;
        const QString crmId = pairs.at(next).first;
        const QString erpId = pairs.at(next).second;
        ++next;
        QUrl url(crm + QStringLiteral("/crm/v3/objects/contacts/") + crmId);
        url.setQuery(QStringLiteral("properties=email,firstname,lastname,phone,company,address,city,country,customer_status"));
        QNetworkRequest get(url);
        get.setRawHeader("Authorization", bearer);
        QNetworkReply *reply = nam.get(get);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply, erpId]() {
            reply->deleteLater();
            const QJsonObject p = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("properties")).toObject();
            const QString status = p.value(QStringLiteral("customer_status")).toString().trimmed().toLower();
            const QString name = QString(p.value(QStringLiteral("firstname")).toString() + QLatin1Char(' ')
                                         + p.value(QStringLiteral("lastname")).toString()).trimmed();
            const QJsonObject body{
                {QStringLiteral("name"), name},
                {QStringLiteral("email"), p.value(QStringLiteral("email")).toString().trimmed().toLower()},
                {QStringLiteral("phone"), p.value(QStringLiteral("phone"))},
                {QStringLiteral("company"), p.value(QStringLiteral("company"))},
                {QStringLiteral("street"), p.value(QStringLiteral("address"))},
                {QStringLiteral("city"), p.value(QStringLiteral("city"))},
                {QStringLiteral("country"), p.value(QStringLiteral("country"))},
                {QStringLiteral("status"), status == QLatin1String("inactive") ? QStringLiteral("I") : status == QLatin1String("blocked") ? QStringLiteral("B") : QStringLiteral("A")},
                {QStringLiteral("synced_at"), stamp}};
            QNetworkRequest put(QUrl(erp + QStringLiteral("/customers/") + erpId));
            put.setRawHeader("Authorization", basic);
            put.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            QNetworkReply *w = nam.put(put, QJsonDocument(body).toJson(QJsonDocument::Compact));
            QObject::connect(w, &QNetworkReply::finished, &app, [&, w]() {
                w->deleteLater();
                if (w->error() != QNetworkReply::NoError)
                    ++failures;
                if (++done == pairs.size())
                    app.quit();
                else
                    startOne();
            });
        });
    };
    for (int i = 0; i < inFlight; ++i)
        startOne();
    if (!pairs.isEmpty())
        app.exec();
    const double seconds = clock.elapsed() / 1000.0;
    QTextStream(stdout) << done << ' ' << failures << ' ' << total.elapsed() / 1000.0 << ' ' << seconds << Qt::endl;
    return failures == 0 ? 0 : 1;
}
