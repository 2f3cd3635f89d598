#include "ui/mapping/mappingspage.h"

#include "core/discovery/fieldtree.h"
#include "core/endpoints/endpointstore.h"
#include "core/mapping/automap.h"
#include "core/net/activityrecorder.h"
#include "models/mapping/livesamplefetcher.h"
#include "models/mapping/previewmodel.h"
#include "models/mapping/rulesmodel.h"
#include "models/mapping/samplesource.h"
#include "models/mapping/sourceschemamodel.h"
#include "models/mapping/suggestionsmodel.h"
#include "ui/mapping/automappanel.h"
#include "ui/mapping/formulaeditor.h"
#include "ui/shell/pageregistry.h"
#include "ui/shell/prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QShowEvent>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace crmbridge {

MappingsPage::MappingsPage(PageContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_store(context.workspace)
    , m_undoStack(new QUndoStack(this))
    , m_samples(std::make_shared<const std::vector<mapping::Object>>())
    , m_rules(new RulesModel(m_undoStack, this))
    , m_schema(new SourceSchemaModel(this))
    , m_preview(new PreviewModel(this))
    , m_filter(new InvalidRowsFilter(this))
    , m_runner(new PreviewRunner(this))
    , m_fetcher(new LiveSampleFetcher(this))
    , m_completions(new FormulaCompletions(this))
    , m_names(new QStringListModel(this))
{
    m_filter->setSourceModel(m_preview);
    m_fetcher->setSecretStore(&context.secrets);
    // The window's recorder when there is one (Activity shows the fetch); a page alone records itself.
    m_fetcher->setActivityRecorder(context.activity ? context.activity
                                                    : new ActivityRecorder(context.workspace, this));
    m_fetcher->setRequestCounter(context.requests);
    buildUi();
    connect(m_fetcher, &LiveSampleFetcher::progress, this, [this](int records, int pages) {
        showSampleStatus(false, tr("Fetching samples from %1… %2 (%3)")
                                    .arg(m_fetchingFrom, tr("%n record(s)", nullptr, records),
                                         tr("%n page(s)", nullptr, pages)));
    });
    connect(m_fetcher, &LiveSampleFetcher::finished, this, &MappingsPage::showFetched);
    connect(m_rules, &RulesModel::mappingEdited, this, &MappingsPage::onMappingEdited);
    connect(m_runner, &PreviewRunner::finished, this, &MappingsPage::showPreview);
    refresh();
}

MappingsPage::~MappingsPage() = default;

QString MappingsPage::title() const
{
    return tr("Mappings");
}

QIcon MappingsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/mappings.svg"));
}

