#pragma once

#include "core/sync/syncrunner.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace crmbridge {

class RunChart;
class RunCountsModel;

/// The run view: Run, Pause/Resume and Cancel; the live counts per action (written, failed,
/// progress bars painted by a delegate), the other plan counts, records/s and ETA, a throughput
/// and error chart, the success and error files, and "Retry failed rows…". The page starts the
/// runs; this view shows what SyncRunner reports.
class RunView : public QWidget
{
    Q_OBJECT

public:
    explicit RunView(QWidget *parent = nullptr);

    RunCountsModel *counts() const { return m_counts; }
    RunChart *chart() const { return m_chart; }
    QTableView *countsView() const { return m_countsView; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *rateLabel() const { return m_rate; }
    QLabel *filesLabel() const { return m_files; }
    /// The run shown (0: none).
    qint64 runId() const { return m_runId; }

    /// A run (or resume, or retry) of `title` started.
    void started(const QString &title);
    void setProgress(const sync::SyncProgress &progress);
    void setOutcome(const sync::SyncOutcome &outcome);
    /// Shows a finished run from the history (its summary's counts and files).
    void showRun(const sync::RunRecord &run);
    /// The chart of the run shown, read from its journal (RunItemsLoader).
    void showThroughput(qint64 runId, const QList<QPointF> &written, const QList<QPointF> &failed);
    void setPaused(bool paused);
    void setStatus(const QString &text, bool error = false);
    void retranslate();

signals:
    void runRequested();
    void pauseRequested(bool pause);
    void cancelRequested();
    void retryRequested(qint64 runId);

private:
    void setBusy(bool busy);
    void showProgress(const sync::SyncProgress &progress);
    void showOtherCounts(const sync::PlanCounts &planned);
    void showFiles(const QJsonObject &summary);

    RunCountsModel *m_counts;
    qint64 m_runId = 0;
    bool m_busy = false;
    bool m_paused = false;
    qint64 m_failedTotal = 0;
    QElapsedTimer m_clock;
    /// Progress arrives up to 10 times a second; the view repaints at most 4 times a second (each
    /// repaint of the window can wait for the display server). A phase or pause change shows at
    /// once; the newest progress waits here for the next repaint.
    QTimer m_repaintTimer;
    std::optional<sync::SyncProgress> m_pending;
    std::optional<sync::SyncPhase> m_lastPhase;

    QPushButton *m_run = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_other = nullptr;
    QLabel *m_files = nullptr;
    QTableView *m_countsView = nullptr;
    RunChart *m_chart = nullptr;
};

} // namespace crmbridge
