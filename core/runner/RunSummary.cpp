// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunSummary.h"

#include "core/trace/JsonLine.h"

#include <QStringList>

namespace volnux {

RunSummary::RunSummary(const QStringList &eventNames, const QList<int> &taskCounts)
{
    m_state.declareEvents(eventNames, taskCounts);
    for (int n : taskCounts)
        m_total += n;
}

RunStatus RunSummary::status() const
{
    return m_statusOverride.value_or(m_state.runStatus());
}

double RunSummary::duration() const
{
    return m_state.finishedAt() >= 0 ? m_state.finishedAt() : m_state.lastTime();
}

QString RunSummary::progressLine(double elapsedMs) const
{
    const TaskCounts &totals = m_state.totals();
    return QStringLiteral("tasks %1/%2 done | %3 running | %4 waiting to retry | %5 failed | %6 s")
        .arg(totals.done())
        .arg(m_total)
        .arg(totals.count(TaskStatus::Running))
        .arg(totals.count(TaskStatus::WaitingToRetry))
        .arg(totals.failed())
        .arg(elapsedMs / 1000.0, 0, 'f', 1);
}

QString RunSummary::text() const
{
    QStringList lines;
    int width = 5;
    for (const EventState &e : m_state.events())
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
    for (const EventState &e : m_state.events()) {
        const QString evaluation = !e.evaluated || e.status == EventStatus::Skipped
                                       ? e.evaluation
                                       : e.evaluation + (e.outcome ? QStringLiteral(" -> success")
                                                                   : QStringLiteral(" -> failure"));
        lines << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                     .arg(e.name, -width)
                     .arg(toText(e.status), -9)
                     .arg(e.counts.succeeded(), 6)
                     .arg(e.counts.failed(), 6)
                     .arg(e.counts.cancelled(), 6)
                     .arg(e.counts.skipped(), 6)
                     .arg(e.attempts, 6)
                     .arg(evaluation);
    }
    if (const QString workers = m_workers.text(); !workers.isEmpty())
        lines << workers;
    lines << QStringLiteral("run %1 in %2 s")
                 .arg(toText(status()))
                 .arg(duration() / 1000.0, 0, 'f', 3);
    return lines.join(QLatin1Char('\n'));
}

QByteArray RunSummary::json() const
{
    return json(std::nullopt, false);
}

QByteArray RunSummary::json(std::optional<qint64> runId) const
{
    return json(runId, true);
}

QByteArray RunSummary::json(std::optional<qint64> runId, bool withRunId) const
{
    QByteArray events = "[";
    for (const EventState &e : m_state.events()) {
        if (events.size() > 1)
            events += ',';
        events += JsonLine()
                      .add("event", e.name)
                      .add("status", toText(e.status))
                      .add("tasks", e.total)
                      .add("succeeded", e.counts.succeeded())
                      .add("failed", e.counts.failed())
                      .add("cancelled", e.counts.cancelled())
                      .add("skipped", e.counts.skipped())
                      .add("attempts", e.attempts)
                      .add("evaluation", e.evaluation)
                      .add("outcome", e.evaluated && e.outcome)
                      .toJson();
    }
    events += ']';
    // The totals add up to "tasks", as each event's do.
    const TaskCounts &totals = m_state.totals();
    JsonLine line;
    if (withRunId && runId)
        line.add("run_id", *runId);
    else if (withRunId)
        line.addNull("run_id");
    return line.add("status", toText(status()))
        .add("duration", duration())
        .add("tasks", m_total)
        .add("succeeded", totals.succeeded())
        .add("failed", totals.failed())
        .add("cancelled", totals.cancelled())
        .add("skipped", totals.skipped())
        .addRaw("events", events)
        .addRaw("workers", m_workers.json())
        .toJson();
}

} // namespace volnux
