// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/TaskTableModel.h"

#include "ui/models/TaskFilter.h"
#include "ui/monitor/AttemptText.h"
#include "ui/monitor/StatusStyle.h"

#include <algorithm>

namespace volnux {

namespace {

QString errorText(const TaskState &task)
{
    const AttemptState *error = task.lastError();
    return error ? AttemptText::error(*error) : QString();
}

// The clock moves what such a task shows: its running time, or its countdown to the next retry.
bool ticks(TaskStatus status)
{
    return status == TaskStatus::Running || status == TaskStatus::WaitingToRetry;
}

} // namespace

TaskTableModel::TaskTableModel(const RunState *state, QObject *parent)
    : QAbstractTableModel(parent), m_state(state)
{
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskState &task = m_state->tasks()[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(task, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn || index.column() == TaskColumn)
            return display(task, index.column());
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return StatusStyle::icon(task.status);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return StatusStyle::color(task.status);
        if (index.column() == ErrorColumn && task.status == TaskStatus::Failed)
            return StatusStyle::color(TaskStatus::Failed);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= AttemptColumn && index.column() <= DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortKey(task, index.column());
    }
    return {};
}

QVariant TaskTableModel::display(const TaskState &task, int column) const
{
    switch (column) {
    case EventColumn:
        return m_state->events()[size_t(task.event)].name;
    case TaskColumn:
        return TaskFilter::taskLabel(task);
    case StatusColumn:
        return StatusStyle::label(task.status);
    case AttemptColumn:
        return QStringLiteral("%1 / %2").arg(AttemptText::started(task)).arg(task.maxAttempts);
    case NextRetryColumn:
        if (task.status != TaskStatus::WaitingToRetry || task.due < 0)
            return {};
        if (task.due <= m_now)
            return tr("due");
        return tr("in %1").arg(StatusStyle::duration(task.due - m_now));
    case DurationColumn:
        return StatusStyle::duration(task.duration(m_now));
    case ErrorColumn:
        return errorText(task);
    case WorkerColumn:
        return task.worker >= 0 ? m_state->workers().at(task.worker) : QString();
    }
    return {};
}

QVariant TaskTableModel::sortKey(const TaskState &task, int column) const
{
    switch (column) {
    case EventColumn:
        return task.event;
    case TaskColumn:
        return task.task;
    case StatusColumn:
        return int(task.status);
    case AttemptColumn:
        return AttemptText::started(task);
    case NextRetryColumn:
        return task.status == TaskStatus::WaitingToRetry ? task.due : -1.0;
    case DurationColumn:
        return task.duration(m_now);
    default:
        return display(task, column);
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EventColumn:
        return tr("Event");
    case TaskColumn:
        return tr("Task");
    case StatusColumn:
        return tr("Status");
    case AttemptColumn:
        return tr("Attempt");
    case NextRetryColumn:
        return tr("Next retry");
    case DurationColumn:
        return tr("Duration");
    case ErrorColumn:
        return tr("Last error");
    case WorkerColumn:
        return tr("Worker");
    }
    return {};
}

void TaskTableModel::applyChange(const RunStateChange &change)
{
    emitRowRanges(change.changedTasks, 0, ColumnCount - 1);
    const int total = int(m_state->tasks().size());
    m_isTicking.resize(size_t(total), false);
    for (const int row : change.changedTasks)
        noteTicking(row);
    for (int row = change.firstNewTask; row < change.firstNewTask + change.newTasks; ++row)
        noteTicking(row);
    if (total > m_rows) {
        beginInsertRows({}, m_rows, total - 1);
        m_rows = total;
        endInsertRows();
    }
}

void TaskTableModel::noteTicking(int row)
{
    if (row < 0 || size_t(row) >= m_isTicking.size() || m_isTicking[size_t(row)])
        return;
    if (!ticks(m_state->tasks()[size_t(row)].status))
        return;
    m_isTicking[size_t(row)] = true;
    m_ticking.push_back(row);
}

void TaskTableModel::setNow(double now)
{
    if (now == m_now)
        return;
    m_now = now;
    // Rows that stopped ticking since the last time leave the list; the rest are signalled.
    const auto stopped = std::remove_if(m_ticking.begin(), m_ticking.end(), [this](int row) {
        if (ticks(m_state->tasks()[size_t(row)].status))
            return false;
        m_isTicking[size_t(row)] = false;
        return true;
    });
    m_ticking.erase(stopped, m_ticking.end());
    std::sort(m_ticking.begin(), m_ticking.end());
    emitRowRanges(m_ticking, NextRetryColumn, DurationColumn);
}

void TaskTableModel::reset()
{
    beginResetModel();
    m_rows = int(m_state->tasks().size());
    m_ticking.clear();
    m_isTicking.assign(size_t(m_rows), false);
    for (int row = 0; row < m_rows; ++row)
        noteTicking(row);
    endResetModel();
}

// Consecutive rows become one dataChanged; short holes are bridged so that a busy batch does not
// turn into thousands of signals, but distant rows never widen a range across the whole table.
void TaskTableModel::emitRowRanges(const std::vector<int> &rows, int firstColumn, int lastColumn)
{
    constexpr int kBridge = 8;
    size_t i = 0;
    while (i < rows.size()) {
        if (rows[i] >= m_rows)
            break;
        const int first = rows[i];
        int last = first;
        while (i + 1 < rows.size() && rows[i + 1] < m_rows && rows[i + 1] - last <= kBridge)
            last = rows[++i];
        ++i;
        emit dataChanged(index(first, firstColumn), index(last, lastColumn));
    }
}

} // namespace volnux
