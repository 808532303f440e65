// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the monitor shows statuses and outcomes: one label, colour and icon per value, shared by
// the table, the attempts list, the event summary and the timeline so they always agree.
// Stateless apart from a GUI-thread icon cache.

#include "core/engine/RunRecord.h"

#include <QColor>
#include <QIcon>

namespace volnux {

class StatusStyle
{
public:
    static QString label(TaskStatus status);
    static QColor color(TaskStatus status);
    static QIcon icon(TaskStatus status);

    static QString label(AttemptOutcome outcome);
    static QColor color(AttemptOutcome outcome);
    static QIcon icon(AttemptOutcome outcome);

    static QString label(EventStatus status);
    // An event in a state looks like a task in the matching state.
    static QColor color(EventStatus status);
    static QIcon icon(EventStatus status);
    static QString label(RunStatus status);

    static QColor runningColor();
    static QColor backoffColor();
    static QColor retryNowColor(); // a retry started before it was due

    // "35 ms", "1.20 s", "2 min 05 s"
    static QString duration(double ms);
};

} // namespace volnux
