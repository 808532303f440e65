// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The retry rules of one event (docs/semantics.md). A plain value type: copy it freely across
// threads. `fromMap` gives a key/value map (JSON object) exactly the effect of the struct.

#include "core/Result.h"

#include <QStringList>
#include <QVariantMap>

namespace volnux {

// How much of a backoff is left to chance, so that many tasks failing together do not all retry
// at the same instant: none (the default: exactly the formula), full (a uniformly random wait
// between 0 and the formula's) or equal (half the formula's wait, plus a random part up to the
// other half).
enum class BackoffJitter : quint8
{
    None,
    Full,
    Equal
};

struct RetryPolicy
{
    int max_attempts = 5;
    double backoff_factor = 0.05;    // seconds
    double max_backoff = 100.0;      // seconds
    QStringList retry_on_exceptions; // empty: any type except CancelledError
    BackoffJitter jitter = BackoffJitter::None;

    // Wait in seconds after failed attempt n (1-based) before attempt n + 1: 0 for n = 1, then
    // min(backoff_factor * 2^(n-1), max_backoff). No wait follows the last attempt: returns -1.
    // Without jitter this is the wait; with it, the longest wait.
    double backoffAfterAttempt(int attempt) const;
    // The wait taken, jitter applied: `unit` is a random number in [0, 1) (0 gives the shortest
    // wait the jitter allows). Equals backoffAfterAttempt when the jitter is none.
    double jitteredBackoff(int attempt, double unit) const;
    // The shortest wait the jitter allows after attempt n (-1 when none follows).
    double shortestBackoffAfterAttempt(int attempt) const { return jitteredBackoff(attempt, 0); }
    // Whether an attempt that threw `errorType` as attempt number `attempt` is followed by another.
    bool shouldRetry(const QString &errorType, int attempt) const;
    bool retriesType(const QString &errorType) const;

    // Every problem, each naming the field (prefixed by `where` when given) and what is allowed.
    // A type no one declared is accepted here: C++ code may declare it before the run.
    QStringList validate(const QString &where = QString()) const;
    // What a project file may list, beyond validate(): a type that is not known retries nothing
    // (no error ever has it), so it is a problem with a did-you-mean; and CancelledError is never
    // retried whatever the list says. When the project loads a plugin, which may declare its own
    // types when it is loaded, unknown types go to `warnings` instead (when given).
    QStringList typeProblems(const QString &where, QStringList *warnings = nullptr) const;
    static Result<RetryPolicy> fromMap(const QVariantMap &map, const QString &where = QString());
    // Only the error type names `map` lists (the strings among them): for typeProblems() where
    // fromMap() failed for another reason, so that every problem is reported at once.
    static RetryPolicy typesOnly(const QVariantMap &map);
    QVariantMap toMap() const;

    static QStringList keys();
    static QStringList jitterNames(); // "none", "full", "equal"
    static QString jitterName(BackoffJitter jitter);
    friend bool operator==(const RetryPolicy &, const RetryPolicy &) = default;
};

} // namespace volnux
