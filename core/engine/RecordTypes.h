// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The kinds and states of the run-record stream (RunRecord.h), apart so that the counters and
// the observers below the engine can name them without the record itself.

#include <QString>

#include <optional>

namespace volnux {

enum class RecordType : quint8
{
    RunStarted,
    EventStarted,
    TaskQueued,
    AttemptStarted,
    AttemptFinished,
    RetryScheduled,
    TaskFinished,
    EventFinished,
    RunFinished,
};

enum class AttemptOutcome : quint8
{
    Success,
    Failure,
    Error,
    Cancelled
};
enum class TaskStatus : quint8
{
    Queued,
    Running,
    WaitingToRetry,
    Succeeded,
    Failed,
    Cancelled,
    Skipped
};
enum class EventStatus : quint8
{
    Pending,
    Running,
    Succeeded,
    Failed,
    Cancelled,
    Skipped
};
enum class RunStatus : quint8
{
    NotStarted,
    Running,
    Succeeded,
    Failed,
    Stopped,
    Cancelled,
    // Never made by the engine: a recorded run whose process died before it ended (run store).
    Interrupted
};

QString toText(RecordType type);
QString toText(AttemptOutcome outcome); // "success", "failure", "error", "cancelled"
QString toText(TaskStatus status);      // "queued", ..., "waiting", "succeeded", ...
QString toText(EventStatus status);
QString toText(RunStatus status);
bool isFinal(TaskStatus status);
// The inverse of toText; std::nullopt for a text no status has.
std::optional<RunStatus> runStatusFromText(const QString &text);
std::optional<EventStatus> eventStatusFromText(const QString &text);

} // namespace volnux
