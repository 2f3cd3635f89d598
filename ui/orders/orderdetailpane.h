#pragma once

#include "core/orders/order.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace crmbridge {

class Prompts;
class TimelineModel;

/// The selected order: a heading (number, state, deal/customer), its timeline (every step: when,
/// by whom, mode, outcome, HTTP status) with what was sent and what came back for the selected
/// line, pretty-printed, and its data. When a step met a 412 it shows the local and the ERP's
/// version side by side with "Refresh and retry" and "Abort".
class OrderDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit OrderDetailPane(Prompts &prompts, QWidget *parent = nullptr);

    /// Shows `order` with its timeline (the newest line selected).
    void showOrder(const orders::Order &order, const QString &stateLabel,
                   const QList<orders::OrderEvent> &timeline);
    void clear();
    qint64 orderId() const { return m_orderId; }

    /// Shows the 412 of a step of `result.order` through `result.transition`.
    void showConflict(const orders::StepResult &result);
    void hideConflict();
    bool conflictShown() const;
    /// The step the conflict panel is about (orderId 0 when none).
    const orders::StepResult &conflict() const { return m_conflict; }

    TimelineModel *timeline() const { return m_timeline; }
    QTableView *timelineView() const { return m_timelineView; }
    QPlainTextEdit *requestText() const { return m_request; }
    QPlainTextEdit *responseText() const { return m_response; }
    QPlainTextEdit *dataText() const { return m_data; }
    QPlainTextEdit *localVersion() const { return m_local; }
    QPlainTextEdit *serverVersion() const { return m_server; }

    void retranslate();

signals:
    void refreshAndRetryRequested(const orders::StepResult &conflict);
    void conflictAborted(const orders::StepResult &conflict);

private:
    void showEvent(int row);

    qint64 m_orderId = 0;
    orders::StepResult m_conflict;
    TimelineModel *m_timeline = nullptr;
    QLabel *m_heading = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_timelineView = nullptr;
    QLabel *m_requestLabel = nullptr;
    QLabel *m_responseLabel = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QPlainTextEdit *m_response = nullptr;
    QPlainTextEdit *m_data = nullptr;
    QGroupBox *m_conflictBox = nullptr;
    QLabel *m_conflictText = nullptr;
    QLabel *m_localLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QPlainTextEdit *m_local = nullptr;
    QPlainTextEdit *m_server = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_abort = nullptr;
};

} // namespace crmbridge
