#include "ui/activity/activitycharts.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace crmbridge {

namespace {

QChartView *chartView(QWidget *parent, const QString &name)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(200, 160);
    return view;
}

void plot(QChartView *view, const QString &title, const QString &unit,
          const QList<QPair<QString, QList<QPointF>>> &lines, const QList<QColor> &colours, int bucketSecs)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
    auto *x = new QDateTimeAxis;
    x->setFormat(bucketSecs >= 3600 ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("HH:mm:ss"));
    x->setTickCount(5);
    auto *y = new QValueAxis;
    y->setTitleText(unit);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double maxY = 1;
    qreal minX = 0;
    qreal maxX = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        auto *series = new QLineSeries;
        series->setName(lines.at(i).first);
        series->setColor(colours.value(i, Qt::darkGray));
        series->replace(lines.at(i).second);
        for (const QPointF &p : lines.at(i).second) {
            maxY = std::max(maxY, p.y());
            minX = minX == 0 ? p.x() : std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (maxX <= minX)
        maxX = minX + 1000.0 * bucketSecs;
    x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(minX)), QDateTime::fromMSecsSinceEpoch(qint64(maxX)));
    y->setRange(0, maxY * 1.1);
}

} // namespace

ActivityCharts::ActivityCharts(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("chartsNote"));
    m_note->setEnabled(false);
    layout->addWidget(m_note);
    auto *row = new QHBoxLayout;
    m_rate = chartView(this, QStringLiteral("rateChart"));
    m_latency = chartView(this, QStringLiteral("latencyChart"));
    m_status = chartView(this, QStringLiteral("statusChart"));
    row->addWidget(m_rate);
    row->addWidget(m_latency);
    row->addWidget(m_status);
    layout->addLayout(row, 1);
    retranslate();
}

void ActivityCharts::setBusy(bool busy)
{
    if (busy)
        m_note->setText(tr("Computing…"));
}

void ActivityCharts::setStats(const ActivityStats &stats)
{
    m_stats = stats;
    rebuild();
}

void ActivityCharts::retranslate()
{
    rebuild();
}

void ActivityCharts::rebuild()
{
    const ActivityStats &s = m_stats;
    QList<QPointF> rate, p50, p95, ok, client, server, none;
    for (const ActivityStats::Bucket &b : s.buckets) {
        const qreal x = qreal(b.startSecs) * 1000.0;
        rate.append({ x, double(b.requests) / double(qMax(1, s.bucketSecs)) });
        p50.append({ x, double(b.p50Ms) });
        p95.append({ x, double(b.p95Ms) });
        ok.append({ x, double(b.ok) });
        client.append({ x, double(b.client) });
        server.append({ x, double(b.server) });
        none.append({ x, double(b.noAnswer) });
    }
    plot(static_cast<QChartView *>(m_rate), tr("Requests per second"), tr("req/s"),
         { { tr("requests/s"), rate } }, { QColor(0x25, 0x63, 0xeb) }, s.bucketSecs);
    plot(static_cast<QChartView *>(m_latency), tr("Latency"), tr("ms"),
         { { tr("p50"), p50 }, { tr("p95"), p95 } }, { QColor(0x05, 0x96, 0x69), QColor(0xd9, 0x77, 0x06) },
         s.bucketSecs);
    plot(static_cast<QChartView *>(m_status), tr("Status per %1 s").arg(s.bucketSecs), tr("requests"),
         { { tr("2xx/3xx"), ok }, { tr("4xx"), client }, { tr("5xx"), server }, { tr("no answer"), none } },
         { QColor(0x2e, 0x7d, 0x32), QColor(0xd9, 0x77, 0x06), QColor(0xc6, 0x28, 0x28),
           QColor(0x61, 0x61, 0x61) },
         s.bucketSecs);
    const QLocale locale;
    if (!s.error.isEmpty())
        m_note->setText(tr("The charts could not be computed: %1").arg(s.error));
    else if (s.rows == 0)
        m_note->setText(tr("No requests match the filter."));
    else
        m_note->setText((s.truncated ? tr("The newest %1 requests, in buckets of %2 s.")
                                     : tr("%1 requests, in buckets of %2 s."))
                            .arg(locale.toString(s.rows))
                            .arg(s.bucketSecs));
}

} // namespace crmbridge
