// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/PipelineGraph.h"

namespace volnux {

namespace {

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QString eventLabel(int event, const QStringList &eventNames)
{
    return event >= 0 && event < eventNames.size() ? eventNames.at(event)
                                                   : QStringLiteral("#%1").arg(event);
}

bool isCluster(const PipelineNode &node)
{
    return node.events.size() > 1;
}

// The DOT id an edge attaches to: the node itself, or the first member of a parallel cluster.
QString anchor(int index, const PipelineNode &node)
{
    return isCluster(node) ? QStringLiteral("n%1_0").arg(index) : QStringLiteral("n%1").arg(index);
}

QString vertexLines(int index, const PipelineNode &node, const QStringList &eventNames)
{
    const QString attempts =
        node.attempts ? QStringLiteral("\\n* %1").arg(*node.attempts) : QString();
    if (!isCluster(node)) {
        const QString name = node.events.isEmpty() ? QStringLiteral("(empty)")
                                                   : eventLabel(node.events.first(), eventNames);
        return QStringLiteral("    n%1 [label=\"%2%3\"];\n")
            .arg(index)
            .arg(escaped(name), attempts);
    }
    // Members share a rank so the group is drawn side by side, across the flow.
    QString out = QStringLiteral("    subgraph cluster_%1 {\n"
                                 "        label=\"parallel\";\n"
                                 "        style=dashed;\n")
                      .arg(index);
    QString rank = QStringLiteral("        { rank=same;");
    for (int k = 0; k < node.events.size(); ++k) {
        out += QStringLiteral("        n%1_%2 [label=\"%3%4\"];\n")
                   .arg(index)
                   .arg(k)
                   .arg(escaped(eventLabel(node.events.at(k), eventNames)), attempts);
        rank += QStringLiteral(" n%1_%2;").arg(index).arg(k);
    }
    return out + rank + QStringLiteral(" }\n    }\n");
}

QString edgeLine(const PipelineGraph &graph, int from, int to, QStringList attributes)
{
    const PipelineNode &source = graph.nodes.at(from);
    const PipelineNode &target = graph.nodes.at(to);
    if (isCluster(source))
        attributes << QStringLiteral("ltail=cluster_%1").arg(from);
    if (isCluster(target))
        attributes << QStringLiteral("lhead=cluster_%1").arg(to);
    const QString suffix = attributes.isEmpty()
                               ? QString()
                               : QStringLiteral(" [") + attributes.join(u", ") + QLatin1Char(']');
    return QStringLiteral("    %1 -> %2%3;\n")
        .arg(anchor(from, source), anchor(to, target), suffix);
}

bool validIndex(const PipelineGraph &graph, int index)
{
    return index >= 0 && index < graph.nodes.size();
}

QString edgeLines(const PipelineGraph &graph, int index)
{
    const PipelineNode &node = graph.nodes.at(index);
    QString out;
    for (auto it = node.branches.cbegin(); it != node.branches.cend(); ++it) {
        if (validIndex(graph, it.value()))
            out +=
                edgeLine(graph, index, it.value(), {QStringLiteral("label=\"%1\"").arg(it.key())});
    }
    if (!validIndex(graph, node.next))
        return out;
    QStringList attributes;
    if (node.pipeResults)
        attributes << QStringLiteral("style=bold") << QStringLiteral("color=blue")
                   << QStringLiteral("label=\"|->\"");
    else if (!node.branches.isEmpty())
        // Taken only when the chosen descriptor has no branch.
        attributes << QStringLiteral("style=dashed") << QStringLiteral("label=\"other\"");
    return out + edgeLine(graph, index, node.next, attributes);
}

} // namespace

QString PipelineGraph::toDot(const QStringList &eventNames, const QString &title) const
{
    QString out = QStringLiteral("digraph \"%1\" {\n"
                                 "    compound=true;\n"
                                 "    node [shape=box, style=rounded];\n")
                      .arg(escaped(title.isEmpty() ? QStringLiteral("pipeline") : title));
    for (int i = 0; i < nodes.size(); ++i)
        out += vertexLines(i, nodes.at(i), eventNames);
    for (int i = 0; i < nodes.size(); ++i)
        out += edgeLines(*this, i);
    return out + QStringLiteral("}\n");
}

PipelineGraph PipelineGraph::sequential(int eventCount)
{
    PipelineGraph graph;
    for (int i = 0; i < eventCount; ++i) {
        PipelineNode node;
        node.events = {i};
        node.next = i + 1 < eventCount ? i + 1 : -1;
        graph.nodes.append(node);
    }
    graph.entry = eventCount > 0 ? 0 : -1;
    return graph;
}

} // namespace volnux
