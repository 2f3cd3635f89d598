// Schema discovery over sandbox-like records: HubSpot-shaped contacts with Chinese names,
// phones in several formats, mixed-case emails, dates in several formats, decimals, enums,
// nested objects and arrays of order lines.
#include "core/discovery/schemadiscovery.h"

#include <QJsonArray>
#include <QTest>

using namespace crmbridge;
using namespace Qt::StringLiterals;

class TestSchemaDiscovery : public QObject
{
    Q_OBJECT

private:
    static QList<QJsonObject> contacts(int count)
    {
        static const QStringList names = {u"王伟"_s, u"李娜"_s, u"Anna Müller"_s, u"José García"_s, u"张敏"_s};
        static const QStringList phones = {u"+1 415-555-0134"_s, u"(415) 555-0199"_s, u"+49 30 901820"_s,
                                           u"+86 138 0013 8000"_s, u"415.555.0111"_s};
        static const QStringList emails = {u"Wei.Wang@Example.COM"_s, u"li.na@example.cn"_s, u"ANNA@EXAMPLE.DE"_s};
        static const QStringList statuses = {u"Active"_s, u"A"_s, u"inactive"_s};
        QList<QJsonObject> records;
        for (int i = 0; i < count; ++i) {
            QJsonObject properties{
                // Real names repeat little: beyond the first five, each one is different.
                {u"firstname"_s, i < names.size() ? names.at(i) : names.at(i % names.size()) + QString::number(i)},
                {u"email"_s, emails.at(i % emails.size())},
                {u"phone"_s, phones.at(i % phones.size())},
                {u"lifecyclestatus"_s, statuses.at(i % statuses.size())},
                {u"birthdate"_s, i % 2 ? u"1990-0%1-15"_s.arg(1 + i % 9) : u"15.0%1.1990"_s.arg(1 + i % 9)},
                {u"amount"_s, u"%1.50"_s.arg(i * 10)},
                {u"zip"_s, u"0%1"_s.arg(1000 + i)},
            };
            if (i % 4 == 0)
                properties.insert(u"company"_s, QJsonValue::Null);
            else
                properties.insert(u"company"_s, u"北京科技有限公司 %1"_s.arg(i));
            if (i % 10 == 0)
                properties.insert(u"fax"_s, u"+1 415 555 0000"_s);
            QJsonObject record{
                {u"id"_s, QString::number(1000 + i)},
                {u"properties"_s, properties},
                {u"createdAt"_s, u"2024-03-%1T08:15:00.000Z"_s.arg(10 + i % 18)},
                {u"updatedAt"_s, i % 2 ? u"2024-05-01T10:00:00+08:00"_s : u"2024-05-01 10:00:00"_s},
                {u"archived"_s, i % 7 == 0},
                {u"score"_s, i},
                {u"price"_s, 10.5 + i},
                {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"SKU-%1"_s.arg(i)}, {u"qty"_s, 1 + i % 3}},
                                        QJsonObject{{u"sku"_s, u"SKU-X"_s}}}},
                {u"tags"_s, QJsonArray{u"vip"_s, u"新客户"_s}},
            };
            records.append(record);
        }
        return records;
    }

