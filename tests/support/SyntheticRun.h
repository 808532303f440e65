// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds a realistic run-record stream without the engine: events run one after another, their
// tasks on a pool of named workers; chosen tasks throw on their first attempts and retry after the
// RetryPolicy backoff (0, 2f, 4f, ...), some run out of attempts, a few return a failure.
// Records come out in time order, exactly as a live monitor would receive them.

#include "core/engine/RunRecord.h"

#include <QRandomGenerator>

#include <algorithm>
#include <queue>

namespace volnux::test {

struct SyntheticEvent
{
    QString name;
    int tasks = 10;
};

struct SyntheticOptions
{
    QList<SyntheticEvent> events{{QStringLiteral("fetch"), 10}};
    int workers = 4;
    int maxAttempts = 4;
    double backoffFactorMs = 50;
    double minDurationMs = 5;
    double maxDurationMs = 60;
    double retryFraction = 0.1;      // tasks that throw twice, then succeed
    double exhaustFraction = 0.0;    // tasks that throw on every attempt (fail for good)
    double returnFailFraction = 0.0; // tasks whose first attempt returns a failure (no retry)
    bool logLines = true;
    quint32 seed = 7;
};

inline double syntheticBackoff(const SyntheticOptions &o, int attempt)
{
    if (attempt >= o.maxAttempts)
        return -1;
    return attempt == 1 ? 0.0 : o.backoffFactorMs * double(1 << (attempt - 1));
}

inline RunRecords syntheticRun(const SyntheticOptions &o)
{
    QRandomGenerator rng(o.seed);
    RunRecords out;
    RunRecord run;
    run.type = RecordType::RunStarted;
    run.total = int(o.events.size());
    out.push_back(run);
    double clock = 0;
    bool anyFailed = false;
    for (int e = 0; e < int(o.events.size()); ++e) {
        const SyntheticEvent &spec = o.events[e];
        RunRecord base;
        base.event = e;
        base.eventName = spec.name;
        base.maxAttempts = o.maxAttempts;
        RunRecord started = base;
        started.type = RecordType::EventStarted;
        started.time = clock;
        started.total = spec.tasks;
        out.push_back(started);

        struct Ready
        {
            double at;
            int task;
            int attempt;
        };
        auto later = [](const Ready &a, const Ready &b) {
            return a.at > b.at || (a.at == b.at && a.task > b.task);
        };
        std::priority_queue<Ready, std::vector<Ready>, decltype(later)> ready(later);
        std::vector<int> failuresPlanned(size_t(spec.tasks), 0);
        for (int t = 0; t < spec.tasks; ++t) {
            RunRecord queued = base;
            queued.type = RecordType::TaskQueued;
            queued.time = clock;
            queued.task = t;
            queued.message = QStringLiteral("%1-%2.json").arg(spec.name).arg(t);
            out.push_back(queued);
            const double roll = rng.generateDouble();
            if (roll < o.exhaustFraction)
                failuresPlanned[size_t(t)] = 1000;
            else if (roll < o.exhaustFraction + o.returnFailFraction)
                failuresPlanned[size_t(t)] = -1;
            else if (roll < o.exhaustFraction + o.returnFailFraction + o.retryFraction)
                failuresPlanned[size_t(t)] = 2;
            ready.push({clock, t, 1});
        }
        using WorkerSlot = std::pair<double, int>;
        std::priority_queue<WorkerSlot, std::vector<WorkerSlot>, std::greater<>> workers;
        for (int w = 0; w < o.workers; ++w)
            workers.push({clock, w});
        int succeeded = 0, failed = 0;
        double eventEnd = clock;
        while (!ready.empty()) {
            const Ready next = ready.top();
            ready.pop();
            const auto [free, worker] = workers.top();
            workers.pop();
            const double start = std::max(free, next.at);
            const double end = start + o.minDurationMs +
                               rng.generateDouble() * (o.maxDurationMs - o.minDurationMs);
            workers.push({end, worker});
            eventEnd = std::max(eventEnd, end);

            RunRecord attempt = base;
            attempt.task = next.task;
            attempt.attempt = next.attempt;
            attempt.thread = QStringLiteral("%1-worker-%2").arg(spec.name).arg(worker);
            attempt.type = RecordType::AttemptStarted;
            attempt.time = attempt.start = start;
            out.push_back(attempt);

            const int planned = failuresPlanned[size_t(next.task)];
            const bool throws = planned > 0 && next.attempt <= planned;
            const bool returnsFailure = planned < 0;
            attempt.type = RecordType::AttemptFinished;
            attempt.time = attempt.end = end;
            attempt.outcome = throws           ? AttemptOutcome::Error
                              : returnsFailure ? AttemptOutcome::Failure
                                               : AttemptOutcome::Success;
            if (throws) {
                attempt.errorType = planned > 2 ? QStringLiteral("ConnectionRefusedError")
                                                : QStringLiteral("TimeoutError");
                attempt.message =
                    planned > 2
                        ? QStringLiteral("connection refused by 10.0.0.%1").arg(next.task % 250)
                        : QStringLiteral("no answer after %1 ms").arg(qRound(end - start));
            } else if (returnsFailure) {
                attempt.message = QStringLiteral("checksum mismatch");
            }
            if (o.logLines)
                attempt.log = {QStringLiteral("processing %1").arg(next.task),
                               throws ? QStringLiteral("error: %1").arg(attempt.message)
                                      : QStringLiteral("ok")};
            attempt.nextDelay = throws ? syntheticBackoff(o, next.attempt) : -1;
            out.push_back(attempt);

            if (throws && attempt.nextDelay >= 0) {
                RunRecord retry = base;
                retry.type = RecordType::RetryScheduled;
                retry.time = end;
                retry.task = next.task;
                retry.attempt = next.attempt;
                retry.nextDelay = attempt.nextDelay;
                retry.due = end + attempt.nextDelay;
                out.push_back(retry);
                ready.push({retry.due, next.task, next.attempt + 1});
                continue;
            }
            RunRecord finished = base;
            finished.type = RecordType::TaskFinished;
            finished.time = end;
            finished.task = next.task;
            finished.attempt = next.attempt;
            finished.taskStatus =
                (throws || returnsFailure) ? TaskStatus::Failed : TaskStatus::Succeeded;
            (finished.taskStatus == TaskStatus::Succeeded ? succeeded : failed) += 1;
            out.push_back(finished);
        }
        RunRecord done = base;
        done.type = RecordType::EventFinished;
        done.time = eventEnd;
        done.total = spec.tasks;
        done.counts.add(TaskStatus::Succeeded, succeeded);
        done.counts.add(TaskStatus::Failed, failed);
        done.evaluation = QStringLiteral("SUCCESS_ON_ALL_EVENTS_SUCCESS");
        done.evaluatedOutcome = failed == 0 && spec.tasks > 0;
        done.eventStatus = done.evaluatedOutcome ? EventStatus::Succeeded : EventStatus::Failed;
        anyFailed = anyFailed || !done.evaluatedOutcome;
        out.push_back(done);
        clock = eventEnd;
    }
    RunRecord finished;
    finished.type = RecordType::RunFinished;
    finished.time = clock;
    finished.runStatus = anyFailed ? RunStatus::Failed : RunStatus::Succeeded;
    out.push_back(finished);
    std::stable_sort(out.begin(), out.end(),
                     [](const RunRecord &a, const RunRecord &b) { return a.time < b.time; });
    return out;
}

// The records a live monitor has seen by time `t`.
inline RunRecords recordsUntil(const RunRecords &all, double t)
{
    RunRecords out;
    for (const RunRecord &record : all) {
        if (record.time > t)
            break;
        out.push_back(record);
    }
    return out;
}

} // namespace volnux::test
