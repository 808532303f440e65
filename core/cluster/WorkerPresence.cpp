// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkerPresence.h"

#include "core/cluster/ClusterConfig.h"
#include "core/cluster/ClusterProtocol.h"
#include "core/cluster/RedisClient.h"
#include "core/cluster/RedisUrl.h"

#include <algorithm>

namespace volnux {

qint64 WorkerPresence::heartbeatAgeMs() const
{
    if (heartbeatMs <= 0 || ttlMs < 0)
        return -1;
    return std::max<qint64>(0, qint64(kLifetimeHeartbeats) * heartbeatMs - ttlMs);
}

QByteArray WorkerPresence::encode(const QString &host, qint64 pid, int concurrency, int heartbeatMs)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(host)
        .arg(pid)
        .arg(concurrency)
        .arg(heartbeatMs)
        .toUtf8();
}

std::optional<WorkerPresence> WorkerPresence::decode(const QString &name, const QByteArray &value,
                                                     qint64 ttlMs)
{
    const QList<QByteArray> fields = value.split(' ');
    if (fields.size() < 3)
        return std::nullopt;
    WorkerPresence presence;
    presence.name = name;
    presence.host = QString::fromUtf8(fields[0]);
    bool pidOk = false, concurrencyOk = false;
    presence.pid = fields[1].toLongLong(&pidOk);
    presence.concurrency = fields[2].toInt(&concurrencyOk);
    if (!pidOk || !concurrencyOk)
        return std::nullopt;
    if (fields.size() > 3)
        presence.heartbeatMs = std::max(0, fields[3].toInt());
    presence.ttlMs = ttlMs;
    return presence;
}

namespace {

std::vector<QByteArray> workerKeys(RedisClient &redis, const QByteArray &pattern, QString *error)
{
    std::vector<QByteArray> keys;
    QByteArray cursor = "0";
    do {
        const RedisReply reply = redis.command({"SCAN", cursor, "MATCH", pattern, "COUNT", "1000"});
        if (reply.isError() || reply.elements.size() != 2) {
            *error = QString::fromUtf8(reply.str);
            return {};
        }
        cursor = reply.elements[0].str;
        for (const RedisReply &key : reply.elements[1].elements)
            keys.push_back(key.str);
    } while (cursor != "0");
    return keys;
}

} // namespace

Result<std::vector<WorkerPresence>> WorkerPresence::list(RedisClient &redis, const QString &queue)
{
    const QByteArray prefix = ClusterProtocol::workerKey(queue, QString());
    QString error;
    const std::vector<QByteArray> keys = workerKeys(redis, prefix + '*', &error);
    if (!error.isEmpty())
        return Result<std::vector<WorkerPresence>>::failure(error);
    for (const QByteArray &key : keys) {
        redis.append({"GET", key});
        redis.append({"PTTL", key});
    }
    std::vector<WorkerPresence> workers;
    for (const QByteArray &key : keys) {
        const RedisReply value = redis.reply();
        const RedisReply ttl = redis.reply();
        if (value.isError() || ttl.isError())
            return Result<std::vector<WorkerPresence>>::failure(
                QString::fromUtf8(value.isError() ? value.str : ttl.str));
        const QString name = QString::fromUtf8(key.mid(prefix.size()));
        if (auto presence = decode(name, value.str, ttl.integer)) // gone since SCAN: nil
            workers.push_back(std::move(*presence));
    }
    std::sort(workers.begin(), workers.end(),
              [](const WorkerPresence &a, const WorkerPresence &b) { return a.name < b.name; });
    return workers;
}

Result<std::vector<WorkerPresence>> WorkerPresence::list(const ClusterConfig &cluster,
                                                         int timeoutMs)
{
    QString error;
    const auto url = RedisUrl::parse(cluster.redisUrl, &error);
    std::unique_ptr<RedisClient> redis =
        url ? RedisClient::connect(*url, &error, timeoutMs) : nullptr;
    if (!redis)
        return Result<std::vector<WorkerPresence>>::failure(
            QStringLiteral("%1: %2").arg(cluster.redactedUrl(), error));
    Result<std::vector<WorkerPresence>> workers = list(*redis, cluster.queue);
    if (!workers)
        return Result<std::vector<WorkerPresence>>::failure(
            QStringLiteral("%1: %2").arg(cluster.redactedUrl(), workers.errorString()));
    return workers;
}

} // namespace volnux
