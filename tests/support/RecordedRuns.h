// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds a run store for tests and benchmarks with the store's own API: a synthetic run
// (SyntheticRun) recorded through RunStore::beginRun and a RunStoreWriter, exactly as a live run
// is recorded, without running the engine.

#include "core/engine/RunSpec.h"
#include "core/observe/RunState.h"
#include "core/store/RunStore.h"
#include "core/store/RunStoreWriter.h"
#include "tests/support/SyntheticRun.h"

#include <QDebug>

namespace volnux::test {

struct RecordedProject
{
    QString path = QStringLiteral("/projects/nightly.vxproj");
    QString name = QStringLiteral("Nightly");
    QByteArray bytes = "{}";
};

// The spec that beginRun records the run's events from: the synthetic run's events and tasks.
inline RunSpec specOf(const SyntheticOptions &options)
{
    RunSpec spec;
    for (const SyntheticEvent &event : options.events) {
        EventSpec e;
        e.name = event.name;
        e.eventType = QStringLiteral("simulate");
        for (int t = 0; t < event.tasks; ++t)
            e.inputs.append(t);
        spec.events.append(e);
    }
    return spec;
}

// Records `records` (made from `options`) as a new run of `project`; its id, or -1.
inline qint64 recordRun(const QString &storePath, const RecordedProject &project,
                        const SyntheticOptions &options, const RunRecords &records,
                        std::optional<qint64> parent = {}, size_t batch = 50000)
{
    const auto store = RunStore::open(storePath);
    if (!store) {
        qWarning() << store.errorString();
        return -1;
    }
    RunStore::NewRun run;
    run.projectPath = project.path;
    run.projectName = project.name;
    run.project = project.bytes;
    run.parent = parent;
    run.version = QStringLiteral("test");
    const Result<qint64> id = (*store)->beginRun(run, specOf(options));
    if (!id) {
        qWarning() << id.errorString();
        return -1;
    }
    RunStoreWriter writer(storePath, *id);
    RunState state(RunState::Detail::Counts);
    for (size_t i = 0; i < records.size(); i += batch) {
        const size_t end = std::min(records.size(), i + batch);
        const RunRecords chunk(records.begin() + qsizetype(i), records.begin() + qsizetype(end));
        state.apply(chunk);
        writer.write(chunk, state);
    }
    QString error;
    if (!writer.finish(&error)) {
        qWarning() << error;
        return -1;
    }
    return *id;
}

inline qint64 recordRun(const QString &storePath, const RecordedProject &project,
                        const SyntheticOptions &options, std::optional<qint64> parent = {})
{
    return recordRun(storePath, project, options, syntheticRun(options), parent);
}

} // namespace volnux::test
