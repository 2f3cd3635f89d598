#include "ui/sync/runview.h"

#include "models/sync/runcountsmodel.h"
#include "models/sync/synclabels.h"
#include "ui/sync/progressdelegate.h"
#include "ui/sync/runchart.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace crmbridge {

using namespace sync;

RunView::RunView(QWidget *parent)
    : QWidget(parent)
    , m_counts(new RunCountsModel(this))
{
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_pause = new QPushButton(this);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    auto *bar = new QHBoxLayout;
    for (QPushButton *b : { m_run, m_pause, m_cancel })
        bar->addWidget(b);
    bar->addStretch(1);
    bar->addWidget(m_retry);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("runTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("runRate"));
    m_other = new QLabel(this);
    m_other->setObjectName(QStringLiteral("runOtherCounts"));
    m_other->setWordWrap(true);
    m_files = new QLabel(this);
    m_files->setObjectName(QStringLiteral("runFiles"));
    m_files->setWordWrap(true);
    m_files->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_files->setOpenExternalLinks(true);

    m_countsView = new QTableView(this);
    m_countsView->setObjectName(QStringLiteral("runCountsView"));
    m_countsView->setModel(m_counts);
    m_countsView->setItemDelegateForColumn(RunCountsModel::ProgressColumn,
                                           new ProgressDelegate(RunCountsModel::ProgressRole, m_countsView));
    m_countsView->verticalHeader()->hide();
    m_countsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_countsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_countsView->horizontalHeader()->setStretchLastSection(true);
    m_countsView->setColumnWidth(RunCountsModel::ActionColumn, 120);
    const int rowHeight = m_countsView->fontMetrics().height() + 6;
    m_countsView->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_countsView->setFixedHeight(rowHeight * (RunCountsModel::TotalRow + 1) + m_countsView->horizontalHeader()->sizeHint().height()
                                 + 2 * m_countsView->frameWidth());

    m_chart = new RunChart(this);
    m_chart->setObjectName(QStringLiteral("runChart"));

    // The view scrolls rather than asking the window for its full height (the sandbox dock and a
    // small screen leave little of it).
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("runScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll);
    layout->addLayout(bar);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_countsView);
    layout->addWidget(m_rate);
    layout->addWidget(m_other);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_files);

    m_repaintTimer.setSingleShot(true);
    m_repaintTimer.setInterval(250);
    connect(&m_repaintTimer, &QTimer::timeout, this, [this] {
        if (m_pending) {
            const sync::SyncProgress progress = *m_pending;
            m_pending.reset();
            showProgress(progress);
        }
    });
    connect(m_run, &QPushButton::clicked, this, &RunView::runRequested);
    connect(m_pause, &QPushButton::clicked, this, [this] { emit pauseRequested(!m_paused); });
    connect(m_cancel, &QPushButton::clicked, this, &RunView::cancelRequested);
    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(m_runId); });
    setBusy(false);
    retranslate();
}

void RunView::setBusy(bool busy)
{
    m_busy = busy;
    m_run->setEnabled(!busy);
    m_pause->setEnabled(busy);
    m_cancel->setEnabled(busy);
    m_retry->setEnabled(!busy && m_runId > 0 && m_failedTotal > 0);
}

void RunView::started(const QString &title)
{
    m_runId = 0;
    m_failedTotal = 0;
    m_paused = false;
    m_pending.reset();
    m_repaintTimer.stop();
    m_lastPhase.reset();
    m_clock.start();
    m_counts->clear();
    m_chart->clear();
    m_title->setText(title);
    m_rate->clear();
    m_other->clear();
    m_files->clear();
    setStatus(SyncLabels::phase(SyncPhase::Starting));
    setBusy(true);
    retranslate();
}

void RunView::setProgress(const SyncProgress &progress)
{
    if (progress.runId > 0)
        m_runId = progress.runId;
    const bool changed = progress.paused != m_paused || !m_lastPhase || *m_lastPhase != progress.phase;
    if (m_repaintTimer.isActive() && !changed) {
        m_pending = progress;
        return;
    }
    m_pending.reset();
    showProgress(progress);
}

void RunView::showProgress(const SyncProgress &progress)
{
    m_lastPhase = progress.phase;
    m_repaintTimer.start();
    m_counts->setProgress(progress);
    m_paused = progress.paused;
    QString phase = SyncLabels::phase(progress.phase);
    if (progress.paused)
        phase = tr("Paused — requests in flight finish, no new ones start");
    else if (progress.phase == SyncPhase::ReadingSource || progress.phase == SyncPhase::ReadingTarget)
        phase = tr("%1 — %n record(s) read", nullptr, int(progress.read)).arg(phase);
    setStatus(phase);
    if (progress.phase == SyncPhase::Writing || progress.phase == SyncPhase::Verifying) {
        qint64 failed = 0;
        for (qint64 n : progress.failed)
            failed += n;
        m_chart->addSample(m_clock.elapsed() / 1000.0, progress.processed, failed);
        m_rate->setText(tr("%1 of %2 writes · %3 records/s · %4 left")
                            .arg(QLocale().toString(progress.processed), QLocale().toString(progress.total),
                                 QLocale().toString(progress.recordsPerSecond, 'f', 1),
                                 progress.etaSeconds < 0 ? tr("time left unknown")
                                                         : SyncLabels::duration(progress.etaSeconds)));
    }
    showOtherCounts(progress.planned);
    retranslate();
}

