#include "core/trace/TraceLineWriter.h"

#include "core/project/JsonWriter.h"

#include <array>
#include <charconv>
#include <cmath>

namespace volnux {

namespace {

// The texts of an enum's values (toText), as bytes, made once.
template <typename Enum, int Count> const QByteArray &textOf(Enum value)
{
    static const std::array<QByteArray, Count> texts = [] {
        std::array<QByteArray, Count> t;
        for (int i = 0; i < Count; ++i)
            t[size_t(i)] = toText(Enum(i)).toLatin1();
        return t;
    }();
    return texts[size_t(value)];
}

const QByteArray &text(AttemptOutcome v)
{
    return textOf<AttemptOutcome, 4>(v);
}
const QByteArray &text(TaskStatus v)
{
    return textOf<TaskStatus, 7>(v);
}
const QByteArray &text(EventStatus v)
{
    return textOf<EventStatus, 6>(v);
}
const QByteArray &text(RunStatus v)
{
    return textOf<RunStatus, 7>(v);
}

} // namespace

void TraceLineWriter::appendInteger(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, result.ptr - digits);
}

// The same text as JsonWriter::number(std::round(ms * 1000) / 1000): an integer when whole,
// else the digits of the microseconds with the trailing zeros of the fraction left out.
void TraceLineWriter::appendMillis(QByteArray &out, double ms)
{
    if (!std::isfinite(ms)) {
        out += "null";
        return;
    }
    const qint64 us = std::llround(ms * 1000.0);
    if (us < 0)
        out += '-';
    const quint64 magnitude = us < 0 ? quint64(-us) : quint64(us);
    appendInteger(out, qint64(magnitude / 1000));
    unsigned fraction = unsigned(magnitude % 1000);
    if (fraction == 0)
        return;
    char digits[4] = {'.', char('0' + fraction / 100), char('0' + fraction / 10 % 10),
                      char('0' + fraction % 10)};
    int length = 4;
    while (digits[length - 1] == '0')
        --length;
    out.append(digits, length);
}

void TraceLineWriter::appendName(QByteArray &out, const Name &name)
{
    const QString *key = &name.toString();
    auto it = m_quoted.constFind(key);
    if (it == m_quoted.constEnd())
        it = m_quoted.insert(key, JsonWriter::quoted(name.toString()));
    out += *it;
}

// Pipeline position, added beside the fields of the format (their meaning never changes).
void TraceLineWriter::appendPipeline(QByteArray &out, const RunRecord &r)
{
    if (r.step >= 0) {
        out += ",\"step\":";
        appendInteger(out, r.step);
    }
    if (!r.branch.isEmpty()) {
        out += ",\"branch\":";
        appendName(out, r.branch);
    }
}

void TraceLineWriter::appendAttempt(QByteArray &out, const RunRecord &r)
{
    out += "{\"type\":\"attempt\",\"event\":";
    appendName(out, r.eventName);
    out += ",\"task\":";
    appendInteger(out, r.task);
    out += ",\"attempt\":";
    appendInteger(out, r.attempt);
    out += ",\"start\":";
    appendMillis(out, r.start);
    out += ",\"end\":";
    appendMillis(out, r.end);
    out += ",\"outcome\":\"";
    out += text(r.outcome);
    if (r.errorType.isEmpty()) {
        out += "\",\"error_type\":null,\"error\":null";
    } else {
        out += "\",\"error_type\":";
        JsonWriter::appendQuoted(out, r.errorType);
        out += ",\"error\":";
        JsonWriter::appendQuoted(out, r.message);
    }
    out += ",\"thread\":";
    appendName(out, r.thread);
    out += ",\"pid\":";
    appendInteger(out, r.pid);
    out += ",\"next_delay\":";
    if (r.nextDelay >= 0)
        appendMillis(out, r.nextDelay);
    else
        out += "null";
    appendPipeline(out, r);
    out += "}\n";
}

bool TraceLineWriter::append(QByteArray &out, const RunRecord &r)
{
    switch (r.type) {
    case RecordType::AttemptFinished:
        appendAttempt(out, r);
        return true;
    case RecordType::TaskFinished:
        out += "{\"type\":\"task\",\"event\":";
        appendName(out, r.eventName);
        out += ",\"task\":";
        appendInteger(out, r.task);
        out += ",\"status\":\"";
        out += text(r.taskStatus);
        out += "\",\"attempts\":";
        appendInteger(out, r.attempt);
        out += "}\n";
        return true;
    case RecordType::EventFinished:
        out += "{\"type\":\"event\",\"event\":";
        appendName(out, r.eventName);
        out += ",\"status\":\"";
        out += text(r.eventStatus);
        out += "\",\"succeeded\":";
        appendInteger(out, r.counts.succeeded());
        out += ",\"failed\":";
        appendInteger(out, r.counts.failed());
        out += ",\"cancelled\":";
        appendInteger(out, r.counts.cancelled());
        out += ",\"skipped\":";
        appendInteger(out, r.counts.skipped());
        out += ",\"evaluation\":";
        appendName(out, r.evaluation);
        out += r.evaluatedOutcome ? ",\"outcome\":true" : ",\"outcome\":false";
        appendPipeline(out, r);
        out += "}\n";
        return true;
    case RecordType::RunFinished:
        out += "{\"type\":\"run\",\"status\":\"";
        out += text(r.runStatus);
        out += "\",\"duration\":";
        appendMillis(out, r.time);
        out += "}\n";
        return true;
    default:
        return false;
    }
}

} // namespace volnux
