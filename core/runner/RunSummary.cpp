#include "RunSummary.h"

#include "core/trace/JsonLine.h"

#include <QStringList>

namespace volnux {

RunSummary::RunSummary(const QStringList &eventNames, int totalTasks) : m_total(totalTasks)
{
    m_events.resize(eventNames.size());
    m_taskStatus.resize(eventNames.size());
    for (int i = 0; i < eventNames.size(); ++i)
        m_events[i].name = eventNames[i];
}

void RunSummary::setStatus(const RunRecord &r, TaskStatus status)
{
    if (r.event < 0 || r.event >= int(m_taskStatus.size()) || r.task < 0)
        return;
    auto &tasks = m_taskStatus[r.event];
    if (r.task >= int(tasks.size()))
        tasks.resize(r.task + 1, TaskStatus::Queued);
    const TaskStatus old = tasks[r.task];
    m_running -= old == TaskStatus::Running;
    m_waiting -= old == TaskStatus::WaitingToRetry;
    tasks[r.task] = status;
    m_running += status == TaskStatus::Running;
    m_waiting += status == TaskStatus::WaitingToRetry;
    if (isFinal(status) && !isFinal(old)) {
        ++m_done;
        m_failed += status == TaskStatus::Failed;
    }
}

void RunSummary::apply(const RunRecords &records)
{
    for (const RunRecord &r : records) {
        switch (r.type) {
        case RecordType::AttemptStarted:
            setStatus(r, TaskStatus::Running);
            if (r.event >= 0)
                ++m_events[r.event].attempts;
            break;
        case RecordType::AttemptFinished:
            if (r.nextDelay < 0)
                break;
            setStatus(r, TaskStatus::WaitingToRetry);
            break;
        case RecordType::RetryScheduled:
            setStatus(r, TaskStatus::WaitingToRetry);
            break;
        case RecordType::TaskFinished:
            setStatus(r, r.taskStatus);
            break;
        case RecordType::EventStarted:
            m_events[r.event].status = EventStatus::Running;
            m_events[r.event].tasks = r.total;
            m_events[r.event].evaluation = r.evaluation;
            break;
        case RecordType::EventFinished: {
            EventLine &e = m_events[r.event];
            e.status = r.eventStatus;
            e.tasks = r.total;
            e.succeeded = r.succeeded;
            e.failed = r.failed;
            e.cancelled = r.cancelled;
            e.skipped = r.skipped;
            e.evaluation = r.evaluation;
            e.outcome = r.evaluatedOutcome;
            break;
        }
        case RecordType::RunFinished:
            m_status = r.runStatus;
            m_duration = r.time;
            break;
        default:
            break;
        }
    }
}

QString RunSummary::progressLine(double elapsedMs) const
{
    return QStringLiteral("tasks %1/%2 done | %3 running | %4 waiting to retry | %5 failed | %6 s")
        .arg(m_done)
        .arg(m_total)
        .arg(m_running)
        .arg(m_waiting)
        .arg(m_failed)
        .arg(elapsedMs / 1000.0, 0, 'f', 1);
}

QString RunSummary::text() const
{
    QStringList lines;
    int width = 5;
    for (const EventLine &e : m_events)
        width = std::max(width, int(e.name.size()));
    lines << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                 .arg(QStringLiteral("event"), -width)
                 .arg(QStringLiteral("status"), -9)
                 .arg(QStringLiteral("ok"), 6)
                 .arg(QStringLiteral("failed"), 6)
                 .arg(QStringLiteral("cancel"), 6)
                 .arg(QStringLiteral("skip"), 6)
                 .arg(QStringLiteral("tries"), 6)
                 .arg(QStringLiteral("evaluation"));
    for (const EventLine &e : m_events) {
        const QString evaluation =
            e.status == EventStatus::Skipped || e.status == EventStatus::Pending
                ? e.evaluation
                : e.evaluation +
                      (e.outcome ? QStringLiteral(" -> success") : QStringLiteral(" -> failure"));
        lines << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                     .arg(e.name, -width)
                     .arg(toText(e.status), -9)
                     .arg(e.succeeded, 6)
                     .arg(e.failed, 6)
                     .arg(e.cancelled, 6)
                     .arg(e.skipped, 6)
                     .arg(e.attempts, 6)
                     .arg(evaluation);
    }
    lines << QStringLiteral("run %1 in %2 s")
                 .arg(toText(m_status))
                 .arg(m_duration / 1000.0, 0, 'f', 3);
    return lines.join(QLatin1Char('\n'));
}

QByteArray RunSummary::json() const
{
    QByteArray events = "[";
    for (const EventLine &e : m_events) {
        if (events.size() > 1)
            events += ',';
        events += JsonLine()
                      .add("event", e.name)
                      .add("status", toText(e.status))
                      .add("tasks", e.tasks)
                      .add("succeeded", e.succeeded)
                      .add("failed", e.failed)
                      .add("cancelled", e.cancelled)
                      .add("skipped", e.skipped)
                      .add("attempts", e.attempts)
                      .add("evaluation", e.evaluation)
                      .add("outcome", e.outcome)
                      .toJson();
    }
    events += ']';
    // The totals add up to "tasks", as each event's do.
    int succeeded = 0;
    int cancelled = 0;
    int skipped = 0;
    for (const EventLine &e : m_events) {
        succeeded += e.succeeded;
        cancelled += e.cancelled;
        skipped += e.skipped;
    }
    return JsonLine()
        .add("status", toText(m_status))
        .add("duration", m_duration)
        .add("tasks", m_total)
        .add("succeeded", succeeded)
        .add("failed", m_failed)
        .add("cancelled", cancelled)
        .add("skipped", skipped)
        .addRaw("events", events)
        .toJson();
}

} // namespace volnux
