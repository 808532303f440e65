// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChromeTraceWriter.h"

#include "core/UserText.h"
#include "core/files/FileKind.h"
#include "core/trace/JsonLine.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace volnux {

namespace {
// Backoffs live in a pseudo-process of their own, one track per task.
constexpr qint64 kBackoffPid = 0;
// Remote workers' processes are numbered from here: above any pid of this machine.
constexpr qint64 kRemotePidBase = 1000000000;

// Perfetto's reserved colour names, so outcomes read at a glance.
QString colourOf(AttemptOutcome outcome)
{
    switch (outcome) {
    case AttemptOutcome::Success:
        return QStringLiteral("good");
    case AttemptOutcome::Failure:
        return QStringLiteral("bad");
    case AttemptOutcome::Error:
        return QStringLiteral("terrible");
    case AttemptOutcome::Cancelled:
        return QStringLiteral("grey");
    }
    return QString();
}

QByteArray metadata(const char *name, qint64 pid, int tid, const QString &value)
{
    JsonLine line;
    line.add("name", QString::fromLatin1(name)).add("ph", QStringLiteral("M")).add("pid", pid);
    if (tid >= 0)
        line.add("tid", tid);
    return line.addRaw("args", JsonLine().add("name", value).toJson()).toJson();
}
} // namespace

// The trace's process of an attempt: its pid on this machine; a worker on another machine
// (RedisExecutor) gets a number of its own, since pids of two machines may be the same, and is
// named after its host.
qint64 ChromeTraceWriter::processOf(const RunRecord &r)
{
    if (r.host.isEmpty())
        return threadProcess(r.pid, QStringLiteral("volnux (pid %1)").arg(r.pid));
    const QString key = r.host.toString() + QLatin1Char(':') + QString::number(r.pid);
    auto it = m_remote.constFind(key);
    if (it == m_remote.constEnd())
        it = m_remote.insert(key, kRemotePidBase + m_remote.size());
    return threadProcess(*it, QStringLiteral("%1 (pid %2)").arg(r.host.toString()).arg(r.pid));
}

qint64 ChromeTraceWriter::threadProcess(qint64 pid, const QString &name)
{
    if (!m_pids.contains(pid)) {
        m_pids.insert(pid, true);
        m_metadata << metadata("process_name", pid, -1, name);
    }
    return pid;
}

int ChromeTraceWriter::threadId(qint64 pid, const QString &thread)
{
    if (pid == kBackoffPid)
        threadProcess(pid, QStringLiteral("waiting to retry"));
    const QString key = QString::number(pid) + QLatin1Char('/') + thread;
    auto it = m_threads.constFind(key);
    if (it != m_threads.constEnd())
        return *it;
    const int tid = int(m_threads.size()) + 1;
    m_threads.insert(key, tid);
    m_metadata << metadata("thread_name", pid, tid, thread);
    return tid;
}

void ChromeTraceWriter::add(const RunRecords &records)
{
    for (const RunRecord &r : records) {
        if (r.type == RecordType::AttemptFinished) {
            const qint64 pid = processOf(r);
            const int tid =
                threadId(pid, r.thread.isEmpty() ? QStringLiteral("?") : r.thread.toString());
            JsonLine args;
            args.add("event", r.eventName).add("task", r.task).add("attempt", r.attempt);
            args.add("outcome", toText(r.outcome));
            if (!r.errorType.isEmpty())
                args.add("error_type", r.errorType).add("error", r.message);
            m_events
                << JsonLine()
                       .add(
                           "name",
                           QStringLiteral("%1[%2] #%3").arg(r.eventName).arg(r.task).arg(r.attempt))
                       .add("cat", toText(r.outcome))
                       .add("ph", QStringLiteral("X"))
                       // Whole microseconds, each end rounded on its own: bars that touch
                       // in the run touch in the trace, and a recorded run writes the same.
                       .add("ts", toMicros(r.start))
                       .add("dur", toMicros(r.end) - toMicros(r.start))
                       .add("pid", pid)
                       .add("tid", tid)
                       .add("cname", colourOf(r.outcome))
                       .addRaw("args", args.toJson())
                       .toJson();
        } else if (r.type == RecordType::RetryScheduled) {
            const int tid =
                threadId(kBackoffPid, QStringLiteral("%1[%2]").arg(r.eventName).arg(r.task));
            m_events << JsonLine()
                            .add("name", QStringLiteral("backoff before attempt %1").arg(r.attempt))
                            .add("cat", QStringLiteral("backoff"))
                            .add("ph", QStringLiteral("X"))
                            .add("ts", toMicros(r.time))
                            .add("dur", toMicros(r.nextDelay))
                            .add("pid", kBackoffPid)
                            .add("tid", tid)
                            .add("cname", QStringLiteral("yellow"))
                            .addRaw("args", JsonLine().add("delay_ms", r.nextDelay).toJson())
                            .toJson();
        }
    }
}

QByteArray ChromeTraceWriter::toJson() const
{
    QByteArray out = "{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n";
    bool first = true;
    for (const QList<QByteArray> *list : {&m_metadata, &m_events}) {
        for (const QByteArray &event : *list) {
            if (!first)
                out += ",\n";
            out += event;
            first = false;
        }
    }
    out += "\n]}\n";
    return out;
}

bool ChromeTraceWriter::prepare(const QString &path, QString *error)
{
    const QFileInfo target(path);
    if (!target.exists() || target.isFile())
        return true;
    auto device = std::make_unique<QFile>();
    QString reason;
    if (!FileKind::openForWriting(*device, path, &reason)) {
        *error = QStringLiteral("cannot write the Chrome trace %1: %2")
                     .arg(UserText::escaped(path), reason);
        return false;
    }
    m_device = std::move(device);
    return true;
}

bool ChromeTraceWriter::save(const QString &path, QString *error)
{
    const QByteArray bytes = toJson();
    // A file is replaced whole (QSaveFile); a pipe or a device (/dev/stdout) is written to, never
    // replaced by a file of the same name.
    if (!m_device && !prepare(path, error))
        return false;
    if (m_device) {
        const bool written = m_device->write(bytes) == bytes.size() && m_device->flush();
        if (!written)
            *error = QStringLiteral("cannot write the Chrome trace %1: %2")
                         .arg(UserText::escaped(path), m_device->errorString());
        m_device.reset();
        return written;
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = QStringLiteral("cannot write the Chrome trace %1: %2")
                 .arg(UserText::escaped(path), file.errorString());
    return false;
}

} // namespace volnux
