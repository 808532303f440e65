// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/TaskFilterProxyModel.h"

#include "ui/models/TaskTableModel.h"

namespace volnux {

TaskFilterProxyModel::TaskFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TaskTableModel::SortRole);
    setDynamicSortFilter(true);
}

void TaskFilterProxyModel::setStatusFilter(const QList<TaskStatus> &statuses)
{
    TaskFilter filter = m_filter;
    filter.setStatuses(statuses);
    setFilter(filter);
}

void TaskFilterProxyModel::setEventFilter(int event)
{
    TaskFilter filter = m_filter;
    filter.setEvent(event);
    setFilter(filter);
}

void TaskFilterProxyModel::setSearchText(const QString &text)
{
    TaskFilter filter = m_filter;
    filter.setSearch(text);
    setFilter(filter);
}

void TaskFilterProxyModel::setFilter(const TaskFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
    emit filterChanged();
}

bool TaskFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent);
    const auto *tasks = static_cast<const TaskTableModel *>(sourceModel());
    return m_filter.accepts(*tasks->state(), sourceRow);
}

} // namespace volnux
