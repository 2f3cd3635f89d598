#pragma once

#include "core/endpoints/environment.h"
#include "models/endpoints/connectiontester.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace crmbridge {

class Prompts;
class SampleRecordsModel;

/// The test panel: an environment chooser (the page shows a red banner for a production one), a
/// button to edit the environments, and "Test connection", which resolves the environment, authenticates and fetches one page of the
/// selected entity — showing status, latency, headers and a sample, or a diagnosis.
class TestPanel : public QWidget
{
    Q_OBJECT

public:
    TestPanel(ConnectionTester &tester, Prompts &prompts, QWidget *parent = nullptr);

    void setEnvironments(const QList<Environment> &environments);
    /// Chooses the environment named `name`, if there is one.
    bool selectEnvironment(const QString &name);
    /// The environment chosen, or an empty one (no variables) when there is none.
    Environment currentEnvironment() const;
    void setTarget(const QString &description, bool enabled);
    void retranslate();

    SampleRecordsModel *sampleModel() const { return m_sample; }
    QStandardItemModel *headersModel() const { return m_headers; }
    const ConnectionTestResult &lastResult() const { return m_last; }

signals:
    void testRequested();
    void environmentChanged();
    /// "Environments…" was clicked.
    void environmentsRequested();

private:
    void showResult(const ConnectionTestResult &result);

    ConnectionTester &m_tester;
    QList<Environment> m_environments;
    ConnectionTestResult m_last;
    QLabel *m_environmentLabel = nullptr;
    QComboBox *m_environment = nullptr;
    QPushButton *m_editEnvironments = nullptr;
    QLabel *m_target = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_diagnosis = nullptr;
    QStandardItemModel *m_headers = nullptr;
    QTableView *m_headersView = nullptr;
    SampleRecordsModel *m_sample = nullptr;
    QTableView *m_sampleView = nullptr;
};

} // namespace crmbridge
