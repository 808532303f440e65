// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the run store keeps of one drained batch of records: the records a trace carries (and the
// retries the Chrome trace draws), copied into compact rows on the consumer's thread, plus the
// counts the consumer's RunState holds after the batch. The writer thread turns it into rows of
// the store; the consumer keeps its record storage. A plain value type.

#include "core/engine/RunRecord.h"

#include <vector>

namespace volnux {

// What the store keeps of a record besides the few numbers every row has: errors, logs and the
// fields of event and run records. Most attempts have none.
struct StoreExtra
{
    EventStatus eventStatus = EventStatus::Pending;
    RunStatus runStatus = RunStatus::NotStarted;
    bool evaluatedOutcome = false;
    int step = -1;
    int droppedLog = 0;
    int eventAttempts = 0; // EventFinished: the event's attempts, as its RunState counted them
    Name branch;
    Name evaluation;
    TaskCounts counts; // EventFinished
    QString errorType;
    QString message;
    QString value; // a returned failure's value, as text
    QStringList log;
};

struct StoreRow
{
    RecordType type = RecordType::AttemptFinished;
    AttemptOutcome outcome = AttemptOutcome::Success;
    TaskStatus taskStatus = TaskStatus::Queued;
    int event = -1;
    int task = -1;
    int attempt = 0;
    int descriptor = -1;
    int extra = -1;  // index into StoreBatch::extras, or -1
    qint64 time = 0; // microseconds since the run started, as are the next three
    qint64 start = 0;
    qint64 end = 0;
    qint64 nextDelay = -1;
    qint64 pid = 0;
    Name thread;
    Name host; // an attempt run on another machine (RedisExecutor), else empty

    // Whether the store keeps anything of `record`: what a trace carries, event starts and
    // scheduled retries (not task queueing or attempt starts).
    static bool wanted(const RunRecord &record)
    {
        return record.type != RecordType::TaskQueued && record.type != RecordType::AttemptStarted &&
               record.type != RecordType::RunStarted;
    }
};

struct StoreBatch
{
    std::vector<StoreRow> rows;
    std::vector<StoreExtra> extras;
    TaskCounts totals; // the run's tasks after the batch
    int attempts = 0;  // the run's attempts started after the batch
    double lastTime = 0;

    void add(const RunRecord &record, int eventAttempts);
    const StoreExtra *extra(const StoreRow &row) const
    {
        return row.extra >= 0 ? &extras[size_t(row.extra)] : nullptr;
    }
    void clear()
    {
        rows.clear();
        extras.clear();
    }
};

} // namespace volnux
