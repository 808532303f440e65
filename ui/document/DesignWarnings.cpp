// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesignWarnings.h"

#include "core/pipeline/PointyParser.h"
#include "core/project/ProjectFile.h"

#include <QCoreApplication>
#include <QSet>

namespace volnux {

QStringList DesignWarnings::of(const Project &project)
{
    return ProjectFile::warnings(project) + leftOutOfPipeline(project);
}

QStringList DesignWarnings::leftOutOfPipeline(const Project &project)
{
    if (!project.pipeline)
        return {};
    QStringList names;
    for (const EventDefinition &event : project.events)
        names << event.name;
    const Result<PipelineGraph> graph = PointyParser::parse(*project.pipeline, names);
    if (!graph)
        return {}; // the parse error is a problem of its own
    QSet<int> named;
    for (const PipelineNode &node : graph->nodes)
        for (int event : node.events)
            named.insert(event);
    QStringList warnings;
    for (int i = 0; i < names.size(); ++i) {
        if (named.contains(i))
            continue;
        warnings << QCoreApplication::translate(
                        "volnux::DesignWarnings",
                        "events[%1]: '%2' is not in the pipeline, so it never runs: every run "
                        "skips its tasks. Add it to the pipeline, or delete the event.")
                        .arg(i)
                        .arg(names[i]);
    }
    return warnings;
}

} // namespace volnux
