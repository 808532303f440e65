// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventRegistry.h"

#include <QHash>

#include <mutex>
#include <shared_mutex>

namespace volnux {

namespace {
class FunctionEvent final : public EventBase
{
public:
    explicit FunctionEvent(std::shared_ptr<const EventFunction> fn) : m_fn(std::move(fn)) {}
    TaskResult process(TaskContext &context) override { return (*m_fn)(context); }

private:
    std::shared_ptr<const EventFunction> m_fn;
};
} // namespace

struct EventRegistry::Private
{
    // std::shared_mutex, not QReadWriteLock: Qt is not built with ThreadSanitizer, so a TSan
    // build could not see the lock's ordering and would report every lookup as a race.
    mutable std::shared_mutex lock;
    QHash<QString, RegisteredEvent> events;
};

EventRegistry::Private &EventRegistry::d() const
{
    static Private p;
    return p;
}

EventRegistry &EventRegistry::instance()
{
    static EventRegistry registry;
    return registry;
}

void EventRegistry::registerEvent(const QString &name, EventFactory factory, EventOptions defaults)
{
    std::unique_lock locker(d().lock);
    d().events.insert(name, RegisteredEvent{name, std::move(factory), std::move(defaults), {}});
}

void EventRegistry::registerFunction(const QString &name, EventFunction function,
                                     EventOptions options)
{
    auto shared = std::make_shared<const EventFunction>(std::move(function));
    std::unique_lock locker(d().lock);
    d().events.insert(
        name, RegisteredEvent{
                  name, [shared] { return std::unique_ptr<EventBase>(new FunctionEvent(shared)); },
                  std::move(options), shared});
}

std::optional<RegisteredEvent> EventRegistry::find(const QString &name) const
{
    std::shared_lock locker(d().lock);
    const auto it = d().events.constFind(name);
    if (it == d().events.constEnd())
        return std::nullopt;
    return *it;
}

bool EventRegistry::contains(const QString &name) const
{
    std::shared_lock locker(d().lock);
    return d().events.contains(name);
}

QStringList EventRegistry::names() const
{
    std::shared_lock locker(d().lock);
    QStringList list = d().events.keys();
    list.sort();
    return list;
}

void EventRegistry::unregisterEvent(const QString &name)
{
    std::unique_lock locker(d().lock);
    d().events.remove(name);
}

} // namespace volnux
