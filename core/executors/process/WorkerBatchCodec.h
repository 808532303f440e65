// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The hot messages of WorkerProtocol, written and read as a CBOR stream (no tree of values in
// between): Batch (host -> worker, the attempts of one scope) and Reports (worker -> host, the
// reports of several attempts). Each is one frame whatever its number of attempts, so a run of
// trivial tasks costs a few system calls per thousand attempts, not several per attempt.
// Reentrant; WorkerProtocol is the public face.

#include <QByteArray>

#include <span>

namespace volnux {

struct AttemptJob;
struct AttemptReport;
struct WorkerMessage;

namespace workerbatch {

QByteArray batchFrame(int scopeKey, std::span<const AttemptJob> jobs);

// A Reports frame is built in place: begin it, append reports as they happen, finish it.
void beginReports(QByteArray &frame);
void appendReport(QByteArray &frame, const AttemptReport &report, bool startUnsent);
void finishReports(QByteArray &frame);
// The bytes of a begun frame before any report was appended.
qsizetype emptyReportsSize();

// The message type a payload announces first (its Type key), or -1.
int peekType(const QByteArray &payload);
bool decodeBatch(const QByteArray &payload, WorkerMessage *message);
bool decodeReports(const QByteArray &payload, WorkerMessage *message);

} // namespace workerbatch
} // namespace volnux
