// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the studio's history tests: a StudioWindow (StudioWindowFixture) recording into a
// run store of the test's own, and waits for a run's end, for its record in the store and for a
// past run to be read.

#include "core/store/RunStore.h"
#include "tests/ui/StudioWindowFixture.h"
#include "ui/history/PastRunController.h"

#include <QSignalSpy>

#include <functional>

namespace volnux::test {

class StudioRunFixture : public StudioWindowFixture
{
public:
    QString storePath() const { return dir.filePath(QStringLiteral("runs.sqlite")); }

    StudioWindow *open(const QString &path)
    {
        if (!window) {
            window = new StudioWindow(&prompts, dir.filePath(QStringLiteral("recovery")));
            window->setStorePath(storePath());
            window->launcher()->setClock(Clock::fastForward());
            window->show();
        }
        if (!path.isEmpty() && !window->files()->open(path))
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(prompts.shown.join(u'\n')));
        return window;
    }

    // Waits for the run's end on screen and for its last batch in the store.
    bool runToTheEnd(QAction *start)
    {
        return runToTheEnd([start] { start->trigger(); });
    }
    bool runToTheEnd(const std::function<void()> &start)
    {
        QSignalSpy recorded(window->launcher(), &MonitorRunLauncher::runRecorded);
        start();
        if (!recorded.wait(10000) && recorded.isEmpty())
            return false;
        lastRun = recorded.last().at(0).toLongLong();
        // The launcher hears of the end one queued signal after the monitor has read it.
        if (!QTest::qWaitFor([this] { return !window->launcher()->isRunning(); }, 5000))
            return false;
        return storedStatus(lastRun) != RunStatus::Running;
    }

    // The status the store keeps, once the writer has committed the run's end.
    RunStatus storedStatus(qint64 id)
    {
        RunStatus status = RunStatus::Running;
        (void)QTest::qWaitFor(
            [&] {
                const auto store = RunStore::open(storePath());
                const Result<StoredRun> run =
                    store ? (*store)->run(id) : Result<StoredRun>::failure(store.errors());
                status = run ? run->status : RunStatus::Running;
                return status != RunStatus::Running;
            },
            5000);
        return status;
    }

    bool waitPastRun()
    {
        PastRunController *past = window->pastRuns();
        QSignalSpy loaded(past, &PastRunController::loaded);
        if (!loaded.wait(10000))
            return false;
        // The records still in the loader's buffer are drained by the monitor's timer.
        return QTest::qWaitFor(
            [this] {
                window->monitor()->applyPending();
                return window->monitor()->state().isFinished();
            },
            10000);
    }

    qint64 lastRun = 0;
};

} // namespace volnux::test
