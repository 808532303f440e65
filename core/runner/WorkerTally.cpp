// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkerTally.h"

#include "core/trace/JsonLine.h"

#include <QStringList>

namespace volnux {

void WorkerTally::apply(const RunRecords &records)
{
    for (const RunRecord &r : records) {
        if (r.type != RecordType::AttemptFinished || r.host.isEmpty())
            continue;
        const QString key = r.host.toString() + QLatin1Char(':') + QString::number(r.pid);
        auto it = m_index.constFind(key);
        if (it == m_index.constEnd()) {
            it = m_index.insert(key, m_workers.size());
            m_workers.push_back({r.host.toString(), r.pid});
        }
        Worker &worker = m_workers[*it];
        ++worker.attempts;
        if (r.outcome == AttemptOutcome::Error || r.outcome == AttemptOutcome::Failure)
            ++worker.failed;
    }
}

QString WorkerTally::text() const
{
    if (m_workers.empty())
        return {};
    int width = 4;
    for (const Worker &w : m_workers)
        width = std::max(width, int(w.host.size()));
    QStringList lines{QStringLiteral("workers (%1)").arg(m_workers.size())};
    for (const Worker &w : m_workers)
        lines << QStringLiteral("  %1  pid %2  %3 attempts, %4 failed")
                     .arg(w.host, -width)
                     .arg(w.pid, -7)
                     .arg(w.attempts)
                     .arg(w.failed);
    return lines.join(QLatin1Char('\n'));
}

QByteArray WorkerTally::json() const
{
    QByteArray array = "[";
    for (const Worker &w : m_workers) {
        if (array.size() > 1)
            array += ',';
        array += JsonLine()
                     .add("host", w.host)
                     .add("pid", w.pid)
                     .add("attempts", w.attempts)
                     .add("failed", w.failed)
                     .toJson();
    }
    return array + ']';
}

} // namespace volnux
