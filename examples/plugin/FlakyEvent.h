// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Example plugin event: its first `failures` attempts (default 2) throw ConnectionError, later
// ones succeed with "ok after N attempts" — a retry policy's best friend.

#include "core/events/EventBase.h"

namespace volnux {

class FlakyEvent final : public EventBase
{
public:
    TaskResult process(TaskContext &context) override;
};

} // namespace volnux
