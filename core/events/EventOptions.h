// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The execution settings of an event, as the tutorial's class attributes and `@event` decorator
// options give them. A value type.

#include "core/evaluation/EventExecutionEvaluationState.h"
#include "core/executors/ExecutorInitializerConfig.h"
#include "core/retry/RetryPolicy.h"

#include <optional>

namespace volnux {

namespace ExecutorNames {
inline const QString DefaultExecutor = QStringLiteral("DefaultExecutor");
inline const QString ThreadPoolExecutor = QStringLiteral("ThreadPoolExecutor");
inline const QString ProcessPoolExecutor = QStringLiteral("ProcessPoolExecutor");
inline const QString RedisExecutor = QStringLiteral("RedisExecutor");
} // namespace ExecutorNames

struct EventOptions
{
    QString executor = ExecutorNames::DefaultExecutor;
    ExecutorInitializerConfig executor_config;
    std::optional<RetryPolicy> retry_policy; // none: one attempt per task
    Evaluation evaluation;
    bool stop_on_exception = false;
    // The longest one attempt of a task may take, in ms (EMPTY: no limit). An attempt still
    // running then ends with a TimeoutError, which the retry policy treats like any other error.
    std::optional<int> timeout_ms;

    int maxAttempts() const { return retry_policy ? retry_policy->max_attempts : 1; }
    // Every problem of the executor config, the retry policy, the evaluation threshold and the
    // timeout, as
    // same values given in a map or a project file would report them (`max_workers must be an
    // integer >= 1 ..., got 0`). A run fails an event with problems before any task starts.
    QStringList validate() const;
    friend bool operator==(const EventOptions &, const EventOptions &) = default;
};

} // namespace volnux
