// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExecutorInitializerConfig.h"

#include "core/ConfigField.h"

#include <QThread>

namespace volnux {

static constexpr int kMaxWorkersLimit = 4096;
static constexpr int kMaxTasksLimit = 1000000000;

QStringList ExecutorInitializerConfig::keys()
{
    return {QStringLiteral("max_workers"), QStringLiteral("max_tasks_per_child"),
            QStringLiteral("thread_name_prefix")};
}

int ExecutorInitializerConfig::processorCount()
{
    return std::max(1, QThread::idealThreadCount());
}

int ExecutorInitializerConfig::resolvedMaxWorkers() const
{
    return max_workers.value_or(processorCount());
}

static QString workersMessage(const QString &where, const QString &got)
{
    return config::qualified(where, QStringLiteral("max_workers")) +
           QStringLiteral(": must be an integer >= 1 and <= %1, got %2")
               .arg(kMaxWorkersLimit)
               .arg(got);
}

static QString tasksMessage(const QString &where, const QString &got)
{
    return config::qualified(where, QStringLiteral("max_tasks_per_child")) +
           QStringLiteral(": must be an integer >= 1, got %1").arg(got);
}

QStringList ExecutorInitializerConfig::validate(const QString &where) const
{
    QStringList problems;
    if (max_workers && (*max_workers < 1 || *max_workers > kMaxWorkersLimit))
        problems << workersMessage(where, QString::number(*max_workers));
    if (max_tasks_per_child && *max_tasks_per_child < 1)
        problems << tasksMessage(where, QString::number(*max_tasks_per_child));
    return problems;
}

Result<ExecutorInitializerConfig> ExecutorInitializerConfig::fromMap(const QVariantMap &map,
                                                                     const QString &where)
{
    ExecutorInitializerConfig cfg;
    QStringList problems;
    const QStringList allowed = keys();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!allowed.contains(it.key()))
            problems << config::qualified(where, it.key()) +
                            QStringLiteral(": unknown key; allowed keys are %1")
                                .arg(allowed.join(QStringLiteral(", ")));
    }
    // A JSON null means EMPTY, like leaving the key out.
    auto given = [&](const QString &key) -> const QVariant * {
        const auto it = map.constFind(key);
        return (it == map.constEnd() || it->isNull()) ? nullptr : &*it;
    };
    if (const QVariant *v = given(QStringLiteral("max_workers"))) {
        if (const auto n = config::toInteger(*v, 1, kMaxWorkersLimit))
            cfg.max_workers = int(*n);
        else
            problems << workersMessage(where, config::describeValue(*v));
    }
    if (const QVariant *v = given(QStringLiteral("max_tasks_per_child"))) {
        if (const auto n = config::toInteger(*v, 1, kMaxTasksLimit))
            cfg.max_tasks_per_child = int(*n);
        else
            problems << tasksMessage(where, config::describeValue(*v));
    }
    if (const QVariant *v = given(QStringLiteral("thread_name_prefix"))) {
        if (config::isString(*v) && v->toString().size() <= 64 && v->toString().contains(QChar(0)))
            // Thread names are handed to the operating system, which would cut them at the NUL.
            problems << config::qualified(where, QStringLiteral("thread_name_prefix")) +
                            QStringLiteral(": must not contain a NUL character (\\u0000)");
        else if (config::isString(*v) && v->toString().size() <= 64)
            cfg.thread_name_prefix = v->toString();
        else
            problems << config::qualified(where, QStringLiteral("thread_name_prefix")) +
                            QStringLiteral(": must be a string of at most 64 characters, got %1")
                                .arg(config::describeValue(*v));
    }
    if (!problems.isEmpty())
        return Result<ExecutorInitializerConfig>::failure(problems);
    return cfg;
}

QVariantMap ExecutorInitializerConfig::toMap() const
{
    QVariantMap map;
    if (max_workers)
        map.insert(QStringLiteral("max_workers"), *max_workers);
    if (max_tasks_per_child)
        map.insert(QStringLiteral("max_tasks_per_child"), *max_tasks_per_child);
    if (thread_name_prefix)
        map.insert(QStringLiteral("thread_name_prefix"), *thread_name_prefix);
    return map;
}

} // namespace volnux