void MappingsPage::buildUi()
{
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("mappingList"));
    m_list->setModel(m_names);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_new = new QPushButton(this);
    m_delete = new QPushButton(this);
    m_import = new QPushButton(this);
    m_export = new QPushButton(this);
    // Two by two, so the list stays narrow and the rules and preview get the width.
    auto *listButtons = new QGridLayout;
    listButtons->addWidget(m_new, 0, 0);
    listButtons->addWidget(m_delete, 0, 1);
    listButtons->addWidget(m_import, 1, 0);
    listButtons->addWidget(m_export, 1, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list);
    leftLayout->addLayout(listButtons);

    m_sourceLabel = new QLabel(this);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceEntity"));
    m_sampleFile = new QPushButton(this);
    m_sampleFile->setObjectName(QStringLiteral("sampleFileButton"));
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("sampleEnvironment"));
    m_environment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fetch = new QPushButton(this);
    m_fetch->setObjectName(QStringLiteral("fetchSamplesButton"));
    m_sampleStatus = new QLabel(this);
    m_sampleStatus->setObjectName(QStringLiteral("sampleStatus"));
    m_sampleStatus->setWordWrap(true);
    m_sampleStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sampleStatus->setVisible(false);
    m_targetLabel = new QLabel(this);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetEntity"));
    m_source->setMinimumContentsLength(16);
    m_target->setMinimumContentsLength(16);
    auto *choosers = new QHBoxLayout;
    choosers->addWidget(m_sourceLabel);
    choosers->addWidget(m_source, 1);
    choosers->addSpacing(12);
    choosers->addWidget(m_targetLabel);
    choosers->addWidget(m_target, 1);
    // Where the sample records come from: live through the endpoint, or a file.
    auto *samplesRow = new QHBoxLayout;
    samplesRow->addWidget(m_fetch);
    samplesRow->addWidget(m_environment);
    samplesRow->addWidget(m_sampleFile);
    samplesRow->addWidget(m_sampleStatus, 1);

    m_schemaView = new QTreeView(this);
    m_schemaView->setObjectName(QStringLiteral("schemaView"));
    m_schemaView->setModel(m_schema);
    m_schemaView->setDragEnabled(true);
    m_schemaView->setDragDropMode(QAbstractItemView::DragOnly);

    m_rulesView = new QTableView(this);
    m_rulesView->setObjectName(QStringLiteral("rulesView"));
    m_rulesView->setModel(m_rules);
    m_rulesView->setItemDelegateForColumn(RulesModel::FormulaColumn,
                                          new FormulaDelegate(m_completions, m_rulesView));
    m_rulesView->setAcceptDrops(true);
    m_rulesView->setDragDropMode(QAbstractItemView::DropOnly);
    m_rulesView->setDropIndicatorShown(true);
    m_rulesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::AnyKeyPressed);
    m_rulesView->horizontalHeader()->setStretchLastSection(true);
    m_rulesView->horizontalHeader()->resizeSection(RulesModel::FormulaColumn, 260);

    m_formula = new QPlainTextEdit(this);
    m_formula->setObjectName(QStringLiteral("formulaView"));
    m_formula->setReadOnly(true);
    m_formula->setMaximumHeight(56);
    new FormulaHighlighter(m_formula->document());
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02020"));

    m_autoMap = new AutoMapPanel(*m_rules, this);

    auto *rulesPane = new QWidget(this);
    auto *rulesLayout = new QVBoxLayout(rulesPane);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    rulesLayout->addWidget(m_rulesView, 1);
    rulesLayout->addWidget(m_formula);
    m_removeRule = new QPushButton(this);
    m_removeRule->setObjectName(QStringLiteral("removeRuleButton"));
    auto *ruleBar = new QHBoxLayout;
    ruleBar->addWidget(m_problem, 1);
    ruleBar->addWidget(m_removeRule, 0, Qt::AlignTop);
    rulesLayout->addLayout(ruleBar);
    auto *rightTabs = new QTabWidget(this);
    rightTabs->setObjectName(QStringLiteral("rulesTabs"));
    rightTabs->addTab(rulesPane, tr("Rules"));
    rightTabs->addTab(m_autoMap, tr("Auto-map"));

    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_schemaView);
    upper->addWidget(rightTabs);
    upper->setStretchFactor(1, 2);

    m_previewView = new QTableView(this);
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_filter);
    m_onlyInvalid = new QCheckBox(this);
    m_onlyInvalid->setObjectName(QStringLiteral("onlyInvalid"));
    m_previewStatus = new QLabel(this);
    auto *previewBar = new QHBoxLayout;
    previewBar->addWidget(m_previewStatus, 1);
    previewBar->addWidget(m_onlyInvalid);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(previewBar);
    lowerLayout->addWidget(m_previewView);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(upper);
    vertical->addWidget(lower);
    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(choosers);
    editorLayout->addLayout(samplesRow);
    editorLayout->addWidget(vertical, 1);

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(left);
    main->addWidget(editor);
    main->setStretchFactor(1, 4);
    main->setSizes({ 220, 1000 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(main);

    connect(m_new, &QPushButton::clicked, this, &MappingsPage::newMapping);
    connect(m_delete, &QPushButton::clicked, this, &MappingsPage::deleteMapping);
    connect(m_import, &QPushButton::clicked, this, &MappingsPage::importMapping);
    connect(m_export, &QPushButton::clicked, this, &MappingsPage::exportMapping);
    connect(m_sampleFile, &QPushButton::clicked, this, &MappingsPage::openSampleFile);
    connect(m_fetch, &QPushButton::clicked, this, &MappingsPage::fetchLiveSamples);
    connect(m_removeRule, &QPushButton::clicked, this, &MappingsPage::removeCurrentRule);
    auto *removeShortcut =
        new QShortcut(QKeySequence::Delete, m_rulesView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, &MappingsPage::removeCurrentRule);
    connect(m_source, &QComboBox::activated, this, &MappingsPage::chooseSourceEntity);
    connect(m_target, &QComboBox::activated, this, &MappingsPage::chooseTargetEntity);
    connect(m_onlyInvalid, &QCheckBox::toggled, m_filter, &InvalidRowsFilter::setOnlyInvalid);
    connect(m_autoMap, &AutoMapPanel::suggestRequested, this, &MappingsPage::autoMapRequested);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_loading && current.isValid() && current.data().toString() != m_rules->mapping().name)
                    openMapping(current.data().toString());
            });
    connect(m_names, &QStringListModel::dataChanged, this, [this](const QModelIndex &index) {
        // Renamed in place: an undoable change of the mapping's name, saved like any edit.
        if (m_loading || m_currentId == 0)
            return;
        const QString name = index.data().toString().trimmed();
        const QString old = m_rules->mapping().name;
        if (name == old)
            return;
        const auto names = m_store.names();
        if (name.isEmpty() || (names.ok() && names->contains(name))) {
            m_context.prompts.error(
                this, tr("Rename mapping"),
                name.isEmpty() ? tr("A mapping needs a name.")
                               : tr("A mapping named \"%1\" already exists. Choose another name.").arg(name));
            m_loading = true;
            m_names->setData(index, old);
            m_loading = false;
            return;
        }
        mapping::Mapping renamed = m_rules->mapping();
        renamed.name = name;
        m_rules->change(renamed, tr("Rename mapping to %1").arg(name));
    });
    connect(m_rulesView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MappingsPage::showCurrentRule);
    connect(m_rules, &QAbstractItemModel::dataChanged, this, &MappingsPage::showCurrentRule);
    retranslate();
}

