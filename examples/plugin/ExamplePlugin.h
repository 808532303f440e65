// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The example plugin's root object: registers "wordcount" and "flaky". Created by QPluginLoader
// in the host; holds no state.

#include "core/kinds/EventPluginInterface.h"

#include <QObject>

namespace volnux {

class ExamplePlugin : public QObject, public EventPluginInterface
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VolnuxEventPluginInterface_iid)
    Q_INTERFACES(volnux::EventPluginInterface)

public:
    void registerEvents(EventPluginRegistrar &registrar) override;
};

} // namespace volnux
