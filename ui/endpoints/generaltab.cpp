#include "ui/endpoints/generaltab.h"

#include "core/endpoints/environment.h"
#include "models/endpoints/endpointlabels.h"
#include "models/endpoints/endpointrepository.h"
#include "ui/shell/prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace crmbridge {

namespace {

QWidget *withError(QWidget *parent, QWidget *field, QLabel *error)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

GeneralTab::GeneralTab(EndpointRepository &repository, QUndoStack &undoStack, Prompts &prompts,
                       QWidget *parent)
    : EndpointTab(repository, undoStack, parent)
    , m_prompts(prompts)
{
    m_form = new QFormLayout(this);
    const auto addRow = [this](QWidget *field) {
        auto *label = new QLabel(this);
        m_labels.append(label);
        m_form->addRow(label, field);
    };
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("endpointName"));
    m_nameError = errorLabel(this, QStringLiteral("endpointNameError"));
    addRow(withError(this, m_name, m_nameError));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("endpointKind"));
    for (EndpointKind kind : EndpointLabels::kinds())
        m_kind->addItem(EndpointLabels::kindIcon(kind), EndpointLabels::kind(kind), int(kind));
    addRow(m_kind);

    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("endpointProtocol"));
    for (Protocol protocol : EndpointLabels::protocols())
        m_protocol->addItem(EndpointLabels::protocol(protocol), int(protocol));
    addRow(m_protocol);

    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrlError = errorLabel(this, QStringLiteral("baseUrlError"));
    addRow(withError(this, m_baseUrl, m_baseUrlError));

    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    addRow(m_description);

    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(QStringLiteral(" s"));
    addRow(m_timeout);

    auto *caRow = new QWidget(this);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_caFile = new QLineEdit(caRow);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_browseCa = new QPushButton(caRow);
    m_browseCa->setObjectName(QStringLiteral("browseCaFile"));
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_browseCa);
    m_caError = errorLabel(this, QStringLiteral("caFileError"));
    addRow(withError(this, caRow, m_caError));

    m_selfSigned = new QCheckBox(this);
    m_selfSigned->setObjectName(QStringLiteral("allowSelfSigned"));
    m_selfSignedWarning = new QLabel(this);
    m_selfSignedWarning->setObjectName(QStringLiteral("selfSignedWarning"));
    m_selfSignedWarning->setWordWrap(true);
    m_selfSignedWarning->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3e0; color: #8a4b00; border: 1px solid #f0a040; padding: 4px; }"));
    m_selfSignedWarning->setVisible(false);
    addRow(withError(this, m_selfSigned, m_selfSignedWarning));

    connect(m_name, &QLineEdit::textEdited, this, &GeneralTab::onNameEdited);
    connect(m_baseUrl, &QLineEdit::textEdited, this, &GeneralTab::onBaseUrlEdited);
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(EditField::Description, tr("Edit the description"), [&](Endpoint &e) { e.description = text; });
    });
    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        const auto kind = EndpointKind(m_kind->itemData(index).toInt());
        edit(EditField::Other, tr("Change the kind"), [&](Endpoint &e) { e.kind = kind; });
    });
    connect(m_protocol, &QComboBox::activated, this, [this](int index) {
        const auto protocol = Protocol(m_protocol->itemData(index).toInt());
        edit(EditField::Other, tr("Change the protocol"), [&](Endpoint &e) { e.protocol = protocol; });
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, [this](int seconds) {
        edit(EditField::Timeout, tr("Change the timeout"),
             [&](Endpoint &e) { e.timeoutMs = seconds * 1000; });
    });
    connect(m_caFile, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString path = text.trimmed();
        showFieldError(m_caFile, m_caError,
                       path.isEmpty() || QFileInfo(path).isFile() ? QString()
                                                                  : tr("There is no file at this path."));
        edit(EditField::CaFile, tr("Change the CA file"), [&](Endpoint &e) { e.tls.caFile = path; });
    });
    connect(m_browseCa, &QPushButton::clicked, this, [this] {
        const QString path =
            m_prompts.openFileName(this, tr("Choose the CA certificate"), QDir::homePath(),
                                   tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (path.isEmpty())
            return;
        showFieldError(m_caFile, m_caError, QString());
        edit(EditField::Other, tr("Change the CA file"), [&](Endpoint &e) { e.tls.caFile = path; });
    });
    connect(m_selfSigned, &QCheckBox::toggled, this, [this](bool on) {
        updateSelfSignedWarning(on);
        edit(EditField::Other, on ? tr("Allow self-signed certificates") : tr("Verify certificates"),
             [&](Endpoint &e) { e.tls.allowSelfSigned = on; });
    });
    retranslate();
    setEnabled(false);
}

