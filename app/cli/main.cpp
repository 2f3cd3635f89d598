#include "cliapplication.h"

#include "core/common/appinfo.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    crmbridge::AppInfo::apply();
    crmbridge::cli::CliApplication cli(QCoreApplication::arguments());
    return cli.run();
}
