#include "ui/endpoints/entitiestab.h"

#include "core/discovery/schemadiscovery.h"
#include "models/common/modelroles.h"
#include "models/endpoints/endpointlabels.h"
#include "models/endpoints/endpointrepository.h"
#include "models/endpoints/entitylistmodel.h"
#include "models/endpoints/samplerecordsmodel.h"
#include "models/endpoints/schematreemodel.h"
#include "ui/common/tableactions.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace crmbridge {

EntitiesTab::EntitiesTab(EndpointRepository &repository, QUndoStack &undoStack, Prompts &prompts,
                         QWidget *parent)
    : EndpointTab(repository, undoStack, parent)
{
    m_entities = new EntityListModel(repository, this);
    m_schema = new SchemaTreeModel(this);
    m_sample = new SampleRecordsModel(this);

    auto *outer = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(left);
    m_view->setObjectName(QStringLiteral("entitiesView"));
    m_view->setModel(m_entities);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    TableActions::install(m_view, prompts, QStringLiteral("entities"));
    leftLayout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(left);
    m_add->setObjectName(QStringLiteral("addEntity"));
    m_remove = new QPushButton(left);
    m_remove->setObjectName(QStringLiteral("removeEntity"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    leftLayout->addLayout(buttons);

    m_editor = new QWidget(splitter);
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    editorLayout->addLayout(m_form);
    const auto addRow = [this](QWidget *field) {
        auto *label = new QLabel(m_editor);
        m_labels.append(label);
        m_form->addRow(label, field);
    };
    m_name = entityLine(QStringLiteral("entityName"), EditField::EntityName, tr("Rename the entity"),
                        [](Entity &e, const QString &text) { e.name = text.trimmed(); });
    m_nameError = errorLabel(m_editor, QStringLiteral("entityNameError"));
    auto *nameBox = new QWidget(m_editor);
    auto *nameLayout = new QVBoxLayout(nameBox);
    nameLayout->setContentsMargins(0, 0, 0, 0);
    nameLayout->setSpacing(2);
    nameLayout->addWidget(m_name);
    nameLayout->addWidget(m_nameError);
    addRow(nameBox);

    auto *listRow = new QWidget(m_editor);
    auto *listLayout = new QHBoxLayout(listRow);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_listMethod = new QComboBox(listRow);
    m_listMethod->setObjectName(QStringLiteral("listMethod"));
    m_listMethod->addItems({ QStringLiteral("GET"), QStringLiteral("POST") });
    m_listPath = entityLine(QStringLiteral("listPath"), EditField::EntityListPath, tr("Change the list path"),
                            [](Entity &e, const QString &text) { e.list.path = text.trimmed(); });
    listLayout->addWidget(m_listMethod);
    listLayout->addWidget(m_listPath, 1);
    addRow(listRow);
    m_recordsPath = entityLine(QStringLiteral("recordsPath"), EditField::EntityRecordsPath,
                               tr("Change where the records are"),
                               [](Entity &e, const QString &text) { e.recordsPath = text.trimmed(); });
    addRow(m_recordsPath);
    m_idField = entityLine(QStringLiteral("idField"), EditField::EntityIdField, tr("Change the id field"),
                           [](Entity &e, const QString &text) { e.idField = text.trimmed(); });
    addRow(m_idField);
    m_pagination = new QComboBox(m_editor);
    m_pagination->setObjectName(QStringLiteral("paginationStyle"));
    for (PaginationStyle style : EndpointLabels::paginationStyles())
        m_pagination->addItem(EndpointLabels::pagination(style), int(style));
    addRow(m_pagination);
    m_pageSize = new QSpinBox(m_editor);
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->setRange(1, 10000);
    addRow(m_pageSize);
    m_pageSizeParam = entityLine(
        QStringLiteral("pageSizeParam"), EditField::EntityPageSizeParam, tr("Change the page size parameter"),
        [](Entity &e, const QString &text) { e.pagination.pageSizeParam = text.trimmed(); });
    addRow(m_pageSizeParam);
    m_cursorPath =
        entityLine(QStringLiteral("cursorPath"), EditField::EntityCursorPath, tr("Change the cursor path"),
                   [](Entity &e, const QString &text) { e.pagination.cursorPath = text.trimmed(); });
    addRow(m_cursorPath);

    auto *lower = new QSplitter(Qt::Vertical, m_editor);
    auto *schemaBox = new QWidget(lower);
    auto *schemaLayout = new QVBoxLayout(schemaBox);
    schemaLayout->setContentsMargins(0, 0, 0, 0);
    auto *schemaTop = new QHBoxLayout;
    m_schemaLabel = new QLabel(schemaBox);
    m_discover = new QPushButton(schemaBox);
    m_discover->setObjectName(QStringLiteral("discoverSchema"));
    m_discover->setEnabled(false);
    schemaTop->addWidget(m_schemaLabel, 1);
    schemaTop->addWidget(m_discover);
    schemaLayout->addLayout(schemaTop);
    m_schemaView = new QTreeView(schemaBox);
    m_schemaView->setObjectName(QStringLiteral("schemaView"));
    m_schemaView->setModel(m_schema);
    m_schemaView->setAlternatingRowColors(true);
    schemaLayout->addWidget(m_schemaView);
    auto *sampleBox = new QWidget(lower);
    auto *sampleLayout = new QVBoxLayout(sampleBox);
    sampleLayout->setContentsMargins(0, 0, 0, 0);
    m_sampleLabel = new QLabel(sampleBox);
    sampleLayout->addWidget(m_sampleLabel);
    m_sampleView = new QTableView(sampleBox);
    m_sampleView->setObjectName(QStringLiteral("entitySampleView"));
    auto *sampleProxy = new QSortFilterProxyModel(this);
    sampleProxy->setSourceModel(m_sample);
    sampleProxy->setSortRole(RawValueRole);
    m_sampleView->setModel(sampleProxy);
    m_sampleView->setSortingEnabled(true);
    m_sampleView->sortByColumn(-1, Qt::AscendingOrder); // as the server sent them until a click
    m_sampleView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    TableActions::install(m_sampleView, prompts, QStringLiteral("sample"));
    sampleLayout->addWidget(m_sampleView);
    editorLayout->addWidget(lower, 1);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showEntity();
        emit currentEntityChanged();
    });
    connect(m_entities, &QAbstractItemModel::modelReset, this, [this] {
        if (m_entities->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->selectRow(0);
        showEntity();
        emit currentEntityChanged();
    });
    connect(m_entities, &QAbstractItemModel::dataChanged, this, &EntitiesTab::showEntity);
    connect(m_listMethod, &QComboBox::activated, this, [this](int index) {
        const QString method = m_listMethod->itemText(index);
        editEntity(EditField::Other, tr("Change the list method"),
                   [&](Entity &e) { e.list.method = method; });
    });
    connect(m_pagination, &QComboBox::activated, this, [this](int index) {
        const auto style = PaginationStyle(m_pagination->itemData(index).toInt());
        editEntity(EditField::Other, tr("Change the pagination"),
                   [&](Entity &e) { e.pagination.style = style; });
    });
    connect(m_pageSize, &QSpinBox::valueChanged, this, [this](int value) {
        editEntity(EditField::EntityPageSize, tr("Change the page size"),
                   [&](Entity &e) { e.pagination.pageSize = value; });
    });
    connect(m_add, &QPushButton::clicked, this, &EntitiesTab::addEntity);
    connect(m_discover, &QPushButton::clicked, this, &EntitiesTab::discoverSchema);
    connect(m_remove, &QPushButton::clicked, this, &EntitiesTab::removeEntity);
    retranslate();
    setEnabled(false);
}

QLineEdit *EntitiesTab::entityLine(const QString &name, EditField field, const QString &undoText,
                                   const std::function<void(Entity &, const QString &)> &apply)
{
    auto *line = new QLineEdit(m_editor);
    line->setObjectName(name);
    connect(line, &QLineEdit::textEdited, this, [this, field, undoText, apply, line](const QString &text) {
        if (line == m_name) {
            const QString trimmed = text.trimmed();
            QString problem;
            const std::optional<Entity> current = currentEntity();
            const int clash = m_entities->rowOfName(trimmed);
            if (trimmed.isEmpty())
                problem = tr("An entity needs a name.");
            else if (clash >= 0 && current && m_entities->entityAt(clash)->id != current->id)
                problem = tr("This endpoint already has an entity named \"%1\".").arg(trimmed);
            showFieldError(m_name, m_nameError, problem);
            if (!problem.isEmpty())
                return;
        }
        editEntity(field, undoText, [&](Entity &e) { apply(e, text); });
    });
    return line;
}

void EntitiesTab::retranslate()
{
    const QStringList labels = {
        tr("Name:"),       tr("List operation:"), tr("Records at:"),          tr("Id field:"),
        tr("Pagination:"), tr("Page size:"),      tr("Page size parameter:"), tr("Cursor at:")
    };
    for (qsizetype i = 0; i < labels.size() && i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    for (int i = 0; i < m_pagination->count(); ++i)
        m_pagination->setItemText(
            i, EndpointLabels::pagination(PaginationStyle(m_pagination->itemData(i).toInt())));
    m_add->setText(tr("Add Entity"));
    m_remove->setText(tr("Remove"));
    m_listPath->setPlaceholderText(tr("/crm/v3/objects/contacts"));
    m_recordsPath->setPlaceholderText(tr("results, data.items — empty: the body is the list"));
    m_cursorPath->setPlaceholderText(tr("paging.next.after"));
    m_schemaLabel->setText(tr("Schema"));
    m_discover->setText(tr("Discover from Sample"));
    m_discover->setToolTip(
        tr("Infers the fields and their types from the sample records of the last connection test."));
    m_sampleLabel->setText(tr("Sample records (from the last connection test)"));
}

void EntitiesTab::load(const Endpoint &)
{
    if (m_entities->endpointId() != m_endpointId) {
        m_entities->setEndpointId(m_endpointId);
        m_sample->clear();
        m_sampleEntity.clear();
        m_sampleRecords = {};
    }
}

std::optional<Entity> EntitiesTab::currentEntity() const
{
    const Entity *e = m_entities->entityAt(m_view->currentIndex().row());
    return e ? std::optional<Entity>(*e) : std::nullopt;
}

void EntitiesTab::selectEntity(const QString &name)
{
    const int row = m_entities->rowOfName(name);
    if (row >= 0)
        m_view->selectRow(row);
}

void EntitiesTab::showSample(const QString &entityName, const QJsonArray &records)
{
    m_sampleEntity = entityName;
    m_sampleRecords = records;
    m_sample->setRecords(records);
    const std::optional<Entity> current = currentEntity();
    m_discover->setEnabled(current && current->name == entityName && !records.isEmpty());
}

void EntitiesTab::showEntity()
{
    const std::optional<Entity> entity = currentEntity();
    m_editor->setEnabled(entity.has_value());
    m_remove->setEnabled(entity.has_value());
    const QList<QWidget *> fields = { m_name,       m_listMethod, m_listPath,      m_recordsPath, m_idField,
                                      m_pagination, m_pageSize,   m_pageSizeParam, m_cursorPath };
    for (QWidget *w : fields)
        w->blockSignals(true);
    m_loadingEntity = true;
    const Entity e = entity.value_or(Entity());
    setText(m_name, e.name);
    showFieldError(m_name, m_nameError, QString());
    const int method =
        m_listMethod->findText(e.list.method.isEmpty() ? QStringLiteral("GET") : e.list.method);
    m_listMethod->setCurrentIndex(qMax(0, method));
    setText(m_listPath, e.list.path);
    setText(m_recordsPath, e.recordsPath);
    setText(m_idField, e.idField);
    m_pagination->setCurrentIndex(m_pagination->findData(int(e.pagination.style)));
    m_pageSize->setValue(e.pagination.pageSize);
    setText(m_pageSizeParam, e.pagination.pageSizeParam);
    setText(m_cursorPath, e.pagination.cursorPath);
    m_loadingEntity = false;
    for (QWidget *w : fields)
        w->blockSignals(false);
    m_schema->setSchema(e.schema);
    m_schemaView->expandToDepth(0);
    m_schemaLabel->setText(e.schema.isEmpty() ? tr("Schema (none yet: run schema discovery or import an API "
                                                   "description)")
                                              : tr("Schema: %n field(s)", nullptr, m_schema->fieldCount()));
    if (m_sampleEntity != e.name) {
        m_sample->clear();
        m_sampleEntity.clear();
        m_sampleRecords = {};
    }
    m_discover->setEnabled(!m_sampleRecords.isEmpty() && m_sampleEntity == e.name);
}

void EntitiesTab::discoverSchema()
{
    SchemaDiscovery discovery;
    for (const QJsonValue &record : std::as_const(m_sampleRecords)) {
        if (record.isObject())
            discovery.add(record.toObject());
    }
    if (discovery.sampleCount() == 0)
        return;
    const QJsonObject schema = FieldTreeJson::toJson(discovery.result());
    editEntity(EditField::Other, tr("Discover the schema"), [&](Entity &e) { e.schema = schema; });
}

void EntitiesTab::editEntity(EditField field, const QString &text,
                             const std::function<void(Entity &)> &change)
{
    if (m_loadingEntity)
        return;
    const std::optional<Entity> before = currentEntity();
    if (!before)
        return;
    Entity after = *before;
    change(after);
    if (after == *before)
        return;
    m_undoStack.push(new SetEntityCommand(m_repository, m_endpointId, *before, after, field, text));
}

void EntitiesTab::addEntity()
{
    if (!endpoint())
        return;
    Entity entity;
    QString name = tr("records");
    for (int n = 2; m_entities->rowOfName(name) >= 0; ++n)
        name = tr("records") + QString::number(n);
    entity.name = name;
    entity.list = { QStringLiteral("GET"), QStringLiteral("/") + name };
    auto *command = new AddEntityCommand(m_repository, m_endpointId, entity);
    m_undoStack.push(command);
    selectEntity(name);
}

void EntitiesTab::removeEntity()
{
    const std::optional<Entity> entity = currentEntity();
    if (entity)
        m_undoStack.push(new RemoveEntityCommand(m_repository, m_endpointId, *entity));
}

} // namespace crmbridge
