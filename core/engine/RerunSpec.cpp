// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/RerunSpec.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace volnux {

RunSpec rerunSpec(const RunSpec &ran, const QList<TaskName> &tasks)
{
    QHash<QString, QList<int>> wanted;
    for (const TaskName &task : tasks)
        wanted[task.first].append(task.second);
    RunSpec rerun;
    rerun.jitterSeed = ran.jitterSeed;
    for (const EventSpec &event : ran.events) {
        QList<int> indices = wanted.value(event.name);
        if (indices.isEmpty())
            continue;
        std::sort(indices.begin(), indices.end());
        indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
        EventSpec again = event;
        again.inputs.clear();
        again.taskIndices.clear();
        for (int index : std::as_const(indices)) {
            const qsizetype position =
                event.taskIndices.isEmpty() ? index : event.taskIndices.indexOf(index);
            if (position < 0 || position >= event.inputs.size())
                continue;
            again.inputs.append(event.inputs[position]);
            again.taskIndices.append(index);
        }
        if (!again.inputs.isEmpty())
            rerun.events.append(again);
    }
    return rerun;
}

} // namespace volnux
