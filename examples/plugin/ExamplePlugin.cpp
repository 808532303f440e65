// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExamplePlugin.h"

#include "FlakyEvent.h"
#include "WordCountEvent.h"

namespace volnux {

void ExamplePlugin::registerEvents(EventPluginRegistrar &registrar)
{
    registrar.registerEventClass<WordCountEvent>(QStringLiteral("wordcount"));
    registrar.registerEventClass<FlakyEvent>(QStringLiteral("flaky"));
}

} // namespace volnux
