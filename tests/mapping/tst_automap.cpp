#include "core/mapping/automap.h"

#include <QTest>

using namespace crmbridge::mapping;

class TestAutoMap : public QObject
{
    Q_OBJECT

private:
    static const AutoMapSuggestion *forTarget(const QList<AutoMapSuggestion> &list, const QString &target)
    {
        for (const AutoMapSuggestion &s : list) {
            if (s.target == target)
                return &s;
        }
        return nullptr;
    }

private slots:
    void normalise_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("snake") << QStringLiteral("first_name") << QStringLiteral("firstname");
        QTest::newRow("upper") << QStringLiteral("FNAME") << QStringLiteral("fname");
        QTest::newRow("camel") << QStringLiteral("givenName") << QStringLiteral("givenname");
        QTest::newRow("dash") << QStringLiteral("e-mail") << QStringLiteral("email");
        QTest::newRow("spaces") << QStringLiteral("Postal Code") << QStringLiteral("postalcode");
    }
    void normalise()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(AutoMapper::normalise(name), expected);
    }

    void synonyms_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("group");
        for (const char *n : { "firstname", "first_name", "FNAME", "given_name", "givenName", "名" })
            QTest::newRow(n) << QString::fromUtf8(n) << QStringLiteral("first_name");
        for (const char *n : { "lastname", "surname", "family_name", "LNAME" })
            QTest::newRow(n) << QString::fromUtf8(n) << QStringLiteral("last_name");
        for (const char *n : { "email", "email_address", "mail", "e-mail" })
            QTest::newRow(n) << QString::fromUtf8(n) << QStringLiteral("email");
        for (const char *n : { "phone", "phone_number", "mobile", "PHONE", "tel" })
            QTest::newRow(n) << QString::fromUtf8(n) << QStringLiteral("phone");
        for (const char *n : { "zip", "postal_code", "postcode" })
            QTest::newRow(n) << QString::fromUtf8(n) << QStringLiteral("postal_code");
        for (const char *n : { "created", "createdAt", "created_at", "signup" })
            QTest::newRow(n) << QString::fromUtf8(n) << QStringLiteral("created");
        QTest::newRow("unrelated") << QStringLiteral("lifetime_value") << QString();
    }
    void synonyms()
    {
        QFETCH(QString, name);
        QFETCH(QString, group);
        QCOMPARE(AutoMapper::synonymGroup(name), group);
    }

    void suggestsByNameWithConfidence()
    {
        AutoMapper::Input input;
        input.sourceFields = { QStringLiteral("id"),
                               QStringLiteral("properties.firstname"),
                               QStringLiteral("properties.lastname"),
                               QStringLiteral("properties.email"),
                               QStringLiteral("properties.Company_Name"),
                               QStringLiteral("createdAt") };
        input.targetFields = { QStringLiteral("id"),
                               QStringLiteral("merge_fields.FNAME"),
                               QStringLiteral("merge_fields.LNAME"),
                               QStringLiteral("email"),
                               QStringLiteral("companyname"),
                               QStringLiteral("timestamp_signup"),
                               QStringLiteral("vip") };
        const auto list = AutoMapper::suggest(input);

        const auto *id = forTarget(list, QStringLiteral("id"));
        QVERIFY(id);
        QCOMPARE(id->formula, QStringLiteral("id"));
        QCOMPARE(id->confidence, 1.0);

        const auto *email = forTarget(list, QStringLiteral("email"));
        QVERIFY(email);
        QCOMPARE(email->formula, QStringLiteral("properties.email"));
        QCOMPARE(email->confidence, 0.95);

        const auto *company = forTarget(list, QStringLiteral("companyname"));
        QVERIFY(company);
        QCOMPARE(company->formula, QStringLiteral("properties.Company_Name"));
        QCOMPARE(company->confidence, 0.85);

        const auto *fname = forTarget(list, QStringLiteral("merge_fields.FNAME"));
        QVERIFY(fname);
        QCOMPARE(fname->formula, QStringLiteral("properties.firstname"));
        QCOMPARE(fname->confidence, 0.75);
        QVERIFY(!fname->reason.isEmpty());
        QCOMPARE(forTarget(list, QStringLiteral("merge_fields.LNAME"))->formula,
                 QStringLiteral("properties.lastname"));
        QCOMPARE(forTarget(list, QStringLiteral("timestamp_signup"))->formula, QStringLiteral("createdAt"));

        QVERIFY(!forTarget(list, QStringLiteral("vip"))); // nothing plausible: no suggestion
        // Listed in target order.
        QCOMPARE(list.first().target, QStringLiteral("id"));
    }

    void eachSourceIsProposedOnce()
    {
        AutoMapper::Input input;
        input.sourceFields = { QStringLiteral("email") };
        input.targetFields = { QStringLiteral("email_address"), QStringLiteral("email") };
        const auto list = AutoMapper::suggest(input);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().target, QStringLiteral("email")); // the exact match wins
    }

    void mappedTargetsAreSkipped()
    {
        AutoMapper::Input input;
        input.sourceFields = { QStringLiteral("email"), QStringLiteral("phone") };
        input.targetFields = { QStringLiteral("email"), QStringLiteral("phone") };
        input.mappedTargets = { QStringLiteral("email") };
        const auto list = AutoMapper::suggest(input);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().target, QStringLiteral("phone"));
    }

    void suggestsByValuePatterns()
    {
        std::vector<Object> samples;
        const QStringList emails = { QStringLiteral("ann@example.com"), QStringLiteral("bob@example.org"),
                                     QStringLiteral("cy@example.net"), QStringLiteral("dee@example.com"),
                                     QStringLiteral("not an email") };
        for (int i = 0; i < emails.size(); ++i) {
            samples.push_back(*makeObject(
                { { QStringLiteral("c1"), Value(emails.at(i)) },
                  { QStringLiteral("c2"), Value(QStringLiteral("+1 (555) 010-%1").arg(1000 + i)) },
                  { QStringLiteral("c3"), Value(QStringLiteral("2024-03-0%1").arg(i + 1)) },
                  { QStringLiteral("c4"), Value(QStringLiteral("Acme %1").arg(i)) } }));
        }
        QCOMPARE(AutoMapper::valuePattern(samples, QStringLiteral("c1")), QStringLiteral("email"));
        QCOMPARE(AutoMapper::valuePattern(samples, QStringLiteral("c2")), QStringLiteral("phone"));
        QCOMPARE(AutoMapper::valuePattern(samples, QStringLiteral("c3")), QStringLiteral("date"));
        QCOMPARE(AutoMapper::valuePattern(samples, QStringLiteral("c4")), QString());

        AutoMapper::Input input;
        input.sourceFields = { QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3"),
                               QStringLiteral("c4") };
        input.targetFields = { QStringLiteral("email_address"), QStringLiteral("phone_number"),
                               QStringLiteral("created_at"), QStringLiteral("notes") };
        input.samples = samples;
        const auto list = AutoMapper::suggest(input);
        QCOMPARE(list.size(), 3);
        QCOMPARE(forTarget(list, QStringLiteral("email_address"))->formula, QStringLiteral("c1"));
        QCOMPARE(forTarget(list, QStringLiteral("phone_number"))->formula, QStringLiteral("c2"));
        QCOMPARE(forTarget(list, QStringLiteral("created_at"))->formula, QStringLiteral("c3"));
        QCOMPARE(forTarget(list, QStringLiteral("email_address"))->confidence, 0.6);
    }

    void nestedPathsAndArrays()
    {
        const auto record = makeObject(
            { { QStringLiteral("properties"),
                Value(makeObject({ { QStringLiteral("email"), Value(QStringLiteral("a@b.co")) } })) } });
        QCOMPARE(valueAtPath(*record, u"properties.email").text(), QStringLiteral("a@b.co"));
        QVERIFY(valueAtPath(*record, u"properties.nope").isMissing());
        QVERIFY(valueAtPath(*record, u"properties.email.deeper").isMissing());
        QCOMPARE(AutoMapper::formulaFor(QStringLiteral("lines[].sku")), QStringLiteral("lines[*].sku"));
    }
};

QTEST_GUILESS_MAIN(TestAutoMap)
#include "tst_automap.moc"
