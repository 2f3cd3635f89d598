#pragma once

#include "core/sync/syncprofile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace crmbridge {

class Prompts;
class SyncProfilesModel;
class Workspace;

/// The profile editor: source (an endpoint's entity, or a file), mapping, target, mode, match
/// key, filter, incremental cursor, batch size, concurrency and conflict policy. What is wrong is
/// said under the form as it is typed and OK stays disabled until the profile can be saved; the
/// page turns the accepted profile into one undo command.
class SyncProfileDialog : public QDialog
{
    Q_OBJECT

public:
    SyncProfileDialog(Workspace &workspace, const SyncProfilesModel &profiles, Prompts &prompts,
                      const sync::SyncProfile &profile, bool isNew, QWidget *parent = nullptr);

    sync::SyncProfile profile() const;
    void setProfile(const sync::SyncProfile &profile);
    /// What is wrong with the profile as entered ("" when it can be saved).
    QString problem() const;
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const;

private:
    void fillChoosers(Workspace &workspace);
    void updateProblem();
    void chooseFile();

    const SyncProfilesModel &m_profiles;
    Prompts &m_prompts;
    QString m_originalName;
    qint64 m_id = 0;
    sync::SyncProfile m_base;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QRadioButton *m_fromEntity = nullptr;
    QRadioButton *m_fromFile = nullptr;
    QComboBox *m_sourceEntity = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_mapping = nullptr;
    QComboBox *m_targetEntity = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_createStyle = nullptr;
    QLineEdit *m_matchField = nullptr;
    QLineEdit *m_matchSource = nullptr;
    QLineEdit *m_matchTarget = nullptr;
    QLineEdit *m_filter = nullptr;
    QLineEdit *m_cursorField = nullptr;
    QLineEdit *m_cursorMark = nullptr;
    QSpinBox *m_batchSize = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QComboBox *m_policy = nullptr;
    QLineEdit *m_sourceTimestamp = nullptr;
    QLineEdit *m_targetTimestamp = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace crmbridge
