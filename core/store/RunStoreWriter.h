// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Records one run into the run store, on a thread of its own: the consumer of the record stream
// hands it each drained batch (`write`); the writer commits what it was given in one transaction
// once 16,384 rows wait or 100 ms after its last commit, so a process killed mid-run keeps all
// but its last 100 ms or so. The per-event and
// per-run counts come from the consumer's RunState, the core's one reader of the stream.
// `write` and `finish` are called from one thread (the consumer's); the SQL runs on the
// writer's.

#include "core/engine/RunRecord.h"

#include <QString>

#include <memory>

namespace volnux {

class RunState;

class RunStoreWriter
{
public:
    // Opens its own connection to the store at `path` and appends to run `runId`
    // (RunStore::beginRun).
    RunStoreWriter(const QString &path, qint64 runId);
    ~RunStoreWriter(); // finishes

    qint64 runId() const;
    // Hands a batch over: what the store keeps of `records` is copied, with the counts of
    // `state`, which has read `records` already.
    void write(RecordSpan records, const RunState &state);
    // Waits until every batch is committed, then stops. Returns false, with the reason in
    // `error`, when any batch could not be recorded.
    bool finish(QString *error);

private:
    struct Shared;
    std::unique_ptr<Shared> m_shared;
};

} // namespace volnux
