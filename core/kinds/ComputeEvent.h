// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "compute" kind: `duration_ms` of real CPU work on the worker that runs it (a hashing loop),
// for loading executors realistically. Cancellable; returns the number of rounds it hashed.

#include "core/events/EventBase.h"

namespace volnux {

class ComputeEvent final : public EventBase
{
public:
    static QString kindName() { return QStringLiteral("compute"); }
    TaskResult process(TaskContext &context) override;
};

} // namespace volnux
