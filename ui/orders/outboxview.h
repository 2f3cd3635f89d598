#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace crmbridge::orders {
class OrderService;
}

namespace crmbridge {

class OutboxModel;
class Prompts;

/// The outbox: pending, failed, delivered and discarded entries with attempts, next attempt and
/// last error; "Retry" puts a failed (or waiting) entry back as due now, "Discard" gives up on
/// one after a confirmation. The entry's payload and whole last error show below.
class OutboxView : public QWidget
{
    Q_OBJECT

public:
    OutboxView(orders::OrderService &service, Prompts &prompts, QWidget *parent = nullptr);

    OutboxModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *stateFilter() const { return m_filter; }
    QLabel *message() const { return m_message; }
    void reload();
    /// Selects the entry with this id; false when it is not listed.
    bool selectEntry(qint64 id);
    void retrySelected();
    void discardSelected();

    void retranslate();

private:
    QList<qint64> selectedIds() const;
    void updateButtons();
    void showCurrent();

    orders::OrderService &m_service;
    Prompts &m_prompts;
    OutboxModel *m_model = nullptr;
    QComboBox *m_filter = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_discard = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace crmbridge
