// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The run spec of a rerun: the given tasks of a project, each keeping its identity (event, task
// index, input). Tasks are named by event name and task index, because a rerun's events are
// numbered afresh: events without a task to rerun are left out, and the rest run one after
// another (the pipeline's branches were decided by the parent run).

#include "core/engine/RunSpec.h"

#include <QPair>

namespace volnux {

using TaskName = QPair<QString, int>; // event name, task index

// `ran` is what the parent run ran (the project's spec, or a rerun's). Names of tasks it does
// not have are ignored.
RunSpec rerunSpec(const RunSpec &ran, const QList<TaskName> &tasks);

} // namespace volnux
