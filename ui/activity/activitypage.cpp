#include "ui/activity/activitypage.h"

#include "core/net/activityrecorder.h"
#include "core/workspace/workspace.h"
#include "models/activity/activitystats.h"
#include "models/activity/activitytablemodel.h"
#include "ui/activity/activitycharts.h"
#include "ui/activity/activitydetailspane.h"
#include "ui/common/tableactions.h"
#include "ui/shell/pageregistry.h"
#include "ui/shell/prompts.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace crmbridge {

ActivityPage::ActivityPage(PageContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
{
    m_model = new ActivityTableModel(context.workspace, this);
    m_queries = new ActivityQueryService(context.workspace.filePath(), this);
    m_model->setQueryService(m_queries);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);

    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_heading->setFont(font);
    layout->addWidget(m_heading);

    auto *filters = new QHBoxLayout;
    m_endpoint = new QComboBox(this);
    m_endpoint->setObjectName(QStringLiteral("endpointFilter"));
    m_endpoint->setMinimumContentsLength(12);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodFilter"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    for (int i = 0; i <= ActivityFilter::Failed; ++i)
        m_status->addItem(QString(), i);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlFilter"));
    m_url->setClearButtonEnabled(true);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshActivity"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportActivity"));
    filters->addWidget(m_endpoint);
    filters->addWidget(m_method);
    filters->addWidget(m_status);
    filters->addWidget(m_url, 1);
    filters->addWidget(m_refresh);
    filters->addWidget(m_export);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(top);
    m_view->setObjectName(QStringLiteral("activityView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Fixed row heights and no per-row size measuring keep a long table smooth.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ActivityTableModel::TimeColumn, 170);
    m_view->setColumnWidth(ActivityTableModel::UrlColumn, 420);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(ActivityTableModel::TimeColumn, Qt::DescendingOrder);
    // Only time is indexed: a click on another column keeps the time order, and shows that.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section) {
        if (section != ActivityTableModel::TimeColumn)
            m_view->horizontalHeader()->setSortIndicator(ActivityTableModel::TimeColumn, m_model->order());
    });
    TableActions::install(m_view, context.prompts, QStringLiteral("activity"),
                          [this](const QString &path, QString *) {
                              QStringList headers;
                              for (int c = 0; c < ActivityTableModel::ColumnCount; ++c)
                                  headers << m_model->headerData(c, Qt::Horizontal).toString();
                              m_queries->exportCsv(currentFilter(), path, headers);
                              m_message->setText(tr("Exporting…"));
                              return true; // the result is reported when the export thread is done
                          });
    topLayout->addWidget(m_view, 1);
    auto *status = new QHBoxLayout;
    m_count = new QLabel(top);
    m_count->setObjectName(QStringLiteral("activityCount"));
    m_message = new QLabel(top);
    m_message->setObjectName(QStringLiteral("activityMessage"));
    m_message->setWordWrap(true);
    status->addWidget(m_count);
    status->addWidget(m_message, 1);
    topLayout->addLayout(status);

    m_lower = new QTabWidget(splitter);
    m_lower->setObjectName(QStringLiteral("activityLower"));
    m_details = new ActivityDetailsPane(context.prompts, m_lower);
    m_details->setObjectName(QStringLiteral("activityDetails"));
    m_charts = new ActivityCharts(m_lower);
    m_charts->setObjectName(QStringLiteral("activityCharts"));
    m_lower->addTab(m_details, QString());
    m_lower->addTab(m_charts, QString());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_filterTimer, &QTimer::timeout, this, &ActivityPage::applyFilter);
    connect(m_url, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    for (QComboBox *combo : { m_endpoint, m_method, m_status })
        connect(combo, &QComboBox::activated, this, &ActivityPage::applyFilter);
    connect(m_refresh, &QPushButton::clicked, this, &ActivityPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &ActivityPage::exportCsv);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActivityPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_details->clear();
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActivityPage::updateCount);
    connect(m_model, &ActivityTableModel::batchLoaded, this, &ActivityPage::updateCount);
    connect(m_model, &ActivityTableModel::failed, this,
            [this](const QString &message) { m_message->setText(message); });
    connect(m_queries, &ActivityQueryService::statsReady, this,
            [this](const ActivityStats &stats) { m_charts->setStats(stats); });
    connect(
        m_queries, &ActivityQueryService::exported, this,
        [this](const QString &path, qint64 rows, const QString &error) {
            if (!error.isEmpty()) {
                m_message->clear();
                m_context.prompts.error(
                    this, tr("Export to CSV"),
                    tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
                return;
            }
            m_message->setText(
                tr("Exported %1 rows to %2").arg(QLocale().toString(rows), QDir::toNativeSeparators(path)));
        });

    // The window's recorder writes every page's exchanges; a visible Activity page shows them as
    // they land instead of waiting for Refresh.
    if (context.activity) {
        connect(context.activity, &ActivityRecorder::recorded, this, [this] {
            if (isVisible())
                refresh();
        });
    }
    retranslate();
    fillChoosers();
    m_model->setFilter(currentFilter());
    m_queries->requestStats(currentFilter());
}

