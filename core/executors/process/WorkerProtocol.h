// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The wire format between the host and its worker processes: each message is one CBOR map with
// small integer keys, sent as a frame with a 4-byte little-endian length prefix. Value types only;
// every function is reentrant.

#include "core/executors/Executor.h"

#include <QByteArray>

namespace volnux {

enum class WorkerMessageType
{
    Hello = 1,      // worker -> host, once, when the worker loop is ready
    Run = 2,        // host -> worker: run one attempt
    Cancel = 3,     // host -> worker: cancel attempt `id` (running or queued)
    DropQueued = 4, // host -> worker: report every attempt not yet started as cancelled
    Report = 5,     // worker -> host: one finished attempt
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

    // Decodes one frame's payload (without the length prefix); false on malformed input.
    static bool decode(const QByteArray &payload, WorkerMessage *message);

    // CLOCK_MONOTONIC in milliseconds: the same timeline in every process of the machine, which
    // is how the host places a worker's start/end on its own clock.
    static double monotonicMs();
};

} // namespace volnux
