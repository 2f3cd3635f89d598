// crmbridge-cli run as a real process: version, workspace init/info/migrate, bad input, exit codes,
// and the promise that the binary links neither Qt Gui nor Qt Widgets.
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace crmbridge;

class TestCliWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void version()
    {
        test::TempDir home;
        const auto r = test::runCli({QStringLiteral("--version")}, home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("crmbridge-cli 0.")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Qt 6.")));
        QVERIFY(r.out.contains(QStringLiteral("SQLite 3.")));

        const auto j = test::runCli({QStringLiteral("--version"), QStringLiteral("--json")}, home.path());
        QCOMPARE(j.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("version")).toString().startsWith(QStringLiteral("0.")));
#ifdef CRMBRIDGE_JEMALLOC
        // The CLI runs on jemalloc (cmake/CrmBridgeAllocator.cmake), and says which.
        QVERIFY2(o.value(QStringLiteral("allocator")).toString().startsWith(QStringLiteral("jemalloc 5.")), qPrintable(j.out));
        QVERIFY2(r.out.contains(QStringLiteral("jemalloc 5.")), qPrintable(r.out));
#else
        QCOMPARE(o.value(QStringLiteral("allocator")).toString(), QStringLiteral("system"));
#endif
    }

    void doesNotLinkGuiOrWidgets()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {test::cliPath()});
        QVERIFY(ldd.waitForFinished(30000));
        const QString libs = QString::fromUtf8(ldd.readAllStandardOutput());
        QVERIFY2(libs.contains(QStringLiteral("libQt6Core")), qPrintable(libs));
        QVERIFY2(!libs.contains(QStringLiteral("libQt6Gui")), qPrintable(libs));
        QVERIFY2(!libs.contains(QStringLiteral("libQt6Widgets")), qPrintable(libs));
    }

    void initThenInfo()
    {
        test::TempDir home;
        const QString file = home.file(QStringLiteral("sales.crmbridge"));
        const auto init = test::runCli({QStringLiteral("workspace"), QStringLiteral("init"), file,
                                        QStringLiteral("--name"), QStringLiteral("Sales team")},
                                       home.path());
        QCOMPARE(init.exitCode, 0);
        QVERIFY2(init.out.contains(QStringLiteral("Created workspace \"Sales team\"")), qPrintable(init.out));
        QVERIFY(QFileInfo::exists(file));

        const auto info = test::runCli({QStringLiteral("workspace"), QStringLiteral("info"), QStringLiteral("--workspace"),
                                        file, QStringLiteral("--json")},
                                       home.path());
        QCOMPARE(info.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Sales team"));
        QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), o.value(QStringLiteral("latestSchemaVersion")).toInt());
        QCOMPARE(o.value(QStringLiteral("needsMigration")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("endpoints")).toInt(-1), 0);

        const auto text = test::runCli({QStringLiteral("--workspace"), file, QStringLiteral("workspace"), QStringLiteral("info")},
                                       home.path());
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("Schema version:")));
        QVERIFY(text.out.contains(QStringLiteral("Endpoints")));

        // init never overwrites without --force.
        const auto again = test::runCli({QStringLiteral("workspace"), QStringLiteral("init"), file}, home.path());
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
    }

    void defaultIsTheDemoWorkspace()
    {
        test::TempDir home;
        const auto info = test::runCli({QStringLiteral("workspace"), QStringLiteral("info"), QStringLiteral("--json")},
                                       home.path());
        QCOMPARE(info.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("demo")).toBool(), true);
        QVERIFY2(o.value(QStringLiteral("file")).toString().startsWith(home.path()), qPrintable(info.out));
    }

    void badWorkspaceIsExit2AndUntouched()
    {
        test::TempDir home;
        const QString file = home.file(QStringLiteral("notes.crmbridge"));
        QVERIFY(test::writeFile(file, "these are my meeting notes\n"));
        const QByteArray before = test::fileHash(file);
        for (const QString &verb : {QStringLiteral("info"), QStringLiteral("migrate")}) {
            const auto r = test::runCli({QStringLiteral("workspace"), verb, QStringLiteral("--workspace"), file}, home.path());
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.out.isEmpty());
            const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
            QCOMPARE(lines.size(), 1); // one line: what, where, what to do
            QVERIFY2(lines.first().contains(QStringLiteral("not a CRM Bridge workspace")), qPrintable(r.err));
            QVERIFY(lines.first().contains(file));
            QVERIFY(lines.first().contains(QStringLiteral("create a new workspace")));
        }
        QCOMPARE(test::fileHash(file), before);
    }

    void migrateReportsTheSteps()
    {
        test::TempDir home;
        const QString file = home.file(QStringLiteral("w.crmbridge"));
        QCOMPARE(test::runCli({QStringLiteral("workspace"), QStringLiteral("init"), file}, home.path()).exitCode, 0);
        const auto upToDate = test::runCli({QStringLiteral("workspace"), QStringLiteral("migrate"), QStringLiteral("--workspace"),
                                            file, QStringLiteral("--json")},
                                           home.path());
        QCOMPARE(upToDate.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(upToDate.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("fromVersion")).toInt(), o.value(QStringLiteral("toVersion")).toInt());
        QCOMPARE(o.value(QStringLiteral("backup")).toString(), QString());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no command") << QStringList{} << "Usage: crmbridge-cli";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command 'frobnicate'";
        QTest::newRow("group without verb") << QStringList{QStringLiteral("workspace")} << "needs a command";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("workspace"), QStringLiteral("info"), QStringLiteral("--bogus")}
                                        << "Unknown option 'bogus'";
        QTest::newRow("missing argument") << QStringList{QStringLiteral("workspace"), QStringLiteral("init")} << "takes 1 argument";
        QTest::newRow("bad --var") << QStringList{QStringLiteral("workspace"), QStringLiteral("info"), QStringLiteral("--var"),
                                                  QStringLiteral("novalue")}
                                   << "--var needs NAME=VALUE";
        QTest::newRow("bad --lang") << QStringList{QStringLiteral("workspace"), QStringLiteral("info"), QStringLiteral("--lang"),
                                                   QStringLiteral("klingon")}
                                    << "--lang must be en or zh_CN";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        test::TempDir home;
        const auto r = test::runCli(args, home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void helpIsExit0()
    {
        test::TempDir home;
        const auto top = test::runCli({QStringLiteral("--help")}, home.path());
        QCOMPARE(top.exitCode, 0);
        QVERIFY(top.out.contains(QStringLiteral("workspace init FILE")));
        QVERIFY(top.out.contains(QStringLiteral("Exit codes")));
        const auto sub = test::runCli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--help")}, home.path());
        QCOMPARE(sub.exitCode, 0);
        QVERIFY2(sub.out.startsWith(QStringLiteral("Usage: crmbridge-cli workspace init [options] FILE")), qPrintable(sub.out));
        QVERIFY(sub.out.contains(QStringLiteral("--demo")));
    }

    void exportThenImportRoundTrips()
    {
        test::TempDir home;
        const QString demo = home.file(QStringLiteral("demo.crmbridge"));
        QCOMPARE(test::runCli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--demo"), demo}, home.path()).exitCode, 0);
        const QString dir = home.file(QStringLiteral("export"));
        const auto exported = test::runCli({QStringLiteral("workspace"), QStringLiteral("export"), dir, QStringLiteral("--workspace"), demo,
                                            QStringLiteral("--json")},
                                           home.path());
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QJsonObject summary = QJsonDocument::fromJson(exported.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("endpoints")).toInt(), 5); // with Demo ERP (SOAP)
        QCOMPARE(summary.value(QStringLiteral("entities")).toInt(), 12);
        QVERIFY(QFile::exists(dir + QStringLiteral("/endpoints/demo-crm/endpoint.json")));
        QVERIFY(QFile::exists(dir + QStringLiteral("/endpoints/demo-crm/entities/contacts.json")));
        QVERIFY(QFile::exists(dir + QStringLiteral("/environments/sandbox.json")));

        // Into an empty workspace, then out again: the same files, byte for byte.
        const QString other = home.file(QStringLiteral("other.crmbridge"));
        QCOMPARE(test::runCli({QStringLiteral("workspace"), QStringLiteral("init"), other}, home.path()).exitCode, 0);
        const auto imported = test::runCli({QStringLiteral("workspace"), QStringLiteral("import"), dir, QStringLiteral("--workspace"), other},
                                           home.path());
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString again = home.file(QStringLiteral("again"));
        QCOMPARE(test::runCli({QStringLiteral("workspace"), QStringLiteral("export"), again, QStringLiteral("--workspace"), other}, home.path()).exitCode, 0);
        for (const QString &file : {QStringLiteral("/endpoints/demo-erp/endpoint.json"), QStringLiteral("/endpoints/demo-helpdesk/entities/tickets.json"),
                                    QStringLiteral("/environments/sandbox.json")})
            QCOMPARE(test::fileHash(again + file), test::fileHash(dir + file));

        // A damaged file is named, and nothing is imported.
        QVERIFY(test::writeFile(dir + QStringLiteral("/endpoints/demo-crm/entities/contacts.json"), "{ not json"));
        const QString third = home.file(QStringLiteral("third.crmbridge"));
        QCOMPARE(test::runCli({QStringLiteral("workspace"), QStringLiteral("init"), third}, home.path()).exitCode, 0);
        const auto broken = test::runCli({QStringLiteral("workspace"), QStringLiteral("import"), dir, QStringLiteral("--workspace"), third}, home.path());
        QCOMPARE(broken.exitCode, 2);
        QVERIFY2(broken.err.contains(QStringLiteral("contacts.json")), qPrintable(broken.err));
        const auto info = test::runCli({QStringLiteral("workspace"), QStringLiteral("info"), QStringLiteral("--workspace"), third, QStringLiteral("--json")},
                                       home.path());
        QCOMPARE(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("counts")).toObject().value(QStringLiteral("endpoints")).toInt(), 0);
    }

    void chineseMessages()
    {
        test::TempDir home;
        const QString file = home.file(QStringLiteral("x.crmbridge"));
        QVERIFY(test::writeFile(file, "plain text"));
        const auto r = test::runCli({QStringLiteral("workspace"), QStringLiteral("info"), QStringLiteral("--workspace"), file,
                                     QStringLiteral("--lang"), QStringLiteral("zh_CN")},
                                    home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("工作区")), qPrintable(r.err));
        QVERIFY(r.err.contains(file));
    }
};

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "tst_cli_workspace.moc"
