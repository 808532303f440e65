// SPDX-License-Identifier: GPL-3.0-or-later
#include "Executor.h"

#include "core/engine/WaitOnClock.h"
#include "core/errors/ErrorTypes.h"

namespace volnux {

AttemptReport reportFor(const AttemptJob &job, AttemptReport::Phase phase)
{
    AttemptReport report;
    report.id = job.id;
    report.phase = phase;
    report.scope = job.scope;
    report.task = job.task;
    report.attempt = job.attempt;
    return report;
}

AttemptReport cancelledBeforeStart(const AttemptJob &job, const Clock &clock)
{
    AttemptReport report = reportFor(job);
    report.outcome = AttemptOutcome::Cancelled;
    report.errorType = ErrorNames::CancelledError;
    report.errorMessage = QStringLiteral("cancelled before it started");
    report.start = report.end = clock.nowMs();
    return report;
}

AttemptReport startedReport(const AttemptJob &job, double start, Name thread, qint64 pid)
{
    AttemptReport report = reportFor(job, AttemptReport::Phase::Started);
    report.start = start;
    report.thread = thread;
    report.pid = pid;
    return report;
}

QString attemptTimeoutMessage(int limitMs)
{
    return QStringLiteral("timed out: the attempt took longer than its timeout_ms of %1 ms")
        .arg(limitMs);
}

namespace {
TaskResult process(const AttemptScope &scope, TaskContext &context)
{
    if (scope.function)
        return (*scope.function)(context);
    if (!scope.factory)
        throw Error(ErrorNames::ValueError,
                    QStringLiteral("no event is registered as '%1'").arg(scope.eventType));
    const std::unique_ptr<EventBase> event = scope.factory();
    return event->process(context);
}
} // namespace

AttemptReport runAttempt(const AttemptJob &job, const Clock &clock, std::optional<double> startedAt)
{
    if (job.isCancelled())
        return cancelledBeforeStart(job, clock);

    const AttemptScope &scope = *job.scope;
    AttemptReport report = reportFor(job);
    report.start =
        startedAt ? *startedAt : clock.nowMs(); // not value_or: it reads the clock anyway
    TaskContext context({scope.name.toString(), job.task, job.attempt, scope.maxAttempts, job.input,
                         scope.params, scope.previousResults, job.cancelled,
                         scope.runCancelled.get()});
    if (scope.timeoutMs)
        context.setDeadline(clock, report.start + *scope.timeoutMs);
    try {
        const WaitOnClock waitOnRunClock(clock); // sleep and simulate wait on the run's clock
        TaskResult result = process(scope, context);
        report.outcome = result.success ? AttemptOutcome::Success : AttemptOutcome::Failure;
        report.value = std::move(result.value);
        report.descriptor = result.descriptor;
    } catch (...) {
        CaughtError caught = describeCurrentException();
        const bool cancelled =
            context.isCancelRequested() && ErrorTypes::isA(caught.type, ErrorNames::CancelledError);
        report.outcome = cancelled ? AttemptOutcome::Cancelled : AttemptOutcome::Error;
        report.errorType = std::move(caught.type);
        report.errorMessage = std::move(caught.message);
    }
    report.end = clock.nowMs();
    // Out of time, whatever it returned or threw: a late result does not count.
    if (scope.timeoutMs && report.outcome != AttemptOutcome::Cancelled &&
        context.isPastDeadline()) {
        report.outcome = AttemptOutcome::Error;
        report.value = QVariant();
        report.descriptor.reset();
        report.errorType = ErrorNames::TimeoutError;
        report.errorMessage = attemptTimeoutMessage(*scope.timeoutMs);
    }
    report.droppedLog = context.droppedLogLines();
    report.log = context.takeLog();
    return report;
}

} // namespace volnux
