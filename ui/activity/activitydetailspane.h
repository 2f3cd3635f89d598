#pragma once

#include "core/net/activityrecorder.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace crmbridge {

class Prompts;

/// One recorded exchange in detail: what, when, how long; request and response headers; the
/// bodies pretty-printed (JSON, XML), and "Copy as cURL" — all as recorded, i.e. redacted.
class ActivityDetailsPane : public QWidget
{
    Q_OBJECT

public:
    ActivityDetailsPane(Prompts &prompts, QWidget *parent = nullptr);

    void showEntry(const ActivityEntry &entry);
    void clear();
    void retranslate();
    /// Puts the entry's redacted cURL command on the clipboard; returns it.
    QString copyAsCurl();

    QStandardItemModel *requestHeaders() const { return m_requestHeaders; }
    QStandardItemModel *responseHeaders() const { return m_responseHeaders; }

private:
    ActivityEntry m_entry;
    bool m_hasEntry = false;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QLabel *m_requestLabel = nullptr;
    QLabel *m_responseLabel = nullptr;
    QStandardItemModel *m_requestHeaders = nullptr;
    QStandardItemModel *m_responseHeaders = nullptr;
    QTableView *m_requestHeadersView = nullptr;
    QTableView *m_responseHeadersView = nullptr;
    QPlainTextEdit *m_requestBody = nullptr;
    QPlainTextEdit *m_responseBody = nullptr;
};

} // namespace crmbridge
