// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Example plugin event: counts the words of its input (a string, or the `text` parameter).

#include "core/events/EventBase.h"

namespace volnux {

class WordCountEvent final : public EventBase
{
public:
    TaskResult process(TaskContext &context) override;
};

} // namespace volnux
