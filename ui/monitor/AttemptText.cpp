// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttemptText.h"

#include "core/UserText.h"
#include "ui/monitor/StatusStyle.h"

#include <algorithm>
#include <cmath>

namespace volnux {

namespace {
// Closer than this the actual wait is the planned one (timer and scheduling slack).
constexpr double kSameWaitMs = 50;
} // namespace

QString AttemptText::error(const AttemptState &attempt)
{
    // What a task wrote is shown as volnux-run shows it: a bidi control in it must not reverse the
    // cell, nor an escape sequence pass for part of the message.
    return UserText::terminalSafe(rawError(attempt));
}

QString AttemptText::rawError(const AttemptState &attempt)
{
    if (!attempt.finished || attempt.outcome == AttemptOutcome::Success)
        return {};
    if (!attempt.started)
        return tr("cancelled before it started");
    if (attempt.outcome == AttemptOutcome::Failure && attempt.errorType.isEmpty()) {
        // `process` returned a failure rather than raising: the value it returned is the reason.
        if (attempt.returned.isEmpty())
            return attempt.message.isEmpty() ? tr("returned a failure") : attempt.message;
        return tr("returned a failure: %1").arg(attempt.returned);
    }
    if (attempt.errorType.isEmpty())
        return attempt.message;
    if (attempt.message.isEmpty())
        return attempt.errorType;
    return attempt.errorType + QStringLiteral(": ") + attempt.message;
}

QString AttemptText::backoff(const TaskState &task, size_t attempt)
{
    const AttemptState &a = task.attempts[attempt];
    if (a.nextDelay < 0)
        return {};
    const QString planned = StatusStyle::duration(a.nextDelay);
    if (attempt + 1 >= task.attempts.size() || !task.attempts[attempt + 1].started)
        return planned;
    const double actual = std::max(0.0, task.attempts[attempt + 1].start - a.end);
    if (std::abs(actual - a.nextDelay) < kSameWaitMs)
        return planned;
    return tr("%1 planned, %2 actual").arg(planned, StatusStyle::duration(actual));
}

QString AttemptText::typicalLongBackoff()
{
    return tr("%1 planned, %2 actual")
        .arg(StatusStyle::duration(16000), StatusStyle::duration(14610));
}

AttemptText::RetryStart AttemptText::retryStart(const TaskState &task, size_t attempt)
{
    RetryStart retry;
    if (attempt == 0 || attempt >= task.attempts.size() || !task.attempts[attempt].started)
        return retry;
    const AttemptState &previous = task.attempts[attempt - 1];
    if (!previous.finished || previous.nextDelay < 0)
        return retry;
    retry.due = previous.end + previous.nextDelay;
    retry.start = task.attempts[attempt].start;
    retry.lag = retry.start - retry.due;
    retry.early = retry.lag <= -kSameWaitMs;
    retry.late = retry.lag >= kSameWaitMs;
    return retry;
}

QString AttemptText::startLag(const TaskState &task, size_t attempt)
{
    const RetryStart retry = retryStart(task, attempt);
    if (!retry.valid())
        return {};
    if (retry.early)
        return tr("Retry now, %1 early").arg(StatusStyle::duration(-retry.lag));
    if (retry.late)
        return tr("%1 late").arg(StatusStyle::duration(retry.lag));
    return tr("on time");
}

QString AttemptText::typicalLongStartLag()
{
    return tr("Retry now, %1 early").arg(StatusStyle::duration(11390));
}

QString AttemptText::startLagDetail(const TaskState &task, size_t attempt)
{
    const RetryStart retry = retryStart(task, attempt);
    if (!retry.valid())
        return {};
    return tr("Due at %1, started at %2: %3")
        .arg(StatusStyle::duration(retry.due), StatusStyle::duration(retry.start),
             startLag(task, attempt));
}

int AttemptText::started(const TaskState &task)
{
    return int(std::count_if(task.attempts.begin(), task.attempts.end(),
                             [](const AttemptState &a) { return a.started; }));
}

QString AttemptText::withoutOutput(const AttemptState &attempt, int number)
{
    if (attempt.finished && !attempt.started)
        return tr("Attempt %1 was cancelled before it started: it ran nothing.").arg(number);
    const QString none = tr("Attempt %1 wrote no output.").arg(number);
    const QString why = error(attempt);
    if (why.isEmpty())
        return none;
    if (attempt.outcome == AttemptOutcome::Cancelled)
        return tr("Attempt %1 was cancelled: %2").arg(number).arg(why) + QLatin1Char('\n') + none;
    return tr("Attempt %1 failed with %2").arg(number).arg(why) + QLatin1Char('\n') + none;
}

} // namespace volnux