void GeneralTab::retranslate()
{
    const QStringList labels = { tr("Name:"),        tr("Kind:"),    tr("Protocol:"),      tr("Base URL:"),
                                 tr("Description:"), tr("Timeout:"), tr("CA file (PEM):"), tr("TLS:") };
    for (qsizetype i = 0; i < labels.size() && i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_baseUrl->setPlaceholderText(tr("https://api.example.com/v1 or {{base_url}}"));
    m_caFile->setPlaceholderText(tr("the system's trusted CAs"));
    m_browseCa->setText(tr("Browse…"));
    m_selfSigned->setText(tr("Allow self-signed certificates (test servers only)"));
    m_selfSignedWarning->setText(
        tr("⚠ Certificate verification is relaxed for this endpoint: anyone between you and "
           "the server could read and change the traffic. Use a CA file instead where you "
           "can."));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, EndpointLabels::kind(EndpointKind(m_kind->itemData(i).toInt())));
    for (int i = 0; i < m_protocol->count(); ++i)
        m_protocol->setItemText(i, EndpointLabels::protocol(Protocol(m_protocol->itemData(i).toInt())));
}

void GeneralTab::load(const Endpoint &endpoint)
{
    setText(m_name, endpoint.name);
    showFieldError(m_name, m_nameError, QString());
    m_kind->setCurrentIndex(m_kind->findData(int(endpoint.kind)));
    m_protocol->setCurrentIndex(m_protocol->findData(int(endpoint.protocol)));
    setText(m_baseUrl, endpoint.baseUrl);
    showFieldError(m_baseUrl, m_baseUrlError, baseUrlProblem(endpoint.baseUrl));
    setText(m_description, endpoint.description);
    m_timeout->setValue(qMax(1, endpoint.timeoutMs / 1000));
    setText(m_caFile, endpoint.tls.caFile);
    m_selfSigned->setChecked(endpoint.tls.allowSelfSigned);
    updateSelfSignedWarning(endpoint.tls.allowSelfSigned);
}

void GeneralTab::updateSelfSignedWarning(bool on)
{
    m_selfSignedWarning->setVisible(on);
}

void GeneralTab::onNameEdited(const QString &text)
{
    const QString name = text.trimmed();
    QString problem;
    if (name.isEmpty()) {
        problem = tr("An endpoint needs a name.");
    } else if (const Endpoint *other = m_repository.endpointNamed(name);
               other && other->id != m_repository.resolve(m_endpointId)) {
        problem = tr("Another endpoint is already named \"%1\".").arg(name);
    }
    showFieldError(m_name, m_nameError, problem);
    if (!problem.isEmpty())
        return;
    edit(EditField::Name, tr("Rename the endpoint"), [&](Endpoint &e) { e.name = name; });
}

QString GeneralTab::baseUrlProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("A base URL is needed, e.g. https://api.example.com/v1.");
    if (trimmed.startsWith(QStringLiteral("{{")))
        return {}; // the environment fills it; Test connection checks the result
    // Check the shape with the variables replaced by a harmless word.
    QString probe = trimmed;
    probe.replace(QRegularExpression(QStringLiteral("\\{\\{[^}]*\\}\\}")), QStringLiteral("x"));
    const QUrl url(probe, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return tr("Not an http(s) URL: it must start with http:// or https://.");
    if (url.host().isEmpty())
        return tr("The URL has no host name.");
    return {};
}

void GeneralTab::onBaseUrlEdited(const QString &text)
{
    const QString problem = baseUrlProblem(text);
    showFieldError(m_baseUrl, m_baseUrlError, problem);
    if (!problem.isEmpty())
        return;
    edit(EditField::BaseUrl, tr("Change the base URL"), [&](Endpoint &e) { e.baseUrl = text.trimmed(); });
}

} // namespace crmbridge
