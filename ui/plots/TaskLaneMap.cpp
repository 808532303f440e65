// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plots/TaskLaneMap.h"

#include "core/observe/RunState.h"

#include <algorithm>

namespace volnux {

void TaskLaneMap::reset()
{
    m_state = nullptr;
    m_rowsSeen = 0;
    m_rowsOf.clear();
    m_positionOf.clear();
    m_filtered.clear();
    m_groups.clear();
    m_groupOfEvent.clear();
    m_filterDirty = true;
}

void TaskLaneMap::setFilter(const TaskFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_filterDirty = true;
}

void TaskLaneMap::setCollapsed(const QString &event, bool collapsed)
{
    if (collapsed)
        m_collapsed.insert(event);
    else
        m_collapsed.remove(event);
    layOut();
}

void TaskLaneMap::setAllCollapsed(const RunState &state, bool collapsed)
{
    for (const EventState &event : state.events()) {
        if (collapsed)
            m_collapsed.insert(event.name);
        else
            m_collapsed.remove(event.name);
    }
    layOut();
}

void TaskLaneMap::update(const RunState &state)
{
    if (m_state != &state)
        reset();
    m_state = &state;
    takeNewRows(state);
    // A live run changes its tasks' statuses all the time: a filter by status is applied again on
    // each update while that is cheap, and less often when it is not.
    const bool due = !m_sinceFilter.isValid() || m_sinceFilter.elapsed() >= 10 * m_filterCostMs;
    if (!m_filter.isEmpty() && (m_filterDirty || due))
        refilter(state);
    m_filterDirty = false;
    layOut();
}

void TaskLaneMap::takeNewRows(const RunState &state)
{
    const auto &tasks = state.tasks();
    const bool filtering = !m_filter.isEmpty() && !m_filterDirty;
    for (int row = m_rowsSeen; row < int(tasks.size()); ++row) {
        const size_t event = size_t(std::max(tasks[size_t(row)].event, 0));
        if (event >= m_rowsOf.size()) {
            m_rowsOf.resize(event + 1);
            m_filtered.resize(event + 1);
        }
        m_positionOf.push_back(int(m_rowsOf[event].size()));
        m_rowsOf[event].push_back(row);
        if (filtering && m_filter.accepts(state, row))
            m_filtered[event].push_back(row);
    }
    m_rowsSeen = int(tasks.size());
}

void TaskLaneMap::refilter(const RunState &state)
{
    QElapsedTimer clock;
    clock.start();
    for (size_t event = 0; event < m_rowsOf.size(); ++event) {
        std::vector<int> &kept = m_filtered[event];
        kept.clear();
        for (int row : m_rowsOf[event])
            if (m_filter.accepts(state, row))
                kept.push_back(row);
    }
    m_filterCostMs = clock.elapsed();
    m_sinceFilter.start();
}

void TaskLaneMap::layOut()
{
    m_groups.clear();
    m_groupOfEvent.assign(m_rowsOf.size(), -1);
    if (!m_state)
        return;
    int lane = 0;
    for (size_t event = 0; event < m_rowsOf.size(); ++event) {
        if (rowsOf(int(event)).empty())
            continue;
        Group group;
        group.event = int(event);
        group.firstLane = lane;
        group.collapsed =
            event < m_state->events().size() && m_collapsed.contains(m_state->events()[event].name);
        m_groupOfEvent[event] = int(m_groups.size());
        m_groups.push_back(group);
        lane += laneSpan(group);
    }
}

int TaskLaneMap::count() const
{
    return m_groups.empty() ? 0 : m_groups.back().firstLane + laneSpan(m_groups.back());
}

TaskLaneMap::Lane TaskLaneMap::at(int lane) const
{
    if (lane < 0 || lane >= count())
        return {};
    const auto after =
        std::upper_bound(m_groups.begin(), m_groups.end(), lane,
                         [](int l, const Group &group) { return l < group.firstLane; });
    const Group &group = *(after - 1);
    const int local = lane - group.firstLane;
    if (local == 0)
        return {group.event, -1};
    return {group.event, rowsOf(group.event)[size_t(local - 1)]};
}

int TaskLaneMap::laneOfRow(int row) const
{
    if (!m_state || row < 0 || row >= m_rowsSeen)
        return -1;
    const int event = std::max(m_state->tasks()[size_t(row)].event, 0);
    const int index = m_groupOfEvent[size_t(event)];
    if (index < 0 || m_groups[size_t(index)].collapsed)
        return -1;
    int position = m_positionOf[size_t(row)];
    if (!m_filter.isEmpty()) {
        const std::vector<int> &kept = m_filtered[size_t(event)];
        const auto it = std::lower_bound(kept.begin(), kept.end(), row);
        if (it == kept.end() || *it != row)
            return -1;
        position = int(it - kept.begin());
    }
    return m_groups[size_t(index)].firstLane + 1 + position;
}

int TaskLaneMap::headerOf(int event) const
{
    if (event < 0 || event >= int(m_groupOfEvent.size()))
        return -1;
    const int index = m_groupOfEvent[size_t(event)];
    return index < 0 ? -1 : m_groups[size_t(index)].firstLane;
}

const std::vector<int> &TaskLaneMap::rowsOf(int event) const
{
    static const std::vector<int> none;
    if (event < 0 || event >= int(m_rowsOf.size()))
        return none;
    return m_filter.isEmpty() ? m_rowsOf[size_t(event)] : m_filtered[size_t(event)];
}

} // namespace volnux
