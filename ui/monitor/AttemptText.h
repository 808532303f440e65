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
    // When a retry was due (the previous attempt's end plus its backoff) against when it started.
    struct RetryStart
    {
        double due = -1; // -1: not a retry (a first attempt, or one that never started)
        double start = 0;
        double lag = 0;     // start - due: positive late, negative early
        bool early = false; // before it was due, which only "Retry now" does
        bool late = false;  // noticeably after it was due (a busy executor, say)
        bool valid() const { return due >= 0; }
    };
    static RetryStart retryStart(const TaskState &task, size_t attempt);
    // "on time", "120 ms late", "Retry now, 11.40 s early"; empty when not a retry.
    static QString startLag(const TaskState &task, size_t attempt);
    // "Due at 16.10 s, started at 4.70 s: Retry now, 11.40 s early"; empty when not a retry.
    static QString startLagDetail(const TaskState &task, size_t attempt);

    // Empty for a success. Control and bidi characters the task wrote are escaped
    // (UserText::terminalSafe), as volnux-run shows them.
    static QString error(const AttemptState &attempt);
    // "4.00 s", or "16.00 s planned, 4.60 s actual" when the next attempt came sooner (Retry
    // now) or later than planned; empty when no backoff followed.
    static QString backoff(const TaskState &task, size_t attempt);
    // A long backoff text of the usual kind ("16.00 s planned, 4.61 s actual"): what the
    // attempts table's column must have room for.
    static QString typicalLongBackoff();
    // Likewise for the start against the due time ("Retry now, 11.39 s early").
    static QString typicalLongStartLag();
    // Attempts that started: one cancelled before it started is no attempt made.
    static int started(const TaskState &task);
    // The log pane's line for an attempt without output.
    static QString withoutOutput(const AttemptState &attempt, int number);

private:
    static QString rawError(const AttemptState &attempt);
};

} // namespace volnux
