// SPDX-License-Identifier: GPL-3.0-or-later
#include "PluginEvent.h"

#include "core/kinds/KindParams.h"
#include "core/kinds/PluginLibraries.h"
#include "core/kinds/SleepEvent.h"

namespace volnux {

TaskResult PluginEvent::process(TaskContext &context)
{
    const KindParams p(context.params());
    const QString library = p.requiredString(QStringLiteral("library"));
    const QString eventName = p.requiredString(QStringLiteral("event"));
    SleepEvent::throwIfCancelled(context);
    return PluginLibraries::create(library, eventName)->process(context);
}

} // namespace volnux
