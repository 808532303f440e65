// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectSnapshot.h"

#include <QDataStream>
#include <QIODevice>

namespace volnux {

namespace {

constexpr quint32 kMagic = 0x56585350; // "VXSP"
constexpr quint32 kVersion = 2;        // 2: events have timeout_ms
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

template <typename T> void writeOptional(QDataStream &out, const std::optional<T> &value)
{
    out << value.has_value();
    if (value)
        out << *value;
}

template <typename T> void readOptional(QDataStream &in, std::optional<T> &value)
{
    bool present = false;
    in >> present;
    value.reset();
    if (present) {
        T v{};
        in >> v;
        value = std::move(v);
    }
}

} // namespace

static QDataStream &operator<<(QDataStream &out, const ExecutorInitializerConfig &config)
{
    writeOptional(out, config.max_workers);
    writeOptional(out, config.max_tasks_per_child);
    writeOptional(out, config.thread_name_prefix);
    return out;
}

static QDataStream &operator>>(QDataStream &in, ExecutorInitializerConfig &config)
{
    readOptional(in, config.max_workers);
    readOptional(in, config.max_tasks_per_child);
    readOptional(in, config.thread_name_prefix);
    return in;
}

static QDataStream &operator<<(QDataStream &out, const RetryPolicy &policy)
{
    return out << qint32(policy.max_attempts) << policy.backoff_factor << policy.max_backoff
               << policy.retry_on_exceptions << quint8(policy.jitter);
}

static QDataStream &operator>>(QDataStream &in, RetryPolicy &policy)
{
    qint32 attempts = 0;
    quint8 jitter = 0;
    in >> attempts >> policy.backoff_factor >> policy.max_backoff >> policy.retry_on_exceptions >>
        jitter;
    policy.max_attempts = attempts;
    if (jitter > quint8(BackoffJitter::Equal))
        in.setStatus(QDataStream::ReadCorruptData);
    policy.jitter = BackoffJitter(jitter);
    return in;
}

static QDataStream &operator<<(QDataStream &out, const Evaluation &evaluation)
{
    return out << qint32(evaluation.state) << evaluation.threshold;
}

static QDataStream &operator>>(QDataStream &in, Evaluation &evaluation)
{
    qint32 state = 0;
    in >> state >> evaluation.threshold;
    // An unknown state is a corrupt snapshot, not a value to keep.
    if (state < 0 || state > qint32(EventExecutionEvaluationState::AT_LEAST_PERCENT))
        in.setStatus(QDataStream::ReadCorruptData);
    evaluation.state = EventExecutionEvaluationState(state);
    return in;
}

static QDataStream &operator<<(QDataStream &out, const EventDefinition &event)
{
    out << event.name << event.kind << event.params;
    writeOptional(out, event.tasks);
    writeOptional(out, event.inputs);
    writeOptional(out, event.executor);
    writeOptional(out, event.executor_config);
    writeOptional(out, event.retry_policy);
    writeOptional(out, event.evaluation);
    writeOptional(out, event.stop_on_exception);
    writeOptional(out, event.timeout_ms);
    return out;
}

static QDataStream &operator>>(QDataStream &in, EventDefinition &event)
{
    in >> event.name >> event.kind >> event.params;
    readOptional(in, event.tasks);
    readOptional(in, event.inputs);
    readOptional(in, event.executor);
    readOptional(in, event.executor_config);
    readOptional(in, event.retry_policy);
    readOptional(in, event.evaluation);
    readOptional(in, event.stop_on_exception);
    readOptional(in, event.timeout_ms);
    return in;
}

QByteArray ProjectSnapshot::write(const Project &project)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << kMagic << kVersion << project.name << project.events;
    writeOptional(out, project.pipeline);
    return bytes;
}

std::optional<Project> ProjectSnapshot::read(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(kStreamVersion);
    quint32 magic = 0;
    quint32 version = 0;
    in >> magic >> version;
    if (magic != kMagic || version != kVersion)
        return std::nullopt;
    Project project;
    in >> project.name >> project.events;
    readOptional(in, project.pipeline);
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return project;
}

} // namespace volnux
