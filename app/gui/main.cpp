#include "core/common/appinfo.h"
#include "ui/shell/application.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include "ui/shell/mainwindow.h"

namespace {

/// Quits once the watched widget has painted (after expose), for the startup benchmark.
class FirstPaintWatcher : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication qapp(argc, argv);
    crmbridge::AppInfo::apply();
    QApplication::setApplicationDisplayName(crmbridge::AppInfo::displayName());

    QCommandLineParser parser;
    parser.setApplicationDescription(crmbridge::AppInfo::displayName());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("Language: en or zh_CN."),
                                      QStringLiteral("LANG"));
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A workspace to open."));
    parser.process(qapp);

    crmbridge::ApplicationOptions options;
    options.workspacePath = parser.positionalArguments().value(0);
    options.language = parser.value(language);
    crmbridge::Application application(options);
    application.start();
    // bench/startup: quit as soon as the window has painted its first frame.
    if (qEnvironmentVariableIsSet("CRMBRIDGE_EXIT_AFTER_FIRST_FRAME")) {
        auto *firstPaint = new FirstPaintWatcher(&qapp);
        application.window()->installEventFilter(firstPaint);
    }
    return QApplication::exec();
}
