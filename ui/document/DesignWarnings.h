// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the loader accepts but the user most likely did not mean, found while designing: an event
// the pipeline never names (it is skipped in every run), an unknown error type in a project with
// plugins. Located like the loader's problems ("events[2]: ..."). Pure functions.

#include "core/project/Project.h"

#include <QStringList>

namespace volnux {

class DesignWarnings
{
public:
    static QStringList of(const Project &project);
    // The events a valid pipeline leaves out, as "events[i]: ..." messages; none without one.
    static QStringList leftOutOfPipeline(const Project &project);
};

} // namespace volnux
