// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Says in words why an evaluation state made an event succeed or fail, from the state and the
// counts alone: "AT_LEAST_PERCENT:95 — 1,985 of 2,000 tasks succeeded = 99.25% ≥ 95% → success".
// Also names which tasks decided the outcome when single tasks can: the failures that broke
// SUCCESS_ON_ALL_EVENTS_SUCCESS, the successes that rescued SUCCESS_FOR_PARTIAL_SUCCESS. Pure
// functions over values; numbers follow the default QLocale. Thread-safe.

#include "core/engine/RecordTypes.h"
#include "core/evaluation/EventExecutionEvaluationState.h"

#include <QCoreApplication>

#include <optional>

namespace volnux {

class EvaluationExplainer
{
    Q_DECLARE_TR_FUNCTIONS(volnux::EvaluationExplainer)
public:
    // `succeeded` and `failed` tasks, as the state counts them (cancelled and skipped left out).
    static QString explain(const Evaluation &evaluation, int succeeded, int failed);
    // The status of the tasks that decided an outcome on their own (each failure breaks "all
    // succeeded", each success rescues "one succeeded"), or nullopt when only the count decides.
    static std::optional<TaskStatus> decidingTasks(const Evaluation &evaluation, bool succeeded);

private:
    static QString reason(const Evaluation &evaluation, int succeeded, int failed);
    static QString countReason(const Evaluation &evaluation, int succeeded, int failed);
    static QString tasks(int count);
    static QString percent(double value);
};

} // namespace volnux
