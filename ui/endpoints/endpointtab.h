#pragma once

#include "core/endpoints/endpoint.h"
#include "models/endpoints/endpointcommands.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QUndoStack;

namespace crmbridge {

class EndpointRepository;

/// Base of the endpoint editor's tabs: knows the endpoint being edited, refills its fields when
/// the endpoint changes (edits, undo, redo), and turns a field edit into an undo command.
class EndpointTab : public QWidget
{
    Q_OBJECT

public:
    EndpointTab(EndpointRepository &repository, QUndoStack &undoStack, QWidget *parent = nullptr);

    void setEndpointId(qint64 id);
    qint64 endpointId() const { return m_endpointId; }
    const Endpoint *endpoint() const;

    /// Sets every visible text again (language switch).
    virtual void retranslate() = 0;

protected:
    /// Fills the fields from `endpoint` (signals of the editors are blocked meanwhile).
    virtual void load(const Endpoint &endpoint) = 0;
    /// Pushes an edit: copies the endpoint, lets `change` modify it, and pushes a
    /// SetEndpointCommand when something changed. Typing in one field merges into one step.
    void edit(EditField field, const QString &text, const std::function<void(Endpoint &)> &change);
    void reload();

    /// Shows `message` next to a field (red text, red frame), or clears it when empty.
    static void showFieldError(QLineEdit *edit, QLabel *label, const QString &message);
    static QLabel *errorLabel(QWidget *parent, const QString &objectName);
    /// Sets a line edit's text only when it differs (keeps the cursor while typing).
    static void setText(QLineEdit *edit, const QString &text);

    EndpointRepository &m_repository;
    QUndoStack &m_undoStack;
    qint64 m_endpointId = 0;
    bool m_loading = false;
};

} // namespace crmbridge
