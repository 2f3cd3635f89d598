#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace crmbridge {

class AppSettings;

/// What the window shows when no workspace is open: new, open, the demo, and recent files.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(AppSettings &settings, QWidget *parent = nullptr);
    void refresh();

signals:
    void newRequested();
    void openRequested();
    void openDemoRequested();
    void openRecentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AppSettings &m_settings;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_demoButton = nullptr;
    QLabel *m_recentLabel = nullptr;
    QListWidget *m_recent = nullptr;
};

} // namespace crmbridge
