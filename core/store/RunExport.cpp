// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/RunExport.h"

#include "core/engine/RunRecord.h"
#include "core/store/RunReplay.h"
#include "core/store/RunStore.h"
#include "core/trace/ChromeTraceWriter.h"
#include "core/trace/TraceLineWriter.h"

namespace volnux {

namespace {

constexpr qsizetype kChunk = 1 << 20;

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') &&
        !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

void appendCsvRow(QByteArray &out, const RunRecord &r)
{
    out += csvField(r.eventName.toString());
    out += ',' + QByteArray::number(r.task) + ',' + QByteArray::number(r.attempt) + ',';
    TraceLineWriter::appendMillis(out, r.start);
    out += ',';
    TraceLineWriter::appendMillis(out, r.end);
    out += ',';
    out += toText(r.outcome).toLatin1() + ',';
    out += csvField(r.errorType) + ',' + csvField(r.errorType.isEmpty() ? QString() : r.message);
    out += ',' + csvField(r.thread) + ',' + QByteArray::number(r.pid) + ',';
    if (r.nextDelay >= 0)
        TraceLineWriter::appendMillis(out, r.nextDelay);
    out += ',';
    if (r.step >= 0)
        out += QByteArray::number(r.step);
    out += ',' + csvField(r.branch) + '\n';
}

} // namespace

std::optional<RunExport::Format> RunExport::formatFromText(const QString &text)
{
    if (text == QLatin1String("jsonl"))
        return Format::Jsonl;
    if (text == QLatin1String("chrome"))
        return Format::Chrome;
    if (text == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QByteArray RunExport::csvHeader()
{
    return "event,task,attempt,start,end,outcome,error_type,error,thread,pid,next_delay,step,"
           "branch\n";
}

Result<bool> RunExport::write(RunStore &store, qint64 runId, Format format, QIODevice &out,
                              const std::function<bool()> &cancelled)
{
    QByteArray buffer;
    buffer.reserve(kChunk + 4096);
    bool written = true;
    const auto drain = [&](bool force) {
        if (buffer.size() >= kChunk || (force && !buffer.isEmpty())) {
            written = written && out.write(buffer) == buffer.size();
            buffer.resize(0); // keeps the storage (clear() would free it)
        }
        return written;
    };
    ChromeTraceWriter chrome;
    TraceLineWriter lines;
    if (format == Format::Csv)
        buffer += csvHeader();
    RunReplay::Options options;
    options.logs = false;
    options.attemptStarts = false;
    const Result<bool> replayed = RunReplay::replay(
        store, runId,
        [&](const RunRecords &records) {
            for (const RunRecord &r : records) {
                if (format == Format::Jsonl) {
                    lines.append(buffer, r);
                } else if (format == Format::Csv && r.type == RecordType::AttemptFinished) {
                    appendCsvRow(buffer, r);
                }
            }
            if (format == Format::Chrome)
                chrome.add(records);
            return drain(false) && !(cancelled && cancelled());
        },
        options);
    if (!replayed)
        return replayed;
    if (!*replayed)
        return Result<bool>::failure(
            written ? QStringLiteral("cancelled")
                    : QStringLiteral("writing failed: %1").arg(out.errorString()));
    if (format == Format::Chrome)
        buffer = chrome.toJson();
    if (!drain(true))
        return Result<bool>::failure(QStringLiteral("writing failed: %1").arg(out.errorString()));
    return true;
}

} // namespace volnux
