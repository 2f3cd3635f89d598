// Rediscovery: new, vanished and retyped fields between two schemas, and the mapping paths
// that a vanished field breaks.
#include "core/discovery/schemadiff.h"
#include "core/discovery/schemadiscovery.h"

#include <QJsonArray>
#include <QTest>

using namespace crmbridge;
using namespace Qt::StringLiterals;

class TestSchemaDiff : public QObject
{
    Q_OBJECT

private:
    static FieldTree before()
    {
        return SchemaDiscovery::discover({
            QJsonObject{{u"id"_s, u"1"_s}, {u"email"_s, u"a@example.com"_s}, {u"phone"_s, u"+1 415 555 0100"_s},
                        {u"address"_s, QJsonObject{{u"city"_s, u"上海"_s}, {u"zip"_s, u"200000"_s}}},
                        {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"A"_s}, {u"qty"_s, 1}}}}, {u"score"_s, 3}},
        });
    }

    static FieldTree after()
    {
        return SchemaDiscovery::discover({
            QJsonObject{{u"id"_s, u"1"_s}, {u"email"_s, u"a@example.com"_s}, {u"mobile"_s, u"+1 415 555 0100"_s},
                        {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"A"_s}}}}, {u"score"_s, u"high"_s}},
        });
    }

private slots:
    void findsAddedVanishedAndRetyped()
    {
        const SchemaDiff diff = SchemaDiff::compare(before(), after());
        QStringList added, vanished, changed;
        for (const auto &c : diff.added)
            added << c.path;
        for (const auto &c : diff.vanished)
            vanished << c.path;
        for (const auto &c : diff.typeChanged)
            changed << c.path + u":"_s + toString(c.before) + u">"_s + toString(c.after);
        QCOMPARE(added, QStringList({u"mobile"_s}));
        QCOMPARE(vanished, QStringList({u"address"_s, u"address.city"_s, u"address.zip"_s, u"lines[].qty"_s, u"phone"_s}));
        QCOMPARE(changed, QStringList({u"score:number>text"_s}));
        QCOMPARE(diff.describe().size(), 7);
        QVERIFY(SchemaDiff::compare(before(), before()).isEmpty());
    }

    void flagsMappingPathsThatVanished_data()
    {
        QTest::addColumn<QStringList>("used");
        QTest::addColumn<QStringList>("broken");
        QTest::newRow("none") << QStringList{u"id"_s, u"email"_s} << QStringList{};
        QTest::newRow("plain") << QStringList{u"id"_s, u"phone"_s} << QStringList{u"phone"_s};
        QTest::newRow("nested in vanished object") << QStringList{u"address.city"_s} << QStringList{u"address.city"_s};
        QTest::newRow("array index") << QStringList{u"lines[0].qty"_s, u"lines[0].sku"_s} << QStringList{u"lines[0].qty"_s};
    }

    void flagsMappingPathsThatVanished()
    {
        QFETCH(QStringList, used);
        QFETCH(QStringList, broken);
        QCOMPARE(SchemaDiff::compare(before(), after()).vanishedUses(used), broken);
    }

    void rediscoveryAgainstTheStoredSchema()
    {
        // What an entity stores is FieldTreeJson; rediscovery compares against it.
        const QJsonObject stored = FieldTreeJson::toJson(before());
        auto diff = SchemaDiff::compareStored(stored, after(), u"entity contacts"_s);
        QVERIFY(diff.ok());
        QCOMPARE(diff->vanishedUses({u"phone"_s, u"email"_s}), QStringList{u"phone"_s});
        auto first = SchemaDiff::compareStored(QJsonObject(), after());
        QVERIFY(first.ok());
        QCOMPARE(first->added.size(), after().paths().size());
        auto broken = SchemaDiff::compareStored(QJsonObject{{u"formatVersion"_s, 9}}, after(), u"entity contacts"_s);
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().where.startsWith(u"entity contacts"_s));
    }

    void missingInASchema()
    {
        FieldTree tree = after();
        FieldNode properties;
        properties.name = u"properties"_s;
        properties.type = FieldType::Object;
        properties.mapValueType = u"text"_s;
        tree.fields.append(properties);
        QCOMPARE(SchemaDiff::missingIn(tree, {u"email"_s, u"phone"_s, u"properties.anything"_s, u"$.lines[2].sku"_s}),
                 QStringList({u"phone"_s}));
    }
};

QTEST_GUILESS_MAIN(TestSchemaDiff)
#include "tst_schemadiff.moc"
