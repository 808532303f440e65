// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What RedisExecutor hosts and volnux-worker processes write to Redis, and the key names.
// Per queue Q:
//   volnux:Q:tasks          stream; one entry per attempt (fields r: result stream, t: executor
//                           token, p: the attempt as WorkerProtocol's Run payload, m: the
//                           event's max_tasks_per_child when set), read by the
//                           consumer group "workers"
//   volnux:Q:cancel         stream of cancellations (t: token, i: task id, a: attempt; no i: all
//                           of that token), read by every worker from its start
//   volnux:Q:worker:NAME    a worker's presence (WorkerPresence), expiring
//   volnux:Q:results:TOKEN  one executor's result stream: entries of reports (see ResultBatch)
// Value types and pure functions only.

#include "core/cluster/RedisClient.h"
#include "core/executors/Executor.h"

#include <map>

namespace volnux {

struct StreamEntry
{
    QByteArray id;
    std::map<QByteArray, QByteArray> fields;
};

struct ClusterTask
{
    QByteArray entryId;
    QByteArray resultStream;
    QByteArray token;
    QByteArray payload;       // WorkerProtocol Run payload
    int maxTasksPerChild = 0; // the event's max_tasks_per_child, 0 when EMPTY
};

struct ResultItem
{
    AttemptReport report; // start/end on the sender's monotonic clock
    int attempt = 1;
    QByteArray entryId;      // the task entry it answers
    bool claimed = false;    // written by whoever claimed the attempt of a silent worker
    bool handedBack = false; // a stopping worker returned it without starting it
};

struct ResultBatch
{
    QByteArray entryId;
    QString worker;
    QString host;
    double senderNow = 0; // the sender's monotonic clock when it wrote the batch
    std::vector<ResultItem> items;
};

struct CancelNotice
{
    QByteArray token;
    std::optional<quint64> id; // none: every attempt of the token
    int attempt = 0;
};

class ClusterProtocol
{
public:
    static inline const QByteArray kGroup = "workers";

    static QByteArray tasksKey(const QString &queue);
    static QByteArray cancelKey(const QString &queue);
    static QByteArray workerKey(const QString &queue, const QString &name);
    static QByteArray resultsKey(const QString &queue, const QByteArray &token);

    // XGROUP CREATE of the queue's consumer group (an existing group answers BUSYGROUP: fine).
    static RedisArgs createGroup(const QString &queue);
    static bool isGroupReady(const RedisReply &reply);

    static RedisArgs addTask(const QString &queue, const QByteArray &resultStream,
                             const QByteArray &token, const AttemptJob &job,
                             const QString &threadName, int maxTasksPerChild = 0);
    static std::vector<ClusterTask> tasks(const RedisReply &readReply);

    static RedisArgs addResults(const QByteArray &resultStream, const QString &worker,
                                const QString &host, const std::vector<ResultItem> &items);
    static std::vector<ResultBatch> results(const RedisReply &readReply);

    static RedisArgs addCancel(const QString &queue, const CancelNotice &notice);
    static std::vector<CancelNotice> cancels(const RedisReply &readReply);

    // The entries of an XREAD / XREADGROUP / XAUTOCLAIM reply, in order.
    static std::vector<StreamEntry> entries(const RedisReply &readReply);
};

} // namespace volnux
