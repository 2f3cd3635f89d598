#pragma once

#include "models/activity/activitystats.h"

#include <QWidget>

class QLabel;

namespace crmbridge {

/// Three Qt Charts over ActivityStats: requests per second, p50/p95 latency, and status classes
/// per time bucket. Only paints what it is given; the numbers come from ActivityQueryService.
class ActivityCharts : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityCharts(QWidget *parent = nullptr);

    void setStats(const ActivityStats &stats);
    const ActivityStats &stats() const { return m_stats; }
    void setBusy(bool busy);
    void retranslate();

private:
    void rebuild();

    ActivityStats m_stats;
    QLabel *m_note = nullptr;
    QWidget *m_rate = nullptr; ///< QChartView
    QWidget *m_latency = nullptr; ///< QChartView
    QWidget *m_status = nullptr; ///< QChartView
};

} // namespace crmbridge
