// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulateEvent.h"

#include <QSet>

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

// The fail_tasks list as a set, parsed once per list rather than once per attempt: a run of
// 100,000 tasks with 10,000 listed would otherwise scan the list on every attempt. The list is
// implicitly shared between all the tasks' parameter maps, so its data pointer identifies it.
const QSet<qint64> &failingTasks(const KindParams &p, const QVariantList &list)
{
    thread_local const void *key = nullptr;
    thread_local qsizetype size = -1;
    thread_local QSet<qint64> set;
    if (key == list.constData() && size == list.size())
        return set;
    QSet<qint64> parsed;
    parsed.reserve(list.size());
    for (const QVariant &item : list) {
        const auto index = KindParams::toInteger(item);
        if (!index || *index < 0)
            p.fail(kFailTasks, QStringLiteral("must be a list of task indices"));
        parsed.insert(*index);
    }
    set = std::move(parsed);
    key = list.constData();
    size = list.size();
    return set;
}

bool taskSelected(const KindParams &p, int task)
{
    if (!p.has(kFailTasks))
        return true;
    const QVariant v = p.value(kFailTasks);
    if (v.typeId() != QMetaType::QVariantList)
        p.fail(kFailTasks, QStringLiteral("must be a list of task indices"));
    const QVariantList list = v.toList();
    return failingTasks(p, list).contains(task);
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
