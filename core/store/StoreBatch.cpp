// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/StoreBatch.h"

#include "core/events/VariantText.h"

namespace volnux {

void StoreBatch::add(const RunRecord &r, int eventAttempts)
{
    StoreRow &row = rows.emplace_back();
    row.type = r.type;
    row.outcome = r.outcome;
    row.taskStatus = r.taskStatus;
    row.event = r.event;
    row.task = r.task;
    row.attempt = r.attempt;
    row.descriptor = r.descriptor;
    row.time = toMicros(r.time);
    row.nextDelay = r.nextDelay >= 0 ? toMicros(r.nextDelay) : -1;
    const bool attempt = r.type == RecordType::AttemptFinished;
    if (attempt) {
        row.start = toMicros(r.start);
        row.end = toMicros(r.end);
        row.pid = r.pid;
        row.thread = r.thread;
        row.host = r.host;
    }
    const bool returnedValue =
        attempt && r.outcome == AttemptOutcome::Failure && r.value.isValid() && !r.value.isNull();
    if (attempt && r.errorType.isEmpty() && r.message.isEmpty() && r.log.isEmpty() &&
        r.droppedLog == 0 && !returnedValue)
        return;
    if (r.type == RecordType::TaskFinished || r.type == RecordType::RetryScheduled)
        return;
    row.extra = int(extras.size());
    StoreExtra &extra = extras.emplace_back();
    extra.eventStatus = r.eventStatus;
    extra.runStatus = r.runStatus;
    extra.evaluatedOutcome = r.evaluatedOutcome;
    extra.step = r.step;
    extra.droppedLog = r.droppedLog;
    extra.eventAttempts = eventAttempts;
    extra.branch = r.branch;
    extra.evaluation = r.evaluation;
    extra.counts = r.counts;
    extra.errorType = r.errorType;
    extra.message = r.message;
    extra.log = r.log;
    if (returnedValue)
        extra.value = variantToText(r.value);
}

} // namespace volnux
