// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/FlakyTasks.h"

#include <QHash>

#include <algorithm>

namespace volnux {

namespace {

void addTrouble(FlakyTask &flaky, const TaskTrouble &trouble, qint64 run)
{
    ++flaky.troubledRuns;
    flaky.troubledRunIds.prepend(run);
    if (trouble.status == TaskStatus::Failed) {
        ++flaky.failedRuns;
        flaky.failedRunIds.prepend(run);
    }
    if (trouble.succeededAttempt > 0)
        flaky.succeededAttempts << trouble.succeededAttempt;
    for (const QString &type : trouble.errorTypes) {
        if (!flaky.errorTypes.contains(type))
            flaky.errorTypes << type;
    }
}

bool moreTroubled(const FlakyTask &x, const FlakyTask &y)
{
    if (x.troubledRuns != y.troubledRuns)
        return x.troubledRuns > y.troubledRuns;
    if (x.failedRuns != y.failedRuns)
        return x.failedRuns > y.failedRuns;
    if (x.event != y.event)
        return x.event < y.event;
    return x.task < y.task;
}

} // namespace

std::vector<FlakyTask> FlakyTasks::find(const std::vector<RunTrendPoint> &runs, int k, int n)
{
    const size_t considered = std::min(runs.size(), size_t(std::max(n, 0)));
    std::vector<FlakyTask> tasks;
    QHash<QPair<QString, int>, size_t> byKey;
    for (size_t i = runs.size() - considered; i < runs.size(); ++i) {
        for (const TaskTrouble &trouble : runs[i].troubles) {
            const QPair<QString, int> key{trouble.event, trouble.task};
            auto it = byKey.constFind(key);
            if (it == byKey.constEnd()) {
                it = byKey.insert(key, tasks.size());
                FlakyTask flaky;
                flaky.event = trouble.event;
                flaky.task = trouble.task;
                tasks.push_back(flaky);
            }
            addTrouble(tasks[*it], trouble, runs[i].run);
        }
    }
    std::erase_if(tasks, [k](const FlakyTask &t) { return t.troubledRuns < std::max(k, 1); });
    for (FlakyTask &t : tasks)
        t.consideredRuns = int(considered);
    std::sort(tasks.begin(), tasks.end(), moreTroubled);
    return tasks;
}

} // namespace volnux
