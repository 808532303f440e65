// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Converts between a Project and its JSON tree (format version 1). Reading checks every key and
// value and reports every problem with its location ("events[2].kind: ..."); the in-memory
// validation reuses it on toJson(project), so a file and the GUI get the same messages.
// Stateless: thread-safe.

#include "core/Result.h"
#include "core/project/Project.h"

#include <QJsonObject>

namespace volnux {

class ProjectJson
{
public:
    static QJsonObject toJson(const Project &project);
    // `root` must be of the current version (ProjectMigration runs first).
    static Result<Project> fromJson(const QJsonObject &root);
    // What is suspect but not wrong, located like problems: error types in retry_on_exceptions
    // that no one declared, in a project that loads a plugin (which may declare them).
    static QStringList warnings(const Project &project);

    static QString formatName();    // the value of "format": "volnux-project"
    static QStringList rootKeys();  // in the order files are written
    static QStringList eventKeys(); // in the order files are written
    static QStringList executorNames();
    static bool isValidEventName(const QString &name);

    static constexpr int kMaxTasks = 1000000; // per event
    // Over all events: what a loaded project may ask of a run (docs/project-format.md).
    static constexpr qint64 kMaxProjectTasks = 100000000;
    // Events in a project: each costs the studio's designer about 20 KB (its graph, its editors),
    // so a 7 MB file of 100,000 events took 2 GB and 15 s to open. Tasks are what scales.
    static constexpr int kMaxEvents = 10000;
    static constexpr int kMaxEventNameLength = 100;
    static constexpr int kMaxTimeoutMs = 2147483647; // about 24.8 days
};

} // namespace volnux
