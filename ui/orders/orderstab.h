#pragma once

#include "core/orders/lifecycle.h"
#include "core/orders/order.h"
#include "core/orders/orderservice.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTimer;
class QToolButton;

namespace crmbridge {

class OrderDetailPane;
class OrderListModel;
class Prompts;

/// The Orders tab: the list (filter by state, search by number, external id or deal name;
/// import from the CRM's deals or the ERP's orders), one button per transition the lifecycle
/// offers from the selected orders' states (disabled, with the reason, when a guard or a
/// required field blocks it), a mode choice, bulk steps over a selection with a progress bar
/// and a per-order result list, and the detail pane of the current order. Nothing blocks:
/// steps and imports answer through OrderService's queued signals.
class OrdersTab : public QWidget
{
    Q_OBJECT

public:
    OrdersTab(orders::OrderService &service, Prompts &prompts, QWidget *parent = nullptr);

    void setLifecycle(const orders::Lifecycle &lifecycle);
    /// Asked before a write when the environment is a production one.
    void setProductionEnvironment(bool production) { m_production = production; }

    OrderListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    OrderDetailPane *details() const { return m_details; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    QLineEdit *search() const { return m_search; }
    QComboBox *modeChooser() const { return m_mode; }
    QProgressBar *bulkProgress() const { return m_progress; }
    QStandardItemModel *bulkResults() const { return m_results; }
    QTableView *bulkResultsView() const { return m_resultsView; }
    QLabel *message() const { return m_message; }
    QLabel *blockedReason() const { return m_blocked; }
    /// The button of a transition (nullptr when the selection offers none by that name).
    QPushButton *transitionButton(const QString &transition) const;

    QList<qint64> selectedOrderIds() const;
    /// Selects these orders (those listed); the first becomes current.
    void selectOrders(const QList<qint64> &ids);
    /// Selects the order changed last (when there is one).
    void selectMostRecent();
    /// Steps the selected orders through `transition` in the chosen mode (one: step, several: a
    /// bulk step).
    void stepSelected(const QString &transition);
    void importFrom(orders::OrderSource source);
    /// Applies the filter fields now (they otherwise apply a moment after typing stops).
    void applyFilter();
    void reload();
    bool isBusy() const { return m_singleRequest != 0 || m_batch != 0 || m_import != 0 || m_refresh != 0; }

    void retranslate();

signals:
    /// A step or import finished (for the status line and tests).
    void stepDone(const orders::StepResult &result);
    void bulkDone(int succeeded, int failed);
    void importDone(int inserted, int updated, const QString &error);

private:
    void showCurrent();
    void rebuildTransitions();
    void onStepFinished(qint64 requestId, const orders::StepResult &result);
    void onOrderChanged(qint64 orderId);
    void retryAfterRefresh(const orders::StepResult &conflict);
    void runStep(const QList<qint64> &ids, const QString &transition,
                 std::optional<orders::NotificationMode> mode);
    QString stateLabel(const QString &state) const;
    QString resultText(const orders::StepResult &result) const;
    void updateCount();

    orders::OrderService &m_service;
    Prompts &m_prompts;
    orders::Lifecycle m_lifecycle;
    bool m_production = false;
    OrderListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTimer *m_filterTimer = nullptr;

    QComboBox *m_stateFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_importButton = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_stepLabel = nullptr;
    QWidget *m_transitions = nullptr;
    QHBoxLayout *m_transitionsLayout = nullptr;
    QLabel *m_modeLabel = nullptr;
    QComboBox *m_mode = nullptr;
    QLabel *m_blocked = nullptr;
    QProgressBar *m_progress = nullptr;
    QStandardItemModel *m_results = nullptr;
    QTableView *m_resultsView = nullptr;
    QLabel *m_message = nullptr;
    OrderDetailPane *m_details = nullptr;

    qint64 m_singleRequest = 0;
    qint64 m_batch = 0;
    qint64 m_import = 0;
    qint64 m_refresh = 0;
    orders::StepResult m_retrying; ///< the step a refresh-and-retry repeats
    QList<orders::StepResult> m_bulkResults; ///< the rows of m_results, for their conflicts
};

} // namespace crmbridge
