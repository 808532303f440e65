// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads and writes project files (format "volnux-project", docs/project-format.md). Loading
// validates everything and reports every problem with its location; it never runs anything.
// Saving is atomic (QSaveFile), pretty, with a stable key order so files diff well in git.

#include "core/Result.h"
#include "core/project/Project.h"

#include <QByteArray>

namespace volnux {

struct RunSpec;

class ProjectFile
{
public:
    static Result<Project> load(const QString &path);
    // The bytes of a project file, within the size limit (what `load` parses; the run store
    // keeps them as the project that ran).
    static Result<QByteArray> read(const QString &path);
    static Result<Project> parse(const QByteArray &json, const QString &sourceName = QString());
    // All problems of an in-memory project (the GUI calls this as the user types), located as in
    // a file: "events[2].retry_policy.max_attempts: must be an integer >= 1, got 0".
    static QStringList validate(const Project &project);
    // What is suspect but not an error (ProjectJson::warnings), located the same way.
    static QStringList warnings(const Project &project);
    static QByteArray serialize(const Project &project);
    // Writes atomically; an error leaves any existing file untouched.
    static Result<bool> save(const Project &project, const QString &path);
    // What the engine runs. The project must be valid. Relative paths in it (a command's `cwd`,
    // a `program` or plugin `library` holding a '/') are made absolute against the folder of
    // `projectPath`, the file the project was read from, never against the working directory;
    // without a path (a project never saved) a relative path is a problem.
    static Result<RunSpec> toRunSpec(const Project &project, const QString &projectPath = {});
};

} // namespace volnux
