// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The in-memory form of a project file (format "volnux-project", version 1;
// docs/project-format.md). Optional keys stay optional so a loaded file saves back byte for byte. A
// value type.

#include "core/cluster/ClusterConfig.h"
#include "core/evaluation/EventExecutionEvaluationState.h"
#include "core/events/TaskInputs.h"
#include "core/executors/ExecutorInitializerConfig.h"
#include "core/retry/RetryPolicy.h"

#include <QList>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

namespace volnux {

struct RunSpec;

struct EventDefinition
{
    QString name;
    QString kind;                       // command, sleep, compute, simulate, plugin
    QVariantMap params;                 // the kind's parameters, as in the file
    std::optional<int> tasks;           // "tasks": N
    std::optional<QVariantList> inputs; // "inputs": [...]; neither given: one task
    std::optional<QString> executor;    // absent: DefaultExecutor
    std::optional<ExecutorInitializerConfig> executor_config;
    std::optional<RetryPolicy> retry_policy; // absent: one attempt per task
    std::optional<Evaluation> evaluation;    // absent: SUCCESS_ON_ALL_EVENTS_SUCCESS
    std::optional<bool> stop_on_exception;   // absent: false
    std::optional<int> timeout_ms;           // absent: attempts have no time limit

    // The task inputs the engine runs: the inputs, or 0..tasks-1 (held as the count), or one task
    // with input 0.
    TaskInputs taskInputs() const;
    // How many tasks that is, without making the inputs.
    qsizetype taskCount() const;
    friend bool operator==(const EventDefinition &, const EventDefinition &) = default;
};

struct Project
{
    static constexpr int kFormatVersion = 1;
    QString name;
    QList<EventDefinition> events;
    std::optional<QString> pipeline; // absent: events in file order
    std::optional<ClusterConfig> cluster; // where RedisExecutor events run; absent: nowhere

    int indexOf(const QString &eventName) const;
    friend bool operator==(const Project &, const Project &) = default;
};

} // namespace volnux
