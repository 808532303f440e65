// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One execution of a RunSpec. The engine lives on its own thread; this object is the handle the
// CLI and the GUI hold. Every method may be called from the thread that owns the Run (typically
// the GUI thread) and never blocks it, except `waitForFinished`, which is for scripts and tests.
// Records accumulate in a lock-guarded buffer: `recordsAvailable` is emitted once when the buffer
// goes from empty to non-empty, and the consumer drains it with `takeRecords` (on a timer, say).

#include "core/engine/RunRecord.h"
#include "core/engine/RunSpec.h"

#include <QObject>

#include <cstdint>
#include <functional>
#include <memory>

namespace volnux {

class Clock;
class RunEngine;

class Run : public QObject
{
    Q_OBJECT
public:
    explicit Run(RunSpec spec, std::shared_ptr<Clock> clock = {}, QObject *parent = nullptr);
    ~Run() override; // cancels a running run and waits for it to end

    const RunSpec &spec() const { return m_spec; }
    void start();
    void cancel();
    void cancelTask(int event, int task);
    // A task waiting out its backoff starts its next attempt now.
    void retryNow(int event, int task);

    bool isRunning() const;
    bool isFinished() const;
    RunStatus status() const;
    bool waitForFinished(int timeoutMs = -1);

    // Order of the stream: "oldest first" below is the order the engine published records in.
    // Each task's records are in the order they happened (queued, started, finished, retry...),
    // and an event's EventFinished follows its tasks' records; but records of different tasks
    // made on different threads may interleave slightly out of `time` order. Sort by `time` for a
    // strict timeline.

    // At most about `max` records (whole batches, at least one), oldest first: a consumer with a
    // frame budget takes a bounded amount and comes back for the rest.
    RunRecords takeRecords(size_t max = SIZE_MAX);
    // The same into `into` (cleared first). Reusing one vector for every drain recycles the
    // engine's storage: the way for a consumer of a long, fast stream.
    void takeRecords(RunRecords &into, size_t max = SIZE_MAX);
    // Whole batches as the engine made them, appended to `into`: nothing is copied or moved but
    // the vectors. Hand them back, read, with `recycleRecordBatches` (their storage then serves
    // the engine's next batches): the way for a consumer that keeps records a while, in place.
    void takeRecordBatches(std::vector<RunRecords> &into, size_t max = SIZE_MAX);
    void recycleRecordBatches(std::vector<RunRecords> &batches); // leaves `batches` empty
    // Reads records in place, without copying: `read` sees each one once, oldest first; they are
    // gone when this returns. For consumers that keep what they need, not the records.
    void readRecords(const std::function<void(const RunRecord &)> &read, size_t max = SIZE_MAX);
    // How many records wait to be taken: a consumer that drains on a timer comes back at once
    // while a drain's worth is waiting, instead of letting a backlog grow between ticks.
    size_t pendingRecords() const;
    // For a consumer that drains as the run goes: while more than `records` wait to be taken,
    // no new task starts (what runs goes on), so a slow consumer bounds the run's memory instead
    // of letting records pile up. Call before start(); unbounded by default.
    void setBacklogLimit(size_t records);

signals:
    void recordsAvailable();
    void finished(volnux::RunStatus status);

private:
    RunSpec m_spec;
    std::shared_ptr<Clock> m_clock;
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    RunEngine *m_engine = nullptr;
};

// Convenience for scripts and tests: runs `spec` to completion on the calling thread's behalf and
// returns every record. Never call it on a GUI thread.
RunRecords runToCompletion(const RunSpec &spec, std::shared_ptr<Clock> clock = {});

} // namespace volnux
