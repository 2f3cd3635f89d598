#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace crmbridge {

class RulesModel;
class SuggestionsModel;

/// The Auto-map panel: suggestions with their confidence and reason; the analyst checks the
/// ones to accept and accepts them (one undo step) or rejects them. Nothing is applied without
/// that click.
class AutoMapPanel : public QWidget
{
    Q_OBJECT

public:
    AutoMapPanel(RulesModel &rules, QWidget *parent = nullptr);

    SuggestionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *rejectButton() const { return m_reject; }

    /// Applies the checked suggestions to the rules.
    void acceptChecked();
    /// Takes the checked (or else the selected) suggestions off the list.
    void rejectChecked();

signals:
    /// The analyst asked for suggestions (the page knows the schemas and samples).
    void suggestRequested();

private:
    void updateButtons();

    RulesModel &m_rules;
    SuggestionsModel *m_model;
    QTableView *m_view;
    QLabel *m_label;
    QPushButton *m_suggest;
    QPushButton *m_accept;
    QPushButton *m_reject;
};

} // namespace crmbridge
