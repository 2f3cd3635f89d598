#include "core/settings/appsettings.h"

#include <QFileInfo>

namespace crmbridge {

namespace Key {
static const QString Geometry = QStringLiteral("window/geometry");
static const QString State = QStringLiteral("window/state");
static const QString Recent = QStringLiteral("workspace/recentFiles");
static const QString Last = QStringLiteral("workspace/last");
static const QString Language = QStringLiteral("ui/language");
static const QString LastPage = QStringLiteral("ui/lastPage");
static const QString PageState = QStringLiteral("ui/pageState/");
} // namespace Key

AppSettings::AppSettings() : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("crmbridge"), QStringLiteral("crmbridge")) { }

AppSettings::AppSettings(const QString &iniFile) : m_settings(iniFile, QSettings::IniFormat) { }

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(Key::Geometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(Key::Geometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(Key::State).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(Key::State, state);
}

QStringList AppSettings::recentFiles() const
{
    return m_settings.value(Key::Recent).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    m_settings.setValue(Key::Recent, files);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(Key::Recent, files);
}

void AppSettings::clearRecentFiles()
{
    m_settings.remove(Key::Recent);
}

QString AppSettings::lastWorkspace() const
{
    return m_settings.value(Key::Last).toString();
}

void AppSettings::setLastWorkspace(const QString &path)
{
    m_settings.setValue(Key::Last, path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath());
}

QString AppSettings::language() const
{
    return m_settings.value(Key::Language).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(Key::Language, language);
}

QString AppSettings::lastPage() const
{
    return m_settings.value(Key::LastPage).toString();
}

void AppSettings::setLastPage(const QString &pageId)
{
    m_settings.setValue(Key::LastPage, pageId);
}

void AppSettings::sync()
{
    m_settings.sync();
}

QString AppSettings::pageState(const QString &pageId) const
{
    return m_settings.value(Key::PageState + pageId).toString();
}

void AppSettings::setPageState(const QString &pageId, const QString &state)
{
    m_settings.setValue(Key::PageState + pageId, state);
}

} // namespace crmbridge
