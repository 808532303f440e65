// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes a run in the Chrome trace-event JSON format (opens in Perfetto and chrome://tracing):
// one track per worker thread with a slice per attempt, coloured by outcome, and a "waiting to
// retry" track per task whose slices are the backoffs. Collects while the run goes, writes on
// close. Used on one thread.

#include "core/engine/RunRecord.h"

#include <QFile>
#include <QHash>
#include <QList>

#include <memory>

namespace volnux {

class ChromeTraceWriter
{
public:
    void add(const RunRecords &records);
    // Opens now a target that is not a regular file (a pipe, a device), so that a FIFO nobody
    // reads is refused before the run instead of blocking at its end. A regular file is left
    // alone until save() replaces it.
    bool prepare(const QString &path, QString *error);
    bool save(const QString &path, QString *error);
    QByteArray toJson() const;

private:
    qint64 processOf(const RunRecord &record);
    qint64 threadProcess(qint64 pid, const QString &name);
    int threadId(qint64 pid, const QString &thread);

    std::unique_ptr<QFile> m_device; // the prepared pipe or device, or null

    QList<QByteArray> m_events;
    QHash<QString, int> m_threads; // "pid/thread" -> tid
    QHash<qint64, bool> m_pids;
    QHash<QString, qint64> m_remote; // "host:pid" -> the trace's process number
    QList<QByteArray> m_metadata;
};

} // namespace volnux
