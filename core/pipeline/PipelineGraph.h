// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A parsed pipeline ("Pointy" notation) in the flat form the engine walks: nodes in an array,
// linked by index, so a 10,000-event chain needs no recursion to run. A value type.
//
// Walking rule (the engine's): start at `entry`. Run the node's events (several at once for a
// parallel group). If the node has branches, pick the branch whose descriptor the events chose,
// else 1 on success / 0 on failure; go to that branch's first node, or to `next` when no branch
// matches. Without branches go to `next`. -1 ends the pipeline. Nodes never reached are skipped.

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace volnux {

struct PipelineNode
{
    QList<int> events;           // indices into RunSpec::events; >1 = a parallel group
    std::optional<int> attempts; // `A * 3`: overrides the policy's max_attempts
    int next = -1;               // the node that follows (-1: end of pipeline)
    QMap<int, int> branches;     // descriptor (0-9) -> first node of that branch
    bool pipeResults = false;    // `|->`: the next node's tasks receive this node's results
    int line = 0;                // where the node starts in the source text (1-based)
    int column = 0;
};

class PipelineGraph
{
public:
    QList<PipelineNode> nodes;
    int entry = -1;

    // Graphviz DOT of the graph, using `eventNames` for labels.
    QString toDot(const QStringList &eventNames, const QString &title = QString()) const;

    // The graph of a project without a pipeline: its events in order, each after the previous
    // whatever its outcome.
    static PipelineGraph sequential(int eventCount);
};

} // namespace volnux
