// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the project loader: any bytes must either load into a project that
// validates, saves and loads again and converts into what the engine runs, or fail with located
// messages; never crash, hang, leak or read out of bounds. Run it with
// tests/fuzz/run.sh BUILD_DIR SECONDS.

#include "core/engine/RunSpec.h"
#include "core/project/ProjectFile.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace volnux;

namespace {

// Until validation stops materialising tasks and a project-wide task limit exists (issue 14,
// item 5), toRunSpec builds one input per task: 200 events of a million tasks each take
// gigabytes, which would only report the known problem again. Projects above this bound skip
// toRunSpec; everything else is still checked for them.
constexpr qint64 kMaxTasksForRunSpec = 100000;

void require(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer reports the input that broke an invariant
}

qint64 totalTasks(const Project &project)
{
    qint64 total = 0;
    for (const EventDefinition &event : project.events)
        total += event.inputs ? event.inputs->size() : event.tasks.value_or(1);
    return total;
}

// Every message names its source, so the user can find the problem.
void checkErrors(const QStringList &errors, const QString &source)
{
    require(!errors.isEmpty());
    for (const QString &error : errors)
        require(error.startsWith(source + QStringLiteral(": ")) &&
                error.size() > source.size() + 2);
}

void checkLoaded(const Project &project, const QString &source)
{
    require(ProjectFile::validate(project).isEmpty());
    ProjectFile::warnings(project);
    // What `save` writes must load again.
    const Result<Project> again = ProjectFile::parse(ProjectFile::serialize(project), source);
    require(again.ok());
    require(ProjectFile::validate(*again).isEmpty());
    if (totalTasks(project) > kMaxTasksForRunSpec)
        return;
    const Result<RunSpec> spec = ProjectFile::toRunSpec(project, QStringLiteral("/fuzz/p.vxproj"));
    require(spec.ok());
    require(spec->events.size() == project.events.size());
    require(!project.pipeline || spec->pipeline);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString source = QStringLiteral("fuzz.vxproj");
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Result<Project> project = ProjectFile::parse(bytes, source);
    if (project.ok())
        checkLoaded(*project, source);
    else
        checkErrors(project.errors(), source);
    return 0;
}
