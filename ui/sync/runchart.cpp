#include "ui/sync/runchart.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace crmbridge {

RunChart::RunChart(QWidget *parent)
    : QWidget(parent)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    // The light theme's white as a solid brush, not as its white-to-white gradient: the raster
    // engine splits a large gradient fill across Qt's GUI thread pool and the GUI thread waits
    // for those threads (QT_THREAD_PARALLEL_FILLS) — on a loaded machine that wait stalled the
    // window for 50–150 ms a few times a minute during a long run (bench/syncstall). A solid
    // fill is a plain memory fill on the GUI thread.
    chart->setBackgroundBrush(QColor(Qt::white));
    m_rate = new QLineSeries(chart);
    m_rate->setColor(QColor(0x2a, 0x6f, 0xdb));
    m_errors = new QLineSeries(chart);
    m_errors->setColor(QColor(0xc0, 0x30, 0x30));
    chart->addSeries(m_rate);
    chart->addSeries(m_errors);
    m_x = new QValueAxis(chart);
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_x->setRange(0, 10);
    m_y = new QValueAxis(chart);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setRange(0, 1);
    m_y->setTickCount(3); // a short chart: more ticks would elide their labels
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries *series : { m_rate, m_errors }) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        series->setMarkerSize(10); // shown for a lone point only (markLonePoints)
    }
    m_view = new QChartView(chart, this);
    m_view->setObjectName(QStringLiteral("runChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(150);
    // Takes the height that is left, never asks for more: the run view scrolls otherwise.
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    retranslate();
}

void RunChart::clear()
{
    m_rate->clear();
    m_errors->clear();
    m_lastSeconds = 0;
    m_lastProcessed = 0;
    m_lastFailed = 0;
    m_maxY = 1;
    m_x->setRange(0, 10);
    m_y->setRange(0, 1);
}

void RunChart::addSample(double seconds, qint64 processed, qint64 failed)
{
    const double span = seconds - m_lastSeconds;
    if (span < 1.0 && m_rate->count() > 0)
        return; // at most one point a second: a long run stays a light chart
    if (span <= 0)
        return;
    const double rate = double((processed - failed) - (m_lastProcessed - m_lastFailed)) / span;
    const double errors = double(failed - m_lastFailed) / span;
    m_rate->append(seconds, rate);
    m_errors->append(seconds, errors);
    m_lastSeconds = seconds;
    m_lastProcessed = processed;
    m_lastFailed = failed;
    m_maxY = std::max({ m_maxY, rate * 1.1, errors * 1.1 });
    m_x->setRange(0, std::max(10.0, seconds));
    m_y->setRange(0, m_maxY);
    markLonePoints();
}

void RunChart::setSeries(const QList<QPointF> &written, const QList<QPointF> &failed)
{
    clear();
    m_rate->replace(written);
    m_errors->replace(failed);
    double maxX = 10;
    for (const QList<QPointF> *points : { &written, &failed }) {
        for (const QPointF &p : *points) {
            m_maxY = std::max(m_maxY, p.y() * 1.1);
            maxX = std::max(maxX, p.x());
        }
    }
    m_x->setRange(0, maxX);
    m_y->setRange(0, m_maxY);
    markLonePoints();
}

void RunChart::markLonePoints()
{
    // A line needs two points: a run done within its first second has a single point in each
    // series, and without a marker the chart showed nothing at all for it.
    for (QLineSeries *series : { m_rate, m_errors })
        series->setPointsVisible(series->count() == 1);
}

int RunChart::pointCount() const
{
    return int(m_rate->count());
}

void RunChart::retranslate()
{
    // No chart or axis titles: on a short chart they squeeze the axis labels out. The legend
    // and the tooltip say what is drawn.
    m_rate->setName(tr("Records written per second"));
    m_errors->setName(tr("Failures per second"));
    m_view->setToolTip(tr("Records written and failures per second, over the seconds since the run started"));
}

} // namespace crmbridge
