// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The interface a volnux event plugin's root object implements (a Qt plugin loaded with
// QPluginLoader by the "plugin" kind). A plugin links the shared core library (Volnux::Core from
// find_package(Volnux), or the volnux_core target in this tree), the same one the host has loaded.
// It still hands its factories to the host through the abstract registrar below rather than
// registering them itself, so the host decides under which library each event is known.
//
//   class MyPlugin : public QObject, public volnux::EventPluginInterface {
//       Q_OBJECT
//       Q_PLUGIN_METADATA(IID VolnuxEventPluginInterface_iid)
//       Q_INTERFACES(volnux::EventPluginInterface)
//   public:
//       void registerEvents(volnux::EventPluginRegistrar &r) override {
//           r.registerEventClass<WordCountEvent>(QStringLiteral("wordcount"));
//       }
//   };

#include "core/events/EventRegistry.h"

#include <QtPlugin>

namespace volnux {

class EventPluginRegistrar
{
public:
    virtual void registerEvent(const QString &name, EventFactory factory) = 0;
    template <typename T> void registerEventClass(const QString &name)
    {
        registerEvent(name, [] { return std::unique_ptr<EventBase>(new T); });
    }

protected:
    ~EventPluginRegistrar() = default;
};

class EventPluginInterface
{
public:
    virtual ~EventPluginInterface() = default;
    // Called once, when the host first loads the library.
    virtual void registerEvents(EventPluginRegistrar &registrar) = 0;
};

} // namespace volnux

#define VolnuxEventPluginInterface_iid "org.volnux.EventPluginInterface/1.0"
Q_DECLARE_INTERFACE(volnux::EventPluginInterface, VolnuxEventPluginInterface_iid)
