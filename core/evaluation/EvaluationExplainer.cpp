// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvaluationExplainer.h"

#include <QLocale>

#include <cmath>

namespace volnux {

using S = EventExecutionEvaluationState;

QString EvaluationExplainer::explain(const Evaluation &evaluation, int succeeded, int failed)
{
    const bool success = evaluation.evaluate(succeeded, failed);
    return tr("%1 — %2 → %3")
        .arg(evaluation.toString(), reason(evaluation, succeeded, failed),
             success ? tr("success") : tr("failure"));
}

std::optional<TaskStatus> EvaluationExplainer::decidingTasks(const Evaluation &evaluation,
                                                             bool succeeded)
{
    switch (evaluation.state) {
    case S::SUCCESS_ON_ALL_EVENTS_SUCCESS:
    case S::FAILURE_FOR_PARTIAL_ERROR:
        // One failure is enough to fail: each failure decided it.
        return succeeded ? std::nullopt : std::optional(TaskStatus::Failed);
    case S::SUCCESS_FOR_PARTIAL_SUCCESS:
    case S::FAILURE_FOR_ALL_EVENTS_FAILURE:
        // One success is enough to succeed: each success rescued it.
        return succeeded ? std::optional(TaskStatus::Succeeded) : std::nullopt;
    case S::MAJORITY:
    case S::AT_LEAST_COUNT:
    case S::AT_LEAST_PERCENT:
        break;
    }
    return std::nullopt;
}

QString EvaluationExplainer::reason(const Evaluation &evaluation, int s, int f)
{
    const int n = s + f;
    const QLocale locale;
    if (n == 0 && evaluation.state != S::AT_LEAST_COUNT)
        return tr("no task succeeded or failed");
    switch (evaluation.state) {
    case S::SUCCESS_ON_ALL_EVENTS_SUCCESS:
    case S::FAILURE_FOR_PARTIAL_ERROR:
        if (f == 0)
            return n == 1 ? tr("the one task succeeded") : tr("all %1 succeeded").arg(tasks(n));
        return tr("%1 of %2 failed").arg(locale.toString(f), tasks(n));
    case S::SUCCESS_FOR_PARTIAL_SUCCESS:
    case S::FAILURE_FOR_ALL_EVENTS_FAILURE:
        if (s == 0)
            return n == 1 ? tr("the one task failed") : tr("all %1 failed").arg(tasks(n));
        return tr("%1 of %2 succeeded").arg(locale.toString(s), tasks(n));
    case S::MAJORITY:
    case S::AT_LEAST_COUNT:
    case S::AT_LEAST_PERCENT:
        break;
    }
    return countReason(evaluation, s, f);
}

QString EvaluationExplainer::countReason(const Evaluation &evaluation, int s, int f)
{
    const QLocale locale;
    const bool success = evaluation.evaluate(s, f);
    const QString compare = success ? QStringLiteral("≥") : QStringLiteral("<");
    switch (evaluation.state) {
    case S::MAJORITY:
        return tr("%1 succeeded, %2 failed: %3 %4 %5")
            .arg(locale.toString(s), locale.toString(f), locale.toString(s), compare,
                 locale.toString(f));
    case S::AT_LEAST_COUNT:
        return tr("%1 succeeded %2 %3")
            .arg(tasks(s), compare, locale.toString(std::llround(evaluation.threshold)));
    case S::AT_LEAST_PERCENT:
        return tr("%1 of %2 succeeded = %3% %4 %5%")
            .arg(locale.toString(s), tasks(s + f), percent(100.0 * s / (s + f)), compare,
                 percent(evaluation.threshold));
    default:
        return {};
    }
}

QString EvaluationExplainer::tasks(int count)
{
    return count == 1 ? tr("1 task") : tr("%1 tasks").arg(QLocale().toString(count));
}

// At most two decimals, none when they are zero: 99.25, 95, 66.67.
QString EvaluationExplainer::percent(double value)
{
    QString text = QLocale().toString(std::round(value * 100) / 100, 'f', 2);
    const QString zeros = QLocale().decimalPoint() + QStringLiteral("00");
    if (text.endsWith(zeros))
        text.chop(zeros.size());
    else if (text.endsWith(QLatin1Char('0')) && text.contains(QLocale().decimalPoint()))
        text.chop(1);
    return text;
}

} // namespace volnux
