// SPDX-License-Identifier: GPL-3.0-or-later
#include "Project.h"

namespace volnux {

TaskInputs EventDefinition::taskInputs() const
{
    if (inputs)
        return *inputs;
    return TaskInputs::indices(tasks.value_or(1));
}

qsizetype EventDefinition::taskCount() const
{
    return inputs ? inputs->size() : tasks.value_or(1);
}

int Project::indexOf(const QString &eventName) const
{
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events[i].name == eventName)
            return int(i);
    }
    return -1;
}

} // namespace volnux
