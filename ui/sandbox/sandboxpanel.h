#pragma once

#include "core/sandbox/sandboxtypes.h"

#include <QDockWidget>

class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace crmbridge {

class Prompts;
class SandboxServer;
class SandboxSystemsModel;

/// The Sandbox panel: the simulated systems with their addresses, how to sign in, request
/// counts, the fault switches of the selected system, the vendor rate limits, start/stop and reset.
class SandboxPanel : public QDockWidget
{
    Q_OBJECT

public:
    SandboxPanel(SandboxServer &server, Prompts &prompts, QWidget *parent = nullptr);

    SandboxSystemsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    /// The user pressed Start: the composition root decides ports and the demo environment.
    void startRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void showFaultsOf(SandboxSystemId id);
    void applyFaults();
    SandboxSystemId currentSystem() const;

    SandboxServer &m_server;
    Prompts &m_prompts;
    SandboxSystemsModel *m_model = nullptr;

    QLabel *m_state = nullptr;
    QPushButton *m_startStop = nullptr;
    QPushButton *m_reset = nullptr;
    QTableView *m_view = nullptr;
    QCheckBox *m_rateLimits = nullptr;
    QGroupBox *m_faultsBox = nullptr;
    QLabel *m_latencyLabel = nullptr;
    QSpinBox *m_latency = nullptr;
    QLabel *m_jitterLabel = nullptr;
    QSpinBox *m_jitter = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDoubleSpinBox *m_errorRate = nullptr;
    QLabel *m_throttleLabel = nullptr;
    QDoubleSpinBox *m_throttleRate = nullptr;
    QLabel *m_retryAfterLabel = nullptr;
    QSpinBox *m_retryAfter = nullptr;
    QLabel *m_dropLabel = nullptr;
    QDoubleSpinBox *m_dropRate = nullptr;
    QLabel *m_malformedLabel = nullptr;
    QDoubleSpinBox *m_malformedRate = nullptr;
    QLabel *m_truncateLabel = nullptr;
    QDoubleSpinBox *m_truncateRate = nullptr;
    QLabel *m_slowLabel = nullptr;
    QDoubleSpinBox *m_slowRate = nullptr;
    QPushButton *m_clearFaults = nullptr;
    bool m_updatingEditors = false;
};

} // namespace crmbridge
