// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The event kinds a project file can name ("command", "sleep", "compute", "simulate", "plugin").

#include <QStringList>

namespace volnux {

// Registers every built-in kind in EventRegistry under its kind name. Idempotent and thread-safe;
// call it once at start-up in every host (GUI, volnux-run, process-pool workers).
void registerBuiltinKinds();
QStringList builtinKindNames();

} // namespace volnux
