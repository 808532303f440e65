// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetryPolicy.h"

#include "core/ConfigField.h"
#include "core/UserText.h"
#include "core/errors/ErrorTypes.h"

#include <QVariantList>

#include <algorithm>
#include <cmath>

namespace volnux {

static constexpr int kMaxAttemptsLimit = 1000000;
static constexpr double kMaxSeconds = 86400.0 * 365;

QStringList RetryPolicy::keys()
{
    return {QStringLiteral("max_attempts"), QStringLiteral("backoff_factor"),
            QStringLiteral("max_backoff"), QStringLiteral("retry_on_exceptions"),
            QStringLiteral("jitter")};
}

QStringList RetryPolicy::jitterNames()
{
    return {QStringLiteral("none"), QStringLiteral("full"), QStringLiteral("equal")};
}

QString RetryPolicy::jitterName(BackoffJitter jitter)
{
    return jitterNames().value(int(jitter));
}

double RetryPolicy::jitteredBackoff(int attempt, double unit) const
{
    const double longest = backoffAfterAttempt(attempt);
    if (longest <= 0)
        return longest;
    const double chance = std::clamp(unit, 0.0, 1.0);
    switch (jitter) {
    case BackoffJitter::None:
        break;
    case BackoffJitter::Full:
        return longest * chance;
    case BackoffJitter::Equal:
        return longest / 2 + longest / 2 * chance;
    }
    return longest;
}

double RetryPolicy::backoffAfterAttempt(int attempt) const
{
    if (attempt >= max_attempts || attempt < 1)
        return -1.0;
    if (attempt == 1 || backoff_factor <= 0)
        return 0.0; // not 0 x 2^(n-1): past attempt 1025 that is 0 x infinity, not a number
    const double wait = std::ldexp(backoff_factor, attempt - 1); // infinite when huge: capped
    return std::min(wait, max_backoff);
}

bool RetryPolicy::retriesType(const QString &errorType) const
{
    if (ErrorTypes::isA(errorType, ErrorNames::CancelledError))
        return false;
    if (retry_on_exceptions.isEmpty())
        return true;
    return std::any_of(retry_on_exceptions.cbegin(), retry_on_exceptions.cend(),
                       [&](const QString &listed) { return ErrorTypes::isA(errorType, listed); });
}

bool RetryPolicy::shouldRetry(const QString &errorType, int attempt) const
{
    return attempt < max_attempts && retriesType(errorType);
}

// One wording for both durations, whether the value was not a number or out of range.
static QString secondsProblem(const QString &got)
{
    return QStringLiteral(": must be a number of seconds >= 0 and <= %1 (a year), got %2")
        .arg(config::describeValue(kMaxSeconds), got);
}

// A type name that is not known but matches a known one except for case: a typo that would
// otherwise mean "never retried". (Other unknown names may be a plugin's own types.)
static QString knownTypeDifferingInCase(const QString &name)
{
    if (ErrorTypes::isKnown(name))
        return {};
    for (const QString &known : ErrorTypes::allNames()) {
        if (known.compare(name, Qt::CaseInsensitive) == 0)
            return known;
    }
    return {};
}

QStringList RetryPolicy::validate(const QString &where) const
{
    using config::qualified;
    QStringList problems;
    if (max_attempts < 1 || max_attempts > kMaxAttemptsLimit)
        problems << qualified(where, QStringLiteral("max_attempts")) +
                        QStringLiteral(": must be an integer >= 1 and <= %1, got %2")
                            .arg(kMaxAttemptsLimit)
                            .arg(max_attempts);
    for (const auto &[key, value] : {std::pair{QStringLiteral("backoff_factor"), backoff_factor},
                                     std::pair{QStringLiteral("max_backoff"), max_backoff}}) {
        if (!std::isfinite(value) || value < 0 || value > kMaxSeconds)
            problems << qualified(where, key) + secondsProblem(config::describeValue(value));
    }
    for (int i = 0; i < retry_on_exceptions.size(); ++i) {
        const QString &name = retry_on_exceptions[i];
        const QString at = qualified(where, QStringLiteral("retry_on_exceptions[%1]").arg(i));
        if (!ErrorTypes::isValidName(name))
            problems << at + QStringLiteral(": must be an error type name, got %1")
                                 .arg(UserText::quoted(name));
        else if (const QString meant = knownTypeDifferingInCase(name); !meant.isEmpty())
            problems << at + QStringLiteral(": unknown error type %1; did you mean \"%2\"? "
                                            "(names are case-sensitive)")
                                 .arg(UserText::quoted(name), meant);
    }
    return problems;
}

QStringList RetryPolicy::typeProblems(const QString &where, QStringList *warnings) const
{
    using config::qualified;
    QStringList problems;
    for (int i = 0; i < retry_on_exceptions.size(); ++i) {
        const QString &name = retry_on_exceptions[i];
        const QString at = qualified(where, QStringLiteral("retry_on_exceptions[%1]").arg(i));
        // Invalid and miscased names are validate()'s problems already.
        if (!ErrorTypes::isValidName(name) || !knownTypeDifferingInCase(name).isEmpty())
            continue;
        if (name == ErrorNames::CancelledError) {
            problems << at + QStringLiteral(": CancelledError is never retried: a cancelled task "
                                            "is not run again, whatever this list says");
            continue;
        }
        if (ErrorTypes::isKnown(name))
            continue;
        const QString meant = ErrorTypes::closestName(name);
        const QString suggestion =
            meant.isEmpty() ? QString() : QStringLiteral("; did you mean \"%1\"?").arg(meant);
        if (warnings)
            *warnings << at + QStringLiteral(": unknown error type %1%2 (a plugin this project "
                                             "loads may declare it; if none does, it retries "
                                             "nothing)")
                                  .arg(UserText::quoted(name), suggestion);
        else
            problems << at + QStringLiteral(": unknown error type %1%2")
                                 .arg(UserText::quoted(name),
                                      meant.isEmpty()
                                          ? QStringLiteral("; no error has this type, so it "
                                                           "would never retry anything")
                                          : suggestion);
    }
    return problems;
}

static void readNumber(const QVariantMap &map, const QString &key, const QString &where,
                       double &out, QStringList &problems)
{
    const auto it = map.constFind(key);
    if (it == map.constEnd())
        return;
    if (const auto v = config::toNumber(*it)) {
        out = *v;
        return;
    }
    problems << config::qualified(where, key) + secondsProblem(config::describeValue(*it));
    out = 0;
}

RetryPolicy RetryPolicy::typesOnly(const QVariantMap &map)
{
    RetryPolicy policy;
    const QVariant list = map.value(QStringLiteral("retry_on_exceptions"));
    if (list.typeId() == QMetaType::QStringList)
        policy.retry_on_exceptions = list.toStringList();
    else if (list.typeId() == QMetaType::QVariantList) {
        for (const QVariant &item : list.toList()) {
            if (config::isString(item))
                policy.retry_on_exceptions << item.toString();
        }
    }
    return policy;
}

Result<RetryPolicy> RetryPolicy::fromMap(const QVariantMap &map, const QString &where)
{
    using config::qualified;
    RetryPolicy policy;
    QStringList problems;
    const QStringList allowed = keys();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!allowed.contains(it.key()))
            problems << qualified(where, it.key()) +
                            QStringLiteral(": unknown key; allowed keys are %1")
                                .arg(allowed.join(QStringLiteral(", ")));
    }
    if (const auto it = map.constFind(QStringLiteral("max_attempts")); it != map.constEnd()) {
        if (const auto v = config::toInteger(*it, 1, kMaxAttemptsLimit))
            policy.max_attempts = int(*v);
        else
            problems << qualified(where, QStringLiteral("max_attempts")) +
                            QStringLiteral(": must be an integer >= 1 and <= %1, got %2")
                                .arg(kMaxAttemptsLimit)
                                .arg(config::describeValue(*it));
    }
    readNumber(map, QStringLiteral("backoff_factor"), where, policy.backoff_factor, problems);
    readNumber(map, QStringLiteral("max_backoff"), where, policy.max_backoff, problems);
    if (const auto it = map.constFind(QStringLiteral("retry_on_exceptions"));
        it != map.constEnd()) {
        const QString key = qualified(where, QStringLiteral("retry_on_exceptions"));
        if (it->typeId() == QMetaType::QStringList) {
            policy.retry_on_exceptions = it->toStringList();
        } else if (it->typeId() == QMetaType::QVariantList) {
            const QVariantList list = it->toList();
            for (int i = 0; i < list.size(); ++i) {
                if (config::isString(list[i]))
                    policy.retry_on_exceptions << list[i].toString();
                else
                    problems << key + QStringLiteral("[%1]: must be an error type name, got %2")
                                          .arg(i)
                                          .arg(config::describeValue(list[i]));
            }
        } else {
            problems << key + QStringLiteral(": must be a list of error type names, got %1")
                                  .arg(config::describeValue(*it));
        }
    }
    if (const auto it = map.constFind(QStringLiteral("jitter")); it != map.constEnd()) {
        const qsizetype index =
            config::isString(*it) ? jitterNames().indexOf(it->toString()) : qsizetype(-1);
        if (index >= 0)
            policy.jitter = BackoffJitter(index);
        else
            problems << qualified(where, QStringLiteral("jitter")) +
                            QStringLiteral(": must be one of %1, got %2")
                                .arg(jitterNames().join(QStringLiteral(", ")),
                                     config::describeValue(*it));
    }
    // Values that parsed may still be out of range; a value that did not parse was reset to a
    // valid one above, so each problem is reported once.
    problems << policy.validate(where);
    if (!problems.isEmpty())
        return Result<RetryPolicy>::failure(problems);
    return policy;
}

QVariantMap RetryPolicy::toMap() const
{
    QVariantMap map{{QStringLiteral("max_attempts"), max_attempts},
                    {QStringLiteral("backoff_factor"), backoff_factor},
                    {QStringLiteral("max_backoff"), max_backoff},
                    {QStringLiteral("retry_on_exceptions"), retry_on_exceptions}};
    // Written only when chosen: files without jitter stay as they were before it existed.
    if (jitter != BackoffJitter::None)
        map.insert(QStringLiteral("jitter"), jitterName(jitter));
    return map;
}

} // namespace volnux
