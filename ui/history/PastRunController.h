// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shows recorded runs in the run monitor: a past run chosen in History (read in the background
// by PastRunLoader, read-only, with the banner saying which run it is), or, when the user
// switches projects, the new project's latest run, or a note saying how to start one when it has
// none. A live run always wins: nothing is replaced while one goes on. GUI thread only.

#include "core/store/StoredRun.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace volnux {

class MonitorRunLauncher;
class PastRunBanner;
class PastRunLoader;
class RunMonitor;
struct RecordedRun;

class PastRunController : public QObject
{
    Q_OBJECT
public:
    PastRunController(RunMonitor *monitor, MonitorRunLauncher *launcher, QObject *parent = nullptr);

    // Shows run `runId` of the launcher's store; false while a run goes on.
    bool open(qint64 runId);
    // The project on screen changed: its latest recorded run, or the empty state.
    void showLatest(const QString &projectPath, const QString &projectName);
    // The shown past run, while one is.
    std::optional<qint64> shownRunId() const { return m_shown; }
    PastRunBanner *banner() const { return m_banner; }
    PastRunLoader *loader() const { return m_loader; }

signals:
    // The past run has been read (completely, or up to a cancel or an error).
    void loaded(qint64 runId);

private:
    void onRunFound(const RecordedRun &run);
    void onLoaded(bool cancelled, const QString &error);
    void onLatestFound();
    void clear();

    RunMonitor *m_monitor;
    MonitorRunLauncher *m_launcher;
    PastRunBanner *m_banner;
    PastRunLoader *m_loader;
    std::optional<qint64> m_shown;
    StoredRun m_run;
    QString m_emptyName;
    QFutureWatcher<std::optional<qint64>> m_latest;
};

} // namespace volnux
