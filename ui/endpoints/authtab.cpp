#include "ui/endpoints/authtab.h"

#include "core/endpoints/secretstore.h"
#include "models/endpoints/endpointlabels.h"
#include "models/endpoints/endpointrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace crmbridge {

AuthTab::AuthTab(EndpointRepository &repository, QUndoStack &undoStack, SecretStore &secrets, QWidget *parent)
    : EndpointTab(repository, undoStack, parent)
    , m_secrets(secrets)
{
    m_form = new QFormLayout(this);
    const auto addRow = [this](QWidget *field) {
        auto *label = new QLabel(this);
        m_labels.append(label);
        m_form->addRow(label, field);
    };
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("authKind"));
    for (AuthKind kind : EndpointLabels::authKinds())
        m_kind->addItem(EndpointLabels::auth(kind), int(kind));
    addRow(m_kind);
    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        const auto kind = AuthKind(m_kind->itemData(index).toInt());
        updateRows(kind);
        edit(EditField::Other, tr("Change the authentication"), [&](Endpoint &e) {
            e.auth.kind = kind;
            // A kind that needs a secret gets a keychain entry name to put it in.
            if (kind != AuthKind::None && e.auth.secret.key.isEmpty())
                e.auth.secret.key = Endpoint::secretKey(e.name, QStringLiteral("secret"));
        });
    });

    lineField(m_username, QStringLiteral("authUsername"), EditField::Username, &AuthConfig::username);
    addRow(m_username);
    lineField(m_keyName, QStringLiteral("authKeyName"), EditField::KeyName, &AuthConfig::keyName);
    addRow(m_keyName);
    lineField(m_tokenUrl, QStringLiteral("authTokenUrl"), EditField::TokenUrl, &AuthConfig::tokenUrl);
    addRow(m_tokenUrl);
    lineField(m_clientId, QStringLiteral("authClientId"), EditField::ClientId, &AuthConfig::clientId);
    addRow(m_clientId);
    lineField(m_scope, QStringLiteral("authScope"), EditField::Scope, &AuthConfig::scope);
    addRow(m_scope);

    m_secretKey = new QLineEdit(this);
    m_secretKey->setObjectName(QStringLiteral("secretKey"));
    connect(m_secretKey, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(EditField::SecretKey, tr("Change the keychain entry"),
             [&](Endpoint &e) { e.auth.secret.key = text.trimmed(); });
    });
    addRow(m_secretKey);
    m_secretEnv = new QLineEdit(this);
    m_secretEnv->setObjectName(QStringLiteral("secretEnvVar"));
    connect(m_secretEnv, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(EditField::SecretEnvVar, tr("Change the secret's environment variable"),
             [&](Endpoint &e) { e.auth.secret.envVar = text.trimmed(); });
    });
    addRow(m_secretEnv);

    auto *secretRow = new QWidget(this);
    auto *secretLayout = new QHBoxLayout(secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    m_secretValue = new QLineEdit(secretRow);
    m_secretValue->setObjectName(QStringLiteral("secretValue"));
    m_secretValue->setEchoMode(QLineEdit::Password);
    m_store = new QPushButton(secretRow);
    m_store->setObjectName(QStringLiteral("storeSecret"));
    secretLayout->addWidget(m_secretValue, 1);
    secretLayout->addWidget(m_store);
    addRow(secretRow);
    m_secretState = new QLabel(this);
    m_secretState->setObjectName(QStringLiteral("secretState"));
    m_secretState->setWordWrap(true);
    m_form->addRow(QString(), m_secretState);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
    m_form->addRow(QString(), m_note);
    connect(m_store, &QPushButton::clicked, this, &AuthTab::storeSecret);
    connect(m_secretValue, &QLineEdit::returnPressed, this, &AuthTab::storeSecret);

    retranslate();
    setEnabled(false);
}

void AuthTab::lineField(QLineEdit *&target, const QString &name, EditField field, QString AuthConfig::*member)
{
    target = new QLineEdit(this);
    target->setObjectName(name);
    connect(target, &QLineEdit::textEdited, this, [this, field, member](const QString &text) {
        edit(field, tr("Edit the authentication"), [&](Endpoint &e) { e.auth.*member = text; });
    });
}

