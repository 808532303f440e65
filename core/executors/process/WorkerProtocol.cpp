// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkerProtocol.h"

#include "core/executors/process/WorkerBatchCodec.h"
#include "core/executors/process/WorkerKeys.h"

#include <QCborArray>
#include <QCborMap>
#include <QtEndian>

#include <time.h>

namespace volnux {

namespace {

using namespace workerkeys;

QByteArray frame(const QCborMap &map)
{
    const QByteArray payload = map.toCborValue().toCbor();
    QByteArray out(WorkerProtocol::kHeaderSize, Qt::Uninitialized);
    qToLittleEndian<quint32>(quint32(payload.size()), out.data());
    return out + payload;
}

QCborMap header(WorkerMessageType type)
{
    QCborMap map;
    map.insert(Type, int(type));
    return map;
}

QCborArray toCborList(const QStringList &list)
{
    QCborArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

QStringList toStringList(const QCborArray &array)
{
    QStringList list;
    list.reserve(array.size());
    for (const QCborValue &v : array)
        list.append(v.toString());
    return list;
}

void insertScope(QCborMap &map, const AttemptScope &scope)
{
    map.insert(EventType, scope.eventType);
    map.insert(EventName, scope.name.toString());
    if (!scope.params.isEmpty())
        map.insert(Params, QCborValue::fromVariant(scope.params));
    if (!scope.previousResults.isEmpty())
        map.insert(Previous, QCborValue::fromVariant(scope.previousResults));
    map.insert(MaxAttempts, scope.maxAttempts);
    if (scope.timeoutMs)
        map.insert(TimeoutMs, *scope.timeoutMs);
    if (!scope.keepsValue)
        map.insert(KeepsValue, false);
}

void decodeScope(const QCborMap &map, WorkerMessage *m)
{
    m->scope = std::make_shared<AttemptScope>();
    AttemptScope &scope = *m->scope;
    scope.eventType = map.value(EventType).toString();
    scope.name = map.value(EventName).toString();
    scope.params = map.value(Params).toVariant().toMap();
    scope.previousResults = map.value(Previous).toVariant().toList();
    scope.maxAttempts = int(map.value(MaxAttempts).toInteger(1));
    if (map.contains(TimeoutMs))
        scope.timeoutMs = int(map.value(TimeoutMs).toInteger());
    scope.keepsValue = map.value(KeepsValue).toBool(true);
    m->scopeKey = int(map.value(ScopeKey).toInteger());
    m->threadName = map.value(ThreadName).toString();
}

void decodeRun(const QCborMap &map, WorkerMessage *m)
{
    decodeScope(map, m);
    AttemptJob &job = m->job;
    job.id = quint64(map.value(Id).toInteger());
    job.scope = m->scope.get();
    job.input = map.value(Input).toVariant();
    job.task = int(map.value(Task).toInteger());
    job.attempt = int(map.value(Attempt).toInteger(1));
    m->threadName = map.value(ThreadName).toString();
}

bool decodeReport(const QCborMap &map, WorkerMessage *m)
{
    AttemptReport &r = m->report;
    const qint64 outcome = map.value(Outcome).toInteger(-1);
    if (outcome < int(AttemptOutcome::Success) || outcome > int(AttemptOutcome::Cancelled))
        return false;
    r.id = quint64(map.value(Id).toInteger());
    r.phase =
        map.value(Phase).isTrue() ? AttemptReport::Phase::Started : AttemptReport::Phase::Finished;
    r.outcome = AttemptOutcome(outcome);
    r.value = map.value(Value).toVariant();
    if (map.contains(Descriptor))
        r.descriptor = int(map.value(Descriptor).toInteger());
    r.errorType = map.value(ErrorType).toString();
    r.errorMessage = map.value(ErrorMessage).toString();
    r.log = toStringList(map.value(Log).toArray());
    r.droppedLog = int(map.value(DroppedLog).toInteger());
    r.thread = map.value(ThreadName).toString();
    r.pid = map.value(Pid).toInteger();
    r.start = map.value(Start).toDouble();
    r.end = map.value(End).toDouble();
    return true;
}

} // namespace

QByteArray WorkerProtocol::hello(qint64 pid)
{
    QCborMap map = header(WorkerMessageType::Hello);
    map.insert(Pid, pid);
    return frame(map);
}

QByteArray WorkerProtocol::run(const AttemptJob &job, const QString &threadName)
{
    QCborMap map = header(WorkerMessageType::Run);
    map.insert(Id, qint64(job.id));
    insertScope(map, *job.scope);
    if (job.input.isValid())
        map.insert(Input, QCborValue::fromVariant(job.input));
    map.insert(Task, job.task);
    map.insert(Attempt, job.attempt);
    if (!threadName.isEmpty())
        map.insert(ThreadName, threadName);
    return frame(map);
}

QByteArray WorkerProtocol::scope(int key, const AttemptScope &scope, const QString &threadName)
{
    QCborMap map = header(WorkerMessageType::Scope);
    map.insert(ScopeKey, key);
    insertScope(map, scope);
    if (!threadName.isEmpty())
        map.insert(ThreadName, threadName);
    return frame(map);
}

QByteArray WorkerProtocol::batch(int scopeKey, std::span<const AttemptJob> jobs)
{
    return workerbatch::batchFrame(scopeKey, jobs);
}

void WorkerProtocol::beginReports(QByteArray &frame)
{
    workerbatch::beginReports(frame);
}

void WorkerProtocol::appendReport(QByteArray &frame, const AttemptReport &report, bool startUnsent)
{
    workerbatch::appendReport(frame, report, startUnsent);
}

void WorkerProtocol::finishReports(QByteArray &frame)
{
    workerbatch::finishReports(frame);
}

qsizetype WorkerProtocol::emptyReportsSize()
{
    return workerbatch::emptyReportsSize();
}

QByteArray WorkerProtocol::cancel(quint64 id)
{
    QCborMap map = header(WorkerMessageType::Cancel);
    map.insert(Id, qint64(id));
    return frame(map);
}

QByteArray WorkerProtocol::dropQueued()
{
    return frame(header(WorkerMessageType::DropQueued));
}

QByteArray WorkerProtocol::report(const AttemptReport &r)
{
    QCborMap map = header(WorkerMessageType::Report);
    map.insert(Id, qint64(r.id));
    if (r.phase == AttemptReport::Phase::Started)
        map.insert(Phase, true); // absent: finished, the common case
    map.insert(Outcome, int(r.outcome));
    if (r.value.isValid())
        map.insert(Value, QCborValue::fromVariant(r.value));
    if (r.descriptor)
        map.insert(Descriptor, *r.descriptor);
    if (!r.errorType.isEmpty())
        map.insert(ErrorType, r.errorType);
    if (!r.errorMessage.isEmpty())
        map.insert(ErrorMessage, r.errorMessage);
    if (!r.log.isEmpty())
        map.insert(Log, toCborList(r.log));
    if (r.droppedLog)
        map.insert(DroppedLog, r.droppedLog);
    map.insert(ThreadName, r.thread.toString());
    map.insert(Pid, r.pid);
    map.insert(Start, r.start);
    map.insert(End, r.end);
    return frame(map);
}

bool WorkerProtocol::decode(const QByteArray &payload, WorkerMessage *m)
{
    // The hot messages are read as a stream, the rest as a map.
    switch (WorkerMessageType(workerbatch::peekType(payload))) {
    case WorkerMessageType::Batch:
        return workerbatch::decodeBatch(payload, m);
    case WorkerMessageType::Reports:
        return workerbatch::decodeReports(payload, m);
    default:
        break;
    }
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(payload, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return false;
    const QCborMap map = value.toMap();
    m->type = WorkerMessageType(map.value(Type).toInteger());
    switch (m->type) {
    case WorkerMessageType::Hello:
        m->pid = map.value(Pid).toInteger();
        return true;
    case WorkerMessageType::Run:
        decodeRun(map, m);
        return true;
    case WorkerMessageType::Scope:
        decodeScope(map, m);
        return true;
    case WorkerMessageType::Batch:
    case WorkerMessageType::Reports:
        return false; // read above
    case WorkerMessageType::Cancel:
        m->id = quint64(map.value(Id).toInteger());
        return true;
    case WorkerMessageType::DropQueued:
        return true;
    case WorkerMessageType::Report:
        return decodeReport(map, m);
    }
    return false;
}

double WorkerProtocol::monotonicMs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

} // namespace volnux
