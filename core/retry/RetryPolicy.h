#pragma once

// The retry rules of one event (DESIGN.md §3). A plain value type: copy it freely across threads.
// `fromMap` gives a key/value map (JSON object) exactly the effect of the struct.

#include "core/Result.h"

#include <QStringList>
#include <QVariantMap>

namespace volnux {

struct RetryPolicy
{
    int max_attempts = 5;
    double backoff_factor = 0.05;    // seconds
    double max_backoff = 100.0;      // seconds
    QStringList retry_on_exceptions; // empty: any type except CancelledError

    // Wait in seconds after failed attempt n (1-based) before attempt n + 1: 0 for n = 1, then
    // min(backoff_factor * 2^(n-1), max_backoff). No wait follows the last attempt: returns -1.
    double backoffAfterAttempt(int attempt) const;
    // Whether an attempt that threw `errorType` as attempt number `attempt` is followed by another.
    bool shouldRetry(const QString &errorType, int attempt) const;
    bool retriesType(const QString &errorType) const;

    // Every problem, each naming the field (prefixed by `where` when given) and what is allowed.
    QStringList validate(const QString &where = QString()) const;
    static Result<RetryPolicy> fromMap(const QVariantMap &map, const QString &where = QString());
    QVariantMap toMap() const;

    static QStringList keys();
    friend bool operator==(const RetryPolicy &, const RetryPolicy &) = default;
};

} // namespace volnux
