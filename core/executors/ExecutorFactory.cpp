// SPDX-License-Identifier: GPL-3.0-or-later
#include "DefaultExecutor.h"
#include "Executor.h"
#include "ProcessPoolExecutor.h"
#include "ThreadPoolExecutor.h"

#include "core/cluster/RedisExecutor.h"
#include "core/events/EventOptions.h"

namespace volnux {

QStringList executorNames()
{
    return {ExecutorNames::DefaultExecutor, ExecutorNames::ThreadPoolExecutor,
            ExecutorNames::ProcessPoolExecutor, ExecutorNames::RedisExecutor};
}

std::unique_ptr<Executor> createExecutor(const QString &name,
                                         const ExecutorInitializerConfig &config,
                                         ExecutorEnvironment env, QString *error)
{
    if (name.isEmpty() || name == ExecutorNames::DefaultExecutor)
        return std::make_unique<DefaultExecutor>(std::move(env));
    if (name == ExecutorNames::ThreadPoolExecutor)
        return std::make_unique<ThreadPoolExecutor>(config, std::move(env));
    if (name == ExecutorNames::ProcessPoolExecutor)
        return makeProcessPoolExecutor(config, std::move(env));
    if (name == ExecutorNames::RedisExecutor)
        return makeRedisExecutor(config, std::move(env), error);
    if (error)
        *error = QStringLiteral("unknown executor '%1'; allowed: %2")
                     .arg(name, executorNames().join(QStringLiteral(", ")));
    return nullptr;
}

} // namespace volnux
