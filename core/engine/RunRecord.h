// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One entry of the run-record stream: the single source of truth for the CLI, the GUI monitor,
// run history and traces. A plain value type; records cross threads in batches.
// Times are milliseconds since the run started, from the run's clock (monotonic).

#include "core/engine/Name.h"
#include "core/engine/RecordTypes.h"
#include "core/observe/TaskCounts.h"

#include <QMetaType>
#include <QStringList>
#include <QVariant>

#include <cmath>
#include <span>
#include <vector>

namespace volnux {

// Aligned to a cache line: records are written on one thread (a worker, the engine) while the
// engine or a consumer reads the records before them, and records sharing a line would make the
// threads fight over it (measured in bench_engine: 0.70 -> 0.60 us of CPU per no-op task).
struct alignas(64) RunRecord
{
    // Fields are grouped by size so that the record (made four times per task) stays small.
    double time = 0; // when the record was made
    // AttemptStarted / AttemptFinished
    double start = 0;
    double end = 0;
    // AttemptFinished: the backoff before the next attempt (ms), or -1 when none follows.
    // RetryScheduled: the delay and the due time.
    double nextDelay = -1;
    double due = 0;
    qint64 pid = 0;

    Name eventName;
    // AttemptStarted / AttemptFinished: the thread the attempt ran on. A pool thread left with its
    // default name (no thread_name_prefix) is shown as worker-<index>, though inside `process`
    // QThread::objectName() keeps Qt's default.
    Name thread;
    Name host;       // AttemptStarted / AttemptFinished: the machine, when not this one
    Name evaluation; // the evaluation state's name (EventStarted / EventFinished)
    // Pipelines: the branch this event's step was entered by (empty when not applicable).
    Name branch;
    // AttemptFinished: the attempt's error, if any. A task's final error is its last
    // AttemptFinished's: TaskFinished does not repeat it.
    QString errorType;
    QString message; // error message (for a skipped task's TaskFinished: its input, as text)
    // The returned value of a finished attempt; for TaskQueued, the task's input (as a value: a
    // consumer that shows it formats it, the engine does not format 100,000 inputs it never shows).
    QVariant value;
    QStringList log; // lines logged by the attempt (stdout/stderr for commands)

    int event = -1;  // index into RunSpec::events
    int task = -1;   // task index within the event
    int attempt = 0; // 1-based
    int maxAttempts = 0;
    int droppedLog = 0;
    // TaskFinished / EventFinished / RunFinished
    TaskCounts counts;
    int total = 0;       // EventStarted: task count; RunStarted: event count
    int step = -1;       // pipelines: the step this event ran in (-1 when not applicable)
    int descriptor = -1; // AttemptFinished: the outcome descriptor the task returned, or -1

    RecordType type = RecordType::RunStarted;
    AttemptOutcome outcome = AttemptOutcome::Success;
    TaskStatus taskStatus = TaskStatus::Queued;
    EventStatus eventStatus = EventStatus::Pending;
    RunStatus runStatus = RunStatus::NotStarted;
    bool evaluatedOutcome = false;
};

using RunRecords = std::vector<RunRecord>;
// Records read in place: a slice of a batch, with no copy of its records.
using RecordSpan = std::span<const RunRecord>;

// A record time (ms) in whole microseconds: the precision traces and the run store keep.
inline qint64 toMicros(double ms)
{
    return std::llround(ms * 1000.0);
}

} // namespace volnux

Q_DECLARE_METATYPE(volnux::RunStatus)
