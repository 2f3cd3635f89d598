#pragma once

#include <QList>
#include <QPointF>
#include <QWidget>

class QChartView;
class QLineSeries;
class QValueAxis;

namespace crmbridge {

/// The run view's Qt Charts chart: records written per second and failures per second over the
/// seconds since the run started. Points are added as progress arrives (one per second at most).
class RunChart : public QWidget
{
    Q_OBJECT

public:
    explicit RunChart(QWidget *parent = nullptr);

    void clear();
    /// `seconds` since the run started; `processed` and `failed`: totals so far.
    void addSample(double seconds, qint64 processed, qint64 failed);
    /// A finished run's series (from its journal): written and failed records per second.
    void setSeries(const QList<QPointF> &written, const QList<QPointF> &failed);
    int pointCount() const;
    void retranslate();

    QChartView *view() const { return m_view; }

private:
    void markLonePoints();

    QChartView *m_view = nullptr;
    QLineSeries *m_rate = nullptr;
    QLineSeries *m_errors = nullptr;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    double m_lastSeconds = 0;
    qint64 m_lastProcessed = 0;
    qint64 m_lastFailed = 0;
    double m_maxY = 1;
};

} // namespace crmbridge