void MappingsPage::retranslate()
{
    m_new->setText(tr("New"));
    m_delete->setText(tr("Delete"));
    m_import->setText(tr("Import…"));
    m_export->setText(tr("Export…"));
    m_sourceLabel->setText(tr("Source:"));
    m_targetLabel->setText(tr("Target:"));
    m_sampleFile->setText(tr("Sample file…"));
    m_environment->setToolTip(tr("The environment whose variables fill the endpoint's {{variables}}"));
    updateFetchButton();
    m_removeRule->setText(tr("Remove rule"));
    m_onlyInvalid->setText(tr("Only invalid rows"));
    showPreview(m_preview->result());
}

QString MappingsPage::currentMappingName() const
{
    return m_currentId == 0 ? QString() : m_rules->mapping().name;
}

void MappingsPage::refresh()
{
    const QString current = currentMappingName();
    auto names = m_store.names();
    if (!names) {
        reportError(tr("Mappings"), names.error());
        return;
    }
    m_loading = true;
    m_names->setStringList(*names);
    m_loading = false;
    fillEntityChoosers();
    fillEnvironments();
    if (!current.isEmpty() && names->contains(current))
        openMapping(current);
    else if (!names->isEmpty())
        openMapping(names->first());
    else
        m_rules->setMapping({});
    const bool open = m_currentId != 0;
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_delete, m_export, m_source, m_target, m_sampleFile, m_autoMap,
                                            m_fetch, m_environment })
        w->setEnabled(open);
}

void MappingsPage::fillEntityChoosers()
{
    for (QComboBox *combo : { m_source, m_target }) {
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("(choose an entity)"), QString());
    }
    EndpointStore endpoints(m_context.workspace);
    auto list = endpoints.list();
    if (!list)
        return;
    for (const Endpoint &endpoint : std::as_const(*list)) {
        auto entities = endpoints.entities(endpoint.name);
        if (!entities)
            continue;
        for (const Entity &entity : std::as_const(*entities)) {
            const QString key = endpoint.name % QLatin1Char('/') % entity.name;
            for (QComboBox *combo : { m_source, m_target }) {
                const QSignalBlocker block(combo);
                combo->addItem(key, key);
            }
        }
    }
}