void AuthTab::retranslate()
{
    const QStringList labels = { tr("Authentication:"), tr("User name:"),
                                 tr("Key name:"),       tr("Token URL:"),
                                 tr("Client id:"),      tr("Scope:"),
                                 tr("Keychain entry:"), tr("Or environment variable:"),
                                 tr("Secret:") };
    for (qsizetype i = 0; i < labels.size() && i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, EndpointLabels::auth(AuthKind(m_kind->itemData(i).toInt())));
    m_keyName->setPlaceholderText(tr("X-API-Key, api_key…"));
    m_secretEnv->setPlaceholderText(tr("read from this variable where no keychain works"));
    m_secretValue->setPlaceholderText(tr("type the password, token or key"));
    m_store->setText(tr("Store Secret"));
    m_note->setText(
        tr("Secrets are kept in the system keychain, never in the workspace; the workspace only names "
           "the keychain entry or the environment variable."));
}

void AuthTab::updateRows(AuthKind kind)
{
    // Rows by index: 0 kind, 1 user, 2 key name, 3 token URL, 4 client id, 5 scope, 6 key, 7 env, 8 value.
    const bool secret = kind != AuthKind::None;
    m_form->setRowVisible(1, kind == AuthKind::Basic);
    m_form->setRowVisible(2, kind == AuthKind::ApiKeyHeader || kind == AuthKind::ApiKeyQuery);
    m_form->setRowVisible(3, kind == AuthKind::OAuth2ClientCredentials);
    m_form->setRowVisible(4, kind == AuthKind::OAuth2ClientCredentials);
    m_form->setRowVisible(5, kind == AuthKind::OAuth2ClientCredentials);
    for (int row = 6; row <= 9; ++row)
        m_form->setRowVisible(row, secret);
}

void AuthTab::load(const Endpoint &endpoint)
{
    const AuthConfig &a = endpoint.auth;
    m_kind->setCurrentIndex(m_kind->findData(int(a.kind)));
    setText(m_username, a.username);
    setText(m_keyName, a.keyName);
    setText(m_tokenUrl, a.tokenUrl);
    setText(m_clientId, a.clientId);
    setText(m_scope, a.scope);
    setText(m_secretKey, a.secret.key);
    setText(m_secretEnv, a.secret.envVar);
    updateRows(a.kind);
}

void AuthTab::storeSecret()
{
    const Endpoint *e = endpoint();
    if (!e || m_secretValue->text().isEmpty())
        return;
    SecretRef ref = e->auth.secret;
    if (ref.key.isEmpty()) {
        ref.key = Endpoint::secretKey(e->name, QStringLiteral("secret"));
        edit(EditField::Other, tr("Name the keychain entry"),
             [&](Endpoint &changed) { changed.auth.secret.key = ref.key; });
    }
    const QByteArray value = m_secretValue->text().toUtf8();
    m_secretValue->clear(); // the value leaves the window now; only the reference stays
    m_store->setEnabled(false);
    m_secretState->setText(tr("Storing…"));
    m_secrets.write(ref, value, this, [this, ref](const Result<SecretStore::Source> &where) {
        m_store->setEnabled(true);
        if (!where) {
            m_secretState->setStyleSheet(QStringLiteral("color: #c62828;"));
            m_secretState->setText(where.error().message());
            return;
        }
        const bool session = where.value() == SecretStore::Source::Session;
        m_secretState->setStyleSheet(session ? QStringLiteral("color: #8a4b00;")
                                             : QStringLiteral("color: #2e7d32;"));
        m_secretState->setText(
            session ? tr("Kept for this session only (no keychain is available): entry \"%1\". Set the "
                         "environment variable to keep it across sessions.")
                          .arg(ref.key)
                    : tr("Stored in the system keychain as \"%1\".").arg(ref.key));
    });
}

} // namespace crmbridge
