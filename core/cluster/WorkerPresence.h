// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A volnux-worker's announcement of itself: the value of its expiring key
// volnux:<queue>:worker:<name>, "<host> <pid> <concurrency> <heartbeat ms>", rewritten at every
// heartbeat with a lifetime of three heartbeats. How long ago the last heartbeat was follows
// from the key's remaining lifetime, with no clock shared between machines. `list` reads every
// worker of a queue, for the studio's Workers panel. A value type.

#include "core/Result.h"

#include <QString>

#include <vector>

namespace volnux {

class RedisClient;
struct ClusterConfig;

struct WorkerPresence
{
    static constexpr int kLifetimeHeartbeats = 3;

    QString name;
    QString host;
    qint64 pid = 0;
    int concurrency = 0;
    int heartbeatMs = 0; // 0: an older worker that did not say
    qint64 ttlMs = -1;   // the key's remaining lifetime when it was read

    // Milliseconds since the worker's last heartbeat; -1 when unknown.
    qint64 heartbeatAgeMs() const;

    static QByteArray encode(const QString &host, qint64 pid, int concurrency, int heartbeatMs);
    static std::optional<WorkerPresence> decode(const QString &name, const QByteArray &value,
                                                qint64 ttlMs);
    // Every worker of the queue, by name; an error names the redacted URL.
    static Result<std::vector<WorkerPresence>> list(RedisClient &redis, const QString &queue);
    static Result<std::vector<WorkerPresence>> list(const ClusterConfig &cluster,
                                                    int timeoutMs = 2000);
};

} // namespace volnux
