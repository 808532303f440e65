// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where a Redis server is: `redis://[user:password@]host[:port][/db]` or
// `unix://[user:password@]/path/to/redis.sock[?db=N]`. The password is kept for AUTH only:
// `redacted()` is what messages, traces and logs may show. A value type.

#include <QString>

#include <optional>

namespace volnux {

struct RedisUrl
{
    QString host; // empty for a Unix socket
    int port = 6379;
    QString socketPath; // set for unix://
    QString user;       // ACL user; empty: the default user
    QString password;   // empty: no AUTH
    int db = 0;

    // nullopt with `error` set for a malformed URL (the message never repeats the password).
    static std::optional<RedisUrl> parse(const QString &text, QString *error = nullptr);
    // The URL without its credentials: "redis://host:6379/0", "unix:///run/redis.sock?db=2".
    QString redacted() const;
    bool isUnixSocket() const { return !socketPath.isEmpty(); }
};

} // namespace volnux
