// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words the monitor uses for an attempt, so that the task table, the attempts pane and the
// log pane say the same: its error (a raised error, a returned failure, a cancellation before it
// started), the backoff that followed it (planned, and actual once the next attempt started), and
// how many attempts of a task really started. Stateless.

#include "core/observe/RunState.h"

#include <QCoreApplication>

namespace volnux {

class AttemptText
{
    Q_DECLARE_TR_FUNCTIONS(volnux::AttemptText)
public:
    // Empty for a success.
    static QString error(const AttemptState &attempt);
    // "4.00 s", or "16.00 s planned, 4.60 s actual" when the next attempt came sooner (Retry
    // now) or later than planned; empty when no backoff followed.
    static QString backoff(const TaskState &task, size_t attempt);
    // Attempts that started: one cancelled before it started is no attempt made.
    static int started(const TaskState &task);
    // The log pane's line for an attempt without output.
    static QString withoutOutput(const AttemptState &attempt, int number);
};

} // namespace volnux
