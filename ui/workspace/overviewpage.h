#pragma once

#include "ui/shell/page.h"

#include <QPointer>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace crmbridge {

class EnvironmentRepository;
class EnvironmentsDialog;
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
    QUndoStack *undoStack() const override { return m_undoStack; }
    /// Opens the environments editor (its edits go on this page's undo stack).
    EnvironmentsDialog *openEnvironments();

    ObjectCountsModel *countsModel() const { return m_counts; }
    RecentRunsModel *runsModel() const { return m_runs; }

protected:
    void retranslate() override;

private:
    void updateGettingStarted();
    void updateEnvironments();

    PageContext m_context; // a copy: it only holds references
    ObjectCountsModel *m_counts = nullptr;
    RecentRunsModel *m_runs = nullptr;
    QUndoStack *m_undoStack = nullptr;
    EnvironmentRepository *m_environments = nullptr;
    QPointer<EnvironmentsDialog> m_environmentsDialog;

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
    QLabel *m_environmentsSummary = nullptr;
    QPushButton *m_editEnvironments = nullptr;
};

} // namespace crmbridge
