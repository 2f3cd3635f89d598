#pragma once

#include "core/mapping/mappingstore.h"
#include "models/mapping/previewrunner.h"
#include "ui/shell/page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;
class QTableView;
class QTreeView;

namespace crmbridge {

class AutoMapPanel;
struct FieldTree;
class FormulaCompletions;
class InvalidRowsFilter;
class LiveSampleFetcher;
struct LiveSampleResult;
class PreviewModel;
class RulesModel;
class SourceSchemaModel;

/// The Mappings page: the workspace's mappings (new, rename in place, delete, import and export
/// files), the source schema tree (drag a field onto the rules), the rules table edited in place
/// with completion of field paths and functions, Auto-map suggestions the analyst accepts or
/// rejects, and a live preview of up to 1,000 sample records (the first pages of the source entity
/// fetched through its endpoint in the chosen environment, the entity's stored schema examples, or
/// a CSV / JSON Lines / JSON / XML file) computed off the GUI thread. Every edit is an undo command
/// and is saved to the workspace as soon as it is made.
class MappingsPage : public Page
{
    Q_OBJECT

public:
    MappingsPage(PageContext &context, QWidget *parent = nullptr);
    ~MappingsPage() override;

    QString pageId() const override { return QStringLiteral("mappings"); }
    QString title() const override;
    QIcon icon() const override;
    QUndoStack *undoStack() const override { return m_undoStack; }
    void refresh() override;

    RulesModel *rulesModel() const { return m_rules; }
    SourceSchemaModel *schemaModel() const { return m_schema; }
    PreviewModel *previewModel() const { return m_preview; }
    InvalidRowsFilter *previewFilter() const { return m_filter; }
    PreviewRunner *runner() const { return m_runner; }
    AutoMapPanel *autoMap() const { return m_autoMap; }
    QTableView *rulesView() const { return m_rulesView; }
    QTableView *previewView() const { return m_previewView; }
    QTreeView *schemaView() const { return m_schemaView; }
    QListView *mappingList() const { return m_list; }
    QCheckBox *onlyInvalidBox() const { return m_onlyInvalid; }
    QLabel *previewStatus() const { return m_previewStatus; }
    QLabel *sampleStatus() const { return m_sampleStatus; }
    LiveSampleFetcher *fetcher() const { return m_fetcher; }
    QString currentMappingName() const;

    void newMapping();
    void deleteMapping();
    void importMapping();
    void exportMapping();
    /// Asks for a sample file (through Prompts) and previews on its records.
    void openSampleFile();
    /// Fetches up to 1,000 records of the source entity through its endpoint, in the environment
    /// chosen next to the button; a second click while fetching cancels.
    void fetchLiveSamples();
    /// Fetches live samples when the page is on screen and has none (never from production).
    void autoFetchSamples();
    /// Opens the saved mapping `name`.
    bool openMapping(const QString &name);
    /// Uses these records as the samples (and their fields as the source schema).
    void setSamples(std::vector<mapping::Object> records);
    /// Removes the rule of the current row of the rules table (one undo step).
    void removeCurrentRule();

protected:
    void showEvent(QShowEvent *event) override;
    void retranslate() override;

private:
    void buildUi();
    void fillEntityChoosers();
    Result<FieldTree> entitySchema(const QString &key) const;
    QStringList entityFields(const QString &key) const;
    void chooseSourceEntity(int index);
    void chooseTargetEntity(int index);
    void onMappingEdited();
    void saveCurrent();
    void startPreview();
    void showPreview(const PreviewResult &result);
    void showCurrentRule();
    void autoMapRequested();
    void reportError(const QString &title, const Error &error);
    void fillEnvironments();
    static int indexOfEntity(const QComboBox *combo, const QString &entity);
    void showFetched(const LiveSampleResult &result);
    void updateFetchButton();
    void showSampleStatus(bool error, const QString &text);

    PageContext m_context;
    mapping::MappingStore m_store;
    QUndoStack *m_undoStack;
    qint64 m_currentId = 0;
    bool m_loading = false;
    SampleRecords m_samples;

    RulesModel *m_rules;
    SourceSchemaModel *m_schema;
    PreviewModel *m_preview;
    InvalidRowsFilter *m_filter;
    PreviewRunner *m_runner;
    LiveSampleFetcher *m_fetcher;
    QString m_fetchingFrom; ///< "Endpoint ▸ entity" while a fetch runs
    QString m_fetchingKey;  ///< "Endpoint/entity" of the fetch running or last run
    QString m_liveSource;   ///< "Endpoint/entity" the current samples were fetched from, if live
    FormulaCompletions *m_completions;
    QStringListModel *m_names;

    QListView *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_target = nullptr;
    QPushButton *m_sampleFile = nullptr;
    QPushButton *m_fetch = nullptr;
    QComboBox *m_environment = nullptr;
    QLabel *m_sampleStatus = nullptr;
    QPushButton *m_removeRule = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_targetLabel = nullptr;
    QTreeView *m_schemaView = nullptr;
    QTableView *m_rulesView = nullptr;
    QPlainTextEdit *m_formula = nullptr;
    QLabel *m_problem = nullptr;
    AutoMapPanel *m_autoMap = nullptr;
    QTableView *m_previewView = nullptr;
    QCheckBox *m_onlyInvalid = nullptr;
    QLabel *m_previewStatus = nullptr;
};

} // namespace crmbridge
