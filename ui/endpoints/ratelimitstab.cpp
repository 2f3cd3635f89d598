#include "ui/endpoints/ratelimitstab.h"

#include "core/endpoints/ratelimitpresets.h"
#include "models/endpoints/endpointtablemodels.h"
#include "ui/common/tableactions.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace crmbridge {

QSpinBox *RateLimitsTab::spin(const QString &name, int min, int max, const QString &suffix)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(name);
    box->setRange(min, max);
    box->setSuffix(suffix);
    return box;
}

RateLimitsTab::RateLimitsTab(EndpointRepository &repository, QUndoStack &undoStack, Prompts &prompts,
                             QWidget *parent)
    : EndpointTab(repository, undoStack, parent)
{
    m_model = new RateWindowsModel(repository, undoStack, this);
    m_form = new QFormLayout(this);
    const auto addRow = [this](QWidget *field) {
        auto *label = new QLabel(this);
        m_labels.append(label);
        m_form->addRow(label, field);
    };

    auto *presetRow = new QWidget(this);
    auto *presetLayout = new QHBoxLayout(presetRow);
    presetLayout->setContentsMargins(0, 0, 0, 0);
    m_preset = new QComboBox(presetRow);
    m_preset->setObjectName(QStringLiteral("ratePreset"));
    m_apply = new QPushButton(presetRow);
    m_apply->setObjectName(QStringLiteral("applyPreset"));
    presetLayout->addWidget(m_preset, 1);
    presetLayout->addWidget(m_apply);
    addRow(presetRow);
    m_presetSource = new QLabel(this);
    m_presetSource->setWordWrap(true);
    m_presetSource->setEnabled(false);
    m_form->addRow(QString(), m_presetSource);

    auto *windowsBox = new QWidget(this);
    auto *windowsLayout = new QVBoxLayout(windowsBox);
    windowsLayout->setContentsMargins(0, 0, 0, 0);
    m_windows = new QTableView(windowsBox);
    m_windows->setObjectName(QStringLiteral("rateWindows"));
    m_windows->setModel(m_model);
    m_windows->verticalHeader()->hide();
    m_windows->horizontalHeader()->setStretchLastSection(true);
    m_windows->setMaximumHeight(120);
    TableActions::install(m_windows, prompts, QStringLiteral("rate-limits"));
    windowsLayout->addWidget(m_windows);
    m_error = errorLabel(windowsBox, QStringLiteral("rateLimitError"));
    windowsLayout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    m_addWindow = new QPushButton(windowsBox);
    m_addWindow->setObjectName(QStringLiteral("addRateWindow"));
    m_removeWindow = new QPushButton(windowsBox);
    m_removeWindow->setObjectName(QStringLiteral("removeRateWindow"));
    buttons->addWidget(m_addWindow);
    buttons->addWidget(m_removeWindow);
    buttons->addStretch(1);
    windowsLayout->addLayout(buttons);
    addRow(windowsBox);

    m_maxInFlight = spin(QStringLiteral("maxInFlight"), 1, 64, QString());
    addRow(m_maxInFlight);
    m_remainingHeader = new QLineEdit(this);
    m_remainingHeader->setObjectName(QStringLiteral("remainingHeader"));
    addRow(m_remainingHeader);
    m_attempts = spin(QStringLiteral("retryAttempts"), 1, 20, QString());
    addRow(m_attempts);
    m_baseDelay = spin(QStringLiteral("retryBaseDelay"), 0, 600000, QStringLiteral(" ms"));
    m_baseDelay->setSingleStep(100);
    addRow(m_baseDelay);
    m_maxDelay = spin(QStringLiteral("retryMaxDelay"), 0, 3600000, QStringLiteral(" ms"));
    m_maxDelay->setSingleStep(1000);
    addRow(m_maxDelay);

    connect(m_model, &EndpointPartModel::invalidInput, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->setVisible(!message.isEmpty());
    });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        auto preset = RateLimitPresets::find(m_preset->currentData().toString());
        if (!preset)
            return;
        edit(EditField::Other, tr("Apply the rate-limit preset %1").arg(preset->label),
             [&](Endpoint &e) { e.rateLimit = preset->policy; });
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        auto preset = RateLimitPresets::find(m_preset->currentData().toString());
        m_presetSource->setText(preset ? tr("Source: %1").arg(preset->source) : QString());
    });
    connect(m_addWindow, &QPushButton::clicked, this,
            [this] { m_model->insertRows(m_model->rowCount(), 1); });
    connect(m_removeWindow, &QPushButton::clicked, this, [this] {
        if (m_windows->currentIndex().isValid())
            m_model->removeRows(m_windows->currentIndex().row(), 1);
    });
    connect(m_maxInFlight, &QSpinBox::valueChanged, this, [this](int value) {
        edit(EditField::MaxInFlight, tr("Change requests in flight"),
             [&](Endpoint &e) { e.rateLimit.maxInFlight = value; });
    });
    connect(m_remainingHeader, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(EditField::Other, tr("Change the remaining-budget header"),
             [&](Endpoint &e) { e.rateLimit.remainingHeader = text.trimmed(); });
    });
    connect(m_attempts, &QSpinBox::valueChanged, this, [this](int value) {
        edit(EditField::RetryAttempts, tr("Change the retry attempts"),
             [&](Endpoint &e) { e.retry.maxAttempts = value; });
    });
    connect(m_baseDelay, &QSpinBox::valueChanged, this, [this](int value) {
        edit(EditField::RetryBaseDelay, tr("Change the retry delay"),
             [&](Endpoint &e) { e.retry.baseDelayMs = value; });
    });
    connect(m_maxDelay, &QSpinBox::valueChanged, this, [this](int value) {
        edit(EditField::RetryMaxDelay, tr("Change the longest retry delay"),
             [&](Endpoint &e) { e.retry.maxDelayMs = value; });
    });
    retranslate();
    setEnabled(false);
}

void RateLimitsTab::retranslate()
{
    const QStringList labels = { tr("Vendor preset:"),        tr("Request budget:"),
                                 tr("Requests in flight:"),   tr("Remaining header:"),
                                 tr("Attempts per request:"), tr("First retry delay:"),
                                 tr("Longest retry delay:") };
    for (qsizetype i = 0; i < labels.size() && i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    const QString current = m_preset->currentData().toString();
    m_preset->blockSignals(true);
    m_preset->clear();
    const QList<RateLimitPreset> presets = RateLimitPresets::all();
    for (const RateLimitPreset &p : presets)
        m_preset->addItem(p.label, p.id);
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(current)));
    m_preset->blockSignals(false);
    m_apply->setText(tr("Apply"));
    m_addWindow->setText(tr("Add Window"));
    m_removeWindow->setText(tr("Remove"));
    m_remainingHeader->setPlaceholderText(tr("e.g. X-RateLimit-Remaining"));
}

void RateLimitsTab::load(const Endpoint &endpoint)
{
    if (m_model->endpointId() != m_endpointId)
        m_model->setEndpointId(m_endpointId);
    if (!endpoint.rateLimit.preset.isEmpty()) {
        const int index = m_preset->findData(endpoint.rateLimit.preset);
        if (index >= 0)
            m_preset->setCurrentIndex(index);
    }
    m_maxInFlight->setValue(endpoint.rateLimit.maxInFlight);
    setText(m_remainingHeader, endpoint.rateLimit.remainingHeader);
    m_attempts->setValue(endpoint.retry.maxAttempts);
    m_baseDelay->setValue(endpoint.retry.baseDelayMs);
    m_maxDelay->setValue(endpoint.retry.maxDelayMs);
}

} // namespace crmbridge
