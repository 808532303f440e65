// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Parses the "Pointy" pipeline notation (docs/pipelines.md) into the flat PipelineGraph the engine
// walks. One pass over the tokens with explicit stacks, no recursion: linear time, and a
// 10,000-event chain costs no stack. Branch groups may nest up to kMaxNesting deep, and a parallel
// step joins at most kMaxParallel events.
// Stateless; safe to call from any thread.

#include "core/Result.h"
#include "core/pipeline/PipelineError.h"
#include "core/pipeline/PipelineGraph.h"

namespace volnux {

class PointyParser
{
public:
    static constexpr int kMaxNesting = 200;
    static constexpr int kMaxAttempts = 1000000; // as RetryPolicy's max_attempts
    // The events of a parallel step run at the same time, each on threads of its own (and open
    // files for them): a step of 100,000 events would exhaust the process, not run.
    static constexpr int kMaxParallel = 1024;

    // `eventNames[i]` names the event with index i (RunSpec::events order); the graph's nodes
    // refer to events by that index. On failure the Result holds error->formatted(), and `error`,
    // when given, receives the located error.
    static Result<PipelineGraph> parse(const QString &text, const QStringList &eventNames,
                                       PipelineError *error = nullptr);
};

} // namespace volnux
