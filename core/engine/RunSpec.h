// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a run executes: events with their settings and tasks, and (optionally) a pipeline graph.
// Built from a project file or directly in C++. A value type.

#include "core/cluster/ClusterConfig.h"
#include "core/events/EventOptions.h"
#include "core/events/TaskInputs.h"

#include <QList>
#include <QVariantList>

#include <memory>
#include <optional>

namespace volnux {

class PipelineGraph;

struct EventSpec
{
    QString name;       // unique within the run
    QString eventType;  // registry name: a kind ("command", "simulate", ...) or a user event
    QVariantMap params; // the kind's parameters
    TaskInputs inputs;  // one task per input
    // Left at its default (EventOptions{}), the options the event type was registered with
    // apply (EventRegistry::registerFunction / registerEventClass).
    EventOptions options;
    // The task index of each input; empty: 0, 1, 2, ... A rerun keeps each task's identity this
    // way: the task that was #934 in its parent run is #934 again, with the same input, so
    // whatever depends on the index (simulate's fail_tasks, jitter draws) judges it the same.
    // When given, one distinct index per input.
    QList<int> taskIndices{}; // (initialised: aggregates may leave it out without a warning)
};

struct RunSpec
{
    QList<EventSpec> events;
    // Null: the events run in order, each after the previous whatever its outcome.
    std::shared_ptr<const PipelineGraph> pipeline;
    // Seeds the random part of jittered backoffs (RetryPolicy::jitter), so a run can be replayed
    // exactly; empty: a fresh seed per run.
    std::optional<quint32> jitterSeed;
    // Where RedisExecutor events send their attempts (the project's "cluster", overridden).
    std::optional<ClusterConfig> cluster{};
    // Whether successful attempts' values reach the run's records (AttemptFinished and
    // TaskFinished's `value`). False keeps only what something reads: the values a `|->` pipes
    // to the next step, and returned failures' values (they explain the failure). A process
    // pool's workers then send no other value back. volnux-run and the studio read no other.
    bool keepValues = true;
    // A nice value for the run's engine thread, worker threads and worker processes (and so the
    // programs they start), at least; 0 leaves them as they are. See RunPriority.
    int nice = 0;
};

} // namespace volnux
