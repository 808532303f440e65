#pragma once

// One entry of the run-record stream: the single source of truth for the CLI, the GUI monitor,
// run history and traces. A plain value type; records cross threads in batches.
// Times are milliseconds since the run started, from the run's clock (monotonic).

#include "core/engine/Name.h"

#include <QMetaType>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace volnux {

enum class RecordType
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

enum class AttemptOutcome
{
    Success,
    Failure,
    Error,
    Cancelled
};
enum class TaskStatus
{
    Queued,
    Running,
    WaitingToRetry,
    Succeeded,
    Failed,
    Cancelled,
    Skipped
};
enum class EventStatus
{
    Pending,
    Running,
    Succeeded,
    Failed,
    Cancelled,
    Skipped
};
enum class RunStatus
{
    NotStarted,
    Running,
    Succeeded,
    Failed,
    Stopped,
    Cancelled
};

QString toText(RecordType type);
QString toText(AttemptOutcome outcome); // "success", "failure", "error", "cancelled"
QString toText(TaskStatus status);      // "queued", ..., "waiting", "succeeded", ...
QString toText(EventStatus status);
QString toText(RunStatus status);
bool isFinal(TaskStatus status);

struct RunRecord
{
    RecordType type = RecordType::RunStarted;
    double time = 0; // when the record was made
    int event = -1;  // index into RunSpec::events
    Name eventName;
    int task = -1;   // task index within the event
    int attempt = 0; // 1-based
    int maxAttempts = 0;

    // AttemptStarted / AttemptFinished
    double start = 0;
    double end = 0;
    AttemptOutcome outcome = AttemptOutcome::Success;
    QString errorType;
    QString message; // error message (for a skipped task's TaskFinished: its input, as text)
    Name thread;
    qint64 pid = 0;
    // The returned value of a finished attempt; for TaskQueued, the task's input (as a value: a
    // consumer that shows it formats it, the engine does not format 100,000 inputs it never shows).
    QVariant value;
    QStringList log; // lines logged by the attempt (stdout/stderr for commands)
    int droppedLog = 0;
    // AttemptFinished: the backoff before the next attempt (ms), or -1 when none follows.
    // RetryScheduled: the delay and the due time.
    double nextDelay = -1;
    double due = 0;

    // TaskFinished / EventFinished / RunFinished
    TaskStatus taskStatus = TaskStatus::Queued;
    EventStatus eventStatus = EventStatus::Pending;
    RunStatus runStatus = RunStatus::NotStarted;
    int succeeded = 0;
    int failed = 0;
    int cancelled = 0;
    int skipped = 0;
    int total = 0; // EventStarted: task count; RunStarted: event count
    bool evaluatedOutcome = false;
    QString evaluation; // the evaluation state's name (EventFinished)

    // Pipelines: which step and branch this event ran in (-1 / empty when not applicable).
    int step = -1;
    QString branch;
};

using RunRecords = std::vector<RunRecord>;

} // namespace volnux

Q_DECLARE_METATYPE(volnux::RunRecord)
Q_DECLARE_METATYPE(volnux::RunStatus)
