#include "Project.h"

namespace volnux {

QVariantList EventDefinition::taskInputs() const
{
    if (inputs)
        return *inputs;
    if (!tasks)
        return {0};
    QVariantList indices;
    indices.reserve(*tasks);
    for (int i = 0; i < *tasks; ++i)
        indices << i;
    return indices;
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
