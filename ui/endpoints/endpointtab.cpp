#include "ui/endpoints/endpointtab.h"

#include "models/endpoints/endpointrepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>

namespace crmbridge {

EndpointTab::EndpointTab(EndpointRepository &repository, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_undoStack(undoStack)
{
    connect(&m_repository, &EndpointRepository::endpointChanged, this, [this](qint64 id) {
        if (m_endpointId != 0 && m_repository.resolve(id) == m_repository.resolve(m_endpointId))
            reload();
    });
}

void EndpointTab::setEndpointId(qint64 id)
{
    m_endpointId = id;
    setEnabled(endpoint() != nullptr);
    reload();
}

const Endpoint *EndpointTab::endpoint() const
{
    return m_endpointId == 0 ? nullptr : m_repository.endpoint(m_endpointId);
}

void EndpointTab::reload()
{
    const Endpoint *e = endpoint();
    if (!e)
        return;
    m_loading = true;
    const QList<QWidget *> children = findChildren<QWidget *>();
    QList<bool> blocked;
    for (QWidget *child : children)
        blocked.append(child->blockSignals(true));
    load(*e);
    for (qsizetype i = 0; i < children.size(); ++i)
        children.at(i)->blockSignals(blocked.at(i));
    m_loading = false;
}

void EndpointTab::edit(EditField field, const QString &text, const std::function<void(Endpoint &)> &change)
{
    if (m_loading)
        return;
    const Endpoint *before = endpoint();
    if (!before)
        return;
    Endpoint after = *before;
    change(after);
    if (after == *before)
        return;
    m_undoStack.push(new SetEndpointCommand(m_repository, *before, after, field, text));
}

void EndpointTab::showFieldError(QLineEdit *edit, QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    edit->setStyleSheet(message.isEmpty() ? QString()
                                          : QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
    edit->setProperty("invalid", !message.isEmpty());
}

QLabel *EndpointTab::errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

void EndpointTab::setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace crmbridge
