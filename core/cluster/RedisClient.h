// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small synchronous Redis client over hiredis: one connection, commands as argument vectors
// (binary-safe), pipelining (append several commands, then read their replies in order), and a
// non-blocking read side (fd, readAvailable, nextReply) for poll() loops that wait on Redis and
// on something else at once. Not thread-safe: one connection belongs to one thread at a time.
// Once broken (I/O error, server gone) every command fails with an Error reply; make a new one.

#include "core/cluster/RedisReply.h"
#include "core/cluster/RedisUrl.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

struct redisContext;

namespace volnux {

using RedisArgs = std::vector<QByteArray>;

class RedisClient
{
public:
    // Connects, authenticates and selects the URL's database; nullptr with `error` set (never
    // naming the password) on failure. `timeoutMs` bounds the connection and every command.
    static std::unique_ptr<RedisClient> connect(const RedisUrl &url, QString *error,
                                                int timeoutMs = 5000);
    ~RedisClient();
    RedisClient(const RedisClient &) = delete;
    RedisClient &operator=(const RedisClient &) = delete;

    // One command, waiting for its reply.
    RedisReply command(const RedisArgs &args);

    // Pipelining: `append` buffers a command; `flush` writes every buffered command; `reply`
    // waits for the next reply in order (flushing first).
    void append(const RedisArgs &args);
    bool flush();
    RedisReply reply();

    // For poll loops: the socket, reading what it holds (false when the connection broke), and a
    // reply that is already complete in the buffer, if any.
    int fd() const;
    bool readAvailable();
    std::optional<RedisReply> nextReply();

    bool isBroken() const { return m_broken; }
    QString errorText() const { return m_error; }

private:
    explicit RedisClient(redisContext *context);
    RedisReply brokenReply();

    redisContext *m_context;
    bool m_broken = false;
    QString m_error;
};

} // namespace volnux
