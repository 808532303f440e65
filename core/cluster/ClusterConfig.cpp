// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClusterConfig.h"

#include "core/ConfigField.h"
#include "core/cluster/RedisUrl.h"

namespace volnux {

namespace {

constexpr int kMaxTimeoutMs = 24 * 3600 * 1000;

const QString kUrl = QStringLiteral("redis_url");
const QString kQueue = QStringLiteral("queue");
const QString kHeartbeat = QStringLiteral("heartbeat_timeout_ms");
const QString kReconnect = QStringLiteral("reconnect_timeout_ms");

bool isQueueName(const QString &queue)
{
    static const QString allowed = QStringLiteral("-_.");
    return !queue.isEmpty() && queue.size() <= 64 &&
           std::all_of(queue.begin(), queue.end(), [](QChar c) {
               return (c.isLetterOrNumber() && c.unicode() < 128) || allowed.contains(c);
           });
}

void readTimeout(const QVariantMap &map, const QString &key, const QString &where, int *out,
                 QStringList *problems)
{
    const auto it = map.constFind(key);
    if (it == map.constEnd() || it->isNull())
        return;
    if (const auto n = config::toInteger(*it, 1, kMaxTimeoutMs))
        *out = int(*n);
    else
        *problems << config::qualified(where, key) +
                         QStringLiteral(": must be an integer >= 1 and <= %1, got %2")
                             .arg(kMaxTimeoutMs)
                             .arg(config::describeValue(*it));
}

} // namespace

QString ClusterConfig::redactedUrl() const
{
    const auto url = RedisUrl::parse(redisUrl);
    return url ? url->redacted() : QStringLiteral("(malformed Redis URL)");
}

QStringList ClusterConfig::validate(const QString &where) const
{
    QStringList problems;
    QString error;
    if (!redisUrl.isEmpty() && !RedisUrl::parse(redisUrl, &error))
        problems << config::qualified(where, kUrl) + QStringLiteral(": ") + error;
    if (!isQueueName(queue))
        problems << config::qualified(where, kQueue) +
                        QStringLiteral(": must be 1 to 64 of A-Z a-z 0-9 - _ .");
    return problems;
}

Result<ClusterConfig> ClusterConfig::fromMap(const QVariantMap &map, const QString &where)
{
    ClusterConfig cfg;
    QStringList problems;
    const QStringList allowed{kUrl, kQueue, kHeartbeat, kReconnect};
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!allowed.contains(it.key()))
            problems << config::qualified(where, it.key()) +
                            QStringLiteral(": unknown key; allowed keys are %1")
                                .arg(allowed.join(QStringLiteral(", ")));
    }
    for (const QString &key : {kUrl, kQueue}) {
        const QVariant v = map.value(key);
        if (v.isValid() && !v.isNull() && !config::isString(v))
            problems << config::qualified(where, key) + QStringLiteral(": must be a string");
    }
    cfg.redisUrl = map.value(kUrl).toString();
    if (map.contains(kQueue))
        cfg.queue = map.value(kQueue).toString();
    readTimeout(map, kHeartbeat, where, &cfg.heartbeatTimeoutMs, &problems);
    readTimeout(map, kReconnect, where, &cfg.reconnectTimeoutMs, &problems);
    problems << cfg.validate(where);
    if (!problems.isEmpty())
        return Result<ClusterConfig>::failure(problems);
    return cfg;
}

QVariantMap ClusterConfig::toMap() const
{
    QVariantMap map;
    if (!redisUrl.isEmpty())
        map.insert(kUrl, redisUrl);
    map.insert(kQueue, queue);
    if (heartbeatTimeoutMs != kDefaultHeartbeatTimeoutMs)
        map.insert(kHeartbeat, heartbeatTimeoutMs);
    if (reconnectTimeoutMs != kDefaultReconnectTimeoutMs)
        map.insert(kReconnect, reconnectTimeoutMs);
    return map;
}

ClusterConfig ClusterConfig::withOverrides(const QString &commandLineUrl,
                                           const QString &queue) const
{
    ClusterConfig cfg = *this;
    if (!queue.isEmpty())
        cfg.queue = queue;
    if (const QString env = qEnvironmentVariable("VOLNUX_REDIS_URL"); !env.isEmpty())
        cfg.redisUrl = env;
    if (!commandLineUrl.isEmpty())
        cfg.redisUrl = commandLineUrl;
    return cfg;
}

} // namespace volnux
