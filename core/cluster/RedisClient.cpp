// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedisClient.h"

#include "core/cluster/SigpipeBlock.h"

#include <hiredis/hiredis.h>

#include <sys/time.h>

namespace volnux {

namespace {

RedisReply convert(const redisReply *r)
{
    RedisReply out;
    switch (r->type) {
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_STATUS:
        out.type = RedisReply::Type::String;
        out.str = QByteArray(r->str, qsizetype(r->len));
        break;
    case REDIS_REPLY_ERROR:
        out.type = RedisReply::Type::Error;
        out.str = QByteArray(r->str, qsizetype(r->len));
        break;
    case REDIS_REPLY_INTEGER:
        out.type = RedisReply::Type::Integer;
        out.integer = r->integer;
        break;
    case REDIS_REPLY_ARRAY:
        out.type = RedisReply::Type::Array;
        out.elements.reserve(r->elements);
        for (size_t i = 0; i < r->elements; ++i)
            out.elements.push_back(convert(r->element[i]));
        break;
    default:
        break;
    }
    return out;
}

RedisReply take(void *raw)
{
    auto *r = static_cast<redisReply *>(raw);
    RedisReply out = convert(r);
    freeReplyObject(r);
    return out;
}

timeval toTimeval(int ms)
{
    return {ms / 1000, (ms % 1000) * 1000};
}

bool authenticate(RedisClient &client, const RedisUrl &url, QString *error)
{
    if (!url.password.isEmpty()) {
        RedisArgs args{"AUTH"};
        if (!url.user.isEmpty())
            args.push_back(url.user.toUtf8());
        args.push_back(url.password.toUtf8());
        if (const RedisReply r = client.command(args); r.isError()) {
            *error = QStringLiteral("Redis at %1 refused the credentials: %2")
                         .arg(url.redacted(), QString::fromUtf8(r.str));
            return false;
        }
    }
    if (url.db != 0) {
        if (const RedisReply r = client.command({"SELECT", QByteArray::number(url.db)});
            r.isError()) {
            *error =
                QStringLiteral("Redis at %1: %2").arg(url.redacted(), QString::fromUtf8(r.str));
            return false;
        }
    }
    return true;
}

} // namespace

RedisClient::RedisClient(redisContext *context) : m_context(context) {}

RedisClient::~RedisClient()
{
    redisFree(m_context);
}

std::unique_ptr<RedisClient> RedisClient::connect(const RedisUrl &url, QString *error,
                                                  int timeoutMs)
{
    const timeval timeout = toTimeval(timeoutMs);
    redisContext *context =
        url.isUnixSocket()
            ? redisConnectUnixWithTimeout(url.socketPath.toLocal8Bit().constData(), timeout)
            : redisConnectWithTimeout(url.host.toUtf8().constData(), url.port, timeout);
    if (!context || context->err) {
        if (error)
            *error = QStringLiteral("cannot connect to Redis at %1: %2")
                         .arg(url.redacted(), context ? QString::fromLocal8Bit(context->errstr)
                                                      : QStringLiteral("out of memory"));
        if (context)
            redisFree(context);
        return nullptr;
    }
    redisSetTimeout(context, timeout);
    std::unique_ptr<RedisClient> client(new RedisClient(context));
    QString why;
    if (!authenticate(*client, url, &why)) {
        if (error)
            *error = why;
        return nullptr;
    }
    return client;
}

RedisReply RedisClient::command(const RedisArgs &args)
{
    append(args);
    return reply();
}

void RedisClient::append(const RedisArgs &args)
{
    if (m_broken)
        return;
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    argv.reserve(args.size());
    lengths.reserve(args.size());
    for (const QByteArray &a : args) {
        argv.push_back(a.constData());
        lengths.push_back(size_t(a.size()));
    }
    if (redisAppendCommandArgv(m_context, int(argv.size()), argv.data(), lengths.data()) !=
        REDIS_OK)
        brokenReply();
}

bool RedisClient::flush()
{
    const SigpipeBlock noSigpipe;
    int done = 0;
    while (!m_broken && !done) {
        if (redisBufferWrite(m_context, &done) != REDIS_OK)
            brokenReply();
    }
    return !m_broken;
}

RedisReply RedisClient::reply()
{
    if (m_broken)
        return brokenReply();
    void *raw = nullptr;
    const SigpipeBlock noSigpipe; // redisGetReply writes what is waiting first
    if (redisGetReply(m_context, &raw) != REDIS_OK || !raw)
        return brokenReply();
    return take(raw);
}

int RedisClient::fd() const
{
    return m_context->fd;
}

bool RedisClient::readAvailable()
{
    if (!m_broken && redisBufferRead(m_context) != REDIS_OK)
        brokenReply();
    return !m_broken;
}

std::optional<RedisReply> RedisClient::nextReply()
{
    if (m_broken)
        return std::nullopt;
    void *raw = nullptr;
    if (redisGetReplyFromReader(m_context, &raw) != REDIS_OK) {
        brokenReply();
        return std::nullopt;
    }
    if (!raw)
        return std::nullopt;
    return take(raw);
}

RedisReply RedisClient::brokenReply()
{
    if (!m_broken) {
        m_broken = true;
        m_error = m_context->err ? QString::fromLocal8Bit(m_context->errstr)
                                 : QStringLiteral("connection lost");
    }
    return RedisReply::error("connection lost: " + m_error.toUtf8());
}

} // namespace volnux
