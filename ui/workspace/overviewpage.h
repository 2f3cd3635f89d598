#pragma once

#include "ui/shell/page.h"

class QFormLayout;
class QLabel;
class QTableView;

namespace crmbridge {

class ObjectCountsModel;
class RecentRunsModel;

/// The Workspace overview: what file is open, what it holds, the newest runs and how to start.
class OverviewPage : public Page
{
    Q_OBJECT

public:
    OverviewPage(PageContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("overview"); }
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    ObjectCountsModel *countsModel() const { return m_counts; }
    RecentRunsModel *runsModel() const { return m_runs; }

protected:
    void retranslate() override;

private:
    void updateGettingStarted();

    PageContext m_context; // a copy: it only holds references
    ObjectCountsModel *m_counts = nullptr;
    RecentRunsModel *m_runs = nullptr;

    QLabel *m_heading = nullptr;
    QLabel *m_demoNote = nullptr;
    QLabel *m_fileCaption = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_sizeCaption = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_schemaCaption = nullptr;
    QLabel *m_schema = nullptr;
    QLabel *m_createdCaption = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_contentsLabel = nullptr;
    QTableView *m_countsView = nullptr;
    QLabel *m_runsLabel = nullptr;
    QTableView *m_runsView = nullptr;
    QLabel *m_noRuns = nullptr;
    QLabel *m_startLabel = nullptr;
    QLabel *m_gettingStarted = nullptr;
};

} // namespace crmbridge
