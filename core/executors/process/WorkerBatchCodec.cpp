// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkerBatchCodec.h"

#include "core/executors/process/WorkerKeys.h"
#include "core/executors/process/WorkerProtocol.h"

#include <QCborStreamReader>
#include <QCborValue>
#include <QtEndian>

#include <cstring>

namespace volnux::workerbatch {

using namespace workerkeys;

namespace {

// A Reports frame: a map of two pairs, {Type: Reports, Entries: [ ... ]}, the array of
// indefinite length so that entries can be appended as they come. Keys below 24 and a type below
// 24 are one byte each.
constexpr char kReportsPrefix[] = {char(0xA2), char(Type), char(WorkerMessageType::Reports),
                                   char(Entries), char(0x9F)};
constexpr char kBreak = char(0xFF);

void setLength(QByteArray &frame)
{
    qToLittleEndian<quint32>(quint32(frame.size() - WorkerProtocol::kHeaderSize), frame.data());
}

// A minimal CBOR writer appending to a frame being built (QCborStreamWriter writes a byte array
// from its start, and costs an I/O device per use). Definite lengths, or indefinite maps closed
// by `end`; anything but numbers, booleans and strings goes through QCborValue.
class CborOut
{
public:
    explicit CborOut(QByteArray &out) : m_out(out) {}

