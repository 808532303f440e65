// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The base of every event: override `process`. One instance is created per attempt from the
// registry's factory, so `process` may keep state in members without locking.
// Throw (volnux::Error or any exception) to fail the attempt with a retryable error; return
// TaskResult::fail(...) for a final, never-retried failure.

#include "core/events/TaskContext.h"
#include "core/events/TaskResult.h"

namespace volnux {

class EventBase
{
public:
    virtual ~EventBase() = default;
    virtual TaskResult process(TaskContext &context) = 0;
};

} // namespace volnux
