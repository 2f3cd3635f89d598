#pragma once

#include "core/mapping/mapping.h"
#include "core/mapping/value/value.h"
#include "models/mapping/previewmodel.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace crmbridge {

using SampleRecords = std::shared_ptr<const std::vector<mapping::Object>>;

/// Re-previews a mapping off the GUI thread: compiles it and maps up to MaxRecords sample
/// records on a worker thread, then hands the PreviewResult back with a queued signal. Every
/// request gets a new generation; a result whose generation is not the latest is dropped (and a
/// request that is already stale when the worker reaches it is skipped), so a fast typist only
/// ever sees the preview of what is in the editor now.
class PreviewRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRecords = 1000;

    explicit PreviewRunner(QObject *parent = nullptr);
    ~PreviewRunner() override;

    /// Starts a preview; returns its generation.
    quint64 run(const mapping::Mapping &mapping, const SampleRecords &samples);
    quint64 generation() const { return m_generation; }

    /// The preview itself, synchronously (what the worker runs; also for tests and the CLI).
    static PreviewResult compute(const mapping::Mapping &mapping,
                                 const std::vector<mapping::Object> &samples);

signals:
    void finished(const crmbridge::PreviewResult &result);
    /// A result came back after a newer request was made, and was dropped.
    void dropped(quint64 generation);
    void requested(quint64 generation, const crmbridge::mapping::Mapping &mapping,
                   const crmbridge::SampleRecords &samples);

private:
    void deliver(const PreviewResult &result);

    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace crmbridge
