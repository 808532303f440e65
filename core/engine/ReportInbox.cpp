// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportInbox.h"

#include "core/engine/RecordBuffer.h"

namespace volnux {

namespace {
void describeAttempt(RunRecord &r, const AttemptReport &report)
{
    const AttemptScope &scope = *report.scope;
    r.event = scope.event;
    r.eventName = scope.name;
    r.maxAttempts = scope.maxAttempts;
    r.step = scope.step;
    r.branch = scope.branch;
    r.task = report.task;
    r.attempt = report.attempt;
    r.thread = report.thread;
    r.pid = report.pid;
    r.host = report.host;
    r.start = report.start - scope.t0;
}

void finish(RunRecord &r, AttemptReport &report)
{
    r.type = RecordType::AttemptFinished;
    r.time = r.end = report.end - report.scope->t0;
    r.outcome = report.outcome;
    r.errorType = std::move(report.errorType);
    r.message = std::move(report.errorMessage);
    // Assigning an empty value is not free, and most are empty; a success's value is kept only
    // when something reads it.
    if (report.value.isValid() &&
        (report.outcome != AttemptOutcome::Success || report.scope->keepsValue))
        r.value = std::move(report.value);
    r.log = std::move(report.log);
    r.droppedLog = report.droppedLog;
    r.descriptor = report.descriptor.value_or(-1);
}
} // namespace

ReportInbox::ReportInbox(std::shared_ptr<RecordBuffer> storage, std::function<void()> wake)
    : m_storage(std::move(storage)), m_wake(std::move(wake))
{
}

RunRecords &ReportInbox::chunkFor(Lane &lane)
{
    if (lane.filled.empty() || lane.filled.back().size() == kChunkSize) {
        // A spare has room for a whole chunk. Without one, start small: a chain of one-task
        // events collects a record or two at a time, and a fresh 80 KB chunk for each cost the
        // engine page faults on every event. A busy run grows its chunks and recycles them.
        RunRecords chunk = m_storage->spare();
        if (chunk.capacity() == 0)
            chunk.reserve(kFirstChunkCapacity);
        lane.filled.push_back(std::move(chunk));
    }
    return lane.filled.back();
}

void ReportInbox::deliver(AttemptReport &&report, int lane)
{
    Q_ASSERT(report.scope);
    if (!report.scope)
        return;
    Lane &target = m_lanes[size_t(lane < 0 ? -lane : lane) % kLanes];
    std::lock_guard lock(target.mutex);
    RunRecord &r = chunkFor(target).emplace_back();
    describeAttempt(r, report);
    if (report.phase == AttemptReport::Phase::Started) {
        r.type = RecordType::AttemptStarted;
        r.time = r.start;
    } else {
        finish(r, report);
        // Before this worker (or any other) takes up another of the event's tasks.
        if (r.outcome == AttemptOutcome::Error && report.scope->stopsEvent(r.errorType, r.attempt))
            report.scope->stopped.store(true, std::memory_order_relaxed);
    }
}

void ReportInbox::wake()
{
    if (!m_wakePending.exchange(true))
        m_wake();
}

void ReportInbox::takeFilled(int lane, std::vector<RunRecords> &into)
{
    Lane &source = m_lanes[size_t(lane)];
    std::lock_guard lock(source.mutex);
    into.swap(source.filled);
}

} // namespace volnux
