// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "simulate" kind, for trying retry policies without side effects: waits `duration_ms`, then
// succeeds with `value` (and `descriptor`, for pipeline branches) unless its fail_* settings say
// this (task, attempt) fails. Deterministic: the same settings always fail the same attempts.

#include "core/events/EventBase.h"

namespace volnux {

class SimulateEvent final : public EventBase
{
public:
    static QString kindName() { return QStringLiteral("simulate"); }
    static QString returnedFailure() { return QStringLiteral("return"); }

    TaskResult process(TaskContext &context) override;

    // The fail_rate draw for one attempt, in [0, 1): a hash of seed, task and attempt, so runs
    // repeat exactly and no global random state is shared between workers.
    static double draw(qint64 seed, int task, int attempt);
    // Whether this attempt fails under `params` (throws ValueError on a bad setting).
    static bool attemptFails(const QVariantMap &params, int task, int attempt);
};

} // namespace volnux
