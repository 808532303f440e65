// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which tasks the monitor shows: by status, by event and by search text. The task table
// (TaskFilterProxyModel) and the timeline read the same filter, so the timeline's lanes are the
// table's rows. A plain value type.

#include "core/engine/RunRecord.h"

#include <QList>
#include <QString>

namespace volnux {

class RunState;
struct TaskState;

class TaskFilter
{
public:
    // Shows only tasks whose status is in `statuses`; empty shows every status.
    void setStatuses(const QList<TaskStatus> &statuses);
    void setEvent(int event) { m_event = event; } // -1: every event
    void setSearch(const QString &text) { m_search = text.trimmed(); }

    // Whether it lets every task through.
    bool isEmpty() const { return m_statusMask == 0 && m_event < 0 && m_search.isEmpty(); }
    bool accepts(const RunState &state, int row) const;

    // Everything the search text is matched against: the event, the task and its last error.
    static QString searchText(const RunState &state, const TaskState &task);
    // "#3", or "#3  input" when the input says more than the index.
    static QString taskLabel(const TaskState &task);

    friend bool operator==(const TaskFilter &, const TaskFilter &) = default;

private:
    quint32 m_statusMask = 0;
    int m_event = -1;
    QString m_search;
};

} // namespace volnux
