#include "ui/activity/activitydetailspane.h"

#include "models/activity/activitydetails.h"
#include "ui/common/tableactions.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace crmbridge {

namespace {

QTableView *headersView(QWidget *parent, QStandardItemModel *model, Prompts &prompts, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    TableActions::install(view, prompts, name);
    return view;
}

QPlainTextEdit *bodyView(QWidget *parent, const QString &name)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

void fill(QStandardItemModel *model, const ActivityDetails::Headers &headers)
{
    model->removeRows(0, model->rowCount());
    for (const auto &h : headers)
        model->appendRow({ new QStandardItem(h.first), new QStandardItem(h.second) });
}

} // namespace

ActivityDetailsPane::ActivityDetailsPane(Prompts &prompts, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("activitySummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_copyCurl = new QPushButton(this);
    m_copyCurl->setObjectName(QStringLiteral("copyCurl"));
    top->addWidget(m_summary, 1);
    top->addWidget(m_copyCurl);
    layout->addLayout(top);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("activityError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_error);

    auto *grid = new QGridLayout;
    m_requestLabel = new QLabel(this);
    m_responseLabel = new QLabel(this);
    m_requestHeaders = new QStandardItemModel(0, 2, this);
    m_responseHeaders = new QStandardItemModel(0, 2, this);
    m_requestHeadersView = headersView(this, m_requestHeaders, prompts, QStringLiteral("requestHeaders"));
    m_responseHeadersView = headersView(this, m_responseHeaders, prompts, QStringLiteral("responseHeaders"));
    m_requestBody = bodyView(this, QStringLiteral("requestBody"));
    m_responseBody = bodyView(this, QStringLiteral("responseBody"));
    grid->addWidget(m_requestLabel, 0, 0);
    grid->addWidget(m_responseLabel, 0, 1);
    grid->addWidget(m_requestHeadersView, 1, 0);
    grid->addWidget(m_responseHeadersView, 1, 1);
    grid->addWidget(m_requestBody, 2, 0);
    grid->addWidget(m_responseBody, 2, 1);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(2, 3);
    layout->addLayout(grid, 1);

    connect(m_copyCurl, &QPushButton::clicked, this, &ActivityDetailsPane::copyAsCurl);
    retranslate();
    clear();
}

void ActivityDetailsPane::retranslate()
{
    m_copyCurl->setText(tr("Copy as cURL"));
    m_copyCurl->setToolTip(tr("The command as recorded: credentials and secrets are masked."));
    m_requestLabel->setText(tr("Request"));
    m_responseLabel->setText(tr("Response"));
    for (QStandardItemModel *model : { m_requestHeaders, m_responseHeaders })
        model->setHorizontalHeaderLabels({ tr("Header"), tr("Value") });
    if (m_hasEntry)
        showEntry(m_entry);
    else
        clear();
}

void ActivityDetailsPane::clear()
{
    m_hasEntry = false;
    m_summary->setText(tr("Choose a request to see its details."));
    m_error->setVisible(false);
    m_copyCurl->setEnabled(false);
    fill(m_requestHeaders, {});
    fill(m_responseHeaders, {});
    m_requestBody->clear();
    m_responseBody->clear();
}

void ActivityDetailsPane::showEntry(const ActivityEntry &entry)
{
    m_entry = entry;
    m_hasEntry = true;
    const QLocale locale;
    QString summary =
        QStringLiteral("<b>%1 %2</b><br>").arg(entry.method.toHtmlEscaped(), entry.url.toHtmlEscaped());
    summary += tr("%1 · %2 · status %3 · %4 ms · %5%6")
                   .arg(entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                        entry.endpoint.toHtmlEscaped(),
                        entry.status == 0 ? tr("none") : QString::number(entry.status),
                        locale.toString(entry.durationMs), locale.formattedDataSize(entry.bytes),
                        entry.retry > 0 ? tr(" · retry %1").arg(entry.retry) : QString());
    const QString context = ActivityDetails::context(entry);
    if (!context.isEmpty())
        summary += QStringLiteral("<br><i>") + context.toHtmlEscaped() + QStringLiteral("</i>");
    m_summary->setText(summary);
    m_error->setText(entry.error);
    m_error->setVisible(!entry.error.isEmpty());
    const ActivityDetails::Headers request = ActivityDetails::requestHeaders(entry);
    const ActivityDetails::Headers response = ActivityDetails::responseHeaders(entry);
    fill(m_requestHeaders, request);
    fill(m_responseHeaders, response);
    m_requestBody->setPlainText(
        ActivityDetails::pretty(ActivityDetails::requestBody(entry),
                                ActivityDetails::header(request, QStringLiteral("Content-Type"))));
    m_responseBody->setPlainText(
        ActivityDetails::pretty(ActivityDetails::responseBody(entry),
                                ActivityDetails::header(response, QStringLiteral("Content-Type"))));
    m_copyCurl->setEnabled(!ActivityDetails::curl(entry).isEmpty());
}

QString ActivityDetailsPane::copyAsCurl()
{
    if (!m_hasEntry)
        return {};
    const QString curl = ActivityDetails::curl(m_entry);
    if (!curl.isEmpty())
        QGuiApplication::clipboard()->setText(curl);
    return curl;
}

} // namespace crmbridge
