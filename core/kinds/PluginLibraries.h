// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The process-wide cache of loaded event plugins: each library is loaded (and its events
// registered) once and never unloaded, since events it created may still be alive.
// Thread-safe: workers of any executor may ask for a library concurrently.

#include "core/events/EventRegistry.h"

namespace volnux {

class PluginLibraries
{
public:
    // Creates the event `eventName` from the plugin at `library` (a path holding a '/'; a bare
    // file name is looked for in $VOLNUX_PLUGIN_PATH's absolute entries and the application's
    // ../plugins, never in the working directory), loading it on first use. Throws
    // FileNotFoundError (no such library) or ValueError (not a volnux plugin, unknown event).
    static std::unique_ptr<EventBase> create(const QString &library, const QString &eventName);
    // The events a library provides, sorted (loads it; throws as `create` does).
    static QStringList eventNames(const QString &library);
    // The directories a bare library name is looked for in, in order.
    static QStringList searchPaths();
};

} // namespace volnux
