#pragma once

#include "ui/endpoints/endpointtab.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace crmbridge {

class Prompts;
class RateWindowsModel;

/// Rate limits tab: a vendor preset, the request budget windows, requests in flight, the
/// vendor's remaining-budget header, and the retry policy.
class RateLimitsTab : public EndpointTab
{
    Q_OBJECT

public:
    RateLimitsTab(EndpointRepository &repository, QUndoStack &undoStack, Prompts &prompts,
                  QWidget *parent = nullptr);
    void retranslate() override;
    RateWindowsModel *model() const { return m_model; }

protected:
    void load(const Endpoint &endpoint) override;

private:
    QSpinBox *spin(const QString &name, int min, int max, const QString &suffix);

    RateWindowsModel *m_model = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QLabel *> m_labels;
    QComboBox *m_preset = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_presetSource = nullptr;
    QTableView *m_windows = nullptr;
    QPushButton *m_addWindow = nullptr;
    QPushButton *m_removeWindow = nullptr;
    QLabel *m_error = nullptr;
    QSpinBox *m_maxInFlight = nullptr;
    QLineEdit *m_remainingHeader = nullptr;
    QSpinBox *m_attempts = nullptr;
    QSpinBox *m_baseDelay = nullptr;
    QSpinBox *m_maxDelay = nullptr;
};

} // namespace crmbridge
