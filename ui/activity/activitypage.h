#pragma once

#include "models/activity/activityfilter.h"
#include "ui/shell/page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace crmbridge {

class ActivityCharts;
class ActivityDetailsPane;
class ActivityQueryService;
class ActivityTableModel;

/// The Activity page: every recorded HTTP exchange of the workspace in a lazy, filterable table
/// (a million rows stay smooth), the details of the selected one (headers, pretty bodies, "Copy
/// as cURL", all redacted), CSV export and charts of rate, latency and status over time.
class ActivityPage : public Page
{
    Q_OBJECT

public:
    ActivityPage(PageContext &context, QWidget *parent = nullptr);
    ~ActivityPage() override;

    QString pageId() const override { return QStringLiteral("activity"); }
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    ActivityTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ActivityDetailsPane *details() const { return m_details; }
    ActivityCharts *charts() const { return m_charts; }
    ActivityQueryService *queries() const { return m_queries; }
    ActivityFilter currentFilter() const;
    /// Applies the filter fields now (they otherwise apply a moment after typing stops).
    void applyFilter();
    void exportCsv();

protected:
    void retranslate() override;

private:
    void fillChoosers();
    void showCurrent();
    void updateCount();

    PageContext m_context;
    ActivityTableModel *m_model = nullptr;
    ActivityQueryService *m_queries = nullptr;
    QTimer *m_filterTimer = nullptr;

    QLabel *m_heading = nullptr;
    QComboBox *m_endpoint = nullptr;
    QComboBox *m_method = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_view = nullptr;
    QTabWidget *m_lower = nullptr;
    ActivityDetailsPane *m_details = nullptr;
    ActivityCharts *m_charts = nullptr;
};

} // namespace crmbridge
