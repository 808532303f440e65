// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClusterProtocol.h"

#include "core/executors/process/WorkerProtocol.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

namespace volnux {

namespace {

// Keys of one ResultItem in a batch; part of the protocol, never renumber them.
enum ItemKey : int
{
    Report = 0,
    Attempt = 1,
    Claimed = 2,
    HandedBack = 3,
    Entry = 4,
};

// WorkerProtocol frames carry a length prefix that stream fields do not need.
QByteArray payloadOf(const QByteArray &frame)
{
    return frame.mid(WorkerProtocol::kHeaderSize);
}

void appendEntries(const RedisReply &list, std::vector<StreamEntry> *out)
{
    for (const RedisReply &entry : list.elements) {
        if (entry.elements.size() < 2)
            continue; // an entry deleted while pending: nil fields
        StreamEntry e{entry.elements[0].str, {}};
        const auto &kv = entry.elements[1].elements;
        for (size_t i = 0; i + 1 < kv.size(); i += 2)
            e.fields[kv[i].str] = kv[i + 1].str;
        out->push_back(std::move(e));
    }
}

QByteArray field(const StreamEntry &e, const char *name)
{
    const auto it = e.fields.find(QByteArray(name));
    return it == e.fields.end() ? QByteArray() : it->second;
}

std::optional<ResultItem> decodeItem(const QCborMap &map)
{
    WorkerMessage message;
    if (!WorkerProtocol::decode(map.value(Report).toByteArray(), &message) ||
        message.type != WorkerMessageType::Report)
        return std::nullopt;
    ResultItem item;
    item.report = std::move(message.report);
    item.attempt = int(map.value(Attempt).toInteger(1));
    item.entryId = map.value(Entry).toString().toLatin1();
    item.claimed = map.value(Claimed).isTrue();
    item.handedBack = map.value(HandedBack).isTrue();
    return item;
}

} // namespace

QByteArray ClusterProtocol::tasksKey(const QString &queue)
{
    return "volnux:" + queue.toUtf8() + ":tasks";
}

QByteArray ClusterProtocol::cancelKey(const QString &queue)
{
    return "volnux:" + queue.toUtf8() + ":cancel";
}

QByteArray ClusterProtocol::workerKey(const QString &queue, const QString &name)
{
    return "volnux:" + queue.toUtf8() + ":worker:" + name.toUtf8();
}

QByteArray ClusterProtocol::resultsKey(const QString &queue, const QByteArray &token)
{
    return "volnux:" + queue.toUtf8() + ":results:" + token;
}

RedisArgs ClusterProtocol::createGroup(const QString &queue)
{
    return {"XGROUP", "CREATE", tasksKey(queue), kGroup, "$", "MKSTREAM"};
}

bool ClusterProtocol::isGroupReady(const RedisReply &reply)
{
    return !reply.isError() || reply.str.startsWith("BUSYGROUP");
}

RedisArgs ClusterProtocol::addTask(const QString &queue, const QByteArray &resultStream,
                                   const QByteArray &token, const AttemptJob &job,
                                   const QString &threadName, int maxTasksPerChild)
{
    RedisArgs args{"XADD",
                   tasksKey(queue),
                   "*",
                   "r",
                   resultStream,
                   "t",
                   token,
                   "p",
                   payloadOf(WorkerProtocol::run(job, threadName))};
    if (maxTasksPerChild > 0) {
        args.push_back("m");
        args.push_back(QByteArray::number(maxTasksPerChild));
    }
    return args;
}

std::vector<ClusterTask> ClusterProtocol::tasks(const RedisReply &readReply)
{
    std::vector<ClusterTask> out;
    for (StreamEntry &e : entries(readReply))
        out.push_back({e.id, field(e, "r"), field(e, "t"), field(e, "p"),
                       std::max(0, field(e, "m").toInt())});
    return out;
}

RedisArgs ClusterProtocol::addResults(const QByteArray &resultStream, const QString &worker,
                                      const QString &host, const std::vector<ResultItem> &items)
{
    QCborArray array;
    for (const ResultItem &item : items) {
        QCborMap map;
        map.insert(Report, payloadOf(WorkerProtocol::report(item.report)));
        map.insert(Attempt, item.attempt);
        map.insert(Entry, QString::fromLatin1(item.entryId));
        if (item.claimed)
            map.insert(Claimed, true);
        if (item.handedBack)
            map.insert(HandedBack, true);
        array.append(map);
    }
    return {"XADD",
            resultStream,
            "*",
            "w",
            worker.toUtf8(),
            "h",
            host.toUtf8(),
            "n",
            QByteArray::number(WorkerProtocol::monotonicMs(), 'f', 3),
            "b",
            array.toCborValue().toCbor()};
}

std::vector<ResultBatch> ClusterProtocol::results(const RedisReply &readReply)
{
    std::vector<ResultBatch> out;
    for (const StreamEntry &e : entries(readReply)) {
        ResultBatch batch;
        batch.entryId = e.id;
        batch.worker = QString::fromUtf8(field(e, "w"));
        batch.host = QString::fromUtf8(field(e, "h"));
        batch.senderNow = field(e, "n").toDouble();
        const QCborArray items = QCborValue::fromCbor(field(e, "b")).toArray();
        for (const QCborValue &v : items) {
            if (auto item = decodeItem(v.toMap()))
                batch.items.push_back(std::move(*item));
        }
        out.push_back(std::move(batch));
    }
    return out;
}

RedisArgs ClusterProtocol::addCancel(const QString &queue, const CancelNotice &notice)
{
    RedisArgs args{"XADD", cancelKey(queue), "MAXLEN", "~", "10000", "*", "t", notice.token};
    if (notice.id) {
        args.insert(args.end(),
                    {"i", QByteArray::number(*notice.id), "a", QByteArray::number(notice.attempt)});
    }
    return args;
}

std::vector<CancelNotice> ClusterProtocol::cancels(const RedisReply &readReply)
{
    std::vector<CancelNotice> out;
    for (const StreamEntry &e : entries(readReply)) {
        CancelNotice notice;
        notice.token = field(e, "t");
        if (const QByteArray id = field(e, "i"); !id.isEmpty()) {
            notice.id = id.toULongLong();
            notice.attempt = field(e, "a").toInt();
        }
        out.push_back(std::move(notice));
    }
    return out;
}

std::vector<StreamEntry> ClusterProtocol::entries(const RedisReply &readReply)
{
    std::vector<StreamEntry> out;
    if (readReply.type != RedisReply::Type::Array)
        return out;
    const auto &top = readReply.elements;
    // XAUTOCLAIM: [next cursor, entries, deleted ids]; XREAD(GROUP): [[stream, entries], ...].
    if (!top.empty() && top[0].type == RedisReply::Type::String) {
        if (top.size() >= 2)
            appendEntries(top[1], &out);
        return out;
    }
    for (const RedisReply &stream : top) {
        if (stream.elements.size() >= 2)
            appendEntries(stream.elements[1], &out);
    }
    return out;
}

} // namespace volnux
