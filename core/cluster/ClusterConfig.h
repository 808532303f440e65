// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where a run's RedisExecutor events go: the project's optional top-level "cluster" object
// ({"redis_url": ..., "queue": ..., "heartbeat_timeout_ms": ...}), overridden by
// `volnux-run --redis URL` and by $VOLNUX_REDIS_URL. A value type.

#include "core/Result.h"

#include <QVariantMap>

namespace volnux {

struct ClusterConfig
{
    static constexpr int kDefaultHeartbeatTimeoutMs = 10000;
    static constexpr int kDefaultReconnectTimeoutMs = 30000;

    QString redisUrl; // may hold credentials: show redactedUrl() instead
    QString queue = QStringLiteral("default");
    // A worker whose attempts have not been refreshed for this long is taken for dead.
    int heartbeatTimeoutMs = kDefaultHeartbeatTimeoutMs;
    // How long the host keeps trying to reach a Redis that went away before failing the run's
    // attempts with ConnectionError.
    int reconnectTimeoutMs = kDefaultReconnectTimeoutMs;

    bool isSet() const { return !redisUrl.isEmpty(); }
    QString redactedUrl() const;
    QStringList validate(const QString &where = QStringLiteral("cluster")) const;
    static Result<ClusterConfig> fromMap(const QVariantMap &map,
                                         const QString &where = QStringLiteral("cluster"));
    QVariantMap toMap() const;
    // $VOLNUX_REDIS_URL, then `commandLineUrl` (volnux-run --redis, the studio's Preferences),
    // override the project's URL, and `queue` its queue (non-empty ones).
    ClusterConfig withOverrides(const QString &commandLineUrl, const QString &queue = {}) const;
    friend bool operator==(const ClusterConfig &, const ClusterConfig &) = default;
};

} // namespace volnux
