// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventExecutionEvaluationState.h"

#include "core/UserText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace volnux {

using S = EventExecutionEvaluationState;

namespace {
struct StateName
{
    S state;
    const char *name;
};
constexpr StateName kNames[] = {
    {S::SUCCESS_ON_ALL_EVENTS_SUCCESS, "SUCCESS_ON_ALL_EVENTS_SUCCESS"},
    {S::FAILURE_FOR_PARTIAL_ERROR, "FAILURE_FOR_PARTIAL_ERROR"},
    {S::SUCCESS_FOR_PARTIAL_SUCCESS, "SUCCESS_FOR_PARTIAL_SUCCESS"},
    {S::FAILURE_FOR_ALL_EVENTS_FAILURE, "FAILURE_FOR_ALL_EVENTS_FAILURE"},
    {S::MAJORITY, "MAJORITY"},
    {S::AT_LEAST_COUNT, "AT_LEAST_COUNT"},
    {S::AT_LEAST_PERCENT, "AT_LEAST_PERCENT"},
};
} // namespace

bool Evaluation::evaluate(int s, int f) const
{
    const int n = s + f;
    switch (state) {
    case S::SUCCESS_ON_ALL_EVENTS_SUCCESS:
        return n > 0 && f == 0;
    case S::FAILURE_FOR_PARTIAL_ERROR:
        return f == 0;
    case S::SUCCESS_FOR_PARTIAL_SUCCESS:
        return s > 0;
    case S::FAILURE_FOR_ALL_EVENTS_FAILURE:
        return !(n > 0 && s == 0);
    case S::MAJORITY:
        return n > 0 && s >= f;
    case S::AT_LEAST_COUNT:
        return s >= threshold;
    case S::AT_LEAST_PERCENT:
        return n > 0 && 100.0 * s / n >= threshold;
    }
    return false;
}

QStringList Evaluation::stateNames()
{
    QStringList names;
    for (const auto &entry : kNames)
        names << QString::fromLatin1(entry.name);
    return names;
}

// Digits and at most one point, never an exponent, so what is written reads back (fromString):
// 3, 62.5, 0.0000001.
static QString plainNumber(double value)
{
    QString number = QString::number(value, 'f', 9);
    while (number.contains(QLatin1Char('.')) && number.endsWith(QLatin1Char('0')))
        number.chop(1);
    if (number.endsWith(QLatin1Char('.')))
        number.chop(1);
    return number;
}

QString Evaluation::toString() const
{
    for (const auto &entry : kNames) {
        if (entry.state != state)
            continue;
        QString text = QString::fromLatin1(entry.name);
        if (state == S::AT_LEAST_COUNT || state == S::AT_LEAST_PERCENT)
            text += QLatin1Char(':') + plainNumber(threshold);
        return text;
    }
    return QString();
}

Result<Evaluation> Evaluation::fromString(const QString &text, const QString &where)
{
    const QString prefix = where.isEmpty() ? QString() : where + QStringLiteral(": ");
    const QString name = text.section(QLatin1Char(':'), 0, 0);
    const QString arg = text.section(QLatin1Char(':'), 1);
    for (const auto &entry : kNames) {
        if (name != QLatin1String(entry.name))
            continue;
        Evaluation e{entry.state, 0};
        const bool needsArg =
            entry.state == S::AT_LEAST_COUNT || entry.state == S::AT_LEAST_PERCENT;
        if (!needsArg) {
            if (!arg.isEmpty() || text.contains(QLatin1Char(':')))
                return Result<Evaluation>::failure(prefix +
                                                   QStringLiteral("%1 takes no argument, got %2")
                                                       .arg(name, UserText::quoted(text)));
            return e;
        }
        // Digits, as the schema says: no sign, space or exponent.
        static const QRegularExpression countText(QStringLiteral("^[0-9]+(\\.0*)?$"));
        static const QRegularExpression percentText(QStringLiteral("^[0-9]+(\\.[0-9]*)?$"));
        const bool isCount = entry.state == S::AT_LEAST_COUNT;
        bool ok = (isCount ? countText : percentText).match(arg).hasMatch();
        e.threshold = ok ? arg.toDouble(&ok) : 0;
        const bool valid = ok && std::isfinite(e.threshold) && e.threshold >= 0 &&
                           (isCount ? std::floor(e.threshold) == e.threshold && e.threshold <= 1e9
                                    : e.threshold <= 100);
        if (!valid)
            return Result<Evaluation>::failure(
                prefix + (isCount ? QStringLiteral("AT_LEAST_COUNT needs a whole number from 0 to "
                                                   "1000000000, as in \"AT_LEAST_COUNT:3\", got "
                                                   "%1")
                                  : QStringLiteral("AT_LEAST_PERCENT needs a percentage 0-100, as "
                                                   "in \"AT_LEAST_PERCENT:75\", got %1"))
                             .arg(UserText::quoted(text)));
        return e;
    }
    return Result<Evaluation>::failure(
        prefix + QStringLiteral("unknown evaluation state %1; allowed: %2")
                     .arg(UserText::quoted(text), stateNames().join(QStringLiteral(", "))));
}

QString Evaluation::explanation(S state)
{
    switch (state) {
    case S::SUCCESS_ON_ALL_EVENTS_SUCCESS:
        return QCoreApplication::translate("Evaluation",
                                           "Succeeds only when every task succeeds (default).");
    case S::FAILURE_FOR_PARTIAL_ERROR:
        return QCoreApplication::translate(
            "Evaluation", "Fails as soon as any task fails; with no tasks it succeeds.");
    case S::SUCCESS_FOR_PARTIAL_SUCCESS:
        return QCoreApplication::translate("Evaluation",
                                           "Succeeds when at least one task succeeds.");
    case S::FAILURE_FOR_ALL_EVENTS_FAILURE:
        return QCoreApplication::translate(
            "Evaluation", "Fails only when every task fails; with no tasks it succeeds.");
    case S::MAJORITY:
        return QCoreApplication::translate("Evaluation",
                                           "Succeeds when at least half of the tasks succeed.");
    case S::AT_LEAST_COUNT:
        return QCoreApplication::translate("Evaluation", "Succeeds when at least N tasks succeed.");
    case S::AT_LEAST_PERCENT:
        return QCoreApplication::translate("Evaluation",
                                           "Succeeds when at least p % of the tasks succeed.");
    }
    return QString();
}

} // namespace volnux
