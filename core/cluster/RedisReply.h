// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One Redis reply, copied out of hiredis's reply object so that it outlives it. A value type.

#include <QByteArray>

#include <vector>

namespace volnux {

struct RedisReply
{
    enum class Type
    {
        Nil,
        String, // bulk or status string
        Integer,
        Array,
        Error, // a Redis error reply, or the connection failed (then `str` says how)
    };
    Type type = Type::Nil;
    QByteArray str;
    long long integer = 0;
    std::vector<RedisReply> elements;

    bool isError() const { return type == Type::Error; }
    bool isNil() const { return type == Type::Nil; }
    static RedisReply error(const QByteArray &message)
    {
        RedisReply reply;
        reply.type = Type::Error;
        reply.str = message;
        return reply;
    }
};

} // namespace volnux
