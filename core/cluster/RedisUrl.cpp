// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedisUrl.h"

#include <QUrl>
#include <QUrlQuery>

namespace volnux {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool readDb(const QString &text, RedisUrl *url, QString *error)
{
    if (text.isEmpty())
        return true;
    bool ok = false;
    url->db = text.toInt(&ok);
    return (ok && url->db >= 0) ||
           fail(error,
                QStringLiteral("the Redis database must be a number >= 0, got \"%1\"").arg(text));
}

} // namespace

std::optional<RedisUrl> RedisUrl::parse(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    RedisUrl result;
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("redis") && scheme != QLatin1String("unix"))) {
        fail(error, QStringLiteral("not a Redis URL (expected redis://host:port/db or "
                                   "unix:///path/to/redis.sock): %1")
                        .arg(url.isValid() ? url.toDisplayString(QUrl::RemoveUserInfo)
                                           : QStringLiteral("malformed")));
        return std::nullopt;
    }
    result.user = url.userName();
    result.password = url.password();
    if (result.password.isEmpty() && !result.user.isEmpty()) {
        // redis://secret@host: a bare user part is the password, as redis-cli takes it.
        result.password = std::exchange(result.user, QString());
    }
    if (scheme == QLatin1String("unix")) {
        result.socketPath = url.path();
        if (result.socketPath.isEmpty()) {
            fail(error, QStringLiteral("a unix:// Redis URL needs a socket path"));
            return std::nullopt;
        }
        if (!readDb(QUrlQuery(url).queryItemValue(QStringLiteral("db")), &result, error))
            return std::nullopt;
        return result;
    }
    result.host = url.host();
    result.port = url.port(6379);
    if (result.host.isEmpty()) {
        fail(error, QStringLiteral("a redis:// URL needs a host"));
        return std::nullopt;
    }
    if (!readDb(url.path().mid(1), &result, error))
        return std::nullopt;
    return result;
}

QString RedisUrl::redacted() const
{
    if (isUnixSocket())
        return QStringLiteral("unix://%1?db=%2").arg(socketPath).arg(db);
    return QStringLiteral("redis://%1:%2/%3").arg(host).arg(port).arg(db);
}

} // namespace volnux
