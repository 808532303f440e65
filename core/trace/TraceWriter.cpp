#include "TraceWriter.h"

#include "core/UserText.h"
#include "core/files/FileKind.h"
#include "core/trace/JsonLine.h"

namespace volnux {

namespace {
// Pipeline position, added beside the fields of the format (their meaning never changes).
void addPipelineFields(JsonLine &line, const RunRecord &r)
{
    if (r.step >= 0)
        line.add("step", r.step);
    if (!r.branch.isEmpty())
        line.add("branch", r.branch);
}

QByteArray attemptLine(const RunRecord &r)
{
    JsonLine line;
    line.add("type", QStringLiteral("attempt"))
        .add("event", r.eventName)
        .add("task", r.task)
        .add("attempt", r.attempt)
        .add("start", r.start)
        .add("end", r.end)
        .add("outcome", toText(r.outcome));
    if (r.errorType.isEmpty())
        line.addNull("error_type").addNull("error");
    else
        line.add("error_type", r.errorType).add("error", r.message);
    line.add("thread", r.thread).add("pid", r.pid);
    if (r.nextDelay >= 0)
        line.add("next_delay", r.nextDelay);
    else
        line.addNull("next_delay");
    addPipelineFields(line, r);
    return line.toJson();
}
} // namespace

QByteArray TraceWriter::line(const RunRecord &r)
{
    switch (r.type) {
    case RecordType::AttemptFinished:
        return attemptLine(r);
    case RecordType::TaskFinished:
        return JsonLine()
            .add("type", QStringLiteral("task"))
            .add("event", r.eventName)
            .add("task", r.task)
            .add("status", toText(r.taskStatus))
            .add("attempts", r.attempt)
            .toJson();
    case RecordType::EventFinished: {
        JsonLine line;
        line.add("type", QStringLiteral("event"))
            .add("event", r.eventName)
            .add("status", toText(r.eventStatus))
            .add("succeeded", r.succeeded)
            .add("failed", r.failed)
            .add("cancelled", r.cancelled)
            .add("skipped", r.skipped)
            .add("evaluation", r.evaluation)
            .add("outcome", r.evaluatedOutcome);
        addPipelineFields(line, r);
        return line.toJson();
    }
    case RecordType::RunFinished:
        return JsonLine()
            .add("type", QStringLiteral("run"))
            .add("status", toText(r.runStatus))
            .add("duration", r.time)
            .toJson();
    default:
        return {};
    }
}

bool TraceWriter::open(const QString &path, QString *error)
{
    m_path = path;
    // Never blocks: a FIFO nobody reads is refused rather than waited on forever.
    QString reason;
    if (FileKind::openForWriting(m_file, path, &reason))
        return true;
    *error = QStringLiteral("cannot write the trace %1: %2").arg(UserText::escaped(path), reason);
    return false;
}

void TraceWriter::write(const RunRecords &records)
{
    if (!m_file.isOpen())
        return;
    for (const RunRecord &r : records) {
        const QByteArray text = line(r);
        if (!text.isEmpty()) {
            m_file.write(text);
            m_file.write("\n", 1);
        }
    }
}

bool TraceWriter::close(QString *error)
{
    if (!m_file.isOpen())
        return true;
    const bool ok = m_file.flush() && m_file.error() == QFileDevice::NoError;
    if (!ok)
        *error = QStringLiteral("writing the trace %1 failed: %2")
                     .arg(UserText::escaped(m_path), m_file.errorString());
    m_file.close();
    return ok;
}

} // namespace volnux
