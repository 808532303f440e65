// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/observe/RunComparison.h"

#include "core/UserText.h"
#include "core/trace/JsonLine.h"

#include <QHash>
#include <QStringList>

namespace volnux {

namespace {

RunComparison::Side sideOf(const EventState &event)
{
    RunComparison::Side side;
    side.present = true;
    side.status = event.status;
    side.succeeded = event.counts.succeeded();
    side.failed = event.counts.failed();
    side.attempts = event.attempts;
    if (event.start >= 0 && event.end >= 0)
        side.duration = event.end - event.start;
    return side;
}

QString signedNumber(double value, int decimals = 0)
{
    const QString text = QString::number(value, 'f', decimals);
    return value > 0 ? QLatin1Char('+') + text : text;
}

QString seconds(const std::optional<double> &ms)
{
    return ms ? QString::number(*ms / 1000.0, 'f', 3) : QStringLiteral("-");
}

QString attemptsText(int n)
{
    return n == 1 ? QStringLiteral("1 attempt") : QStringLiteral("%1 attempts").arg(n);
}

} // namespace

RunComparison RunComparison::compare(qint64 idA, const RunState &a, qint64 idB, const RunState &b)
{
    RunComparison result;
    result.a = idA;
    result.b = idB;
    QHash<QString, size_t> byName;
    QHash<QString, int> bIndex;
    for (const EventState &e : a.events()) {
        byName.insert(e.name, result.events.size());
        result.events.push_back({e.name, sideOf(e), {}});
    }
    for (const EventState &e : b.events()) {
        bIndex.insert(e.name, e.index);
        if (auto it = byName.constFind(e.name); it != byName.constEnd())
            result.events[*it].b = sideOf(e);
        else
            result.events.push_back({e.name, {}, sideOf(e)});
    }
    a.forEachTask([&](int event, int task, const TaskCell &cellA) {
        const QString &name = a.events()[size_t(event)].name;
        const auto other = bIndex.constFind(name);
        const TaskCell *cellB = other == bIndex.constEnd() ? nullptr : b.cell(*other, task);
        if (!cellB) {
            ++result.onlyInA;
            return;
        }
        if (cellA.status != cellB->status || cellA.attempts != cellB->attempts)
            result.changedTasks.push_back(
                {name, task, cellA.status, cellB->status, cellA.attempts, cellB->attempts});
    });
    QHash<QString, int> aIndex;
    for (const EventState &e : a.events())
        aIndex.insert(e.name, e.index);
    b.forEachTask([&](int event, int task, const TaskCell &) {
        const auto other = aIndex.constFind(b.events()[size_t(event)].name);
        if (other == aIndex.constEnd() || !a.cell(*other, task))
            ++result.onlyInB;
    });
    return result;
}

QString RunComparison::text() const
{
    int width = 5;
    for (const Event &e : events)
        width = std::max(width, int(e.name.size()));
    QStringList lines;
    lines << QStringLiteral("A = run %1, B = run %2").arg(a).arg(b);
    lines << QStringLiteral("%1  %2  %3  %4  %5  %6")
                 .arg(QStringLiteral("event"), -width)
                 .arg(QStringLiteral("status A -> B"), -23)
                 .arg(QStringLiteral("ok A/B (delta)"), -16)
                 .arg(QStringLiteral("failed A/B (delta)"), -18)
                 .arg(QStringLiteral("tries A/B (delta)"), -17)
                 .arg(QStringLiteral("seconds A/B (delta)"));
    for (const Event &e : events) {
        const auto pair = [](int x, int y) {
            return QStringLiteral("%1/%2 (%3)").arg(x).arg(y).arg(signedNumber(y - x));
        };
        const QString status = (e.a.present ? toText(e.a.status) : QStringLiteral("-")) +
                               QStringLiteral(" -> ") +
                               (e.b.present ? toText(e.b.status) : QStringLiteral("-"));
        const QString time = seconds(e.a.duration) + QLatin1Char('/') + seconds(e.b.duration) +
                             (e.a.duration && e.b.duration
                                  ? QStringLiteral(" (%1)").arg(
                                        signedNumber((*e.b.duration - *e.a.duration) / 1000.0, 3))
                                  : QString());
        lines << QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(UserText::escaped(e.name, UserText::kMaxQuoted), -width)
                     .arg(status, -23)
                     .arg(pair(e.a.succeeded, e.b.succeeded), -16)
                     .arg(pair(e.a.failed, e.b.failed), -18)
                     .arg(pair(e.a.attempts, e.b.attempts), -17)
                     .arg(time);
    }
    lines << QString();
    if (changedTasks.empty())
        lines << QStringLiteral("no task changed its outcome or number of attempts");
    else
        lines << QStringLiteral("tasks that changed (%1):").arg(changedTasks.size());
    for (const Task &t : changedTasks)
        lines << QStringLiteral("  %1[%2]  %3 (%4) -> %5 (%6)")
                     .arg(UserText::escaped(t.event, UserText::kMaxQuoted))
                     .arg(t.task)
                     .arg(toText(t.outcomeA), attemptsText(t.attemptsA), toText(t.outcomeB),
                          attemptsText(t.attemptsB));
    if (onlyInA > 0 || onlyInB > 0)
        lines << QStringLiteral("tasks that ran in one run only: %1 in A, %2 in B")
                     .arg(onlyInA)
                     .arg(onlyInB);
    return lines.join(QLatin1Char('\n'));
}

QByteArray RunComparison::json() const
{
    QByteArray eventList = "[";
    for (const Event &e : events) {
        if (eventList.size() > 1)
            eventList += ',';
        JsonLine line;
        line.add("event", e.name);
        // Keys in the documented order; an event missing from a run has null status there.
        for (const auto &[key, side] : {std::pair{"status_a", &e.a}, std::pair{"status_b", &e.b}}) {
            if (side->present)
                line.add(key, toText(side->status));
            else
                line.addNull(key);
        }
        line.add("succeeded_a", e.a.succeeded)
            .add("succeeded_b", e.b.succeeded)
            .add("failed_a", e.a.failed)
            .add("failed_b", e.b.failed)
            .add("attempts_a", e.a.attempts)
            .add("attempts_b", e.b.attempts);
        for (const auto &[key, side] :
             {std::pair{"duration_a", &e.a}, std::pair{"duration_b", &e.b}}) {
            if (side->duration)
                line.add(key, *side->duration);
            else
                line.addNull(key);
        }
        eventList += line.toJson();
    }
    eventList += ']';
    QByteArray taskList = "[";
    for (const Task &t : changedTasks) {
        if (taskList.size() > 1)
            taskList += ',';
        taskList += JsonLine()
                        .add("event", t.event)
                        .add("task", t.task)
                        .add("outcome_a", toText(t.outcomeA))
                        .add("outcome_b", toText(t.outcomeB))
                        .add("attempts_a", t.attemptsA)
                        .add("attempts_b", t.attemptsB)
                        .toJson();
    }
    taskList += ']';
    return JsonLine()
        .add("a", a)
        .add("b", b)
        .addRaw("events", eventList)
        .addRaw("changed_tasks", taskList)
        .toJson();
}

} // namespace volnux
