// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Two runs side by side, read from the core's RunState of each (a live run or one replayed from
// the run store): per event its status, counts, attempts and duration in A and B, and every
// task present in both whose outcome or number of attempts changed. Events are matched by name,
// so two projects that share event names compare too; tasks by event name and task index.
// `volnux-run history compare` prints it; the studio shows the same value. A plain value type.

#include "core/observe/RunState.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace volnux {

struct RunComparison
{
    struct Side
    {
        bool present = false;
        EventStatus status = EventStatus::Pending;
        int succeeded = 0;
        int failed = 0;
        int attempts = 0;
        std::optional<double> duration; // ms; none when the event did not run
    };
    struct Event
    {
        QString name;
        Side a;
        Side b;
    };
    struct Task
    {
        QString event;
        int task = 0;
        TaskStatus outcomeA = TaskStatus::Queued;
        TaskStatus outcomeB = TaskStatus::Queued;
        int attemptsA = 0;
        int attemptsB = 0;
    };

    qint64 a = 0;
    qint64 b = 0;
    std::vector<Event> events;
    std::vector<Task> changedTasks;
    int onlyInA = 0; // tasks that ran in one run only (a rerun runs a few of its parent's)
    int onlyInB = 0;

    static RunComparison compare(qint64 idA, const RunState &a, qint64 idB, const RunState &b);
    QString text() const;
    QByteArray json() const;
};

} // namespace volnux
