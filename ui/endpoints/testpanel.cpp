#include "ui/endpoints/testpanel.h"

#include "models/common/modelroles.h"
#include "models/endpoints/samplerecordsmodel.h"
#include "ui/common/tableactions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace crmbridge {

TestPanel::TestPanel(ConnectionTester &tester, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_tester(tester)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *top = new QHBoxLayout;
    m_environmentLabel = new QLabel(this);
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("testEnvironment"));
    m_environment->setMinimumContentsLength(14);
    m_environmentLabel->setBuddy(m_environment);
    m_target = new QLabel(this);
    m_target->setObjectName(QStringLiteral("testTarget"));
    m_test = new QPushButton(this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    top->addWidget(m_environmentLabel);
    top->addWidget(m_environment);
    m_editEnvironments = new QPushButton(this);
    m_editEnvironments->setObjectName(QStringLiteral("editEnvironments"));
    top->addWidget(m_editEnvironments);
    top->addWidget(m_target, 1);
    top->addWidget(m_test);
    layout->addLayout(top);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("testStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_diagnosis = new QLabel(this);
    m_diagnosis->setObjectName(QStringLiteral("testDiagnosis"));
    m_diagnosis->setWordWrap(true);
    m_diagnosis->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diagnosis->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_diagnosis->setVisible(false);
    layout->addWidget(m_diagnosis);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_headers = new QStandardItemModel(0, 2, this);
    m_headersView = new QTableView(split);
    m_headersView->setObjectName(QStringLiteral("testHeaders"));
    m_headersView->setModel(m_headers);
    m_headersView->verticalHeader()->hide();
    m_headersView->horizontalHeader()->setStretchLastSection(true);
    m_headersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headersView->setSortingEnabled(true);
    TableActions::install(m_headersView, prompts, QStringLiteral("response-headers"));
    m_sample = new SampleRecordsModel(this);
    m_sampleView = new QTableView(split);
    m_sampleView->setObjectName(QStringLiteral("testSample"));
    auto *sampleProxy = new QSortFilterProxyModel(this);
    sampleProxy->setSourceModel(m_sample);
    sampleProxy->setSortRole(RawValueRole);
    m_sampleView->setModel(sampleProxy);
    m_sampleView->setSortingEnabled(true);
    m_sampleView->sortByColumn(-1, Qt::AscendingOrder); // as the server sent them until a click
    m_sampleView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    TableActions::install(m_sampleView, prompts, QStringLiteral("sample"));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_test, &QPushButton::clicked, this, &TestPanel::testRequested);
    connect(m_editEnvironments, &QPushButton::clicked, this, &TestPanel::environmentsRequested);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &TestPanel::environmentChanged);
    connect(&m_tester, &ConnectionTester::started, this, [this] {
        m_test->setEnabled(false);
        m_status->setText(tr("Testing…"));
        m_diagnosis->setVisible(false);
    });
    connect(&m_tester, &ConnectionTester::finished, this, &TestPanel::showResult);
    retranslate();
}

void TestPanel::retranslate()
{
    m_environmentLabel->setText(tr("Environment:"));
    m_test->setText(tr("Test Connection"));
    m_editEnvironments->setText(tr("Environments…"));
    m_headers->setHorizontalHeaderLabels({ tr("Response header"), tr("Value") });
    if (m_environment->count() == 0)
        m_environment->setPlaceholderText(tr("(no environment)"));
    if (m_status->text().isEmpty() || !m_last.url.isEmpty())
        showResult(m_last);
}

void TestPanel::setEnvironments(const QList<Environment> &environments)
{
    const QString current = m_environment->currentData().toString(); // the name, not the label
    m_environments = environments;
    m_environment->blockSignals(true);
    m_environment->clear();
    for (const Environment &e : environments)
        m_environment->addItem(e.production ? tr("%1 (production)").arg(e.name) : e.name, e.name);
    int index = m_environment->findData(current);
    if (index < 0) {
        // Prefer a non-production environment when nothing was chosen yet.
        for (int i = 0; i < m_environments.size() && index < 0; ++i)
            if (!m_environments.at(i).production)
                index = i;
    }
    m_environment->setCurrentIndex(index < 0 ? 0 : index);
    m_environment->blockSignals(false);
    emit environmentChanged();
}

bool TestPanel::selectEnvironment(const QString &name)
{
    const int index = m_environment->findData(name);
    if (index < 0)
        return false;
    m_environment->setCurrentIndex(index);
    return true;
}

Environment TestPanel::currentEnvironment() const
{
    const QString name = m_environment->currentData().toString();
    for (const Environment &e : m_environments) {
        if (e.name == name)
            return e;
    }
    return {};
}

void TestPanel::setTarget(const QString &description, bool enabled)
{
    m_target->setText(description);
    m_test->setEnabled(enabled && !m_tester.isRunning());
}

void TestPanel::showResult(const ConnectionTestResult &result)
{
    m_last = result;
    m_test->setEnabled(true);
    m_headers->removeRows(0, m_headers->rowCount());
    for (const auto &h : result.headers) {
        m_headers->appendRow({ new QStandardItem(QString::fromLatin1(h.first)),
                               new QStandardItem(QString::fromUtf8(h.second)) });
    }
    m_sample->setRecords(result.records);
    if (result.url.isEmpty() && result.status == 0 && result.ok()) {
        m_status->setText(tr("Not tested yet."));
        m_diagnosis->setVisible(false);
        return;
    }
    const QLocale locale;
    QString status = result.status > 0
        ? tr("HTTP %1 %2").arg(result.status).arg(QString::fromLatin1(result.reason))
        : tr("No HTTP answer");
    status += QStringLiteral(" · ") + tr("%1 ms").arg(locale.toString(result.latencyMs));
    if (result.ok())
        status += QStringLiteral(" · ") + tr("%n sample record(s)", nullptr, int(result.records.size()));
    status += QStringLiteral(" · ") + result.url;
    m_status->setText(status);
    m_status->setStyleSheet(result.ok() ? QStringLiteral("QLabel { color: #2e7d32; }") : QString());
    m_diagnosis->setVisible(!result.ok());
    QString diagnosis = result.diagnosis;
    if (!result.detail.isEmpty() && result.detail != diagnosis)
        diagnosis += QStringLiteral("\n") + tr("Details: %1").arg(result.detail);
    m_diagnosis->setText(diagnosis);
}

} // namespace crmbridge
