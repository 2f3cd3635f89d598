#include "ui/sandbox/sandboxpanel.h"

#include "core/sandbox/sandboxserver.h"
#include "models/sandbox/sandboxsystemsmodel.h"
#include "ui/shell/prompts.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace crmbridge {

namespace {

QDoubleSpinBox *percentBox(QWidget *parent, const QString &name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 100);
    box->setDecimals(1);
    box->setSingleStep(5);
    box->setSuffix(QStringLiteral(" %"));
    return box;
}

QSpinBox *msBox(QWidget *parent, const QString &name, int max)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, max);
    box->setSingleStep(50);
    box->setSuffix(QStringLiteral(" ms"));
    return box;
}

} // namespace

SandboxPanel::SandboxPanel(SandboxServer &server, Prompts &prompts, QWidget *parent)
    : QDockWidget(parent)
    , m_server(server)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("sandboxPanel"));
    m_model = new SandboxSystemsModel(&server, this);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 6, 10, 10);

    auto *top = new QHBoxLayout;
    m_state = new QLabel(content);
    m_state->setObjectName(QStringLiteral("sandboxState"));
    top->addWidget(m_state, 1);
    m_rateLimits = new QCheckBox(content);
    m_rateLimits->setObjectName(QStringLiteral("rateLimits"));
    top->addWidget(m_rateLimits);
    m_startStop = new QPushButton(content);
    m_startStop->setObjectName(QStringLiteral("startStop"));
    top->addWidget(m_startStop);
    m_reset = new QPushButton(content);
    m_reset->setObjectName(QStringLiteral("resetData"));
    top->addWidget(m_reset);
    layout->addLayout(top);

    auto *body = new QHBoxLayout;
    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("sandboxSystems"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    body->addWidget(m_view, 5);

    m_faultsBox = new QGroupBox(content);
    m_faultsBox->setObjectName(QStringLiteral("faultsBox"));
    auto *grid = new QGridLayout(m_faultsBox);
    // Two columns of switches keep the panel short.
    int slot = 0;
    auto addRow = [&](QLabel *&label, QWidget *editor) {
        label = new QLabel(m_faultsBox);
        label->setBuddy(editor);
        const int row = slot % 5;
        const int column = (slot / 5) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(editor, row, column + 1);
        ++slot;
    };
    m_latency = msBox(m_faultsBox, QStringLiteral("latency"), 60000);
    addRow(m_latencyLabel, m_latency);
    m_jitter = msBox(m_faultsBox, QStringLiteral("jitter"), 60000);
    addRow(m_jitterLabel, m_jitter);
    m_errorRate = percentBox(m_faultsBox, QStringLiteral("errorRate"));
    addRow(m_errorLabel, m_errorRate);
    m_throttleRate = percentBox(m_faultsBox, QStringLiteral("throttleRate"));
    addRow(m_throttleLabel, m_throttleRate);
    m_retryAfter = new QSpinBox(m_faultsBox);
    m_retryAfter->setObjectName(QStringLiteral("retryAfter"));
    m_retryAfter->setRange(0, 3600);
    m_retryAfter->setSuffix(QStringLiteral(" s"));
    addRow(m_retryAfterLabel, m_retryAfter);
    m_dropRate = percentBox(m_faultsBox, QStringLiteral("dropRate"));
    addRow(m_dropLabel, m_dropRate);
    m_malformedRate = percentBox(m_faultsBox, QStringLiteral("malformedRate"));
    addRow(m_malformedLabel, m_malformedRate);
    m_truncateRate = percentBox(m_faultsBox, QStringLiteral("truncateRate"));
    addRow(m_truncateLabel, m_truncateRate);
    m_slowRate = percentBox(m_faultsBox, QStringLiteral("slowRate"));
    addRow(m_slowLabel, m_slowRate);
    m_clearFaults = new QPushButton(m_faultsBox);
    m_clearFaults->setObjectName(QStringLiteral("clearFaults"));
    grid->addWidget(m_clearFaults, 4, 2, 1, 2);
    grid->setRowStretch(5, 1);
    body->addWidget(m_faultsBox, 2);
    layout->addLayout(body);
    setWidget(content);

    for (QSpinBox *box : {m_latency, m_jitter, m_retryAfter})
        connect(box, &QSpinBox::valueChanged, this, &SandboxPanel::applyFaults);
    for (QDoubleSpinBox *box : {m_errorRate, m_throttleRate, m_dropRate, m_malformedRate, m_truncateRate, m_slowRate})
        connect(box, &QDoubleSpinBox::valueChanged, this, &SandboxPanel::applyFaults);
    connect(m_clearFaults, &QPushButton::clicked, this, [this] { m_server.setFaults(currentSystem(), SandboxFaults()); });
    connect(m_rateLimits, &QCheckBox::toggled, this, [this](bool on) {
        if (on != m_server.rateLimitsEnabled())
            m_server.setRateLimitsEnabled(on);
    });
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_server.isRunning())
            m_server.stop();
        else
            emit startRequested();
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        const auto answer = m_prompts.question(this, tr("Reset the sandbox"),
                                               tr("Reset every sandbox system to its seeded data? What clients wrote "
                                                  "to the sandbox is lost; your workspace is not touched."),
                                               QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Reset)
            m_server.reset();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showFaultsOf(m_model->systemAt(current.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->selectRow(0);
        showFaultsOf(currentSystem());
    });
    connect(&m_server, &SandboxServer::started, this, &SandboxPanel::updateState);
    connect(&m_server, &SandboxServer::stopped, this, &SandboxPanel::updateState);
    connect(&m_server, &SandboxServer::rateLimitsChanged, this, &SandboxPanel::updateState);
    connect(&m_server, &SandboxServer::faultsChanged, this, [this](SandboxSystemId id) {
        if (id == currentSystem())
            showFaultsOf(id);
    });

    retranslate();
    m_view->selectRow(0);
    showFaultsOf(currentSystem());
}

