// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The wire format between the host and its worker processes: each message is one CBOR map with
// small integer keys (WorkerKeys.h), sent as a frame with a 4-byte little-endian length prefix.
// Value types only; every function is reentrant.
//
// A process pool sends an event's settings once per worker (Scope), then its attempts in batches
// (Batch: ids, tasks, attempts and inputs only); a worker sends its reports back several to a
// frame (Reports). Run and Report, one attempt each, are what the cluster stores in Redis.

#include "core/executors/Executor.h"

#include <QByteArray>

#include <span>
#include <vector>

namespace volnux {

enum class WorkerMessageType
{
    Hello = 1,      // worker -> host, once, when the worker loop is ready
    Run = 2,        // host -> worker: run one attempt
    Cancel = 3,     // host -> worker: cancel attempt `id` (running or queued)
    DropQueued = 4, // host -> worker: report every attempt not yet started as cancelled
    Report = 5,     // worker -> host: one finished attempt
    Scope = 6,      // host -> worker: an event's settings, under a key the batches name
    Batch = 7,      // host -> worker: attempts of one scope, to run in order
    Reports = 8,    // worker -> host: reports of several attempts, in the order they were made
};

struct WorkerMessage
{
    WorkerMessageType type = WorkerMessageType::Hello;
    quint64 id = 0;                      // Cancel
    qint64 pid = 0;                      // Hello
    AttemptJob job;                      // Run (without cancellation flag; its scope is `scope`)
    std::shared_ptr<AttemptScope> scope; // Run (without factory)
    QString threadName;   // Run: the name of the worker's task thread, empty for the default
    AttemptReport report; // Report: start/end are CLOCK_MONOTONIC milliseconds of the worker
    int scopeKey = 0;     // Scope, Batch
    std::vector<AttemptJob> jobs; // Batch: ids, tasks, attempts, inputs (the worker sets scopes)
    // Reports: as `report`, without scope, task, attempt, thread or pid (the host knows them).
    struct Entry
    {
        AttemptReport report;
        bool startUnsent = false; // finished, and its "started" was never sent: it is implied
    };
    std::vector<Entry> reports;
};

class WorkerProtocol
{
public:
    static constexpr int kHeaderSize = 4;
    // Larger frames mean a broken peer (or a value nobody should ship between processes).
    static constexpr qint64 kMaxFrameSize = 512LL * 1024 * 1024;

    static QByteArray hello(qint64 pid);
    static QByteArray run(const AttemptJob &job, const QString &threadName);
    static QByteArray cancel(quint64 id);
    static QByteArray dropQueued();
    static QByteArray report(const AttemptReport &report);
    // `scope` with the name of the task thread its attempts run on (empty: the default). Its
    // keepsValue says whether a successful attempt's value is sent back.
    static QByteArray scope(int key, const AttemptScope &scope, const QString &threadName);
    static QByteArray batch(int scopeKey, std::span<const AttemptJob> jobs);
    // A Reports frame is built in place: begin it, append reports, finish it before sending.
    static void beginReports(QByteArray &frame);
    static void appendReport(QByteArray &frame, const AttemptReport &report,
                             bool startUnsent = false);
    static void finishReports(QByteArray &frame);
    static qsizetype emptyReportsSize(); // a begun frame with no report yet

    // Decodes one frame's payload (without the length prefix); false on malformed input.
    static bool decode(const QByteArray &payload, WorkerMessage *message);

    // CLOCK_MONOTONIC in milliseconds: the same timeline in every process of the machine, which
    // is how the host places a worker's start/end on its own clock.
    static double monotonicMs();
};

} // namespace volnux
