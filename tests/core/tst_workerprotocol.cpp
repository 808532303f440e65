// SPDX-License-Identifier: GPL-3.0-or-later
// The frames a process pool exchanges with its workers: an event's settings once (Scope), its
// attempts in batches (Batch), reports several to a frame (Reports). Each is written and read
// back; a frame cut short or holding garbage is refused, never half read.

#include "core/executors/process/FrameReader.h"
#include "core/executors/process/WorkerProtocol.h"

#include <QTest>

using namespace volnux;

namespace {

// The payload of one whole frame.
QByteArray payloadOf(const QByteArray &frame)
{
    FrameReader reader;
    reader.append(frame.constData(), frame.size());
    const auto payload = reader.next();
    return payload ? *payload : QByteArray();
}

WorkerMessage decoded(const QByteArray &frame)
{
    WorkerMessage message;
    if (!WorkerProtocol::decode(payloadOf(frame), &message))
        message.type = WorkerMessageType::Hello; // "not what was sent"
    return message;
}

AttemptReport finished(quint64 id, AttemptOutcome outcome)
{
    AttemptReport report;
    report.id = id;
    report.outcome = outcome;
    report.start = 1000.25;
    report.end = 1001.5;
    return report;
}

} // namespace

class TestWorkerProtocol : public QObject
{
    Q_OBJECT
private slots:
    void scopeCarriesTheEventsSettings()
    {
        AttemptScope scope;
        scope.eventType = QStringLiteral("simulate");
        scope.name = QStringLiteral("fetch");
        scope.params = {{QStringLiteral("duration_ms"), 5}};
        scope.previousResults = {QStringLiteral("a"), 2};
        scope.maxAttempts = 4;
        scope.timeoutMs = 250;
        scope.keepsValue = false;
        const WorkerMessage m = decoded(WorkerProtocol::scope(7, scope, QStringLiteral("pp-1")));
        QCOMPARE(m.type, WorkerMessageType::Scope);
        QCOMPARE(m.scopeKey, 7);
        QCOMPARE(m.threadName, QStringLiteral("pp-1"));
        QVERIFY(m.scope);
        QCOMPARE(m.scope->eventType, scope.eventType);
        QCOMPARE(m.scope->name.toString(), QStringLiteral("fetch"));
        QCOMPARE(m.scope->params.value(QStringLiteral("duration_ms")).toInt(), 5);
        QCOMPARE(m.scope->previousResults.size(), 2);
        QCOMPARE(m.scope->maxAttempts, 4);
        QCOMPARE(m.scope->timeoutMs, std::optional<int>(250));
        QVERIFY(!m.scope->keepsValue);
        scope.keepsValue = true;
        QVERIFY(decoded(WorkerProtocol::scope(1, scope, {})).scope->keepsValue);
    }