    void head(quint8 major, quint64 n)
    {
        const char type = char(major << 5);
        if (n < 24) {
            m_out.append(char(type | char(n)));
        } else if (n <= 0xFF) {
            m_out.append(char(type | 24));
            m_out.append(char(n));
        } else if (n <= 0xFFFF) {
            m_out.append(char(type | 25));
            bigEndian(quint16(n));
        } else if (n <= 0xFFFFFFFFu) {
            m_out.append(char(type | 26));
            bigEndian(quint32(n));
        } else {
            m_out.append(char(type | 27));
            bigEndian(quint64(n));
        }
    }
    void integer(qint64 v) { v >= 0 ? head(0, quint64(v)) : head(1, quint64(-1 - v)); }
    void real(double d)
    {
        m_out.append(char(0xFB));
        quint64 bits;
        std::memcpy(&bits, &d, sizeof bits);
        bigEndian(bits);
    }
    void boolean(bool b) { m_out.append(char(b ? 0xF5 : 0xF4)); }
    void text(const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        head(3, quint64(utf8.size()));
        m_out.append(utf8);
    }
    void startMap() { m_out.append(char(0xBF)); }
    void end() { m_out.append(char(0xFF)); }
    void variant(const QVariant &value)
    {
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
            integer(value.toLongLong());
            return;
        case QMetaType::Double:
            real(value.toDouble());
            return;
        case QMetaType::Bool:
            boolean(value.toBool());
            return;
        case QMetaType::QString:
            text(value.toString());
            return;
        default:
            m_out.append(QCborValue::fromVariant(value).toCbor());
        }
    }

private:
    template <typename T> void bigEndian(T v)
    {
        char bytes[sizeof(T)];
        qToBigEndian<T>(v, bytes);
        m_out.append(bytes, sizeof bytes);
    }
    QByteArray &m_out;
};

void writeJob(CborOut &w, const AttemptJob &job)
{
    w.head(5, job.input.isValid() ? 4 : 3);
    w.integer(Id);
    w.integer(qint64(job.id));
    w.integer(Task);
    w.integer(job.task);
    w.integer(Attempt);
    w.integer(job.attempt);
    if (job.input.isValid()) {
        w.integer(Input);
        w.variant(job.input);
    }
}

// Phase: true for "started"; false for a finished report whose "started" was not sent; absent for
// any other finished report.
void writeReport(CborOut &w, const AttemptReport &r, bool startUnsent)
{
    w.startMap();
    w.integer(Id);
    w.integer(qint64(r.id));
    w.integer(Start);
    w.real(r.start);
    if (r.phase == AttemptReport::Phase::Started) {
        w.integer(Phase);
        w.boolean(true);
        w.end();
        return;
    }
    if (startUnsent) {
        w.integer(Phase);
        w.boolean(false);
    }
    w.integer(End);
    w.real(r.end);
    w.integer(Outcome);
    w.integer(qint64(r.outcome));
    if (r.value.isValid()) {
        w.integer(Value);
        w.variant(r.value);
    }
    if (r.descriptor) {
        w.integer(Descriptor);
        w.integer(*r.descriptor);
    }
    if (!r.errorType.isEmpty()) {
        w.integer(ErrorType);
        w.text(r.errorType);
    }
    if (!r.errorMessage.isEmpty()) {
        w.integer(ErrorMessage);
        w.text(r.errorMessage);
    }
    if (!r.log.isEmpty()) {
        w.integer(Log);
        w.head(4, quint64(r.log.size()));
        for (const QString &line : r.log)
            w.text(line);
    }
    if (r.droppedLog) {
        w.integer(DroppedLog);
        w.integer(r.droppedLog);
    }
    w.end();
}

// ---- reading ---------------------------------------------------------------------------------

bool ok(QCborStreamReader &r)
{
    return r.lastError() == QCborError::NoError;
}

bool readInteger(QCborStreamReader &r, qint64 &out)
{
    if (!r.isInteger())
        return false;
    out = r.toInteger();
    return r.next();
}

bool readDouble(QCborStreamReader &r, double &out)
{
    if (r.isDouble())
        out = r.toDouble();
    else if (r.isInteger())
        out = double(r.toInteger());
    else
        return false;
    return r.next();
}

bool readText(QCborStreamReader &r, QString &out)
{
    if (!r.isString())
        return false;
    out.clear();
    auto chunk = r.readString();
    while (chunk.status == QCborStreamReader::Ok) {
        out += chunk.data;
        chunk = r.readString();
    }
    return chunk.status == QCborStreamReader::EndOfString;
}

bool readVariant(QCborStreamReader &r, QVariant &out)
{
    if (r.isInteger()) {
        out = r.toInteger();
        return r.next();
    }
    if (r.isDouble()) {
        out = r.toDouble();
        return r.next();
    }
    if (r.isString()) {
        QString text;
        if (!readText(r, text))
            return false;
        out = std::move(text);
        return true;
    }
    out = QCborValue::fromCbor(r).toVariant();
    return ok(r);
}

bool readTextList(QCborStreamReader &r, QStringList &out)
{
    if (!r.isArray() || !r.enterContainer())
        return false;
    while (ok(r) && r.hasNext()) {
        QString line;
        if (!readText(r, line))
            return false;
        out.append(std::move(line));
    }
    return ok(r) && r.leaveContainer();
}

// Calls `field(key)` for each key of the map at the reader; it reads (or skips) the value.
template <typename Field> bool readMap(QCborStreamReader &r, Field field)
{
    if (!r.isMap() || !r.enterContainer())
        return false;
    while (ok(r) && r.hasNext()) {
        qint64 key = 0;
        if (!readInteger(r, key) || !field(int(key)))
            return false;
    }
    return ok(r) && r.leaveContainer();
}

template <typename Item> bool readArray(QCborStreamReader &r, Item item)
{
    if (!r.isArray() || !r.enterContainer())
        return false;
    while (ok(r) && r.hasNext()) {
        if (!item())
            return false;
    }
    return ok(r) && r.leaveContainer();
}

bool readJob(QCborStreamReader &r, AttemptJob &job)
{
    return readMap(r, [&](int key) {
        qint64 n = 0;
        switch (key) {
        case Id:
            return readInteger(r, n) && (job.id = quint64(n), true);
        case Task:
            return readInteger(r, n) && (job.task = int(n), true);
        case Attempt:
            return readInteger(r, n) && (job.attempt = int(n), true);
        case Input:
            return readVariant(r, job.input);
        default:
            return r.next();
        }
    });
}

bool readOutcome(QCborStreamReader &r, AttemptOutcome &out)
{
    qint64 n = -1;
    if (!readInteger(r, n) || n < int(AttemptOutcome::Success) ||
        n > int(AttemptOutcome::Cancelled))
        return false;
    out = AttemptOutcome(n);
    return true;
}

bool readReportField(QCborStreamReader &r, int key, WorkerMessage::Entry &entry)
{
    AttemptReport &report = entry.report;
    qint64 n = 0;
    switch (key) {
    case Id:
        return readInteger(r, n) && (report.id = quint64(n), true);
    case Phase:
        if (!r.isBool())
            return false;
        report.phase = r.toBool() ? AttemptReport::Phase::Started : AttemptReport::Phase::Finished;
        entry.startUnsent = !r.toBool();
        return r.next();
    case Start:
        return readDouble(r, report.start);
    case End:
        return readDouble(r, report.end);
    case Outcome:
        return readOutcome(r, report.outcome);
    case Value:
        return readVariant(r, report.value);
    case Descriptor:
        return readInteger(r, n) && (report.descriptor = int(n), true);
    case ErrorType:
        return readText(r, report.errorType);
    case ErrorMessage:
        return readText(r, report.errorMessage);
    case Log:
        return readTextList(r, report.log);
    case DroppedLog:
        return readInteger(r, n) && (report.droppedLog = int(n), true);
    default:
        return r.next();
    }
}

} // namespace

