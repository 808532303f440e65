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
    quint32 mask = 0;
    for (TaskStatus status : statuses)
        mask |= 1u << int(status);
    if (mask == m_statusMask)
        return;
    m_statusMask = mask;
    invalidateRowsFilter();
}

void TaskFilterProxyModel::setEventFilter(int event)
{
    if (event == m_event)
        return;
    m_event = event;
    invalidateRowsFilter();
}

void TaskFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

bool TaskFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_statusMask != 0) {
        const int status = index.data(TaskTableModel::StatusRole).toInt();
        if (!(m_statusMask & (1u << status)))
            return false;
    }
    if (m_event >= 0 && index.data(TaskTableModel::EventRole).toInt() != m_event)
        return false;
    if (!m_search.isEmpty()) {
        const QString text = index.data(TaskTableModel::SearchTextRole).toString();
        if (!text.contains(m_search, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace volnux