    void batchCarriesEveryJobInOrder()
    {
        std::vector<AttemptJob> jobs(3);
        const QVariantMap map{{QStringLiteral("k"), QVariantList{1, QStringLiteral("two")}}};
        const QVariant inputs[] = {QVariant(), 42, map};
        for (int i = 0; i < 3; ++i) {
            jobs[size_t(i)].id = quint64(100 + i);
            jobs[size_t(i)].task = 10 * i;
            jobs[size_t(i)].attempt = i + 1;
            jobs[size_t(i)].input = inputs[i];
        }
        const WorkerMessage m = decoded(WorkerProtocol::batch(9, jobs));
        QCOMPARE(m.type, WorkerMessageType::Batch);
        QCOMPARE(m.scopeKey, 9);
        QCOMPARE(m.jobs.size(), size_t(3));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(m.jobs[size_t(i)].id, quint64(100 + i));
            QCOMPARE(m.jobs[size_t(i)].task, 10 * i);
            QCOMPARE(m.jobs[size_t(i)].attempt, i + 1);
        }
        QVERIFY(!m.jobs[0].input.isValid());
        QCOMPARE(m.jobs[1].input.toInt(), 42);
        QCOMPARE(m.jobs[2].input.toMap(), map);
    }

    void reportsCarryEveryFieldAndTheImpliedStart()
    {
        AttemptReport started;
        started.id = 1;
        started.phase = AttemptReport::Phase::Started;
        started.start = 999.5;
        AttemptReport ok = finished(1, AttemptOutcome::Success);
        ok.value = QStringLiteral("done");
        ok.descriptor = 2;
        AttemptReport error = finished(2, AttemptOutcome::Error);
        error.errorType = QStringLiteral("ValueError");
        error.errorMessage = QStringLiteral("bad input");
        error.log = {QStringLiteral("line 1"), QStringLiteral("line 2")};
        error.droppedLog = 3;

        QByteArray frame;
        WorkerProtocol::beginReports(frame);
        QCOMPARE(frame.size(), WorkerProtocol::emptyReportsSize());
        WorkerProtocol::appendReport(frame, started);
        WorkerProtocol::appendReport(frame, ok);
        WorkerProtocol::appendReport(frame, error, true);
        WorkerProtocol::finishReports(frame);
        const WorkerMessage m = decoded(frame);
        QCOMPARE(m.type, WorkerMessageType::Reports);
        QCOMPARE(m.reports.size(), size_t(3));
        QCOMPARE(m.reports[0].report.phase, AttemptReport::Phase::Started);
        QCOMPARE(m.reports[0].report.start, 999.5);
        QVERIFY(!m.reports[0].startUnsent);
        const AttemptReport &r1 = m.reports[1].report;
        QCOMPARE(r1.phase, AttemptReport::Phase::Finished);
        QVERIFY(!m.reports[1].startUnsent);
        QCOMPARE(r1.outcome, AttemptOutcome::Success);
        QCOMPARE(r1.value.toString(), QStringLiteral("done"));
        QCOMPARE(r1.descriptor, std::optional<int>(2));
        QCOMPARE(r1.start, 1000.25);
        QCOMPARE(r1.end, 1001.5);
        const AttemptReport &r2 = m.reports[2].report;
        QVERIFY(m.reports[2].startUnsent);
        QCOMPARE(r2.id, quint64(2));
        QCOMPARE(r2.outcome, AttemptOutcome::Error);
        QCOMPARE(r2.errorType, QStringLiteral("ValueError"));
        QCOMPARE(r2.errorMessage, QStringLiteral("bad input"));
        QCOMPARE(r2.log, error.log);
        QCOMPARE(r2.droppedLog, 3);
        QVERIFY(!r2.value.isValid());
    }

    void anEmptyReportsFrameIsValid()
    {
        QByteArray frame;
        WorkerProtocol::beginReports(frame);
        WorkerProtocol::finishReports(frame);
        const WorkerMessage m = decoded(frame);
        QCOMPARE(m.type, WorkerMessageType::Reports);
        QVERIFY(m.reports.empty());
    }

    void brokenFramesAreRefused()
    {
        QByteArray frame;
        WorkerProtocol::beginReports(frame);
        WorkerProtocol::appendReport(frame, finished(5, AttemptOutcome::Success));
        WorkerProtocol::finishReports(frame);
        const QByteArray payload = payloadOf(frame);
        WorkerMessage m;
        for (qsizetype cut = 1; cut < payload.size(); ++cut) {
            m = {};
            QVERIFY2(!WorkerProtocol::decode(payload.left(cut), &m),
                     qPrintable(QString::number(cut)));
        }
        // An outcome out of range is not an outcome.
        AttemptReport bad = finished(6, AttemptOutcome::Success);
        bad.outcome = AttemptOutcome(99);
        QByteArray badFrame;
        WorkerProtocol::beginReports(badFrame);
        WorkerProtocol::appendReport(badFrame, bad);
        WorkerProtocol::finishReports(badFrame);
        m = {};
        QVERIFY(!WorkerProtocol::decode(payloadOf(badFrame), &m));
    }
};

QTEST_GUILESS_MAIN(TestWorkerProtocol)
#include "tst_workerprotocol.moc"
