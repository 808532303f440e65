// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the Pointy pipeline parser: any text must either parse into a well-formed
// graph or fail with a located error, never crash, hang or read out of bounds. Run it with
// tests/fuzz/run.sh BUILD_DIR SECONDS.

#include "core/pipeline/PointyParser.h"

#include <QSet>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace volnux;

namespace {

const QStringList &eventNames()
{
    static const QStringList names{
        QStringLiteral("A"),     QStringLiteral("B"),     QStringLiteral("C"),
        QStringLiteral("D"),     QStringLiteral("F"),     QStringLiteral("S"),
        QStringLiteral("fetch"), QStringLiteral("parse"), QStringLiteral("store-v2"),
        QStringLiteral("3"),
    };
    return names;
}

void require(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer reports the input that broke an invariant
}

bool validNode(const PipelineGraph &graph, int index)
{
    return index >= 0 && index < graph.nodes.size();
}

// What the engine relies on: indices in range, every event at most once, branches well formed,
// and no node reachable twice from one predecessor's branches (the graph is a DAG by layout:
// every edge points to a later node).
void checkGraph(const PipelineGraph &graph)
{
    require(graph.entry == 0 && !graph.nodes.isEmpty());
    QSet<int> seen;
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const PipelineNode &node = graph.nodes.at(i);
        require(!node.events.isEmpty());
        require(node.line >= 1 && node.column >= 1);
        require(!node.attempts || (*node.attempts >= 2 && *node.attempts <= 1000000));
        for (const int event : node.events) {
            require(event >= 0 && event < eventNames().size() && !seen.contains(event));
            seen.insert(event);
        }
        require(node.next == -1 || (validNode(graph, node.next) && node.next > i));
        require(node.branches.isEmpty() || node.branches.size() >= 2);
        for (auto it = node.branches.cbegin(); it != node.branches.cend(); ++it)
            require(it.key() >= 0 && it.key() <= 9 && validNode(graph, it.value()) &&
                    it.value() > i);
    }
}

void checkError(const PipelineError &error, const QString &text)
{
    require(error.line >= 1 && error.column >= 1 && error.length >= 1);
    require(!error.message.isEmpty());
    // The line shown under the message is the line the error is on.
    QString line = text.split(QLatin1Char('\n')).value(error.line - 1);
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    require(error.sourceLine == line);
    require(error.formatted().startsWith(error.toString()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    PipelineError error;
    const auto graph = PointyParser::parse(text, eventNames(), &error);
    if (graph.ok()) {
        checkGraph(*graph);
        require(graph->toDot(eventNames()).startsWith(QStringLiteral("digraph")));
    } else {
        checkError(error, text);
        require(graph.errorString() == error.formatted());
    }
    return 0;
}