ActivityPage::~ActivityPage() = default;

QString ActivityPage::title() const
{
    return tr("Activity");
}

QIcon ActivityPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/activity.svg"));
}

void ActivityPage::retranslate()
{
    m_heading->setText(tr("Activity"));
    if (m_endpoint->count() > 0)
        m_endpoint->setItemText(0, tr("All endpoints"));
    if (m_method->count() > 0)
        m_method->setItemText(0, tr("All methods"));
    const QStringList statuses = { tr("Any status"),
                                   tr("No answer"),
                                   tr("2xx success"),
                                   tr("3xx redirect"),
                                   tr("4xx client error"),
                                   tr("5xx server error"),
                                   tr("Failed (no answer, 4xx, 5xx)") };
    for (int i = 0; i < m_status->count() && i < statuses.size(); ++i)
        m_status->setItemText(i, statuses.at(i));
    m_url->setPlaceholderText(tr("Text in the URL"));
    m_refresh->setText(tr("Refresh"));
    m_export->setText(tr("Export CSV…"));
    m_lower->setTabText(0, tr("Details"));
    m_lower->setTabText(1, tr("Charts"));
    m_details->retranslate();
    m_charts->retranslate();
    updateCount();
}

void ActivityPage::fillChoosers()
{
    const auto fill = [](QComboBox *combo, const QString &all, const QStringList &values) {
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(all, QString());
        for (const QString &v : values)
            combo->addItem(v, v);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    fill(m_endpoint, tr("All endpoints"), m_model->endpoints());
    fill(m_method, tr("All methods"), m_model->methods());
}

ActivityFilter ActivityPage::currentFilter() const
{
    ActivityFilter filter;
    filter.endpoint = m_endpoint->currentData().toString();
    filter.method = m_method->currentData().toString();
    filter.statusClass = m_status->currentData().toInt();
    filter.urlText = m_url->text().trimmed();
    return filter;
}

void ActivityPage::applyFilter()
{
    m_filterTimer->stop();
    const ActivityFilter filter = currentFilter();
    if (filter == m_model->filter())
        return;
    m_model->setFilter(filter);
    m_charts->setBusy(true);
    m_queries->requestStats(filter);
}

void ActivityPage::refresh()
{
    fillChoosers();
    if (m_model->pollNew() == 0 && m_model->rowCount() == 0 && !m_model->isLoading())
        m_model->reload();
    m_charts->setBusy(true);
    m_queries->requestStats(currentFilter());
    updateCount();
}

void ActivityPage::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_context.prompts.saveFileName(this, tr("Export to CSV"),
                                                        QDir(dir).filePath(QStringLiteral("activity.csv")),
                                                        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QStringList headers;
    for (int c = 0; c < ActivityTableModel::ColumnCount; ++c)
        headers << m_model->headerData(c, Qt::Horizontal).toString();
    m_message->setText(tr("Exporting…"));
    m_queries->exportCsv(currentFilter(), path, headers);
}

void ActivityPage::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    auto entry = m_model->entry(current.row());
    if (!entry) {
        m_details->clear();
        m_message->setText(entry.error().message());
        return;
    }
    m_details->showEntry(entry.value());
}

void ActivityPage::updateCount()
{
    const int rows = m_model->rowCount();
    if (m_model->isLoading() && rows == 0)
        m_count->setText(tr("Reading…"));
    else
        m_count->setText(m_model->canFetchMore({}) || m_model->isLoading()
                             ? tr("%1 rows shown, more as you scroll").arg(QLocale().toString(rows))
                             : tr("%n row(s)", nullptr, rows));
}

void registerActivityPages(PageRegistry &registry)
{
    registry.add({ QStringLiteral("activity"), 60, [](PageContext &context, QWidget *parent) -> Page * {
                      return new ActivityPage(context, parent);
                  } });
}

} // namespace crmbridge
