#pragma once

// Writes a run in the Chrome trace-event JSON format (opens in Perfetto and chrome://tracing):
// one track per worker thread with a slice per attempt, coloured by outcome, and a "waiting to
// retry" track per task whose slices are the backoffs. Collects while the run goes, writes on
// close. Used on one thread.

#include "core/engine/RunRecord.h"

#include <QHash>
#include <QList>

namespace volnux {

class ChromeTraceWriter
{
public:
    void add(const RunRecords &records);
    bool save(const QString &path, QString *error) const;
    QByteArray toJson() const;

private:
    int threadId(qint64 pid, const QString &thread);

    QList<QByteArray> m_events;
    QHash<QString, int> m_threads; // "pid/thread" -> tid
    QHash<qint64, bool> m_pids;
    QList<QByteArray> m_metadata;
};

} // namespace volnux
