#include "models/mapping/previewrunner.h"

#include "core/mapping/automap.h"
#include "core/mapping/formula/compiler.h"
#include "core/mapping/mappingengine.h"
#include "core/mapping/value/valuetext.h"

#include <QThread>

namespace crmbridge {

namespace {

/// Lives on the worker thread; computes previews in request order, skipping stale ones.
class PreviewWorker : public QObject
{
    Q_OBJECT

public:
    explicit PreviewWorker(std::shared_ptr<std::atomic<quint64>> latest)
        : m_latest(std::move(latest))
    { }

    void compute(quint64 generation, const mapping::Mapping &mapping, const SampleRecords &samples)
    {
        if (generation != m_latest->load()) {
            PreviewResult skipped;
            skipped.generation = generation;
            emit done(skipped);
            return;
        }
        PreviewResult result =
            PreviewRunner::compute(mapping, samples ? *samples : std::vector<mapping::Object> {});
        result.generation = generation;
        emit done(result);
    }

signals:
    void done(const crmbridge::PreviewResult &result);

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

QString displayText(const mapping::Value &value)
{
    if (value.isObject() || value.isArray()) {
        // Nested values show as compact text: "a, b" for arrays of texts.
        return mapping::toText(value);
    }
    if (value.isError())
        return value.errorMessage();
    return mapping::toText(value);
}

} // namespace

PreviewRunner::PreviewRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<PreviewResult>();
    qRegisterMetaType<mapping::Mapping>("crmbridge::mapping::Mapping");
    qRegisterMetaType<SampleRecords>("crmbridge::SampleRecords");
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("mapping preview"));
    auto *worker = new PreviewWorker(m_latest);
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &PreviewRunner::requested, worker, &PreviewWorker::compute, Qt::QueuedConnection);
    connect(worker, &PreviewWorker::done, this, &PreviewRunner::deliver, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
}

PreviewRunner::~PreviewRunner()
{
    m_latest->store(0); // whatever is queued is stale now
    m_thread->quit();
    m_thread->wait();
}

quint64 PreviewRunner::run(const mapping::Mapping &mapping, const SampleRecords &samples)
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    emit requested(generation, mapping, samples);
    return generation;
}

void PreviewRunner::deliver(const PreviewResult &result)
{
    if (result.generation != m_generation) {
        emit dropped(result.generation);
        return;
    }
    emit finished(result);
}

PreviewResult PreviewRunner::compute(const mapping::Mapping &source,
                                     const std::vector<mapping::Object> &samples)
{
    PreviewResult result;
    for (const mapping::MappingRule &rule : source.rules)
        result.columns.append(rule.target);

    // A rule whose formula does not compile must not blank the whole preview: it is left out
    // of the engine and its column carries the compile error.
    mapping::CompileEnvironment env;
    for (const mapping::ValueMap &map : source.valueMaps)
        env.valueMaps.insert(map.name(), std::make_shared<const mapping::ValueMap>(map));
    mapping::Mapping runnable = source;
    runnable.rules.clear();
    QHash<int, QString> brokenColumns;
    for (int i = 0; i < source.rules.size(); ++i) {
        mapping::FormulaError error;
        if (mapping::Formula::compile(source.rules.at(i).formula, env, &error))
            runnable.rules.append(source.rules.at(i));
        else
            brokenColumns.insert(i, PreviewRunner::tr("The formula does not compile: %1").arg(error.text()));
    }
    auto engine = mapping::MappingEngine::compile(runnable);
    if (!engine) {
        result.error = engine.error().message();
        return result;
    }
    auto context = (*engine)->newContext();
    const std::size_t count = std::min<std::size_t>(samples.size(), MaxRecords);
    mapping::MappingOutput out;
    for (std::size_t r = 0; r < count; ++r) {
        (*engine)->apply(samples[r], *context, out);
        QStringList row;
        QHash<int, QString> reasons = brokenColumns;
        QStringList other;
        const mapping::Object *target = out.target.isObject() ? &out.target.object() : nullptr;
        for (int c = 0; c < result.columns.size(); ++c) {
            if (brokenColumns.contains(c) || !target) {
                row.append(QString());
                continue;
            }
            row.append(displayText(mapping::valueAtPath(*target, result.columns.at(c))));
        }
        for (const mapping::InvalidReason &reason : std::as_const(out.reasons)) {
            const qsizetype c = result.columns.indexOf(reason.field);
            if (c < 0) {
                other.append(reason.field.isEmpty() ? reason.message
                                                    : reason.field % QStringLiteral(": ") % reason.message);
                continue;
            }
            QString &text = reasons[int(c)];
            text = text.isEmpty() ? reason.message : text % QLatin1Char('\n') % reason.message;
        }
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
            ++result.failing[result.columns.at(it.key())];
        if (!reasons.isEmpty() || !other.isEmpty())
            ++result.invalidRows;
        result.cells.append(row);
        result.reasons.append(reasons);
        result.rowReasons.append(other.join(QLatin1Char('\n')));
    }
    return result;
}

} // namespace crmbridge

#include "previewrunner.moc"
