// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Name -> factory for every event that can be created by name: class events, function events,
// the built-in kinds and plugins. Process-pool workers re-create events through it, so everything
// a host registers before `ProcessPool::enableWorkerMode` runs in workers too. Thread-safe.

#include "core/events/EventBase.h"
#include "core/events/EventOptions.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace volnux {

using EventFactory = std::function<std::unique_ptr<EventBase>()>;
using EventFunction = std::function<TaskResult(TaskContext &)>;

struct RegisteredEvent
{
    QString name;
    EventFactory factory;
    EventOptions defaults; // for an EventSpec that leaves its options at EventOptions{}
    // Function events also expose their function, so a hot path can call it without creating an
    // event object per attempt (which is all the factory's event would do).
    std::shared_ptr<const EventFunction> function;
};

class EventRegistry
{
public:
    static EventRegistry &instance();

    void registerEvent(const QString &name, EventFactory factory, EventOptions defaults = {});
    template <typename T> void registerEventClass(const QString &name, EventOptions defaults = {})
    {
        registerEvent(
            name, [] { return std::unique_ptr<EventBase>(new T); }, std::move(defaults));
    }
    // The tutorial's function-based events: `@event(executor=..., max_workers=...)`.
    void registerFunction(const QString &name, EventFunction function, EventOptions options = {});

    std::optional<RegisteredEvent> find(const QString &name) const;
    bool contains(const QString &name) const;
    QStringList names() const;
    void unregisterEvent(const QString &name);

private:
    EventRegistry() = default;
    struct Private;
    Private &d() const;
};

} // namespace volnux
