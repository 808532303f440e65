// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunRecord.h"

namespace volnux {

QString toText(RecordType type)
{
    switch (type) {
    case RecordType::RunStarted:
        return QStringLiteral("run_started");
    case RecordType::EventStarted:
        return QStringLiteral("event_started");
    case RecordType::TaskQueued:
        return QStringLiteral("task_queued");
    case RecordType::AttemptStarted:
        return QStringLiteral("attempt_started");
    case RecordType::AttemptFinished:
        return QStringLiteral("attempt_finished");
    case RecordType::RetryScheduled:
        return QStringLiteral("retry_scheduled");
    case RecordType::TaskFinished:
        return QStringLiteral("task_finished");
    case RecordType::EventFinished:
        return QStringLiteral("event_finished");
    case RecordType::RunFinished:
        return QStringLiteral("run_finished");
    }
    return QString();
}

QString toText(AttemptOutcome outcome)
{
    switch (outcome) {
    case AttemptOutcome::Success:
        return QStringLiteral("success");
    case AttemptOutcome::Failure:
        return QStringLiteral("failure");
    case AttemptOutcome::Error:
        return QStringLiteral("error");
    case AttemptOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString toText(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Queued:
        return QStringLiteral("queued");
    case TaskStatus::Running:
        return QStringLiteral("running");
    case TaskStatus::WaitingToRetry:
        return QStringLiteral("waiting");
    case TaskStatus::Succeeded:
        return QStringLiteral("succeeded");
    case TaskStatus::Failed:
        return QStringLiteral("failed");
    case TaskStatus::Cancelled:
        return QStringLiteral("cancelled");
    case TaskStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
}

QString toText(EventStatus status)
{
    switch (status) {
    case EventStatus::Pending:
        return QStringLiteral("pending");
    case EventStatus::Running:
        return QStringLiteral("running");
    case EventStatus::Succeeded:
        return QStringLiteral("succeeded");
    case EventStatus::Failed:
        return QStringLiteral("failed");
    case EventStatus::Cancelled:
        return QStringLiteral("cancelled");
    case EventStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
}

QString toText(RunStatus status)
{
    switch (status) {
    case RunStatus::NotStarted:
        return QStringLiteral("not_started");
    case RunStatus::Running:
        return QStringLiteral("running");
    case RunStatus::Succeeded:
        return QStringLiteral("succeeded");
    case RunStatus::Failed:
        return QStringLiteral("failed");
    case RunStatus::Stopped:
        return QStringLiteral("stopped");
    case RunStatus::Cancelled:
        return QStringLiteral("cancelled");
    case RunStatus::Interrupted:
        return QStringLiteral("interrupted");
    }
    return QString();
}

bool isFinal(TaskStatus status)
{
    return status == TaskStatus::Succeeded || status == TaskStatus::Failed ||
           status == TaskStatus::Cancelled || status == TaskStatus::Skipped;
}

std::optional<RunStatus> runStatusFromText(const QString &text)
{
    for (int i = 0; i <= int(RunStatus::Interrupted); ++i) {
        if (toText(RunStatus(i)) == text)
            return RunStatus(i);
    }
    return std::nullopt;
}

std::optional<EventStatus> eventStatusFromText(const QString &text)
{
    for (int i = 0; i <= int(EventStatus::Skipped); ++i) {
        if (toText(EventStatus(i)) == text)
            return EventStatus(i);
    }
    return std::nullopt;
}

} // namespace volnux