private slots:
    void classifiesText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("type");
        QTest::newRow("email mixed case") << u"Wei.Wang@Example.COM"_s << u"email"_s;
        QTest::newRow("not an email") << u"a@b"_s << u"text"_s;
        QTest::newRow("phone e164") << u"+8613800138000"_s << u"phone"_s;
        QTest::newRow("phone spaced") << u"+49 30 901820"_s << u"phone"_s;
        QTest::newRow("phone us brackets") << u"(415) 555-0199"_s << u"phone"_s;
        QTest::newRow("phone dots") << u"415.555.0111"_s << u"phone"_s;
        QTest::newRow("digits only is no phone") << u"4155550111"_s << u"text"_s;
        QTest::newRow("iso date") << u"2024-02-29"_s << u"date"_s;
        QTest::newRow("german date") << u"29.02.2024"_s << u"date"_s;
        QTest::newRow("us date") << u"02/29/2024"_s << u"date"_s;
        QTest::newRow("bad date") << u"2023-02-29"_s << u"text"_s;
        QTest::newRow("iso date-time") << u"2024-03-10T08:15:00.000Z"_s << u"date-time"_s;
        QTest::newRow("iso offset") << u"2024-05-01T10:00:00+08:00"_s << u"date-time"_s;
        QTest::newRow("space date-time") << u"2024-05-01 10:00:00"_s << u"date-time"_s;
        QTest::newRow("rfc 2822") << u"Tue, 25 Nov 2025 10:00:00 +0000"_s << u"date-time"_s;
        QTest::newRow("decimal") << u"12.50"_s << u"decimal"_s;
        QTest::newRow("chinese") << u"北京科技有限公司"_s << u"text"_s;
        QTest::newRow("integer text") << u"01234"_s << u"text"_s;
    }

    void classifiesText()
    {
        QFETCH(QString, text);
        QFETCH(QString, type);
        QCOMPARE(toString(SchemaDiscovery::classifyText(text)), type);
    }

    void discoversSandboxContacts()
    {
        const FieldTree tree = SchemaDiscovery::discover(contacts(40));
        QCOMPARE(tree.sampleCount, 40);
        QCOMPARE(tree.source, u"discovery"_s);
        const auto type = [&tree](const QString &path) {
            const FieldNode *n = tree.find(path);
            return n ? toString(n->type) : u"<missing>"_s;
        };
        QCOMPARE(type(u"id"_s), u"text"_s);
        QCOMPARE(type(u"properties"_s), u"object"_s);
        QCOMPARE(type(u"properties.firstname"_s), u"text"_s);
        QCOMPARE(type(u"properties.email"_s), u"email"_s);
        QCOMPARE(type(u"properties.phone"_s), u"phone"_s);
        QCOMPARE(type(u"properties.birthdate"_s), u"date"_s);
        QCOMPARE(tree.find(u"properties.birthdate"_s)->format, u"mixed"_s);
        QCOMPARE(type(u"properties.amount"_s), u"decimal"_s);
        QCOMPARE(tree.find(u"properties.amount"_s)->format, u"scale=2"_s);
        QCOMPARE(type(u"properties.zip"_s), u"text"_s);
        QCOMPARE(type(u"properties.company"_s), u"text"_s);
        QCOMPARE(type(u"createdAt"_s), u"date-time"_s);
        QCOMPARE(type(u"updatedAt"_s), u"date-time"_s);
        QCOMPARE(type(u"archived"_s), u"bool"_s);
        QCOMPARE(type(u"score"_s), u"number"_s);
        QCOMPARE(type(u"price"_s), u"decimal"_s);
        QCOMPARE(type(u"lines"_s), u"array"_s);
        QCOMPARE(toString(tree.find(u"lines"_s)->elementType), u"object"_s);
        QCOMPARE(type(u"lines[].sku"_s), u"text"_s);
        QCOMPARE(type(u"lines[].qty"_s), u"number"_s);
        // Two tag values over 80 elements: the elements are an enum.
        QCOMPARE(toString(tree.find(u"tags"_s)->elementType), u"enum"_s);
        QCOMPARE(tree.find(u"tags"_s)->enumValues, QStringList({u"vip"_s, u"新客户"_s}));

        const FieldNode *status = tree.find(u"properties.lifecyclestatus"_s);
        QCOMPARE(toString(status->type), u"enum"_s);
        QCOMPARE(status->enumValues, QStringList({u"A"_s, u"Active"_s, u"inactive"_s}));

        // Presence and nulls: company is null in every fourth record, fax in every tenth only.
        const FieldNode *company = tree.find(u"properties.company"_s);
        QCOMPARE(company->presence, 1.0);
        QCOMPARE(company->nullCount, 10);
        QCOMPARE(tree.find(u"properties.fax"_s)->presence, 0.1);
        QCOMPARE(tree.find(u"lines[].qty"_s)->presence, 0.5); // one of the two lines has qty
        QCOMPARE(tree.find(u"properties.firstname"_s)->examples.size(), 3);
        QCOMPARE(tree.find(u"properties.firstname"_s)->examples.first().toString(), u"王伟"_s);
    }

    void fewSamplesMakeNoEnum()
    {
        const FieldTree tree = SchemaDiscovery::discover(contacts(10));
        QCOMPARE(toString(tree.find(u"properties.lifecyclestatus"_s)->type), u"text"_s);
    }

    void mixedScalarsAreText()
    {
        const FieldTree tree = SchemaDiscovery::discover({QJsonObject{{u"v"_s, 1}, {u"n"_s, QJsonValue::Null}},
                                                          QJsonObject{{u"v"_s, u"one"_s}, {u"n"_s, QJsonValue::Null}}});
        QCOMPARE(toString(tree.find(u"v"_s)->type), u"text"_s);
        QCOMPARE(toString(tree.find(u"n"_s)->type), u"unknown"_s);
        QCOMPARE(tree.find(u"n"_s)->nullCount, 2);
    }

    void jsonFormIsStableAndRoundTrips()
    {
        QList<QJsonObject> records = contacts(30);
        const FieldTree a = SchemaDiscovery::discover(records);
        std::reverse(records.begin(), records.end());
        const FieldTree b = SchemaDiscovery::discover(records);
        // Field order does not depend on the record order (examples may).
        QCOMPARE(a.paths(), b.paths());
        const QJsonObject json = FieldTreeJson::toJson(a);
        auto back = FieldTreeJson::fromJson(json, u"entity contacts"_s);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message()));
        QCOMPARE(FieldTreeJson::toJson(back.value()), json);
        QCOMPARE(back->find(u"properties.lifecyclestatus"_s)->enumValues.size(), 3);

        QJsonObject broken = json;
        QJsonArray fields = broken.value(u"fields"_s).toArray();
        QJsonObject first = fields.at(0).toObject();
        first.insert(u"type"_s, u"colour"_s);
        fields.replace(0, first);
        broken.insert(u"fields"_s, fields);
        auto bad = FieldTreeJson::fromJson(broken, u"entity contacts"_s);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().where.contains(u"/fields/0/type"_s), qPrintable(bad.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestSchemaDiscovery)
#include "tst_schemadiscovery.moc"
