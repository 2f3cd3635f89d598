#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace crmbridge {

/// Typed access to the user's settings (QSettings underneath). Owned by the composition root
/// and handed to whoever needs it; never reached as a global.
class AppSettings
{
public:
    static constexpr int MaxRecentFiles = 10;

    AppSettings();                               ///< the user's settings file
    explicit AppSettings(const QString &iniFile); ///< a given file (tests, portable mode)

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// Most recent first, without duplicates, at most MaxRecentFiles.
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    /// The workspace shown last; empty means the demo workspace.
    QString lastWorkspace() const;
    void setLastWorkspace(const QString &path);

    /// "en" or "zh_CN"; empty means follow the system locale.
    QString language() const;
    void setLanguage(const QString &language);

    QString lastPage() const;
    void setLastPage(const QString &pageId);

    /// A page's own small view state (e.g. which of its tabs is open), by page id.
    QString pageState(const QString &pageId) const;
    void setPageState(const QString &pageId, const QString &state);

    void sync();
    QString fileName() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
};

} // namespace crmbridge
