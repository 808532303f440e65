// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace/TraceLineWriter.h"

#include "core/project/JsonWriter.h"

#include <array>
#include <charconv>
#include <cmath>
#include <string>

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

// A literal, its length known at compile time: a plain copy.
template <size_t N> void put(std::string &out, const char (&text)[N])
{
    out.append(text, N - 1);
}

void put(std::string &out, const QByteArray &bytes)
{
    out.append(bytes.constData(), size_t(bytes.size()));
}

void integer(std::string &out, qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, size_t(result.ptr - digits));
}

// The same text as JsonWriter::number(std::round(ms * 1000) / 1000): an integer when whole,
// else the digits of the microseconds with the trailing zeros of the fraction left out.
void millis(std::string &out, double ms)
{
    if (!std::isfinite(ms)) {
        put(out, "null");
        return;
    }
    const qint64 us = std::llround(ms * 1000.0);
    if (us < 0)
        out += '-';
    const quint64 magnitude = us < 0 ? quint64(-us) : quint64(us);
    integer(out, qint64(magnitude / 1000));
    const unsigned fraction = unsigned(magnitude % 1000);
    if (fraction == 0)
        return;
    char digits[4] = {'.', char('0' + fraction / 100), char('0' + fraction / 10 % 10),
                      char('0' + fraction % 10)};
    size_t length = 4;
    while (digits[length - 1] == '0')
        --length;
    out.append(digits, length);
}

} // namespace

void TraceLineWriter::appendInteger(QByteArray &out, qint64 value)
{
    std::string text;
    integer(text, value);
    out.append(text.data(), qsizetype(text.size()));
}

void TraceLineWriter::appendMillis(QByteArray &out, double ms)
{
    std::string text;
    millis(text, ms);
    out.append(text.data(), qsizetype(text.size()));
}

void TraceLineWriter::appendName(std::string &out, const Name &name)
{
    const QString *key = &name.toString();
    auto it = m_quoted.constFind(key);
    if (it == m_quoted.constEnd())
        it = m_quoted.insert(key, JsonWriter::quoted(name.toString()));
    put(out, *it);
}

// Pipeline position, added beside the fields of the format (their meaning never changes).
void TraceLineWriter::appendPipeline(std::string &out, const RunRecord &r)
{
    if (r.step >= 0) {
        put(out, ",\"step\":");
        integer(out, r.step);
    }
    if (!r.branch.isEmpty()) {
        put(out, ",\"branch\":");
        appendName(out, r.branch);
    }
}

void TraceLineWriter::appendAttempt(std::string &out, const RunRecord &r)
{
    put(out, "{\"type\":\"attempt\",\"event\":");
    appendName(out, r.eventName);
    put(out, ",\"task\":");
    integer(out, r.task);
    put(out, ",\"attempt\":");
    integer(out, r.attempt);
    put(out, ",\"start\":");
    millis(out, r.start);
    put(out, ",\"end\":");
    millis(out, r.end);
    put(out, ",\"outcome\":\"");
    put(out, text(r.outcome));
    if (r.errorType.isEmpty()) {
        put(out, "\",\"error_type\":null,\"error\":null");
    } else {
        put(out, "\",\"error_type\":");
        put(out, JsonWriter::quoted(r.errorType));
        put(out, ",\"error\":");
        put(out, JsonWriter::quoted(r.message));
    }
    put(out, ",\"thread\":");
    appendName(out, r.thread);
    put(out, ",\"pid\":");
    integer(out, r.pid);
    if (!r.host.isEmpty()) { // remote executors only: local traces stay as they were
        put(out, ",\"host\":");
        appendName(out, r.host);
    }
    put(out, ",\"next_delay\":");
    if (r.nextDelay >= 0)
        millis(out, r.nextDelay);
    else
        put(out, "null");
    appendPipeline(out, r);
    put(out, "}\n");
}

bool TraceLineWriter::append(QByteArray &bytes, const RunRecord &r)
{
    std::string &out = m_line;
    out.clear();
    if (!appendLine(out, r))
        return false;
    bytes.append(out.data(), qsizetype(out.size()));
    return true;
}

bool TraceLineWriter::appendLine(std::string &out, const RunRecord &r)
{
    switch (r.type) {
    case RecordType::AttemptFinished:
        appendAttempt(out, r);
        return true;
    case RecordType::TaskFinished:
        put(out, "{\"type\":\"task\",\"event\":");
        appendName(out, r.eventName);
        put(out, ",\"task\":");
        integer(out, r.task);
        put(out, ",\"status\":\"");
        put(out, text(r.taskStatus));
        put(out, "\",\"attempts\":");
        integer(out, r.attempt);
        put(out, "}\n");
        return true;
    case RecordType::EventFinished:
        put(out, "{\"type\":\"event\",\"event\":");
        appendName(out, r.eventName);
        put(out, ",\"status\":\"");
        put(out, text(r.eventStatus));
        put(out, "\",\"succeeded\":");
        integer(out, r.counts.succeeded());
        put(out, ",\"failed\":");
        integer(out, r.counts.failed());
        put(out, ",\"cancelled\":");
        integer(out, r.counts.cancelled());
        put(out, ",\"skipped\":");
        integer(out, r.counts.skipped());
        put(out, ",\"evaluation\":");
        appendName(out, r.evaluation);
        if (r.evaluatedOutcome)
            put(out, ",\"outcome\":true");
        else
            put(out, ",\"outcome\":false");
        appendPipeline(out, r);
        put(out, "}\n");
        return true;
    case RecordType::RunFinished:
        put(out, "{\"type\":\"run\",\"status\":\"");
        put(out, text(r.runStatus));
        put(out, "\",\"duration\":");
        millis(out, r.time);
        put(out, "}\n");
        return true;
    default:
        return false;
    }
}

} // namespace volnux
