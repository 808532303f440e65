// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Parses the "Pointy" pipeline notation (docs/pipelines.md) into the flat PipelineGraph the engine
// walks. One pass over the tokens with explicit stacks, no recursion: linear time, and a
// 10,000-event chain costs no stack. Branch groups may nest up to kMaxNesting deep.
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

    // `eventNames[i]` names the event with index i (RunSpec::events order); the graph's nodes
    // refer to events by that index. On failure the Result holds error->formatted(), and `error`,
    // when given, receives the located error.
    static Result<PipelineGraph> parse(const QString &text, const QStringList &eventNames,
                                       PipelineError *error = nullptr);
};

} // namespace volnux
