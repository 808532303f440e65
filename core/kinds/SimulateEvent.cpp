#include "SimulateEvent.h"

#include "core/errors/ErrorTypes.h"
#include "core/kinds/KindParams.h"
#include "core/kinds/SleepEvent.h"

#include <climits>

namespace volnux {

namespace {
const QString kFailWith = QStringLiteral("fail_with");
const QString kFailTasks = QStringLiteral("fail_tasks");
const QString kFailAttempts = QStringLiteral("fail_attempts");
const QString kFailRate = QStringLiteral("fail_rate");

quint64 splitmix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

bool anyFailSetting(const KindParams &p)
{
    return p.has(kFailWith) || p.has(kFailTasks) || p.has(kFailAttempts) || p.has(kFailRate);
}

bool taskSelected(const KindParams &p, int task)
{
    if (!p.has(kFailTasks))
        return true;
    const QVariant v = p.value(kFailTasks);
    if (v.typeId() != QMetaType::QVariantList)
        p.fail(kFailTasks, QStringLiteral("must be a list of task indices"));
    for (const QVariant &item : v.toList()) {
        const auto index = KindParams::toInteger(item);
        if (!index || *index < 0)
            p.fail(kFailTasks, QStringLiteral("must be a list of task indices"));
        if (*index == task)
            return true;
    }
    return false;
}

// fail_attempts: the number of leading attempts that fail, or "all" (the default).
bool attemptSelected(const KindParams &p, int attempt)
{
    const QVariant v = p.value(kFailAttempts);
    if (!v.isValid() || v.isNull() ||
        (v.typeId() == QMetaType::QString && v.toString() == QStringLiteral("all")))
        return true;
    return attempt <= p.integer(kFailAttempts, 0, 0, INT_MAX);
}

QString failWith(const KindParams &p)
{
    const QString type = p.string(kFailWith, ErrorNames::RuntimeError);
    if (type != SimulateEvent::returnedFailure() && !ErrorTypes::isValidName(type))
        p.fail(kFailWith, QStringLiteral("must be an error type name or \"return\""));
    return type;
}
} // namespace

double SimulateEvent::draw(qint64 seed, int task, int attempt)
{
    quint64 h = splitmix(quint64(seed));
    h = splitmix(h ^ quint64(quint32(task)));
    h = splitmix(h ^ quint64(quint32(attempt)));
    return double(h >> 11) * 0x1.0p-53;
}

bool SimulateEvent::attemptFails(const QVariantMap &params, int task, int attempt)
{
    const KindParams p(params);
    if (!anyFailSetting(p) || !taskSelected(p, task))
        return false;
    if (p.has(kFailRate)) { // a rate replaces fail_attempts
        const double rate = p.number(kFailRate, 0, 0, 1);
        const qint64 seed = p.integer(QStringLiteral("seed"), 0, LLONG_MIN, LLONG_MAX);
        return draw(seed, task, attempt) < rate;
    }
    return attemptSelected(p, attempt);
}

TaskResult SimulateEvent::process(TaskContext &context)
{
    const KindParams p(context.params());
    const qint64 duration = p.integer(QStringLiteral("duration_ms"), 0, 0, INT_MAX);
    const auto descriptor = p.optionalInteger(QStringLiteral("descriptor"), 0, 9);
    const QString type = failWith(p);
    const bool fails = attemptFails(context.params(), context.taskIndex(), context.attempt());
    SleepEvent::sleepCancellable(context, duration);
    if (!fails) {
        TaskResult result = TaskResult::ok(p.value(QStringLiteral("value")));
        if (descriptor)
            result.descriptor = int(*descriptor);
        return result;
    }
    const QString message = QStringLiteral("simulated failure (task %1, attempt %2)")
                                .arg(context.taskIndex())
                                .arg(context.attempt());
    if (type == returnedFailure())
        return TaskResult::fail(message);
    throw Error(type, message);
}

} // namespace volnux
