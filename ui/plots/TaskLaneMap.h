// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The per-task timeline's lanes: grouped by event, each group a header lane (the event's name, and
// the mix of its tasks over time) followed by a lane per task, in the order they were queued. A
// group can be collapsed to its header. Only tasks that the task table's filter lets through have
// lanes, and an event with none has no group. Follows a live run: `update` takes in the tasks the
// state has gained since the last call. GUI thread only.

#include "ui/models/TaskFilter.h"

#include <QElapsedTimer>
#include <QSet>

#include <vector>

namespace volnux {

class RunState;

class TaskLaneMap
{
public:
    struct Lane
    {
        int event = -1; // its group
        int row = -1;   // its task (RunState::tasks()), or -1 for the group's header
        bool isHeader() const { return row < 0; }
    };

    // Forgets the tasks (a new run); keeps the filter and the collapsed groups.
    void reset();
    void setFilter(const TaskFilter &filter);
    const TaskFilter &filter() const { return m_filter; }
    // Groups are collapsed by event name, so a rerun of the project keeps them as they were.
    void setCollapsed(const QString &event, bool collapsed);
    bool isCollapsed(const QString &event) const { return m_collapsed.contains(event); }
    void setAllCollapsed(const RunState &state, bool collapsed);

    // Takes in new tasks; with a filter, sees again which tasks it lets through (at most as often
    // as it can afford to: a filtered million-task run is looked at again after ten times the
    // time the last look took).
    void update(const RunState &state);

    int count() const;
    Lane at(int lane) const;
    int laneOfRow(int row) const;  // -1 when the task has no lane (filtered out or collapsed)
    int headerOf(int event) const; // the lane of an event's header, or -1
    // The tasks of an event that the filter lets through, in order.
    const std::vector<int> &rowsOf(int event) const;

private:
    struct Group
    {
        int event = -1;
        int firstLane = 0; // its header
        bool collapsed = false;
    };
    int laneSpan(const Group &group) const
    {
        return 1 + (group.collapsed ? 0 : int(rowsOf(group.event).size()));
    }
    void takeNewRows(const RunState &state);
    void refilter(const RunState &state);
    void layOut();

    const RunState *m_state = nullptr;
    TaskFilter m_filter;
    QSet<QString> m_collapsed;
    int m_rowsSeen = 0;
    std::vector<std::vector<int>> m_rowsOf;   // [event]: every task, in row order
    std::vector<int> m_positionOf;            // [row]: its place in m_rowsOf[event]
    std::vector<std::vector<int>> m_filtered; // [event]: the tasks the filter lets through
    bool m_filterDirty = false;
    QElapsedTimer m_sinceFilter;
    qint64 m_filterCostMs = 0;
    std::vector<Group> m_groups;     // events with lanes, in event order
    std::vector<int> m_groupOfEvent; // [event]: index into m_groups, or -1
};

} // namespace volnux
