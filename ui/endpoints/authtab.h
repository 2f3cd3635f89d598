#pragma once

#include "ui/endpoints/endpointtab.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace crmbridge {

class SecretStore;

/// Auth tab: the authentication kind and its fields, and the secret. The secret's value goes to
/// SecretStore (keychain, or this session) and the tab says where it went; the workspace keeps
/// only the reference (keychain entry name, environment variable).
class AuthTab : public EndpointTab
{
    Q_OBJECT

public:
    AuthTab(EndpointRepository &repository, QUndoStack &undoStack, SecretStore &secrets,
            QWidget *parent = nullptr);
    void retranslate() override;

protected:
    void load(const Endpoint &endpoint) override;

private:
    void updateRows(AuthKind kind);
    void storeSecret();
    void lineField(QLineEdit *&target, const QString &name, EditField field, QString AuthConfig::*member);

    SecretStore &m_secrets;
    QFormLayout *m_form = nullptr;
    QList<QLabel *> m_labels;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_keyName = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_scope = nullptr;
    QLineEdit *m_secretKey = nullptr;
    QLineEdit *m_secretEnv = nullptr;
    QLineEdit *m_secretValue = nullptr;
    QPushButton *m_store = nullptr;
    QLabel *m_secretState = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace crmbridge
