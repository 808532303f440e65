// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuiltinKinds.h"

#include "core/events/EventRegistry.h"
#include "core/kinds/CommandEvent.h"
#include "core/kinds/ComputeEvent.h"
#include "core/kinds/PluginEvent.h"
#include "core/kinds/SimulateEvent.h"
#include "core/kinds/SleepEvent.h"

#include <mutex>

namespace volnux {

void registerBuiltinKinds()
{
    static std::once_flag once;
    std::call_once(once, [] {
        auto &registry = EventRegistry::instance();
        registry.registerEventClass<CommandEvent>(CommandEvent::kindName());
        registry.registerEventClass<SleepEvent>(SleepEvent::kindName());
        registry.registerEventClass<ComputeEvent>(ComputeEvent::kindName());
        registry.registerEventClass<SimulateEvent>(SimulateEvent::kindName());
        registry.registerEventClass<PluginEvent>(PluginEvent::kindName());
    });
}

QStringList builtinKindNames()
{
    return {CommandEvent::kindName(), SleepEvent::kindName(), ComputeEvent::kindName(),
            SimulateEvent::kindName(), PluginEvent::kindName()};
}

} // namespace volnux