Result<FieldTree> MappingsPage::entitySchema(const QString &key) const
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    auto entity = EndpointStore(m_context.workspace).findEntity(key.left(slash), key.mid(slash + 1));
    if (!entity)
        return entity.error();
    return FieldTreeJson::fromJson(entity->schema, key);
}

QStringList MappingsPage::entityFields(const QString &key) const
{
    // The target entity's fields as its schema lists them now: rules writing fields it no longer
    // has are flagged rather than silently dropped.
    auto tree = key.isEmpty() ? Result<FieldTree>(FieldTree {}) : entitySchema(key);
    QStringList fields;
    if (tree) {
        for (const SourceField &field : SourceSchemaModel::fieldsFromTree(*tree))
            fields.append(field.path);
    }
    return fields;
}

bool MappingsPage::openMapping(const QString &name)
{
    auto stored = m_store.find(name);
    if (!stored) {
        reportError(tr("Open mapping"), stored.error());
        return false;
    }
    m_loading = true;
    m_currentId = stored->id;
    m_undoStack->clear(); // commands hold snapshots of the mapping they were made on
    m_rules->setMapping(stored->mapping);
    const int row = int(m_names->stringList().indexOf(name));
    if (row >= 0)
        m_list->setCurrentIndex(m_names->index(row));
    for (QComboBox *combo : { m_source, m_target }) {
        const QString entity =
            combo == m_source ? stored->mapping.sourceEntity : stored->mapping.targetEntity;
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(std::max(0, indexOfEntity(combo, entity)));
    }
    m_loading = false;
    m_rules->setTargetSchema(entityFields(m_target->currentIndex() > 0 ? m_target->currentData().toString()
                                                                   : stored->mapping.targetEntity));
    if (m_source->currentIndex() > 0)
        chooseSourceEntity(m_source->currentIndex());
    else if (m_samples->empty())
        m_schema->setFields(SourceSchemaModel::fieldsFromSamples({}));
    m_rules->setSourceSchema(m_schema->paths());
    m_completions->setFieldPaths(m_schema->paths());
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_delete, m_export, m_source, m_target, m_sampleFile, m_autoMap,
                                            m_fetch, m_environment })
        w->setEnabled(true);
    startPreview();
    return true;
}

void MappingsPage::newMapping()
{
    auto name = m_store.uniqueName(tr("New mapping"));
    if (!name) {
        reportError(tr("New mapping"), name.error());
        return;
    }
    mapping::Mapping mapping;
    mapping.name = *name;
    auto saved = m_store.save(mapping);
    if (!saved) {
        reportError(tr("New mapping"), saved.error());
        return;
    }
    m_loading = true;
    m_names->setStringList(m_store.names().ok() ? m_store.names().value() : QStringList { *name });
    m_loading = false;
    openMapping(*name);
}

