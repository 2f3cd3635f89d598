#include "core/common/appinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace crmbridge::AppInfo {

void apply()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("crmbridge.dev"));
    QCoreApplication::setApplicationName(QStringLiteral("crmbridge"));
    QCoreApplication::setApplicationVersion(version());
}

QString version()
{
    return QStringLiteral(CRMBRIDGE_VERSION);
}

QString displayName()
{
    return QStringLiteral("CRM Bridge");
}

QString demoWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo.crmbridge"));
}

QString translationResource(const QString &language)
{
    return QStringLiteral(":/i18n/crmbridge_") + language + QStringLiteral(".qm");
}

} // namespace crmbridge::AppInfo
