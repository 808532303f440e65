#include "core/store/StoreBatch.h"

#include "core/events/VariantText.h"

namespace volnux {

bool StoreRow::wanted(const RunRecord &record)
{
    switch (record.type) {
    case RecordType::EventStarted:
    case RecordType::AttemptFinished:
    case RecordType::RetryScheduled:
    case RecordType::TaskFinished:
    case RecordType::EventFinished:
    case RecordType::RunFinished:
        return true;
    default:
        return false;
    }
}

StoreRow StoreRow::from(const RunRecord &r)
{
    StoreRow row;
    row.type = r.type;
    row.outcome = r.outcome;
    row.taskStatus = r.taskStatus;
    row.eventStatus = r.eventStatus;
    row.runStatus = r.runStatus;
    row.evaluatedOutcome = r.evaluatedOutcome;
    row.event = r.event;
    row.task = r.task;
    row.attempt = r.attempt;
    row.step = r.step;
    row.descriptor = r.descriptor;
    row.time = toMicros(r.time);
    row.nextDelay = r.nextDelay >= 0 ? toMicros(r.nextDelay) : -1;
    row.branch = r.branch;
    if (r.type == RecordType::AttemptFinished) {
        row.start = toMicros(r.start);
        row.end = toMicros(r.end);
        row.pid = r.pid;
        row.thread = r.thread;
        row.errorType = r.errorType;
        row.message = r.message;
        row.droppedLog = r.droppedLog;
        row.log = r.log;
        if (r.outcome == AttemptOutcome::Failure && r.value.isValid() && !r.value.isNull())
            row.value = variantToText(r.value);
    } else if (r.type == RecordType::EventFinished || r.type == RecordType::EventStarted) {
        row.evaluation = r.evaluation;
        row.counts = r.counts;
    }
    return row;
}

} // namespace volnux
