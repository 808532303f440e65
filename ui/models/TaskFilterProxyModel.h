// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Filters the task table by status, event and search text (TaskFilter), and sorts it by each
// column's natural order (TaskTableModel::SortRole). GUI thread only.

#include "ui/models/TaskFilter.h"

#include <QSortFilterProxyModel>

namespace volnux {

class TaskFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TaskFilterProxyModel(QObject *parent = nullptr);

    // Shows only tasks whose status is in `statuses`; empty shows every status.
    void setStatusFilter(const QList<TaskStatus> &statuses);
    // Shows only the tasks of one event; -1 shows all.
    void setEventFilter(int event);
    void setSearchText(const QString &text);
    const TaskFilter &filter() const { return m_filter; }

signals:
    void filterChanged(); // the filter, not the rows it lets through

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void setFilter(const TaskFilter &filter);

    TaskFilter m_filter;
};

} // namespace volnux
