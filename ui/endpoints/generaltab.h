#pragma once

#include "ui/endpoints/endpointtab.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace crmbridge {

class Prompts;

/// General tab: name, kind, protocol, base URL, description, timeout and TLS (CA file, the
/// visibly marked "allow self-signed").
class GeneralTab : public EndpointTab
{
    Q_OBJECT

public:
    GeneralTab(EndpointRepository &repository, QUndoStack &undoStack, Prompts &prompts,
               QWidget *parent = nullptr);
    void retranslate() override;

    /// Why a base URL is not usable ("" when it is); {{var}} references are allowed.
    static QString baseUrlProblem(const QString &text);

protected:
    void load(const Endpoint &endpoint) override;

private:
    void onNameEdited(const QString &text);
    void onBaseUrlEdited(const QString &text);
    void updateSelfSignedWarning(bool on);

    Prompts &m_prompts;
    QFormLayout *m_form = nullptr;
    QList<QLabel *> m_labels;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_protocol = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_baseUrlError = nullptr;
    QLineEdit *m_description = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browseCa = nullptr;
    QLabel *m_caError = nullptr;
    QCheckBox *m_selfSigned = nullptr;
    QLabel *m_selfSignedWarning = nullptr;
};

} // namespace crmbridge
