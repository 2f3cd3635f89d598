#include "ui/shell/welcomepage.h"

#include "core/settings/appsettings.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace crmbridge {

WelcomePage::WelcomePage(AppSettings &settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 48, 48, 48);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    outer->addWidget(m_title);

    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    outer->addWidget(m_subtitle);
    outer->addSpacing(16);

    auto *buttons = new QHBoxLayout;
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newWorkspaceButton"));
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openWorkspaceButton"));
    m_demoButton = new QPushButton(this);
    m_demoButton->setObjectName(QStringLiteral("openDemoButton"));
    m_demoButton->setDefault(true);
    buttons->addWidget(m_demoButton);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_openButton);
    buttons->addStretch(1);
    outer->addLayout(buttons);
    outer->addSpacing(24);

    m_recentLabel = new QLabel(this);
    QFont bold = m_recentLabel->font();
    bold.setBold(true);
    m_recentLabel->setFont(bold);
    outer->addWidget(m_recentLabel);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setMaximumWidth(720);
    outer->addWidget(m_recent, 1);

    connect(m_newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(m_openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_demoButton, &QPushButton::clicked, this, &WelcomePage::openDemoRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit openRecentRequested(item->data(Qt::UserRole).toString()); });

    retranslate();
}

void WelcomePage::refresh()
{
    m_recent->clear();
    for (const QString &file : m_settings.recentFiles()) {
        const QFileInfo info(file);
        auto *item = new QListWidgetItem(info.completeBaseName() + QStringLiteral("  —  ")
                                             + QDir::toNativeSeparators(info.absolutePath()),
                                         m_recent);
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
        if (!info.exists())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    m_recentLabel->setVisible(m_recent->count() > 0);
    m_recent->setVisible(m_recent->count() > 0);
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("No workspace is open"));
    m_subtitle->setText(tr("A workspace holds your endpoints, mappings, sync profiles, run history and "
                           "reconciliation sessions in one file. Every change is saved at once."));
    m_newButton->setText(tr("New Workspace…"));
    m_openButton->setText(tr("Open Workspace…"));
    m_demoButton->setText(tr("Open the Demo Workspace"));
    m_recentLabel->setText(tr("Recent workspaces"));
}

} // namespace crmbridge
