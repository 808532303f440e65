// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How many tasks are in each status: the one place the per-event (and per-run) counters are
// kept. The engine counts its events' final states with it, records carry it, and the record
// stream's reader (RunState) keeps live counts with it. A plain value type.

#include "core/engine/RecordTypes.h"

#include <array>

namespace volnux {

struct TaskCounts
{
    std::array<int, 7> byStatus{}; // indexed by TaskStatus

    int count(TaskStatus status) const { return byStatus[static_cast<size_t>(status)]; }
    int succeeded() const { return count(TaskStatus::Succeeded); }
    int failed() const { return count(TaskStatus::Failed); }
    int cancelled() const { return count(TaskStatus::Cancelled); }
    int skipped() const { return count(TaskStatus::Skipped); }
    int tasks() const;
    int done() const; // in a final state
    int active() const { return tasks() - done(); }

    void add(TaskStatus status, int n = 1) { byStatus[static_cast<size_t>(status)] += n; }
    // A task moved from one status to another.
    void move(TaskStatus from, TaskStatus to)
    {
        add(from, -1);
        add(to);
    }
    friend bool operator==(const TaskCounts &, const TaskCounts &) = default;
};

} // namespace volnux