void MappingsPage::deleteMapping()
{
    const QString name = currentMappingName();
    if (name.isEmpty())
        return;
    const auto answer = m_context.prompts.question(
        this, tr("Delete mapping"), tr("Delete the mapping \"%1\"? This cannot be undone.").arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (const Status removed = m_store.remove(name); !removed) {
        reportError(tr("Delete mapping"), removed.error());
        return;
    }
    m_currentId = 0;
    m_undoStack->clear();
    refresh();
}

void MappingsPage::importMapping()
{
    const QString path = m_context.prompts.openFileName(this, tr("Import mapping"), QString(),
                                                        tr("Mapping files (*.json *.sdl);;All files (*)"));
    if (path.isEmpty())
        return;
    auto imported = m_store.importFile(path);
    if (!imported && imported.error().kind == Error::Kind::Config) {
        const auto answer = m_context.prompts.question(this, tr("Import mapping"),
                                                       imported.error().what % QStringLiteral(". ")
                                                           % tr("Replace it with the imported one?"),
                                                       QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        imported = m_store.importFile(path, true);
    }
    if (!imported) {
        reportError(tr("Import mapping"), imported.error());
        return;
    }
    m_currentId = 0;
    m_loading = true;
    m_names->setStringList(m_store.names().ok() ? m_store.names().value() : QStringList {});
    m_loading = false;
    openMapping(imported->mapping.name);
}

void MappingsPage::exportMapping()
{
    const QString name = currentMappingName();
    if (name.isEmpty())
        return;
    const QString path = m_context.prompts.saveFileName(
        this, tr("Export mapping"), name % QStringLiteral(".json"), tr("Mapping files (*.json)"));
    if (path.isEmpty())
        return;
    if (const Status exported = m_store.exportFile(name, path); !exported)
        reportError(tr("Export mapping"), exported.error());
}

void MappingsPage::openSampleFile()
{
    const QString path =
        m_context.prompts.openFileName(this, tr("Open sample records"), QString(),
                                       tr("Records (*.csv *.jsonl *.ndjson *.json *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    auto records = SampleSource::readFile(path, PreviewRunner::MaxRecords);
    if (!records) {
        reportError(tr("Open sample records"), records.error());
        return;
    }
    m_fetcher->cancel();
    m_liveSource.clear();
    setSamples(std::move(records).value());
    showSampleStatus(false, tr("Samples: %1 from %2")
                                .arg(tr("%n record(s)", nullptr, int(m_samples->size())),
                                     QDir::toNativeSeparators(path)));
}

int MappingsPage::indexOfEntity(const QComboBox *combo, const QString &entity)
{
    if (entity.isEmpty())
        return -1;
    const int exact = combo->findData(entity);
    if (exact >= 0 || entity.contains(QLatin1Char('/')))
        return exact;
    // A mapping file names the entity alone ("contacts"): the first endpoint that has it.
    for (int i = 1; i < combo->count(); ++i) {
        if (combo->itemData(i).toString().endsWith(QLatin1Char('/') + entity))
            return i;
    }
    return -1;
}

void MappingsPage::fillEnvironments()
{
    const QString current = m_environment->currentData().toString();
    const QSignalBlocker block(m_environment);
    m_environment->clear();
    auto environments = EnvironmentStore(m_context.workspace).list();
    if (environments) {
        for (const Environment &e : std::as_const(*environments))
            m_environment->addItem(e.production ? tr("%1 (production)").arg(e.name) : e.name, e.name);
    }
    int index = m_environment->findData(current);
    // Nothing chosen yet: a non-production environment first.
    for (int i = 0; index < 0 && environments && i < environments->size(); ++i) {
        if (!environments->at(i).production)
            index = i;
    }
    m_environment->setCurrentIndex(index < 0 ? 0 : index);
    m_environment->setVisible(m_environment->count() > 0);
}

void MappingsPage::showSampleStatus(bool error, const QString &text)
{
    m_sampleStatus->setStyleSheet(error ? QStringLiteral("QLabel { color: #b02020; }") : QString());
    m_sampleStatus->setText(text);
    m_sampleStatus->setVisible(!text.isEmpty());
}

void MappingsPage::updateFetchButton()
{
    m_fetch->setText(m_fetcher->isRunning() ? tr("Cancel Fetch") : tr("Fetch Live Samples"));
    m_fetch->setToolTip(tr("Fetch up to %1 records of the source entity through its endpoint")
                            .arg(QLocale().toString(PreviewRunner::MaxRecords)));
}

void MappingsPage::fetchLiveSamples()
{
    if (m_fetcher->isRunning()) {
        m_fetcher->cancel();
        return;
    }
    const QString key = m_source->currentData().toString();
    auto fail = [this](const QString &message) {
        showSampleStatus(true, message);
    };
    if (key.isEmpty()) {
        fail(tr("Choose a source entity first: its endpoint is where the samples come from."));
        return;
    }
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    EndpointStore store(m_context.workspace);
    auto endpoint = store.find(key.left(slash));
    auto entity = endpoint ? store.findEntity(key.left(slash), key.mid(slash + 1)) : Result<Entity>(endpoint.error());
    if (!entity) {
        fail(entity.error().message());
        return;
    }
    Environment environment;
    const QString envName = m_environment->currentData().toString();
    if (!envName.isEmpty()) {
        auto found = EnvironmentStore(m_context.workspace).find(envName);
        if (!found) {
            fail(found.error().message());
            return;
        }
        environment = found.value();
    }
    m_fetchingFrom = endpoint->name % QStringLiteral(" ▸ ") % entity->name;
    m_fetchingKey = key;
    showSampleStatus(false, tr("Fetching samples from %1…").arg(m_fetchingFrom));
    m_fetcher->start(*endpoint, *entity, environment, PreviewRunner::MaxRecords);
    updateFetchButton();
}

void MappingsPage::showFetched(const LiveSampleResult &result)
{
    updateFetchButton();
    if (result.cancelled) {
        showSampleStatus(false, tr("Fetching was cancelled; the previous samples stay."));
        return;
    }
    if (!result.ok()) {
        showSampleStatus(true, tr("Could not fetch samples from %1: %2 The previous samples stay.")
                                    .arg(m_fetchingFrom, result.error));
        return;
    }
    if (!result.records || result.records->empty()) {
        showSampleStatus(false, tr("%1 returned no records; the previous samples stay.").arg(m_fetchingFrom));
        return;
    }
    m_samples = result.records;
    m_liveSource = m_fetchingKey;
    // The entity's discovered schema stays the source tree; without one, the records make it.
    if (m_schema->paths().isEmpty()) {
        m_schema->setFields(SourceSchemaModel::fieldsFromSamples(*m_samples));
        m_schemaView->expandAll();
        m_rules->setSourceSchema(m_schema->paths());
        m_completions->setFieldPaths(m_schema->paths());
    }
    showSampleStatus(false, tr("Samples: %1 live from %2 (%3), environment %4")
                                .arg(tr("%n record(s)", nullptr, int(m_samples->size())), m_fetchingFrom,
                                     tr("%n page(s)", nullptr, result.pages),
                                     m_environment->currentText().isEmpty() ? tr("(none)")
                                                                            : m_environment->currentText()));
    startPreview();
}

void MappingsPage::setSamples(std::vector<mapping::Object> records)
{
    m_samples = std::make_shared<const std::vector<mapping::Object>>(std::move(records));
    m_schema->setFields(SourceSchemaModel::fieldsFromSamples(*m_samples));
    m_schemaView->expandAll();
    m_rules->setSourceSchema(m_schema->paths());
    m_completions->setFieldPaths(m_schema->paths());
    startPreview();
}

void MappingsPage::chooseSourceEntity(int index)
{
    const QString key = m_source->itemData(index).toString();
    if (key.isEmpty())
        return;
    auto tree = entitySchema(key);
    if (!tree) {
        reportError(tr("Source entity"), tree.error());
        return;
    }
    // Live records of this entity stay when the page is shown again; anything else is replaced.
    const bool keepLive = m_liveSource == key && !m_samples->empty();
    const bool fetching = m_fetcher->isRunning() && m_fetchingKey == key;
    if (!keepLive && !fetching) {
        m_fetcher->cancel();
        m_liveSource.clear();
        m_samples = std::make_shared<const std::vector<mapping::Object>>(SampleSource::fromSchemaExamples(*tree));
        showSampleStatus(false, m_samples->empty()
                                    ? QString()
                                    : tr("Samples: %1 from the stored schema of %2")
                                          .arg(tr("%n record(s)", nullptr, int(m_samples->size())), key));
    }
    m_schema->setFields(SourceSchemaModel::fieldsFromTree(*tree));
    m_schemaView->expandAll();
    m_rules->setSourceSchema(m_schema->paths());
    m_completions->setFieldPaths(m_schema->paths());
    if (!m_loading && m_rules->mapping().sourceEntity != key
        && indexOfEntity(m_source, m_rules->mapping().sourceEntity) != index) {
        mapping::Mapping changed = m_rules->mapping();
        changed.sourceEntity = key;
        changed.sourceFields = m_schema->paths();
        m_rules->change(changed, tr("Use source %1").arg(key));
    } else {
        startPreview();
    }
    if (!keepLive && !fetching)
        autoFetchSamples();
}

void MappingsPage::autoFetchSamples()
{
    // No stored examples: real records are a click away, so fetch them — but only while the page
    // is on screen (not when the window opens a workspace with another page showing), and never on
    // its own from a production environment.
    if (!isVisible() || m_fetcher->isRunning() || !m_samples || !m_samples->empty() || m_environment->count() == 0
        || m_currentId == 0 || m_source->currentData().toString().isEmpty())
        return;
    auto environment = EnvironmentStore(m_context.workspace).find(m_environment->currentData().toString());
    if (environment && !environment->production)
        fetchLiveSamples();
}

void MappingsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    autoFetchSamples();
}

void MappingsPage::chooseTargetEntity(int index)
{
    const QString key = m_target->itemData(index).toString();
    if (key.isEmpty() || m_rules->mapping().targetEntity == key)
        return;
    auto tree = entitySchema(key);
    if (!tree) {
        reportError(tr("Target entity"), tree.error());
        return;
    }
    QStringList fields;
    for (const SourceField &field : SourceSchemaModel::fieldsFromTree(*tree))
        fields.append(field.path);
    m_rules->setTargetSchema(fields);
    mapping::Mapping changed = m_rules->mapping();
    changed.targetEntity = key;
    changed.targetFields = fields;
    m_rules->change(changed, tr("Use target %1").arg(key));
}

void MappingsPage::onMappingEdited()
{
    saveCurrent();
    showCurrentRule();
    startPreview();
}

void MappingsPage::saveCurrent()
{
    if (m_currentId == 0)
        return;
    auto saved = m_store.save(m_rules->mapping(), m_currentId);
    if (!saved) {
        reportError(tr("Save mapping"), saved.error());
        return;
    }
    // A rename (or its undo) shows in the list.
    const QString name = saved->mapping.name;
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid() && current.data().toString() != name) {
        m_loading = true;
        m_names->setData(current, name);
        m_loading = false;
    }
}

void MappingsPage::startPreview()
{
    m_previewStatus->setText(tr("Previewing…"));
    m_runner->run(m_rules->mapping(), m_samples);
}

void MappingsPage::showPreview(const PreviewResult &result)
{
    m_preview->setResult(result);
    m_rules->setFailingCounts(result.failing);
    if (!result.error.isEmpty())
        m_previewStatus->setText(result.error);
    else if (result.cells.isEmpty())
        m_previewStatus->setText(tr("No sample records: choose a source entity or open a sample file."));
    else
        m_previewStatus->setText(tr("%n record(s) previewed", nullptr, int(result.cells.size()))
                                 % QStringLiteral(", ") % tr("%n invalid", nullptr, result.invalidRows));
}

void MappingsPage::showCurrentRule()
{
    const QModelIndex current = m_rulesView->currentIndex();
    if (!current.isValid()) {
        m_formula->clear();
        m_problem->clear();
        return;
    }
    const QString formula = m_rules->index(current.row(), RulesModel::FormulaColumn).data().toString();
    if (m_formula->toPlainText() != formula)
        m_formula->setPlainText(formula);
    m_problem->setText(m_rules->problem(current.row()));
}

void MappingsPage::removeCurrentRule()
{
    const QModelIndex current = m_rulesView->currentIndex();
    if (current.isValid() && m_rules->isRule(current.row()))
        m_rules->removeRule(current.row());
}

void MappingsPage::autoMapRequested()
{
    mapping::AutoMapper::Input input;
    input.sourceFields = m_schema->paths();
    input.targetFields = m_rules->mapping().targetFields;
    input.samples = std::span<const mapping::Object>(m_samples->data(), m_samples->size());
    for (const mapping::MappingRule &rule : m_rules->mapping().rules)
        input.mappedTargets.append(rule.target);
    const auto suggestions = mapping::AutoMapper::suggest(input);
    m_autoMap->model()->setSuggestions(suggestions);
    if (suggestions.isEmpty())
        m_context.prompts.information(this, tr("Auto-map"),
                                      tr("No suggestions: every target field is mapped, or no "
                                         "source field resembles the unmapped ones."));
}

void MappingsPage::reportError(const QString &title, const Error &error)
{
    m_context.prompts.error(this, title, error.message());
}

void registerMappingPages(PageRegistry &registry)
{
    registry.add({ QStringLiteral("mappings"), 20, [](PageContext &context, QWidget *parent) -> Page * {
                      return new MappingsPage(context, parent);
                  } });
}

} // namespace crmbridge
