// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The editable fields of an event. An undo command's id is its field, so typing in one field
// merges into one undo step while a change of field starts a new one.

namespace volnux {

enum class EventField
{
    Name = 1,
    Kind,
    Params,
    Tasks,
    Executor,
    MaxWorkers,
    MaxTasksPerChild,
    ThreadNamePrefix,
    RetryEnabled,
    MaxAttempts,
    BackoffFactor,
    MaxBackoff,
    RetryOn,
    Jitter,
    Evaluation,
    StopOnException,
    TimeoutMs,
};

} // namespace volnux
