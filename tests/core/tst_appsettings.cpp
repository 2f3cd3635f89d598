#include "core/settings/appsettings.h"
#include "testsupport.h"

#include <QTest>

using namespace crmbridge;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void valuesSurviveARestart()
    {
        test::TempDir dir;
        const QString ini = dir.file(QStringLiteral("settings.ini"));
        {
            AppSettings settings(ini);
            settings.setWindowGeometry(QByteArray("geometry-bytes"));
            settings.setWindowState(QByteArray("state-bytes"));
            settings.setLanguage(QStringLiteral("zh_CN"));
            settings.setLastWorkspace(dir.file(QStringLiteral("a.crmbridge")));
            settings.setLastPage(QStringLiteral("overview"));
            settings.sync();
        }
        AppSettings settings(ini);
        QCOMPARE(settings.windowGeometry(), QByteArray("geometry-bytes"));
        QCOMPARE(settings.windowState(), QByteArray("state-bytes"));
        QCOMPARE(settings.language(), QStringLiteral("zh_CN"));
        QCOMPARE(settings.lastWorkspace(), dir.file(QStringLiteral("a.crmbridge")));
        QCOMPARE(settings.lastPage(), QStringLiteral("overview"));
    }

    void recentFilesAreMostRecentFirstWithoutDuplicates()
    {
        test::TempDir dir;
        AppSettings settings(dir.file(QStringLiteral("settings.ini")));
        QVERIFY(settings.recentFiles().isEmpty());
        settings.addRecentFile(dir.file(QStringLiteral("a.crmbridge")));
        settings.addRecentFile(dir.file(QStringLiteral("b.crmbridge")));
        settings.addRecentFile(dir.file(QStringLiteral("a.crmbridge")));
        QCOMPARE(settings.recentFiles(),
                 (QStringList{dir.file(QStringLiteral("a.crmbridge")), dir.file(QStringLiteral("b.crmbridge"))}));
        settings.removeRecentFile(dir.file(QStringLiteral("a.crmbridge")));
        QCOMPARE(settings.recentFiles(), QStringList{dir.file(QStringLiteral("b.crmbridge"))});
    }

    void recentFilesAreCapped()
    {
        test::TempDir dir;
        AppSettings settings(dir.file(QStringLiteral("settings.ini")));
        for (int i = 0; i < AppSettings::MaxRecentFiles + 5; ++i)
            settings.addRecentFile(dir.file(QStringLiteral("w%1.crmbridge").arg(i)));
        QCOMPARE(settings.recentFiles().size(), AppSettings::MaxRecentFiles);
        QCOMPARE(settings.recentFiles().first(),
                 dir.file(QStringLiteral("w%1.crmbridge").arg(AppSettings::MaxRecentFiles + 4)));
        settings.clearRecentFiles();
        QVERIFY(settings.recentFiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
