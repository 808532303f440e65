#include "EventRegistry.h"

#include <QHash>
#include <QReadWriteLock>

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
    mutable QReadWriteLock lock;
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
    QWriteLocker locker(&d().lock);
    d().events.insert(name, RegisteredEvent{name, std::move(factory), std::move(defaults)});
}

void EventRegistry::registerFunction(const QString &name, EventFunction function,
                                     EventOptions options)
{
    auto shared = std::make_shared<const EventFunction>(std::move(function));
    registerEvent(
        name, [shared] { return std::unique_ptr<EventBase>(new FunctionEvent(shared)); },
        std::move(options));
}

std::optional<RegisteredEvent> EventRegistry::find(const QString &name) const
{
    QReadLocker locker(&d().lock);
    const auto it = d().events.constFind(name);
    if (it == d().events.constEnd())
        return std::nullopt;
    return *it;
}

bool EventRegistry::contains(const QString &name) const
{
    QReadLocker locker(&d().lock);
    return d().events.contains(name);
}

QStringList EventRegistry::names() const
{
    QReadLocker locker(&d().lock);
    QStringList list = d().events.keys();
    list.sort();
    return list;
}

void EventRegistry::unregisterEvent(const QString &name)
{
    QWriteLocker locker(&d().lock);
    d().events.remove(name);
}

} // namespace volnux
