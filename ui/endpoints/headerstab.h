#pragma once

#include "ui/endpoints/endpointtab.h"

class QLabel;
class QPushButton;
class QTableView;

namespace crmbridge {

class HeadersModel;
class Prompts;

/// Headers tab: the headers sent with every request of the endpoint (values may hold {{var}}).
class HeadersTab : public EndpointTab
{
    Q_OBJECT

public:
    HeadersTab(EndpointRepository &repository, QUndoStack &undoStack, Prompts &prompts,
               QWidget *parent = nullptr);
    void retranslate() override;
    HeadersModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

protected:
    void load(const Endpoint &endpoint) override;

private:
    HeadersModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace crmbridge
