#include "ui/sync/syncprofiledialog.h"

#include "core/endpoints/endpointstore.h"
#include "core/mapping/formula/compiler.h"
#include "core/mapping/formula/formulaerror.h"
#include "core/mapping/mappingstore.h"
#include "models/sync/synclabels.h"
#include "models/sync/syncprofilesmodel.h"
#include "ui/shell/prompts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace crmbridge {

using namespace sync;

namespace {

QString entityKey(const QString &endpoint, const QString &entity)
{
    return endpoint + QChar(0x1f) + entity;
}

QPair<QString, QString> splitKey(const QString &key)
{
    const int sep = int(key.indexOf(QChar(0x1f)));
    if (sep < 0)
        return {};
    return { key.left(sep), key.mid(sep + 1) };
}

void selectData(QComboBox *combo, const QVariant &data, const QString &textIfMissing)
{
    int i = combo->findData(data);
    if (i < 0 && !textIfMissing.isEmpty()) {
        combo->addItem(textIfMissing, data); // keep what the profile names even if it is gone
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(0, i));
}

} // namespace

SyncProfileDialog::SyncProfileDialog(Workspace &workspace, const SyncProfilesModel &profiles, Prompts &prompts,
                                     const SyncProfile &profile, bool isNew, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_prompts(prompts)
    , m_originalName(isNew ? QString() : profile.name)
{
    setObjectName(QStringLiteral("syncProfileDialog"));
    setWindowTitle(isNew ? tr("New sync profile") : tr("Edit sync profile"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_description = new QLineEdit(this);
    m_fromEntity = new QRadioButton(tr("Entity"), this);
    m_fromFile = new QRadioButton(tr("File"), this);
    m_sourceEntity = new QComboBox(this);
    m_sourceEntity->setObjectName(QStringLiteral("sourceEntity"));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("sourceFile"));
    m_file->setPlaceholderText(tr("CSV, JSON Lines or JSON array file"));
    m_browse = new QPushButton(tr("Browse…"), this);
    m_mapping = new QComboBox(this);
    m_mapping->setObjectName(QStringLiteral("mapping"));
    m_targetEntity = new QComboBox(this);
    m_targetEntity->setObjectName(QStringLiteral("targetEntity"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("mode"));
    for (SyncMode mode : { SyncMode::Insert, SyncMode::Update, SyncMode::Upsert, SyncMode::Mirror })
        m_mode->addItem(SyncLabels::mode(mode), int(mode));
    m_createStyle = new QComboBox(this);
    for (CreateStyle style : { CreateStyle::Create, CreateStyle::UpdateByKey })
        m_createStyle->addItem(SyncLabels::createStyle(style), int(style));
    m_matchField = new QLineEdit(this);
    m_matchField->setObjectName(QStringLiteral("matchField"));
    m_matchField->setPlaceholderText(tr("target field, e.g. email"));
    m_matchSource = new QLineEdit(this);
    m_matchSource->setObjectName(QStringLiteral("matchSource"));
    m_matchSource->setPlaceholderText(tr("formula over the source, e.g. LOWER(TRIM(properties.email))"));
    m_matchTarget = new QLineEdit(this);
    m_matchTarget->setPlaceholderText(tr("optional formula over the target, e.g. LOWER(TRIM(email))"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("optional: only records where this formula is true"));
    m_cursorField = new QLineEdit(this);
    m_cursorField->setObjectName(QStringLiteral("cursorField"));
    m_cursorField->setPlaceholderText(tr("optional source field, e.g. updatedAt"));
    m_cursorMark = new QLineEdit(this);
    m_cursorMark->setPlaceholderText(tr("empty: read everything"));
    m_batchSize = new QSpinBox(this);
    m_batchSize->setObjectName(QStringLiteral("batchSize"));
    m_batchSize->setRange(0, 1000); // out-of-range values are explained, not silently clamped
    m_batchSize->setSpecialValueText(tr("one request per record"));
    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(QStringLiteral("concurrency"));
    m_concurrency->setRange(0, 1000);
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("conflictPolicy"));
    for (ConflictPolicy p : { ConflictPolicy::SourceWins, ConflictPolicy::TargetWins, ConflictPolicy::NewerWins,
                              ConflictPolicy::Ask })
        m_policy->addItem(SyncLabels::policy(p), int(p));
    m_sourceTimestamp = new QLineEdit(this);
    m_sourceTimestamp->setPlaceholderText(tr("newer wins: source field of the last change"));
    m_targetTimestamp = new QLineEdit(this);
    m_targetTimestamp->setPlaceholderText(tr("newer wins: target field of the last change"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("profileProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02020"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *sourceChoice = new QHBoxLayout;
    sourceChoice->addWidget(m_fromEntity);
    sourceChoice->addWidget(m_sourceEntity, 1);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fromFile);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    auto *what = new QGroupBox(tr("What"), this);
    auto *whatForm = new QFormLayout(what);
    whatForm->addRow(tr("Name:"), m_name);
    whatForm->addRow(tr("Description:"), m_description);
    whatForm->addRow(tr("Source:"), sourceChoice);
    whatForm->addRow(QString(), fileRow);
    whatForm->addRow(tr("Mapping:"), m_mapping);
    whatForm->addRow(tr("Target:"), m_targetEntity);
    whatForm->addRow(tr("Mode:"), m_mode);
    whatForm->addRow(tr("Creates:"), m_createStyle);

    auto *match = new QGroupBox(tr("Matching and selection"), this);
    auto *matchForm = new QFormLayout(match);
    matchForm->addRow(tr("Match key target field:"), m_matchField);
    matchForm->addRow(tr("← source formula:"), m_matchSource);
    matchForm->addRow(tr("Target formula:"), m_matchTarget);
    matchForm->addRow(tr("Filter:"), m_filter);
    matchForm->addRow(tr("Incremental cursor:"), m_cursorField);
    matchForm->addRow(tr("High-water mark:"), m_cursorMark);

    auto *how = new QGroupBox(tr("How"), this);
    auto *howForm = new QFormLayout(how);
    howForm->addRow(tr("Batch size:"), m_batchSize);
    howForm->addRow(tr("Concurrency:"), m_concurrency);
    howForm->addRow(tr("Conflict policy:"), m_policy);
    howForm->addRow(tr("Source timestamp:"), m_sourceTimestamp);
    howForm->addRow(tr("Target timestamp:"), m_targetTimestamp);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(what);
    auto *right = new QVBoxLayout;
    right->addWidget(match);
    right->addWidget(how);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    fillChoosers(workspace);
    setProfile(profile);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &SyncProfileDialog::chooseFile);
    for (QLineEdit *edit : { m_name, m_description, m_file, m_matchField, m_matchSource, m_matchTarget, m_filter,
                             m_cursorField, m_cursorMark, m_sourceTimestamp, m_targetTimestamp })
        connect(edit, &QLineEdit::textChanged, this, &SyncProfileDialog::updateProblem);
    for (QComboBox *combo : { m_sourceEntity, m_mapping, m_targetEntity, m_mode, m_createStyle, m_policy })
        connect(combo, &QComboBox::currentIndexChanged, this, &SyncProfileDialog::updateProblem);
    for (QSpinBox *spin : { m_batchSize, m_concurrency })
        connect(spin, &QSpinBox::valueChanged, this, &SyncProfileDialog::updateProblem);
    for (QRadioButton *radio : { m_fromEntity, m_fromFile })
        connect(radio, &QRadioButton::toggled, this, &SyncProfileDialog::updateProblem);
    updateProblem();
}

void SyncProfileDialog::fillChoosers(Workspace &workspace)
{
    EndpointStore endpoints(workspace);
    if (auto list = endpoints.list()) {
        for (const Endpoint &endpoint : list.value()) {
            auto entities = endpoints.entities(endpoint.name);
            if (!entities)
                continue;
            for (const Entity &entity : entities.value()) {
                const QString text = tr("%1 / %2").arg(endpoint.name, entity.name);
                m_sourceEntity->addItem(text, entityKey(endpoint.name, entity.name));
                m_targetEntity->addItem(text, entityKey(endpoint.name, entity.name));
            }
        }
    }
    if (auto mappings = mapping::MappingStore(workspace).list()) {
        for (const mapping::StoredMapping &m : mappings.value())
            m_mapping->addItem(m.mapping.name, m.mapping.name);
    }
}

void SyncProfileDialog::setProfile(const SyncProfile &profile)
{
    m_base = profile;
    m_id = profile.id;
    m_name->setText(profile.name);
    m_description->setText(profile.description);
    (profile.source.isFile() ? m_fromFile : m_fromEntity)->setChecked(true);
    if (!profile.source.isFile() && !profile.source.endpoint.isEmpty()) {
        selectData(m_sourceEntity, entityKey(profile.source.endpoint, profile.source.entity),
                   SyncLabels::source(profile.source));
    }
    m_file->setText(profile.source.file);
    if (!profile.mapping.isEmpty())
        selectData(m_mapping, profile.mapping, profile.mapping);
    if (!profile.target.endpoint.isEmpty()) {
        selectData(m_targetEntity, entityKey(profile.target.endpoint, profile.target.entity),
                   SyncLabels::target(profile.target));
    }
    selectData(m_mode, int(profile.mode), {});
    selectData(m_createStyle, int(profile.createStyle), {});
    m_matchField->setText(profile.matchKey.targetField);
    m_matchSource->setText(profile.matchKey.sourceFormula);
    m_matchTarget->setText(profile.matchKey.targetFormula);
    m_filter->setText(profile.filter);
    m_cursorField->setText(profile.cursor.field);
    m_cursorMark->setText(profile.cursor.highWaterMark);
    m_batchSize->setValue(profile.batchSize);
    m_concurrency->setValue(profile.concurrency);
    selectData(m_policy, int(profile.conflictPolicy), {});
    m_sourceTimestamp->setText(profile.sourceTimestamp);
    m_targetTimestamp->setText(profile.targetTimestamp);
}

SyncProfile SyncProfileDialog::profile() const
{
    SyncProfile p = m_base; // keeps what the form does not show (query parameters, file format)
    p.id = m_id;
    p.name = m_name->text().trimmed();
    p.description = m_description->text().trimmed();
    if (m_fromFile->isChecked()) {
        p.source.file = m_file->text().trimmed();
        p.source.endpoint.clear();
        p.source.entity.clear();
    } else {
        const auto [endpoint, entity] = splitKey(m_sourceEntity->currentData().toString());
        if (endpoint != p.source.endpoint || entity != p.source.entity)
            p.source.query.clear();
        p.source.endpoint = endpoint;
        p.source.entity = entity;
        p.source.file.clear();
        p.source.fileFormat.clear();
    }
    p.mapping = m_mapping->currentData().toString();
    const auto [targetEndpoint, targetEntity] = splitKey(m_targetEntity->currentData().toString());
    if (targetEndpoint != p.target.endpoint || targetEntity != p.target.entity)
        p.target.query.clear();
    p.target.endpoint = targetEndpoint;
    p.target.entity = targetEntity;
    p.mode = SyncMode(m_mode->currentData().toInt());
    p.createStyle = CreateStyle(m_createStyle->currentData().toInt());
    p.matchKey.targetField = m_matchField->text().trimmed();
    p.matchKey.sourceFormula = m_matchSource->text().trimmed();
    p.matchKey.targetFormula = m_matchTarget->text().trimmed();
    p.filter = m_filter->text().trimmed();
    p.cursor.field = m_cursorField->text().trimmed();
    p.cursor.highWaterMark = m_cursorMark->text().trimmed();
    p.batchSize = m_batchSize->value();
    p.concurrency = m_concurrency->value();
    p.conflictPolicy = ConflictPolicy(m_policy->currentData().toInt());
    p.sourceTimestamp = m_sourceTimestamp->text().trimmed();
    p.targetTimestamp = m_targetTimestamp->text().trimmed();
    return p;
}

QString SyncProfileDialog::problem() const
{
    const SyncProfile p = profile();
    if (const QString name = m_profiles.nameProblem(p.name, m_originalName); !name.isEmpty())
        return name;
    if (m_fromFile->isChecked() && p.source.file.isEmpty())
        return tr("Choose the source file.");
    if (p.matchKey.sourceFormula.isEmpty())
        return tr("The match key needs a source formula.");
    // Formulas are compiled here so that a typo is shown before the first plan.
    const QList<QPair<QString, QString>> formulas = { { tr("match key source formula"), p.matchKey.sourceFormula },
                                                      { tr("match key target formula"), p.matchKey.targetFormula },
                                                      { tr("filter"), p.filter } };
    for (const auto &[what, text] : formulas) {
        if (text.isEmpty())
            continue;
        mapping::FormulaError error;
        if (!mapping::Formula::compile(text, &error))
            return tr("The %1 does not compile: %2").arg(what, error.message);
    }
    return m_profiles.problem(p, m_originalName);
}

QPushButton *SyncProfileDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SyncProfileDialog::updateProblem()
{
    m_sourceEntity->setEnabled(m_fromEntity->isChecked());
    m_file->setEnabled(m_fromFile->isChecked());
    m_browse->setEnabled(m_fromFile->isChecked());
    const bool newer = ConflictPolicy(m_policy->currentData().toInt()) == ConflictPolicy::NewerWins;
    m_sourceTimestamp->setEnabled(newer);
    m_targetTimestamp->setEnabled(newer);
    const QString text = problem();
    m_problem->setText(text);
    okButton()->setEnabled(text.isEmpty());
}

void SyncProfileDialog::chooseFile()
{
    const QString path = m_prompts.openFileName(this, tr("Source file"), m_file->text(),
                                                tr("Record files (*.csv *.jsonl *.ndjson *.json);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

} // namespace crmbridge
