// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds a run store for the tests: runs a spec with the real engine (or takes records) and
// records it through RunStoreWriter, exactly as volnux-run does.

#include "core/engine/Run.h"
#include "core/events/EventOptions.h"
#include "core/observe/RunState.h"
#include "core/store/RunStore.h"
#include "core/store/RunStoreWriter.h"

#include <QVariantList>
#include <QtDebug>

namespace volnux::test {

// A `simulate` event: `tasks` tasks on two threads, `maxAttempts` attempts a millisecond apart.
inline EventSpec simulateEvent(const QString &name, int tasks, const QVariantMap &params,
                               int maxAttempts)
{
    EventSpec event;
    event.name = name;
    event.eventType = QStringLiteral("simulate");
    QVariantList inputs;
    for (int i = 0; i < tasks; ++i)
        inputs.append(i);
    event.inputs = inputs;
    event.options.executor = ExecutorNames::ThreadPoolExecutor;
    event.options.executor_config.max_workers = 2;
    if (maxAttempts > 1)
        event.options.retry_policy = RetryPolicy{maxAttempts, 0.001, 0.01, {}};
    event.params = params;
    return event;
}

// Records `records` (a run of `spec`) as a new run of `projectPath`; its id, or -1.
inline qint64 recordRun(RunStore &store, const RunSpec &spec, const RunRecords &records,
                        const QString &projectPath = QStringLiteral("/projects/p.vxproj"))
{
    RunStore::NewRun run;
    run.projectPath = projectPath;
    run.projectName = QStringLiteral("test project");
    run.project = "{}";
    run.version = QStringLiteral("test");
    const Result<qint64> id = store.beginRun(run, spec);
    if (!id)
        return -1;
    RunStoreWriter writer(store.path(), *id);
    RunState state(RunState::Detail::Counts);
    state.apply(records);
    writer.write(records, state);
    QString error;
    if (!writer.finish(&error)) {
        qWarning() << error;
        return -1;
    }
    return *id;
}

inline qint64 recordRun(RunStore &store, const RunSpec &spec,
                        const QString &projectPath = QStringLiteral("/projects/p.vxproj"))
{
    return recordRun(store, spec, runToCompletion(spec), projectPath);
}

} // namespace volnux::test
