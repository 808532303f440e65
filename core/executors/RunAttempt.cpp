#include "Executor.h"

#include "core/errors/ErrorTypes.h"

namespace volnux {

AttemptReport cancelledBeforeStart(const AttemptJob &job, const Clock &clock)
{
    AttemptReport report;
    report.id = job.id;
    report.outcome = AttemptOutcome::Cancelled;
    report.errorType = ErrorNames::CancelledError;
    report.errorMessage = QStringLiteral("cancelled before it started");
    report.start = report.end = clock.nowMs();
    return report;
}

AttemptReport startedReport(const AttemptJob &job, const Clock &clock, const QString &thread,
                            qint64 pid)
{
    AttemptReport report;
    report.id = job.id;
    report.phase = AttemptReport::Phase::Started;
    report.start = clock.nowMs();
    report.thread = thread;
    report.pid = pid;
    return report;
}

AttemptReport runAttempt(const AttemptJob &job, const Clock &clock)
{
    if (job.isCancelled())
        return cancelledBeforeStart(job, clock);

    AttemptReport report;
    report.id = job.id;
    report.start = clock.nowMs();
    TaskContext context(job.eventName, job.task, job.attempt, job.maxAttempts, job.input,
                        job.params, job.cancelled);
    context.setPreviousResults(job.previousResults);
    context.setRunCancellationFlag(job.runCancelled);
    try {
        if (!job.factory)
            throw Error(ErrorNames::ValueError,
                        QStringLiteral("no event is registered as '%1'").arg(job.eventType));
        const std::unique_ptr<EventBase> event = job.factory();
        TaskResult result = event->process(context);
        report.outcome = result.success ? AttemptOutcome::Success : AttemptOutcome::Failure;
        report.value = std::move(result.value);
        report.descriptor = result.descriptor;
    } catch (...) {
        CaughtError caught = describeCurrentException();
        const bool cancelled =
            context.isCancelled() && ErrorTypes::isA(caught.type, ErrorNames::CancelledError);
        report.outcome = cancelled ? AttemptOutcome::Cancelled : AttemptOutcome::Error;
        report.errorType = std::move(caught.type);
        report.errorMessage = std::move(caught.message);
    }
    report.end = clock.nowMs();
    report.droppedLog = context.droppedLogLines();
    report.log = context.takeLog();
    return report;
}

} // namespace volnux