SandboxSystemId SandboxPanel::currentSystem() const
{
    const QModelIndex current = m_view->currentIndex();
    return m_model->systemAt(current.isValid() ? current.row() : 0);
}

void SandboxPanel::showFaultsOf(SandboxSystemId id)
{
    const SandboxFaults faults = m_server.faults(id);
    m_updatingEditors = true;
    m_latency->setValue(faults.latencyMs);
    m_jitter->setValue(faults.jitterMs);
    m_errorRate->setValue(faults.errorRate * 100);
    m_throttleRate->setValue(faults.throttleRate * 100);
    m_retryAfter->setValue(faults.retryAfterSeconds);
    m_dropRate->setValue(faults.dropRate * 100);
    m_malformedRate->setValue(faults.malformedRate * 100);
    m_truncateRate->setValue(faults.truncateRate * 100);
    m_slowRate->setValue(faults.slowRate * 100);
    m_updatingEditors = false;
    m_faultsBox->setTitle(tr("Faults of %1").arg(SandboxSystemsModel::systemName(id)));
}

void SandboxPanel::applyFaults()
{
    if (m_updatingEditors)
        return;
    SandboxFaults faults = m_server.faults(currentSystem());
    faults.latencyMs = m_latency->value();
    faults.jitterMs = m_jitter->value();
    faults.errorRate = m_errorRate->value() / 100;
    faults.throttleRate = m_throttleRate->value() / 100;
    faults.retryAfterSeconds = m_retryAfter->value();
    faults.dropRate = m_dropRate->value() / 100;
    faults.malformedRate = m_malformedRate->value() / 100;
    faults.truncateRate = m_truncateRate->value() / 100;
    faults.slowRate = m_slowRate->value() / 100;
    m_server.setFaults(currentSystem(), faults);
}

void SandboxPanel::updateState()
{
    const bool running = m_server.isRunning();
    if (running) {
        const QList<SandboxSystemInfo> systems = m_server.systems();
        QString ports;
        if (!systems.isEmpty())
            ports = QStringLiteral("127.0.0.1:%1–%2").arg(systems.first().port).arg(systems.last().port);
        m_state->setText(tr("Running on %1, seed %2").arg(ports).arg(m_server.options().seed));
    } else {
        m_state->setText(tr("Stopped. Start it to give every endpoint of the demo workspace a real peer."));
    }
    m_startStop->setText(running ? tr("Stop") : tr("Start"));
    m_reset->setEnabled(running);
    m_faultsBox->setEnabled(running);
    const QSignalBlocker blocker(m_rateLimits);
    m_rateLimits->setChecked(m_server.rateLimitsEnabled());
}

void SandboxPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void SandboxPanel::retranslate()
{
    setWindowTitle(tr("Sandbox"));
    m_rateLimits->setText(tr("Vendor rate limits"));
    m_rateLimits->setToolTip(tr("HubSpot-, Zendesk- and Mailchimp-like request budgets. Turn them off for benchmarks."));
    m_reset->setText(tr("Reset Data…"));
    m_latencyLabel->setText(tr("&Latency:"));
    m_jitterLabel->setText(tr("&Jitter:"));
    m_errorLabel->setText(tr("&Server errors (5xx):"));
    m_throttleLabel->setText(tr("&Throttled (429):"));
    m_retryAfterLabel->setText(tr("&Retry-After:"));
    m_dropLabel->setText(tr("&Dropped connections:"));
    m_malformedLabel->setText(tr("&Malformed bodies:"));
    m_truncateLabel->setText(tr("T&runcated bodies:"));
    m_slowLabel->setText(tr("Sl&ow bodies:"));
    m_clearFaults->setText(tr("Clear Faults"));
    m_model->retranslate();
    updateState();
    showFaultsOf(currentSystem());
}

} // namespace crmbridge
