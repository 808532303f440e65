// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the final outcomes of an event's tasks decide the event's outcome (docs/semantics.md): the
// four states of the tutorial plus majority, at-least-N and at-least-percent strategies.

#include "core/Result.h"

namespace volnux {

enum class EventExecutionEvaluationState
{
    SUCCESS_ON_ALL_EVENTS_SUCCESS,
    FAILURE_FOR_PARTIAL_ERROR,
    SUCCESS_FOR_PARTIAL_SUCCESS,
    FAILURE_FOR_ALL_EVENTS_FAILURE,
    MAJORITY,         // s > f; a tie succeeds (s == f, n > 0)
    AT_LEAST_COUNT,   // s >= threshold
    AT_LEAST_PERCENT, // n > 0 and 100 * s / n >= threshold
};

struct Evaluation
{
    EventExecutionEvaluationState state =
        EventExecutionEvaluationState::SUCCESS_ON_ALL_EVENTS_SUCCESS;
    double threshold = 0; // for AT_LEAST_COUNT and AT_LEAST_PERCENT

    // s succeeded and f failed tasks (n = s + f); true when the event succeeds.
    bool evaluate(int succeeded, int failed) const;

    // "SUCCESS_ON_ALL_EVENTS_SUCCESS", ..., "MAJORITY", "AT_LEAST_COUNT:3", "AT_LEAST_PERCENT:75"
    QString toString() const;
    static Result<Evaluation> fromString(const QString &text, const QString &where = QString());
    static QStringList stateNames();
    static QString explanation(EventExecutionEvaluationState state);
    friend bool operator==(const Evaluation &, const Evaluation &) = default;
};

} // namespace volnux
