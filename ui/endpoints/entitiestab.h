#pragma once

#include "core/endpoints/entity.h"
#include "models/endpoints/endpointcommands.h"
#include "ui/endpoints/endpointtab.h"

#include <QJsonArray>

#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTreeView;

namespace crmbridge {

class EntityListModel;
class Prompts;
class SampleRecordsModel;
class SchemaTreeModel;

/// Entities tab: the endpoint's entities, and the editor of the selected one — list operation,
/// where the records are, id field, pagination — with its schema tree and a sample table.
class EntitiesTab : public EndpointTab
{
    Q_OBJECT

public:
    EntitiesTab(EndpointRepository &repository, QUndoStack &undoStack, Prompts &prompts,
                QWidget *parent = nullptr);
    void retranslate() override;

    EntityListModel *model() const { return m_entities; }
    SchemaTreeModel *schemaModel() const { return m_schema; }
    SampleRecordsModel *sampleModel() const { return m_sample; }
    QTableView *view() const { return m_view; }
    std::optional<Entity> currentEntity() const;
    void selectEntity(const QString &name);
    /// Shows sample records fetched for `entityName` (by the test panel).
    void showSample(const QString &entityName, const QJsonArray &records);

signals:
    void currentEntityChanged();

protected:
    void load(const Endpoint &endpoint) override;

private:
    void showEntity();
    void editEntity(EditField field, const QString &text, const std::function<void(Entity &)> &change);
    QLineEdit *entityLine(const QString &name, EditField field, const QString &undoText,
                          const std::function<void(Entity &, const QString &)> &apply);
    void addEntity();
    void removeEntity();
    void discoverSchema();

    EntityListModel *m_entities = nullptr;
    SchemaTreeModel *m_schema = nullptr;
    SampleRecordsModel *m_sample = nullptr;
    QString m_sampleEntity;
    QJsonArray m_sampleRecords;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_editor = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QLabel *> m_labels;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QComboBox *m_listMethod = nullptr;
    QLineEdit *m_listPath = nullptr;
    QLineEdit *m_recordsPath = nullptr;
    QLineEdit *m_idField = nullptr;
    QComboBox *m_pagination = nullptr;
    QSpinBox *m_pageSize = nullptr;
    QLineEdit *m_pageSizeParam = nullptr;
    QLineEdit *m_cursorPath = nullptr;
    QLabel *m_schemaLabel = nullptr;
    QPushButton *m_discover = nullptr;
    QTreeView *m_schemaView = nullptr;
    QLabel *m_sampleLabel = nullptr;
    QTableView *m_sampleView = nullptr;
    bool m_loadingEntity = false;
};

} // namespace crmbridge
