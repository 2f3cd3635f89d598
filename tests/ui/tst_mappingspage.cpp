// The Mappings page driven offscreen: open a mapping file and sample records through Prompts,
// type a formula and see the preview change, undo, invalid cells with their reason, the "only
// invalid rows" filter, auto-map accept and reject, drag-and-drop of a source field, and the
// preview runner's generation token.
#include "core/discovery/fieldtree.h"
#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/mapping/mappingfile.h"
#include "core/mapping/mappingstore.h"
#include "core/settings/appsettings.h"
#include "core/workspace/workspace.h"
#include "models/mapping/previewmodel.h"
#include "models/mapping/previewrunner.h"
#include "models/mapping/rulesmodel.h"
#include "models/mapping/sourceschemamodel.h"
#include "models/mapping/suggestionsmodel.h"
#include "testsupport.h"
#include "ui/mapping/automappanel.h"
#include "ui/mapping/formulaeditor.h"
#include "ui/mapping/mappingspage.h"
#include "ui/shell/prompts.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTableView>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

using namespace crmbridge;

class TestMappingsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QUndoGroup> m_undoGroup;
    ScriptedPrompts m_prompts;
    std::unique_ptr<PageContext> m_context;
    std::unique_ptr<MappingsPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    QString previewCell(int row, const QString &column) const
    {
        PreviewModel *model = m_page->previewModel();
        const int c = int(model->result().columns.indexOf(column));
        return c < 0 ? QStringLiteral("<no column>") : model->index(row, c).data().toString();
    }

    void openFixture()
    {
        // Sample records: the second has a broken e-mail, the third none at all.
        const QString samples = m_dir->file(QStringLiteral("contacts.jsonl"));
        QVERIFY(test::writeFile(
            samples,
            QByteArrayLiteral(
                "{\"id\":\"1\",\"properties\":{\"firstname\":\" ann "
                "\",\"lastname\":\"Lee\",\"email\":\"ANN@EXAMPLE.COM\"}}\n"
                "{\"id\":\"2\",\"properties\":{\"firstname\":\"bob\",\"lastname\":\"Ray\",\"email\":\"bob-at-"
                "example\"}}\n"
                "{\"id\":\"3\",\"properties\":{\"firstname\":\"cy\",\"lastname\":\"Fox\"}}\n")));
        mapping::Mapping m;
        m.name = QStringLiteral("Contacts to members");
        m.targetFields = { QStringLiteral("email_address"), QStringLiteral("merge_fields.FNAME"),
                           QStringLiteral("merge_fields.LNAME"), QStringLiteral("external_id"),
                           QStringLiteral("given_name") };
        m.rules = { mapping::MappingRule {
                        QStringLiteral("email_address"),
                        QStringLiteral("LOWER(properties.email)"),
                        { mapping::ValidationRule { mapping::ValidationRule::Kind::Email, {}, {}, {} } },
                        {} },
                    mapping::MappingRule { QStringLiteral("merge_fields.FNAME"),
                                           QStringLiteral("properties.firstname"),
                                           {},
                                           {} } };
        const QString file = m_dir->file(QStringLiteral("contacts.mapping.json"));
        QVERIFY(mapping::MappingFile::save(m, file).ok());

        m_prompts.fileNames.enqueue(file);
        QPushButton *import = importButton();
        QVERIFY(import);
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(m_page->currentMappingName(), QStringLiteral("Contacts to members"));
        m_prompts.fileNames.enqueue(samples);
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("sampleFileButton")),
                          Qt::LeftButton);
        QVERIFY2(m_prompts.shownErrors.isEmpty(), qPrintable(m_prompts.shownErrors.join(QLatin1Char('\n'))));
        QTRY_COMPARE(m_page->previewModel()->rowCount(), 3);
    }

    QPushButton *importButton() const
    {
        for (QPushButton *b : m_page->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Import…"))
                return b;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("CRMBRIDGE_NO_KEYCHAIN", "1");
    }

    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        auto ws = Workspace::create(m_dir->file(QStringLiteral("test.crmbridge")), {});
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().message()));
        m_workspace = std::move(ws.value());
        m_settings = std::make_unique<AppSettings>(m_dir->file(QStringLiteral("settings.ini")));
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("CRM Bridge tests"));
        m_undoGroup = std::make_unique<QUndoGroup>();
        m_prompts = ScriptedPrompts();
        m_context = std::make_unique<PageContext>(
            PageContext { *m_workspace, *m_settings, m_prompts, *m_undoGroup, *m_secrets });
        m_page = std::make_unique<MappingsPage>(*m_context);
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {
                 m_page->rulesModel(), m_page->schemaModel(), m_page->previewModel(), m_page->previewFilter(),
                 m_page->autoMap()->model() })
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    void cleanup()
    {
        m_testers.clear();
        m_page.reset();
        m_context.reset();
        m_undoGroup.reset();
        m_secrets.reset();
        m_settings.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void importShowsRulesSchemaAndPreview()
    {
        openFixture();
        RulesModel *rules = m_page->rulesModel();
        QCOMPARE(rules->rowCount(), 5); // two rules, three unmapped targets
        QCOMPARE(rules->index(2, RulesModel::StatusColumn).data().toString(), QStringLiteral("not mapped"));
        QVERIFY(m_page->schemaModel()->paths().contains(QStringLiteral("properties.email")));
        QVERIFY(m_page->schemaModel()->indexOfPath(QStringLiteral("properties.email")).isValid());
        QCOMPARE(previewCell(0, QStringLiteral("email_address")), QStringLiteral("ann@example.com"));
        QCOMPARE(previewCell(0, QStringLiteral("merge_fields.FNAME")), QStringLiteral(" ann "));
        QCOMPARE(m_page->mappingList()->model()->rowCount(), 1);
    }

    void typingAFormulaChangesThePreviewAndUndoRestoresIt()
    {
        openFixture();
        QTableView *view = m_page->rulesView();
        const QModelIndex formula = m_page->rulesModel()->index(1, RulesModel::FormulaColumn);
        view->setCurrentIndex(formula);
        view->edit(formula);
        auto *editor = view->findChild<FormulaEdit *>(QStringLiteral("formulaEditor"));
        QVERIFY(editor);
        // The editor completes field paths of the samples and the function library's names.
        auto *completer = editor->completer();
        QVERIFY(completer);
        const QStringList words = completer->model()->data(completer->model()->index(0, 0)).isValid()
            ? qobject_cast<QStringListModel *>(completer->model())->stringList()
            : QStringList();
        QVERIFY(words.contains(QStringLiteral("properties.email")));
        QVERIFY(words.contains(QStringLiteral("PROPER")));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("PROPER(TRIM(properties.firstname))"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(previewCell(0, QStringLiteral("merge_fields.FNAME")), QStringLiteral("Ann"));
        QCOMPARE(m_page->undoStack()->count(), 1);

        // Saved at once.
        mapping::MappingStore store(*m_workspace);
        QCOMPARE(store.find(QStringLiteral("Contacts to members"))->mapping.rules.at(1).formula,
                 QStringLiteral("PROPER(TRIM(properties.firstname))"));

        m_page->undoStack()->undo();
        QTRY_COMPARE(previewCell(0, QStringLiteral("merge_fields.FNAME")), QStringLiteral(" ann "));
        QCOMPARE(store.find(QStringLiteral("Contacts to members"))->mapping.rules.at(1).formula,
                 QStringLiteral("properties.firstname"));
    }

    void invalidCellsCarryTheirReasonAndCanBeFiltered()
    {
        openFixture();
        PreviewModel *preview = m_page->previewModel();
        const int email = int(preview->result().columns.indexOf(QStringLiteral("email_address")));
        QVERIFY(email >= 0);
        const QModelIndex bad = preview->index(1, email);
        QVERIFY(bad.data(Qt::BackgroundRole).isValid());
        QVERIFY(!bad.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!preview->index(0, email).data(Qt::BackgroundRole).isValid());
        QCOMPARE(m_page->rulesModel()
                     ->index(0, RulesModel::StatusColumn)
                     .data(RulesModel::FailingCountRole)
                     .toInt(),
                 preview->result().failing.value(QStringLiteral("email_address")));
        QVERIFY(preview->result().failing.value(QStringLiteral("email_address")) >= 1);

        const int invalid = preview->result().invalidRows;
        QVERIFY(invalid >= 1 && invalid < 3);
        QTest::mouseClick(m_page->onlyInvalidBox(), Qt::LeftButton, {},
                          QPoint(4, m_page->onlyInvalidBox()->height() / 2));
        QVERIFY(m_page->onlyInvalidBox()->isChecked());
        QCOMPARE(m_page->previewFilter()->rowCount(), invalid);
        m_page->onlyInvalidBox()->setChecked(false);
        QCOMPARE(m_page->previewFilter()->rowCount(), 3);
    }

    void brokenFormulaIsFlaggedWithoutBlankingThePreview()
    {
        openFixture();
        RulesModel *rules = m_page->rulesModel();
        QVERIFY(rules->setData(rules->index(1, RulesModel::FormulaColumn),
                               QStringLiteral("TRIM(properties.firstname")));
        QTRY_VERIFY(
            !rules->index(1, RulesModel::StatusColumn).data(RulesModel::ProblemRole).toString().isEmpty());
        QTRY_COMPARE(previewCell(0, QStringLiteral("email_address")), QStringLiteral("ann@example.com"));
        // A rule reading a field the source does not have is flagged too.
        QVERIFY(rules->setData(rules->index(1, RulesModel::FormulaColumn),
                               QStringLiteral("properties.first_name")));
        QVERIFY(rules->problem(1).contains(QStringLiteral("first_name")));
    }

    void validationColumnEditsAreUndoable()
    {
        openFixture();
        RulesModel *rules = m_page->rulesModel();
        const QModelIndex validation = rules->index(1, RulesModel::ValidationColumn);
        QVERIFY(rules->setData(validation, QStringLiteral("required, one_of:Ann|Bob")));
        QCOMPARE(rules->mapping().rules.at(1).validations.size(), 2);
        QCOMPARE(validation.data().toString(), QStringLiteral("required, one_of:Ann|Bob"));
        QTRY_COMPARE(m_page->previewModel()->result().failing.value(QStringLiteral("merge_fields.FNAME")), 3);
        QVERIFY(!rules->setData(validation, QStringLiteral("no-such-check")));
        m_page->undoStack()->undo();
        QVERIFY(rules->mapping().rules.at(1).validations.isEmpty());
        QTRY_COMPARE(m_page->previewModel()->result().failing.value(QStringLiteral("merge_fields.FNAME")), 0);
    }

    void valueMapColumnWrapsTheFormulaInALookup()
    {
        openFixture();
        RulesModel *rules = m_page->rulesModel();
        mapping::Mapping withMap = rules->mapping();
        withMap.valueMaps = { mapping::ValueMap(QStringLiteral("names"),
                                                { { QStringLiteral("bob"), QStringLiteral("Robert") } },
                                                false, false, QStringLiteral("?")) };
        rules->change(withMap, QStringLiteral("add value map"));
        const QModelIndex valueMap = rules->index(1, RulesModel::ValueMapColumn);
        QVERIFY(rules->setData(valueMap, QStringLiteral("names")));
        QCOMPARE(rules->index(1, RulesModel::FormulaColumn).data().toString(),
                 QStringLiteral("LOOKUP(\"names\", properties.firstname)"));
        QCOMPARE(valueMap.data().toString(), QStringLiteral("names"));
        QTRY_COMPARE(previewCell(1, QStringLiteral("merge_fields.FNAME")), QStringLiteral("Robert"));
        QVERIFY(rules->problem(1).isEmpty());
        QVERIFY(rules->setData(valueMap, QString()));
        QCOMPARE(rules->index(1, RulesModel::FormulaColumn).data().toString(),
                 QStringLiteral("properties.firstname"));
        QVERIFY(rules->setData(valueMap, QStringLiteral("nope")));
        QVERIFY(!rules->problem(1).isEmpty()); // an unknown table is flagged
    }

    void removingARuleIsUndoable()
    {
        openFixture();
        QTableView *view = m_page->rulesView();
        view->setCurrentIndex(m_page->rulesModel()->index(1, RulesModel::TargetColumn));
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("removeRuleButton")),
                          Qt::LeftButton);
        RulesModel *rules = m_page->rulesModel();
        QCOMPARE(rules->mapping().rules.size(), 1);
        QVERIFY(
            !rules->isRule(rules->rowOfTarget(QStringLiteral("merge_fields.FNAME")))); // back to "not mapped"
        QTRY_VERIFY(!m_page->previewModel()->result().columns.contains(QStringLiteral("merge_fields.FNAME")));
        m_page->undoStack()->undo();
        QCOMPARE(rules->mapping().rules.size(), 2);
        QTRY_COMPARE(previewCell(0, QStringLiteral("merge_fields.FNAME")), QStringLiteral(" ann "));
    }

    void autoMapAcceptAndReject()
    {
        openFixture();
        QPushButton *suggest = m_page->autoMap()->findChild<QPushButton *>(QStringLiteral("suggestButton"));
        QTest::mouseClick(suggest, Qt::LeftButton);
        SuggestionsModel *suggestions = m_page->autoMap()->model();
        QCOMPARE(suggestions->rowCount(),
                 2); // LNAME <- properties.lastname, given_name <- properties.firstname
        QCOMPARE(m_page->undoStack()->count(), 0); // nothing applied silently
        int lname = -1;
        for (int r = 0; r < suggestions->rowCount(); ++r) {
            if (suggestions->suggestions().at(r).target == QStringLiteral("merge_fields.LNAME"))
                lname = r;
        }
        QVERIFY(lname >= 0);
        QCOMPARE(suggestions->suggestions().at(lname).formula, QStringLiteral("properties.lastname"));
        const int other = lname == 0 ? 1 : 0;
        const QString rejectedTarget = suggestions->suggestions().at(other).target;

        QVERIFY(suggestions->setData(suggestions->index(lname, SuggestionsModel::AcceptColumn), Qt::Checked,
                                     Qt::CheckStateRole));
        QTest::mouseClick(m_page->autoMap()->acceptButton(), Qt::LeftButton);
        QCOMPARE(m_page->undoStack()->count(), 1);
        QCOMPARE(suggestions->rowCount(), 1);
        const int row = m_page->rulesModel()->rowOfTarget(QStringLiteral("merge_fields.LNAME"));
        QVERIFY(m_page->rulesModel()->isRule(row));
        QTRY_COMPARE(previewCell(0, QStringLiteral("merge_fields.LNAME")), QStringLiteral("Lee"));

        m_page->autoMap()->view()->selectRow(0);
        QTest::mouseClick(m_page->autoMap()->rejectButton(), Qt::LeftButton);
        QCOMPARE(suggestions->rowCount(), 0);
        QVERIFY(!m_page->rulesModel()->isRule(m_page->rulesModel()->rowOfTarget(rejectedTarget)));
        QCOMPARE(m_page->undoStack()->count(), 1);
    }

    void droppingASourceFieldMakesARule()
    {
        openFixture();
        SourceSchemaModel *schema = m_page->schemaModel();
        RulesModel *rules = m_page->rulesModel();
        const QModelIndex field = schema->indexOfPath(QStringLiteral("id"));
        QVERIFY(field.isValid());
        std::unique_ptr<QMimeData> data(schema->mimeData({ field }));
        QVERIFY(data);
        const int target = rules->rowOfTarget(QStringLiteral("external_id"));
        QVERIFY(!rules->isRule(target));
        QVERIFY(rules->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, rules->index(target, 0)));
        QVERIFY(rules->dropMimeData(data.get(), Qt::CopyAction, -1, -1, rules->index(target, 0)));
        const int row = rules->rowOfTarget(QStringLiteral("external_id"));
        QVERIFY(rules->isRule(row));
        QCOMPARE(rules->index(row, RulesModel::FormulaColumn).data().toString(), QStringLiteral("id"));
        QTRY_COMPARE(previewCell(2, QStringLiteral("external_id")), QStringLiteral("3"));
        m_page->undoStack()->undo();
        QVERIFY(!rules->isRule(rules->rowOfTarget(QStringLiteral("external_id"))));
    }

    void openingAMappingFlagsFieldsTheEntitiesNoLongerHave()
    {
        // The schemas moved on since the mapping was saved: the CRM renamed firstname to
        // first_name, the marketing list dropped LNAME. Both rules are flagged, neither dropped.
        EndpointStore endpoints(*m_workspace);
        auto addEntity = [&](const QString &endpointName, const QString &entityName,
                             const QList<FieldNode> &fields) {
            Endpoint endpoint;
            endpoint.name = endpointName;
            endpoint.baseUrl = QStringLiteral("http://127.0.0.1:1/");
            if (!endpoints.find(endpointName).ok())
                QVERIFY(endpoints.save(endpoint).ok());
            Entity entity;
            entity.endpointName = endpointName;
            entity.name = entityName;
            entity.list = { QStringLiteral("GET"), QStringLiteral("/") + entityName };
            FieldTree tree;
            tree.source = QStringLiteral("discovery");
            tree.fields = fields;
            entity.schema = FieldTreeJson::toJson(tree);
            auto saved = endpoints.saveEntity(entity);
            QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message()));
        };
        FieldNode properties;
        properties.name = QStringLiteral("properties");
        properties.type = FieldType::Object;
        for (const char *name : { "email", "first_name", "lastname" }) {
            FieldNode child;
            child.name = QString::fromLatin1(name);
            child.type = FieldType::Text;
            child.examples = { QStringLiteral("x@example.com") };
            properties.children.append(child);
        }
        addEntity(QStringLiteral("CRM"), QStringLiteral("contacts"), { properties });
        FieldNode email;
        email.name = QStringLiteral("email_address");
        email.type = FieldType::Email;
        FieldNode fname;
        fname.name = QStringLiteral("FNAME");
        fname.type = FieldType::Text;
        FieldNode merge;
        merge.name = QStringLiteral("merge_fields");
        merge.type = FieldType::Object;
        merge.children = { fname };
        addEntity(QStringLiteral("Marketing"), QStringLiteral("members"), { email, merge });

        mapping::Mapping m;
        m.name = QStringLiteral("Old mapping");
        m.sourceEntity = QStringLiteral("CRM/contacts");
        m.targetEntity = QStringLiteral("Marketing/members");
        m.sourceFields = { QStringLiteral("properties.email"), QStringLiteral("properties.firstname"),
                           QStringLiteral("properties.lastname") };
        m.targetFields = { QStringLiteral("email_address"), QStringLiteral("merge_fields.FNAME"),
                           QStringLiteral("merge_fields.LNAME") };
        m.rules = {
            mapping::MappingRule {
                QStringLiteral("email_address"), QStringLiteral("properties.email"), {}, {} },
            mapping::MappingRule {
                QStringLiteral("merge_fields.FNAME"), QStringLiteral("properties.firstname"), {}, {} },
            mapping::MappingRule {
                QStringLiteral("merge_fields.LNAME"), QStringLiteral("properties.lastname"), {}, {} }
        };
        QVERIFY(mapping::MappingStore(*m_workspace).save(m).ok());

        m_page->refresh();
        QCOMPARE(m_page->currentMappingName(), QStringLiteral("Old mapping"));
        RulesModel *rules = m_page->rulesModel();
        QCOMPARE(rules->rowCount(), 3);
        QVERIFY(rules->problem(0).isEmpty());
        QVERIFY2(rules->problem(1).contains(QStringLiteral("properties.firstname")),
                 qPrintable(rules->problem(1)));
        QVERIFY2(rules->problem(2).contains(QStringLiteral("LNAME")), qPrintable(rules->problem(2)));
        QCOMPARE(rules->index(1, RulesModel::StatusColumn).data().toString(), rules->problem(1));
        // The entity's examples are the samples.
        QTRY_COMPARE(m_page->previewModel()->rowCount(), 1);
        QCOMPARE(previewCell(0, QStringLiteral("email_address")), QStringLiteral("x@example.com"));
        QVERIFY(m_prompts.shownErrors.isEmpty());
    }

    void csvSamplesFeedTheSchemaAndThePreview()
    {
        openFixture();
        const QString csv = m_dir->file(QStringLiteral("contacts.csv"));
        QVERIFY(test::writeFile(
            csv, QByteArrayLiteral("id,email,FirstName\n7,x@example.com,Dee\n8,broken,Eve\n")));
        m_prompts.fileNames.enqueue(csv);
        m_page->openSampleFile();
        QVERIFY2(m_prompts.shownErrors.isEmpty(), qPrintable(m_prompts.shownErrors.join(QLatin1Char('\n'))));
        QCOMPARE(
            m_page->schemaModel()->paths(),
            (QStringList { QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("FirstName") }));
        // The rules still read properties.*: flagged against the new source, not silently dropped.
        QVERIFY(!m_page->rulesModel()->problem(0).isEmpty());
        QTRY_COMPARE(m_page->previewModel()->rowCount(), 2);

        m_prompts.fileNames.enqueue(m_dir->file(QStringLiteral("missing.csv")));
        m_page->openSampleFile();
        QCOMPARE(m_prompts.shownErrors.size(), 1);
        QVERIFY(m_prompts.shownErrors.first().contains(QStringLiteral("missing.csv")));
        QCOMPARE(m_page->previewModel()->rowCount(), 2); // the previous samples stay
    }

    void staleResultsAreDropped()
    {
        PreviewRunner runner;
        QSignalSpy finished(&runner, &PreviewRunner::finished);
        QSignalSpy dropped(&runner, &PreviewRunner::dropped);
        auto samples = std::make_shared<const std::vector<mapping::Object>>(std::vector<mapping::Object> {
            *mapping::makeObject({ { QStringLiteral("a"), mapping::Value(QStringLiteral("x")) } }) });
        mapping::Mapping first;
        first.rules = { mapping::MappingRule { QStringLiteral("out"), QStringLiteral("\"first\""), {}, {} } };
        mapping::Mapping second;
        second.rules = { mapping::MappingRule { QStringLiteral("out"), QStringLiteral("UPPER(a)"), {}, {} } };
        const quint64 g1 = runner.run(first, samples);
        const quint64 g2 = runner.run(second, samples);
        QVERIFY(g2 > g1);
        QTRY_COMPARE(finished.count() + dropped.count(), 2);
        QCOMPARE(finished.count(), 1);
        const auto result = finished.at(0).at(0).value<PreviewResult>();
        QCOMPARE(result.generation, g2);
        QCOMPARE(result.cells.at(0).at(0), QStringLiteral("X"));
        QCOMPARE(dropped.at(0).at(0).toULongLong(), g1);
    }

    void newRenameDeleteAndExport()
    {
        m_page->newMapping();
        QCOMPARE(m_page->currentMappingName(), QStringLiteral("New mapping"));
        QListView *list = m_page->mappingList();
        QVERIFY(list->model()->setData(list->currentIndex(), QStringLiteral("Orders to ERP")));
        mapping::MappingStore store(*m_workspace);
        QCOMPARE(store.names().value(), QStringList { QStringLiteral("Orders to ERP") });
        m_page->undoStack()->undo();
        QCOMPARE(store.names().value(), QStringList { QStringLiteral("New mapping") });
        QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("New mapping"));

        const QString file = m_dir->file(QStringLiteral("out.json"));
        m_prompts.fileNames.enqueue(file);
        m_page->exportMapping();
        QVERIFY(mapping::MappingFile::load(file).ok());

        m_prompts.answers.enqueue(QMessageBox::Yes);
        m_page->deleteMapping();
        QVERIFY(store.names()->isEmpty());
        QVERIFY(m_page->currentMappingName().isEmpty());
        QVERIFY(m_prompts.shownErrors.isEmpty());
    }
};

QTEST_MAIN(TestMappingsPage)
#include "tst_mappingspage.moc"
