#include "core/common/appinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#ifdef CRMBRIDGE_JEMALLOC
#include <jemalloc/jemalloc.h>
#endif

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

QString allocator()
{
#ifdef CRMBRIDGE_JEMALLOC
    const char *text = nullptr;
    size_t size = sizeof(text);
    if (mallctl("version", &text, &size, nullptr, 0) == 0 && text) {
        const QString v = QString::fromLatin1(text); // "5.3.0-0-g54eaed1d…"
        return QStringLiteral("jemalloc ") + v.left(v.indexOf(QLatin1Char('-')));
    }
    return QStringLiteral("jemalloc");
#else
    return QStringLiteral("system");
#endif
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
