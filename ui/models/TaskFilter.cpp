// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/TaskFilter.h"

#include "core/UserText.h"
#include "core/observe/RunState.h"
#include "ui/monitor/AttemptText.h"

namespace volnux {

void TaskFilter::setStatuses(const QList<TaskStatus> &statuses)
{
    m_statusMask = 0;
    for (TaskStatus status : statuses)
        m_statusMask |= 1u << int(status);
}

bool TaskFilter::accepts(const RunState &state, int row) const
{
    if (row < 0 || row >= int(state.tasks().size()))
        return false;
    const TaskState &task = state.tasks()[size_t(row)];
    if (m_statusMask != 0 && !(m_statusMask & (1u << int(task.status))))
        return false;
    if (m_event >= 0 && task.event != m_event)
        return false;
    return m_search.isEmpty() || searchText(state, task).contains(m_search, Qt::CaseInsensitive);
}

QString TaskFilter::searchText(const RunState &state, const TaskState &task)
{
    const AttemptState *error = task.lastError();
    return state.events()[size_t(task.event)].name + QLatin1Char(' ') + taskLabel(task) +
           QLatin1Char(' ') + (error ? AttemptText::error(*error) : QString());
}

QString TaskFilter::taskLabel(const TaskState &task)
{
    // A task of `tasks: N` has its index as input: "#3  3" would say it twice.
    if (task.input.isEmpty() || task.input == QString::number(task.task))
        return QStringLiteral("#%1").arg(task.task);
    return QStringLiteral("#%1  %2").arg(task.task).arg(UserText::terminalSafe(task.input));
}

} // namespace volnux
