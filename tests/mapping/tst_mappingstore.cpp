#include "core/mapping/mappingfile.h"
#include "core/mapping/mappingstore.h"
#include "core/workspace/workspace.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace crmbridge;
using namespace crmbridge::mapping;

class TestMappingStore : public QObject
{
    Q_OBJECT

private:
    static Mapping contactsToMembers()
    {
        Mapping m;
        m.name = QStringLiteral("Contacts to members");
        m.sourceEntity = QStringLiteral("contacts");
        m.targetEntity = QStringLiteral("members");
        m.sourceFields = { QStringLiteral("properties.email"), QStringLiteral("properties.firstname") };
        m.targetFields = { QStringLiteral("email_address"), QStringLiteral("merge_fields.FNAME") };
        m.rules = { MappingRule { QStringLiteral("email_address"),
                                  QStringLiteral("LOWER(properties.email)"),
                                  { ValidationRule { ValidationRule::Kind::Email, {}, {}, {} } },
                                  {} },
                    MappingRule { QStringLiteral("merge_fields.FNAME"),
                                  QStringLiteral("TRIM(properties.firstname)"),
                                  {},
                                  {} } };
        return m;
    }

    std::unique_ptr<Workspace> newWorkspace(const test::TempDir &dir)
    {
        auto ws = Workspace::create(dir.file(QStringLiteral("ws.crmbridge")), {});
        if (!ws)
            qFatal("%s", qPrintable(ws.error().message()));
        return std::move(ws).value();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void saveFindListRemove()
    {
        test::TempDir dir;
        auto ws = newWorkspace(dir);
        MappingStore store(*ws);
        auto saved = store.save(contactsToMembers());
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message()));
        QVERIFY(saved->id > 0);
        QVERIFY(saved->createdAt.isValid());

        auto found = store.find(QStringLiteral("Contacts to members"));
        QVERIFY(found.ok());
        QCOMPARE(found->mapping.rules, contactsToMembers().rules);
        QCOMPARE(found->mapping.sourceFields, contactsToMembers().sourceFields);

        Mapping second = contactsToMembers();
        second.name = QStringLiteral("a first");
        QVERIFY(store.save(second).ok());
        auto all = store.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).mapping.name, QStringLiteral("a first")); // case-insensitive order

        QVERIFY(store.remove(QStringLiteral("a first")).ok());
        QCOMPARE(store.names()->size(), 1);
        auto gone = store.remove(QStringLiteral("a first"));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
    }

    void definitionIsTheMappingFile()
    {
        test::TempDir dir;
        auto ws = newWorkspace(dir);
        MappingStore store(*ws);
        QVERIFY(store.save(contactsToMembers()).ok());
        QSqlQuery query(ws->database());
        QVERIFY(query.exec(QStringLiteral("SELECT definition FROM mappings")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString().toUtf8(), MappingFile::toJson(contactsToMembers()));
        QVERIFY(query.value(0).toString().contains(QStringLiteral("\"format_version\": 1")));
    }

    void updateAndRenameKeepTheRow()
    {
        test::TempDir dir;
        auto ws = newWorkspace(dir);
        MappingStore store(*ws);
        auto saved = store.save(contactsToMembers());
        QVERIFY(saved.ok());
        Mapping renamed = saved->mapping;
        renamed.name = QStringLiteral("Renamed");
        renamed.rules[1].formula = QStringLiteral("PROPER(properties.firstname)");
        auto updated = store.save(renamed, saved->id);
        QVERIFY(updated.ok());
        QCOMPARE(updated->id, saved->id);
        QCOMPARE(updated->createdAt, saved->createdAt);
        QCOMPARE(store.find(QStringLiteral("Renamed"))->mapping.rules[1].formula,
                 QStringLiteral("PROPER(properties.firstname)"));
        QVERIFY(!store.find(QStringLiteral("Contacts to members")).ok());
    }

    void duplicateNamesAndEmptyNamesAreRefused()
    {
        test::TempDir dir;
        auto ws = newWorkspace(dir);
        MappingStore store(*ws);
        QVERIFY(store.save(contactsToMembers()).ok());
        auto clash = store.save(contactsToMembers());
        QVERIFY(!clash.ok());
        QVERIFY(clash.error().what.contains(QStringLiteral("already exists")));
        Mapping unnamed;
        QVERIFY(!store.save(unnamed).ok());
        QCOMPARE(store.uniqueName(QStringLiteral("Contacts to members")).value(),
                 QStringLiteral("Contacts to members 2"));
        QCOMPARE(store.uniqueName(QStringLiteral("New")).value(), QStringLiteral("New"));
    }

    void exportAndImportRoundTrip()
    {
        test::TempDir dir;
        auto ws = newWorkspace(dir);
        MappingStore store(*ws);
        QVERIFY(store.save(contactsToMembers()).ok());
        const QString file = dir.file(QStringLiteral("contacts.mapping.json"));
        QVERIFY(store.exportFile(QStringLiteral("Contacts to members"), file).ok());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QCOMPARE(text, MappingFile::toJson(contactsToMembers()));

        auto refused = store.importFile(file);
        QVERIFY(!refused.ok());
        QVERIFY(store.remove(QStringLiteral("Contacts to members")).ok());
        auto imported = store.importFile(file);
        QVERIFY(imported.ok());
        QCOMPARE(imported->mapping.rules, contactsToMembers().rules);
        auto replaced = store.importFile(file, true);
        QVERIFY(replaced.ok());
        QCOMPARE(replaced->id, imported->id);
    }

    void importRefusesAnUnknownFormatVersion()
    {
        test::TempDir dir;
        auto ws = newWorkspace(dir);
        MappingStore store(*ws);
        const QString file = dir.file(QStringLiteral("future.json"));
        QVERIFY(
            test::writeFile(file, QByteArrayLiteral(R"({"format_version": 99, "name": "x", "rules": []})")));
        auto result = store.importFile(file);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message().contains(QStringLiteral("format_version")));
        QCOMPARE(store.names()->size(), 0);
    }

    void missingFieldsAreFlaggedAfterLoading()
    {
        // A mapping saved against an older schema: the source renamed properties.firstname.
        test::TempDir dir;
        auto ws = newWorkspace(dir);
        MappingStore store(*ws);
        QVERIFY(store.save(contactsToMembers()).ok());
        auto loaded = store.find(QStringLiteral("Contacts to members"));
        QVERIFY(loaded.ok());
        const auto issues = loaded->mapping.check(
            { QStringLiteral("properties.email"), QStringLiteral("properties.first_name") },
            { QStringLiteral("email_address"), QStringLiteral("merge_fields.FNAME") });
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).kind, RuleIssue::Kind::UnknownSourceField);
        QCOMPARE(issues.at(0).rule, 1);
        QCOMPARE(issues.at(0).field, QStringLiteral("properties.firstname"));
    }
};

QTEST_GUILESS_MAIN(TestMappingStore)
#include "tst_mappingstore.moc"
