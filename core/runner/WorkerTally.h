// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The remote workers a run saw (RedisExecutor's `volnux-worker` processes): each by machine and
// process, with its attempts and how many of them failed, in the order they first reported. A
// local run has none. Fed on one thread, with the same records as RunSummary.

#include "core/engine/RunRecord.h"

#include <QHash>

#include <vector>

namespace volnux {

class WorkerTally
{
public:
    struct Worker
    {
        QString host;
        qint64 pid = 0;
        int attempts = 0;
        int failed = 0; // ended in an error or a returned failure
    };

    void apply(const RunRecords &records);
    const std::vector<Worker> &workers() const { return m_workers; }
    QString text() const;    // empty for a local run
    QByteArray json() const; // an array, empty for a local run

private:
    std::vector<Worker> m_workers;
    QHash<QString, size_t> m_index; // "host:pid" -> m_workers
};

} // namespace volnux