QByteArray batchFrame(int scopeKey, std::span<const AttemptJob> jobs)
{
    QByteArray frame(WorkerProtocol::kHeaderSize, '\0');
    frame.reserve(64 + 16 * qsizetype(jobs.size()));
    CborOut w(frame);
    w.head(5, 3);
    w.integer(Type);
    w.integer(qint64(WorkerMessageType::Batch));
    w.integer(ScopeKey);
    w.integer(scopeKey);
    w.integer(Jobs);
    w.head(4, quint64(jobs.size()));
    for (const AttemptJob &job : jobs)
        writeJob(w, job);
    setLength(frame);
    return frame;
}

void beginReports(QByteArray &frame)
{
    frame.resize(WorkerProtocol::kHeaderSize);
    frame.append(kReportsPrefix, sizeof kReportsPrefix);
}

qsizetype emptyReportsSize()
{
    return WorkerProtocol::kHeaderSize + qsizetype(sizeof kReportsPrefix);
}

void appendReport(QByteArray &frame, const AttemptReport &report, bool startUnsent)
{
    CborOut w(frame);
    writeReport(w, report, startUnsent);
}

void finishReports(QByteArray &frame)
{
    frame.append(kBreak);
    setLength(frame);
}

int peekType(const QByteArray &payload)
{
    QCborStreamReader r(payload);
    qint64 key = -1;
    qint64 type = -1;
    if (!r.isMap() || !r.enterContainer() || !r.hasNext() || !readInteger(r, key) || key != Type ||
        !readInteger(r, type))
        return -1;
    return int(type);
}

bool decodeBatch(const QByteArray &payload, WorkerMessage *m)
{
    m->type = WorkerMessageType::Batch;
    QCborStreamReader r(payload);
    return readMap(r, [&](int key) {
        qint64 n = 0;
        switch (key) {
        case ScopeKey:
            return readInteger(r, n) && (m->scopeKey = int(n), true);
        case Jobs:
            return readArray(r, [&] { return readJob(r, m->jobs.emplace_back()); });
        default:
            return r.next();
        }
    });
}

bool decodeReports(const QByteArray &payload, WorkerMessage *m)
{
    m->type = WorkerMessageType::Reports;
    QCborStreamReader r(payload);
    return readMap(r, [&](int key) {
        if (key != Entries)
            return r.next();
        return readArray(r, [&] {
            WorkerMessage::Entry &entry = m->reports.emplace_back();
            return readMap(r, [&](int field) { return readReportField(r, field, entry); });
        });
    });
}

} // namespace volnux::workerbatch
