#include "core/common/appinfo.h"
#include "ui/shell/application.h"

#include <QApplication>
#include <QCommandLineParser>

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
    return QApplication::exec();
}
