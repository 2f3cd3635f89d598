// The Mappings page's formula editor and live samples, driven offscreen against a real sandbox:
// the in-place editor highlights functions, fields, strings and numbers and underlines the
// parser's error at its column, still completing function names; "Fetch Live Samples" brings up
// to 1,000 records of the source entity through its endpoint in the chosen environment, shows
// progress, previews them, and on failure names the URL and status and keeps the old samples.
#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/mapping/mappingstore.h"
#include "core/net/activityrecorder.h"
#include "core/sandbox/sandboxdemoseeder.h"
#include "core/sandbox/sandboxserver.h"
#include "core/settings/appsettings.h"
#include "core/workspace/workspace.h"
#include "models/common/requestcounter.h"
#include "models/mapping/livesamplefetcher.h"
#include "models/mapping/previewmodel.h"
#include "models/mapping/rulesmodel.h"
#include "testsupport.h"
#include "ui/mapping/formulaeditor.h"
#include "ui/mapping/mappingspage.h"
#include "ui/shell/prompts.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoGroup>
#include <QUndoStack>

using namespace crmbridge;

namespace {

/// The formats the highlighter gave the characters [start, start + length) of the editor's text.
QList<QTextCharFormat> formatsAt(FormulaEdit *editor, int start, int length)
{
    QList<QTextCharFormat> found;
    const QTextBlock block = editor->document()->firstBlock();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.start <= start && range.start + range.length >= start + length)
            found.append(range.format);
    }
    return found;
}

} // namespace

class TestMappingsLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("CRMBRIDGE_NO_KEYCHAIN", "1");
        m_server = std::make_unique<SandboxServer>();
        SandboxOptions options;
        options.basePort = 0;
        auto started = m_server->start(options);
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message()));
    }

    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        auto ws = Workspace::create(m_dir->file(QStringLiteral("test.crmbridge")), {});
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().message()));
        m_workspace = std::move(ws.value());

        // The demo endpoints and the Sandbox environment, pointed at this test's sandbox.
        Environment sandbox = sandboxEnvironment();
        for (EnvironmentVariable &v : sandbox.variables) {
            if (v.name == QStringLiteral("crm_base_url"))
                v.value = m_server->system(SandboxSystemId::Crm).baseUrl.toString();
        }
        QVERIFY(EnvironmentStore(*m_workspace).save(sandbox).ok());
        EndpointStore endpoints(*m_workspace);
        for (const DemoEndpoint &demo : sandboxDemoEndpoints()) {
            QVERIFY(endpoints.save(demo.endpoint).ok());
            for (const Entity &entity : demo.entities)
                QVERIFY(endpoints.saveEntity(entity).ok());
        }
        mapping::Mapping m;
        m.name = QStringLiteral("Contacts to customers");
        m.sourceEntity = QStringLiteral("Demo CRM/contacts");
        m.targetFields = { QStringLiteral("email"), QStringLiteral("name") };
        m.rules = { mapping::MappingRule { QStringLiteral("email"),
                                           QStringLiteral("LOWER(TRIM(properties.email))"),
                                           {},
                                           {} } };
        QVERIFY(mapping::MappingStore(*m_workspace).save(m).ok());

        m_settings = std::make_unique<AppSettings>(m_dir->file(QStringLiteral("settings.ini")));
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("CRM Bridge tests"));
        registerSandboxSecrets(*m_secrets);
        m_undoGroup = std::make_unique<QUndoGroup>();
        m_recorder = std::make_unique<ActivityRecorder>(*m_workspace);
        m_requests = std::make_unique<RequestCounter>();
        m_context = std::make_unique<PageContext>(PageContext { *m_workspace, *m_settings, m_prompts, *m_undoGroup,
                                                                *m_secrets, m_recorder.get(), m_requests.get() });
        m_page = std::make_unique<MappingsPage>(*m_context);
        m_page->resize(1300, 850);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QCOMPARE(m_page->currentMappingName(), QStringLiteral("Contacts to customers"));
        // The entity has no stored examples: opening the mapping fetches live samples by itself
        // (Sandbox is not a production environment).
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->fetcher()->isRunning(), 60000);
        QVERIFY2(m_page->sampleStatus()->text().contains(QStringLiteral("live from Demo CRM ▸ contacts")),
                 qPrintable(m_page->sampleStatus()->text()));
    }

    void cleanup()
    {
        m_page.reset();
        m_context.reset();
        m_requests.reset();
        m_recorder.reset();
        m_undoGroup.reset();
        m_secrets.reset();
        m_settings.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void editorHighlightsAndUnderlinesErrors()
    {
        QTableView *view = m_page->rulesView();
        const QModelIndex formula = m_page->rulesModel()->index(0, RulesModel::FormulaColumn);
        view->setCurrentIndex(formula);
        view->edit(formula);
        auto *editor = view->findChild<FormulaEdit *>(QStringLiteral("formulaEditor"));
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("LOWER(TRIM(properties.email))"));

        editor->selectAll();
        const QString text = QStringLiteral("UPPER(properties.email) & \"-\" & 42");
        QTest::keyClicks(editor, text);
        QCOMPARE(editor->text(), text);
        // Function, field path, string and number each carry their own colour.
        const auto function = formatsAt(editor, 0, 5);
        QVERIFY(!function.isEmpty());
        QCOMPARE(function.first().fontWeight(), int(QFont::Bold));
        const auto field = formatsAt(editor, 6, 10); // "properties"
        QVERIFY(!field.isEmpty());
        const auto string = formatsAt(editor, int(text.indexOf(u'"')), 3);
        QVERIFY(!string.isEmpty());
        const auto number = formatsAt(editor, int(text.indexOf(QStringLiteral("42"))), 2);
        QVERIFY(!number.isEmpty());
        QVERIFY(function.first().foreground() != field.first().foreground());
        QVERIFY(field.first().foreground() != string.first().foreground());
        QVERIFY(string.first().foreground() != number.first().foreground());
        QVERIFY(editor->toolTip().isEmpty()); // it parses

        // An error: underlined where the parser says, with the message as the tooltip.
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("UPPER(properties.email,, 2)"));
        const int comma = int(editor->text().indexOf(QStringLiteral(",,"))) + 1;
        bool underlined = false;
        for (const QTextCharFormat &f : formatsAt(editor, comma, 1))
            underlined = underlined || f.underlineStyle() == QTextCharFormat::WaveUnderline;
        QVERIFY(underlined);
        QVERIFY2(editor->toolTip().startsWith(QStringLiteral("1:%1").arg(comma + 1)), qPrintable(editor->toolTip()));
        for (const QTextCharFormat &f : formatsAt(editor, 0, 5))
            QVERIFY(f.underlineStyle() != QTextCharFormat::WaveUnderline);

        // Completion still offers function names for the word under the cursor.
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("PROP"));
        QCompleter *completer = editor->completer();
        QCOMPARE(completer->completionPrefix(), QStringLiteral("PROP"));
        QVERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), QStringLiteral("PROPER"));
        completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(editor->text(), QStringLiteral("PROPER"));

        // Return commits: one undo step, saved.
        QTest::keyClicks(editor, QStringLiteral("(properties.firstname)"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(m_page->undoStack()->count(), 1);
        QCOMPARE(mapping::MappingStore(*m_workspace).find(QStringLiteral("Contacts to customers"))->mapping.rules.at(0).formula,
                 QStringLiteral("PROPER(properties.firstname)"));
    }

    void liveSamplesFromTheEndpoint()
    {
        auto *environment = m_page->findChild<QComboBox *>(QStringLiteral("sampleEnvironment"));
        QCOMPARE(environment->currentData().toString(), QStringLiteral("Sandbox"));
        auto *fetch = m_page->findChild<QPushButton *>(QStringLiteral("fetchSamplesButton"));
        QVERIFY(fetch->isEnabled());
        QSignalSpy progress(m_page->fetcher(), &LiveSampleFetcher::progress);
        QSignalSpy finished(m_page->fetcher(), &LiveSampleFetcher::finished);
        QTest::mouseClick(fetch, Qt::LeftButton);
        QCOMPARE(fetch->text(), QStringLiteral("Cancel Fetch")); // a second click would cancel
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().first().value<LiveSampleResult>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(progress.size() >= 2); // page by page
        QVERIFY(result.records->size() > 100);
        QVERIFY(result.records->size() <= 1000);
        QCOMPARE(fetch->text(), QStringLiteral("Fetch Live Samples"));
        QVERIFY2(m_page->sampleStatus()->text().contains(QStringLiteral("live from Demo CRM ▸ contacts")),
                 qPrintable(m_page->sampleStatus()->text()));
        // The preview maps the fetched records.
        QTRY_COMPARE(m_page->previewModel()->rowCount(), int(result.records->size()));
        const int column = int(m_page->previewModel()->result().columns.indexOf(QStringLiteral("email")));
        QVERIFY(column >= 0);
        const QString email = m_page->previewModel()->index(0, column).data().toString();
        QVERIFY2(email.contains(u'@') && email == email.toLower(), qPrintable(email));
        // Recorded like any request of the window.
        QVERIFY(m_recorder->flush().ok());
        auto recent = ActivityRecorder::recent(*m_workspace, 5, QStringLiteral("Demo CRM"));
        QVERIFY(recent.ok() && !recent->isEmpty());
        QCOMPARE(m_requests->inFlight(), 0);
    }

    void failedFetchNamesUrlAndStatusAndKeepsSamples()
    {
        auto *environment = m_page->findChild<QComboBox *>(QStringLiteral("sampleEnvironment"));
        auto *fetch = m_page->findChild<QPushButton *>(QStringLiteral("fetchSamplesButton"));
        QSignalSpy finished(m_page->fetcher(), &LiveSampleFetcher::finished);
        QTest::mouseClick(fetch, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        const int rows = m_page->previewModel()->rowCount();
        QVERIFY(rows > 0);

        // A wrong token for the CRM (the demo endpoint's secret, replaced for this session).
        const SecretRef secret = EndpointStore(*m_workspace).find(QStringLiteral("Demo CRM"))->auth.secret;
        QVERIFY(!secret.key.isEmpty());
        m_secrets->setSessionSecret(secret.key, "not-the-token");
        QCOMPARE(environment->currentData().toString(), QStringLiteral("Sandbox"));
        QTest::mouseClick(fetch, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        const auto result = finished.last().first().value<LiveSampleResult>();
        QVERIFY(!result.ok());
        const QString status = m_page->sampleStatus()->text();
        QVERIFY2(status.contains(QStringLiteral("401")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("/crm/v3/objects/contacts")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("previous samples stay")), qPrintable(status));
        QVERIFY(!status.contains(QStringLiteral("not-the-token"))); // never the credential
        QCOMPARE(m_page->previewModel()->rowCount(), rows);
    }

    void fetchCanBeCancelled()
    {
        SandboxFaults slow;
        slow.latencyMs = 2000;
        m_server->setFaults(SandboxSystemId::Crm, slow);
        auto *fetch = m_page->findChild<QPushButton *>(QStringLiteral("fetchSamplesButton"));
        QSignalSpy finished(m_page->fetcher(), &LiveSampleFetcher::finished);
        QTest::mouseClick(fetch, Qt::LeftButton);
        QTRY_COMPARE(m_requests->inFlight(), 1);
        QTest::mouseClick(fetch, Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().value<LiveSampleResult>().cancelled);
        QVERIFY(m_page->sampleStatus()->text().contains(QStringLiteral("cancelled")));
        QTRY_COMPARE(m_requests->inFlight(), 0);
        m_server->clearFaults();
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QUndoGroup> m_undoGroup;
    std::unique_ptr<ActivityRecorder> m_recorder;
    std::unique_ptr<RequestCounter> m_requests;
    ScriptedPrompts m_prompts;
    std::unique_ptr<PageContext> m_context;
    std::unique_ptr<MappingsPage> m_page;
};

QTEST_MAIN(TestMappingsLive)
#include "tst_mappingslive.moc"
