// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Signals as a freshly exec'ed program expects them, whatever the host blocks or ignores: none
// blocked, the usual ones at their default action. For every program we start with posix_spawn
// (process-pool workers, `command` programs). Adds to the flags already set on `attributes`.

#include <spawn.h>

namespace volnux {

void resetSignalsForExec(posix_spawnattr_t *attributes);

} // namespace volnux