void RunView::setOutcome(const SyncOutcome &outcome)
{
    m_pending.reset(); // the outcome's counts are the final ones
    m_repaintTimer.stop();
    m_lastPhase.reset();
    if (outcome.runId > 0)
        m_runId = outcome.runId;
    m_counts->setOutcome(outcome);
    m_failedTotal = outcome.failedCount() + outcome.planned[PlanAction::Invalid];
    QString text = tr("%1 in %2: %3 written, %4 failed")
                       .arg(SyncLabels::status(outcome.status), SyncLabels::duration(qint64(outcome.seconds)),
                            QLocale().toString(outcome.doneCount()), QLocale().toString(outcome.failedCount()));
    if (outcome.error)
        text = tr("%1 — %2").arg(SyncLabels::status(outcome.status), outcome.error->message());
    setStatus(text, outcome.status != RunStatus::Succeeded);
    const double rate = outcome.summary.value(QStringLiteral("records_per_second")).toDouble();
    if (rate > 0)
        m_rate->setText(tr("%1 records/s").arg(QLocale().toString(rate, 'f', 1)));
    showOtherCounts(outcome.planned);
    showFiles(outcome.summary);
    setBusy(false);
    retranslate();
}

void RunView::showRun(const RunRecord &run)
{
    if (m_busy)
        return;
    m_runId = run.id;
    SyncOutcome outcome;
    outcome.runId = run.id;
    outcome.status = run.status;
    const QJsonObject planned = run.summary.value(QStringLiteral("planned")).toObject();
    const QJsonObject done = run.summary.value(QStringLiteral("done")).toObject();
    const QJsonObject failed = run.summary.value(QStringLiteral("failed")).toObject();
    for (int i = 0; i < PlanActionCount; ++i) {
        const QString key = toString(PlanAction(i));
        outcome.planned.byAction[std::size_t(i)] = planned.value(key).toInteger();
        outcome.done[std::size_t(i)] = done.value(key).toInteger();
        outcome.failed[std::size_t(i)] = failed.value(key).toInteger();
    }
    outcome.planned.filtered = planned.value(QStringLiteral("filtered")).toInteger();
    outcome.seconds = run.finishedAt.isValid() ? double(run.startedAt.secsTo(run.finishedAt))
                                               : run.summary.value(QStringLiteral("seconds")).toDouble();
    outcome.summary = run.summary;
    m_chart->clear();
    m_title->setText(tr("Run %1 of %2").arg(run.id).arg(run.title));
    setOutcome(outcome);
    const QString error = run.summary.value(QStringLiteral("error")).toString();
    if (!error.isEmpty())
        setStatus(tr("%1 — %2").arg(SyncLabels::status(run.status), error), true);
}

void RunView::showThroughput(qint64 runId, const QList<QPointF> &written, const QList<QPointF> &failed)
{
    if (m_busy || runId != m_runId)
        return;
    m_chart->setSeries(written, failed);
}

void RunView::setPaused(bool paused)
{
    m_paused = paused;
    retranslate();
}

void RunView::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b02020") : QString());
}

void RunView::showOtherCounts(const PlanCounts &planned)
{
    m_other->setText(tr("Not written: %1 unchanged · %2 invalid · %3 in conflict · %4 skipped · %5 filtered out")
                         .arg(QLocale().toString(planned[PlanAction::Unchanged]),
                              QLocale().toString(planned[PlanAction::Invalid]),
                              QLocale().toString(planned[PlanAction::Conflict]),
                              QLocale().toString(planned[PlanAction::Skip]), QLocale().toString(planned.filtered)));
}

void RunView::showFiles(const QJsonObject &summary)
{
    QStringList lines;
    const auto link = [](const QString &path) {
        return QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(QUrl::fromLocalFile(path).toString().toHtmlEscaped(), QDir::toNativeSeparators(path).toHtmlEscaped());
    };
    const QString success = summary.value(QStringLiteral("success_file")).toString();
    const QString errors = summary.value(QStringLiteral("errors_file")).toString();
    if (!success.isEmpty())
        lines << tr("Success file: %1").arg(link(success));
    if (!errors.isEmpty())
        lines << tr("Error file: %1").arg(link(errors));
    m_files->setText(lines.join(QStringLiteral("<br>")));
}

void RunView::retranslate()
{
    m_run->setText(tr("Run…"));
    m_run->setToolTip(tr("Plans again and writes to the target; every write is journaled so the run can be resumed."));
    m_pause->setText(m_paused ? tr("Resume") : tr("Pause"));
    m_cancel->setText(tr("Cancel"));
    m_retry->setText(tr("Retry failed rows…"));
    m_retry->setEnabled(!m_busy && m_runId > 0 && m_failedTotal > 0);
    if (m_title->text().isEmpty())
        m_title->setText(tr("No run yet"));
}

} // namespace crmbridge
